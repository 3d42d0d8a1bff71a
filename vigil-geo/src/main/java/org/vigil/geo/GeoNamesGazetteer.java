package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.geo.Gazetteer;
import org.vigil.core.geo.Location;

/**
 * GeoNames cities, first-level regions and countries in memory (about 25,000 cities; loads in well
 * under a second), with the other names of the project's place file ({@code
 * org/vigil/geo/places.tsv}). A city name maps to its most populous city. Immutable and thread-safe
 * once built.
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

  /**
   * Words that make a region name an ordinary phrase ("Red Sea", "Unity", "Central District"): such
   * names answer only when the text marks them as a region.
   */
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central",
          "Centre",
          "Center",
          "Capital",
          "Coast",
          "Upper",
          "Lower",
          "Middle",
          "Lakes",
          "Islands",
          "Red",
          "Sea",
          "Unity",
          "Delta",
          "Plateau",
          "Rivers",
          "Bay",
          "Mon",
          "Chin",
          "Somali",
          "Federal",
          "District",
          "Territory",
          "Region",
          "Province",
          "State",
          "Para",
          "Meta",
          "Lara",
          "Sucre",
          "Bolivar",
          "Victoria",
          "Georgia",
          "Amazonas");

  private record City(Location location, long population) {}

  private final Map<String, List<City>> cities;
  private final Map<String, Location> countries;
  private final Map<String, String> countryNames;
  private final Map<String, List<Location>> regions;

  private GeoNamesGazetteer(
      Map<String, List<City>> cities,
      Map<String, Location> countries,
      Map<String, String> countryNames,
      Map<String, List<Location>> regions) {
    this.cities = copy(cities);
    this.countries = Map.copyOf(countries);
    this.countryNames = Map.copyOf(countryNames);
    this.regions = copy(regions);
  }

  private static <T> Map<String, List<T>> copy(Map<String, List<T>> m) {
    Map<String, List<T>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Loads the GeoNames files and the project's place file from the classpath. */
  public static GeoNamesGazetteer load() {
    return load(lines("/org/vigil/geo/places.tsv"));
  }

  /** Loads the GeoNames files with the given place-file lines (package-private for tests). */
  static GeoNamesGazetteer load(List<String> placeLines) {
    List<PlaceFile.Row> places = PlaceFile.parse("places.tsv", placeLines);
    Map<String, String> iso3 = new HashMap<>();
    Map<String, String[]> capitals = new HashMap<>();
    Map<String, String> countryNames = new HashMap<>();
    for (String line : lines("/geonames.org/countryInfo.txt")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      iso3.put(f[0], f[1]);
      capitals.put(f[1], new String[] {f[5], f[0]});
      countryNames.put(f[4], f[1]);
    }
    Map<String, List<City>> cities = new HashMap<>();
    Map<String, City> seats = new HashMap<>();
    Map<String, double[]> points = new HashMap<>();
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
      if (f[7].equals("PPLC")) {
        seats.merge(f[8], city, (a, b) -> a.population() >= b.population() ? a : b);
      }
      double[] p = points.computeIfAbsent(f[8] + "." + f[10], k -> new double[3]);
      p[0] += loc.lat();
      p[1] += loc.lon();
      p[2]++;
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
    cities.values().forEach(l -> l.sort(Comparator.comparingLong(City::population).reversed()));
    Map<String, Location> countries = new HashMap<>();
    capitals.forEach(
        (code3, cap) -> {
          // countryInfo names some capitals otherwise than the city file ("Kiev"): match
          // alternate names too, then fall back to the country's seat of government (PPLC)
          City c =
              cities.getOrDefault(cap[0], List.of()).stream()
                  .filter(x -> x.location().country().equals(code3))
                  .findFirst()
                  .orElse(seats.get(cap[1]));
          if (c != null) {
            countries.put(code3, c.location().withPrecision(Location.Precision.COUNTRY));
          }
        });
    List<String> problems = new ArrayList<>();
    for (PlaceFile.Row row : places) {
      if (row.kind() == PlaceFile.Kind.COUNTRY) {
        if (countries.containsKey(row.country())) {
          countryNames.put(row.name(), row.country());
        } else {
          problems.add("places.tsv:" + row.line() + ": unknown country " + row.country());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    Map<String, List<Location>> regions =
        RegionIndex.build(lines("/geonames.org/admin1CodesASCII.txt"), iso3, points, places);
    return new GeoNamesGazetteer(cities, countries, countryNames, regions);
  }

  private static void index(Map<String, List<City>> cities, String name, City city) {
    if (name.isEmpty() || NOT_PLACES.contains(name)) {
      return;
    }
    List<City> list = cities.computeIfAbsent(name, k -> new ArrayList<>());
    if (!list.contains(city)) {
      list.add(city);
    }
  }

  private static List<String> lines(String resource) {
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
    List<City> named = cities.get(name);
    return named == null ? Optional.empty() : Optional.of(named.get(0).location());
  }

  @Override
  public Optional<Location> city(String name, String iso3, String admin1) {
    return cities.getOrDefault(name, List.of()).stream()
        .map(City::location)
        .filter(c -> c.country().equals(iso3) && (admin1.isEmpty() || c.admin1().equals(admin1)))
        .findFirst();
  }

  @Override
  public Optional<Location> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  @Override
  public Optional<Location> countryNamed(String name) {
    String iso3 = countryNames.get(name);
    return iso3 == null ? Optional.empty() : country(iso3);
  }

  @Override
  public List<Location> regions(String name, boolean cued) {
    List<Location> named = regions.getOrDefault(name, List.of());
    if (named.isEmpty() || cued) {
      return named;
    }
    boolean generic = Arrays.stream(name.split(" ")).allMatch(GENERIC_WORDS::contains);
    if (generic || cities.containsKey(name) || countryNames.containsKey(name)) {
      return List.of();
    }
    return named;
  }

  /** Number of indexed city names. */
  public int size() {
    return cities.size();
  }

  /** Number of indexed region names. */
  public int regionNames() {
    return regions.size();
  }
}
