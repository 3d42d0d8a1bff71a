/**
 * Stage geolocation: gives each event a place, from a place named in its sentence ("in Kuznica"),
 * the article's dateline, or the target's or source's country. Takes annotated sentences and
 * events, produces events with a {@link org.vigil.core.geo.Location}. The gazetteer is an
 * interface; the GeoNames data lives behind an adapter.
 */
package org.vigil.core.geo;
