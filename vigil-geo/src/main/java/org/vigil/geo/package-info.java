/**
 * The geo adapter: GeoNames cities (population at least 15,000), country capitals and admin1 codes,
 * read from the data files of the OpenSextant Xponents jar, behind {@link
 * org.vigil.core.geo.Gazetteer}. Place data (c) GeoNames, CC-BY 4.0.
 */
package org.vigil.geo;
