package org.vigil.core.geo;

import java.util.List;
import java.util.Optional;

/** Place names with coordinates: cities, first-level regions and countries. */
public interface Gazetteer {
  /** The most populous city with this exact name (as written, capitalised), if any. */
  Optional<Location> city(String name);

  /** A point for a country (its capital), with country precision. */
  Optional<Location> country(String iso3);

  /**
   * The most populous city with this name inside a country and, when {@code admin1} is not blank,
   * inside that first-level region ("Paris, Texas").
   */
  default Optional<Location> city(String name, String iso3, String admin1) {
    return city(name)
        .filter(c -> c.country().equals(iso3) && (admin1.isEmpty() || c.admin1().equals(admin1)));
  }

  /** A country by its name ("Ukraine", "Britain", "U.S."), as {@link #country(String)} gives it. */
  default Optional<Location> countryNamed(String name) {
    return Optional.empty();
  }

  /**
   * First-level regions with this name, with region precision, in every country that has one.
   *
   * @param name the name as written ("Podlaskie", "Donetsk", "Texas")
   * @param cued whether the text marks it as a region ("the Donetsk region", "Unity state"); names
   *     that are also ordinary words answer only when cued
   */
  default List<Location> regions(String name, boolean cued) {
    return List.of();
  }

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
