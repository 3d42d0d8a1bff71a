/**
 * The geo adapter: GeoNames cities (population at least 15,000), country capitals and first-level
 * (admin1) regions, read from the data files of the OpenSextant Xponents jar, plus the project's
 * place file {@code org/vigil/geo/places.tsv} (news names and multi-admin1 regions such as Darfur),
 * behind {@link org.vigil.core.geo.Gazetteer}. Place data (c) GeoNames, CC-BY 4.0.
 */
package org.vigil.geo;
