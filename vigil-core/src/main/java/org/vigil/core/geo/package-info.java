/**
 * Stage geolocation: gives each event a place, from a place named in its sentence ("in Kuznica"),
 * the article's dateline, or the target's or source's country. A place in the sentence is a country
 * ("in eastern Ukraine"), a city ("near Paris, Texas") or a first-level region ("in the Donetsk
 * region", "in Bavaria"). Takes annotated sentences and events, produces events with a {@link
 * org.vigil.core.geo.Location}. The gazetteer is an interface; the GeoNames data lives behind an
 * adapter.
 */
package org.vigil.core.geo;
