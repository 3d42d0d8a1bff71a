package org.vigil.core.geo;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name place name
 * @param country ISO 3166-1 alpha-3 code
 * @param admin1 first-level administrative division code ({@code ""} when unknown)
 * @param lat latitude
 * @param lon longitude
 * @param precision city, region or country
 */
public record Location(
    String name, String country, String admin1, double lat, double lon, Precision precision) {
  /** How precise a location is. */
  public enum Precision {
    CITY,
    REGION,
    COUNTRY
  }

  /** Validates the fields. */
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(precision, "precision");
  }

  /** The same place with another precision. */
  public Location withPrecision(Precision p) {
    return new Location(name, country, admin1, lat, lon, p);
  }
}
