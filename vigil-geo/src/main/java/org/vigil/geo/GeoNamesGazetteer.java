package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.geo.Gazetteer;
import org.vigil.core.geo.Location;

/**
 * GeoNames cities and countries in memory (about 25,000 cities; loads in well under a second). A
 * name maps to its most populous city. Immutable and thread-safe once built.
 */
public final class GeoNamesGazetteer implements Gazetteer {
  /** Words that are city names somewhere but almost always mean something else in news. */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Parliament",
          "Congress",
          "Union",
          "Victoria",
          "Of",
          "Police",
          "Government",
          "Reuters",
          "Mobile");

  private record City(Location location, long population) {}

  private final Map<String, City> cities;
  private final Map<String, Location> countries;

  private GeoNamesGazetteer(Map<String, City> cities, Map<String, Location> countries) {
    this.cities = Map.copyOf(cities);
    this.countries = Map.copyOf(countries);
  }

  /** Loads the GeoNames files from the classpath. */
  public static GeoNamesGazetteer load() {
    Map<String, String> iso3 = new HashMap<>();
    Map<String, String[]> capitals = new HashMap<>();
    for (String line : lines("/geonames.org/countryInfo.txt")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      iso3.put(f[0], f[1]);
      capitals.put(f[1], new String[] {f[5], f[0]});
    }
    Map<String, City> cities = new HashMap<>();
    Map<String, City> byIdName = new HashMap<>();
    for (String line : lines("/geonames.org/cities15000.txt")) {
      String[] f = line.split("\t", -1);
      if (f.length < 15 || !iso3.containsKey(f[8])) {
        continue;
      }
      long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      Location loc =
          new Location(
              f[1],
              iso3.get(f[8]),
              f[10],
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Location.Precision.CITY);
      City city = new City(loc, population);
      byIdName.put(f[8] + "|" + f[1], city);
      index(cities, f[1], city);
      index(cities, f[2], city);
      for (String alt : f[3].split(",")) {
        if (alt.length() >= 4
            && Character.isUpperCase(alt.charAt(0))
            && alt.chars().anyMatch(Character::isLowerCase)) {
          index(cities, alt, city);
        }
      }
    }
    Map<String, Location> countries = new HashMap<>();
    capitals.forEach(
        (code3, cap) -> {
          City c = byIdName.get(cap[1] + "|" + cap[0]);
          if (c != null) {
            countries.put(code3, c.location().withPrecision(Location.Precision.COUNTRY));
          }
        });
    return new GeoNamesGazetteer(cities, countries);
  }

  private static void index(Map<String, City> cities, String name, City city) {
    if (name.isEmpty() || NOT_PLACES.contains(name)) {
      return;
    }
    cities.merge(name, city, (a, b) -> a.population() >= b.population() ? a : b);
  }

  private static Iterable<String> lines(String resource) {
    try (InputStream in = GeoNamesGazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing GeoNames resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Location> city(String name) {
    return Optional.ofNullable(cities.get(name)).map(City::location);
  }

  @Override
  public Optional<Location> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** Number of indexed names. */
  public int size() {
    return cities.size();
  }
}
