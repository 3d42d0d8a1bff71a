package org.vigil.core.geo;

import java.util.Optional;

/** Place names with coordinates. */
public interface Gazetteer {
  /** The most populous city with this exact name (as written, capitalised), if any. */
  Optional<Location> city(String name);

  /** A point for a country (its capital), with country precision. */
  Optional<Location> country(String iso3);

  /** A gazetteer that knows nothing. */
  Gazetteer NONE =
      new Gazetteer() {
        @Override
        public Optional<Location> city(String name) {
          return Optional.empty();
        }

        @Override
        public Optional<Location> country(String iso3) {
          return Optional.empty();
        }
      };
}
