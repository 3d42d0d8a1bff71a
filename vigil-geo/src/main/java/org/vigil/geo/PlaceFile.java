package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The project's place file ({@code org/vigil/geo/places.tsv}): news names of countries and
 * first-level regions that GeoNames spells otherwise, and regions GeoNames does not have as one
 * admin1 (Darfur, the Kurdistan Region, Donbas). Columns: kind ({@code country} or {@code region}),
 * name, ISO 3166-1 alpha-3 country, GeoNames admin1 code, latitude, longitude, note. Lines starting
 * with {@code #} are comments. Parsing reports every problem at once, each with its line.
 */
final class PlaceFile {
  /** What a row names. */
  enum Kind {
    COUNTRY,
    REGION
  }

  /**
   * One row. A region row with an admin1 code and no coordinates is another name of that GeoNames
   * region; one with coordinates is a region of its own.
   */
  record Row(
      int line,
      Kind kind,
      String name,
      String country,
      String admin1,
      OptionalDouble lat,
      OptionalDouble lon,
      String note) {}

  private static final Set<String> KINDS = Set.of("country", "region");

  private PlaceFile() {}

  /**
   * Parses the file's lines.
   *
   * @throws IllegalArgumentException listing every bad line
   */
  static List<Row> parse(String file, List<String> lines) {
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        problems.add(where + "expected 7 tab-separated columns, found " + f.length);
        continue;
      }
      if (!KINDS.contains(f[0])) {
        problems.add(where + "kind must be country or region, not '" + f[0] + "'");
        continue;
      }
      if (f[1].isBlank() || !f[1].strip().equals(f[1])) {
        problems.add(where + "name is blank or has surrounding spaces");
      }
      if (!f[2].matches("[A-Z]{3}")) {
        problems.add(where + "country must be an ISO alpha-3 code, not '" + f[2] + "'");
      }
      if (f[6].isBlank()) {
        problems.add(where + "note (the source of the row) is missing");
      }
      Optional<OptionalDouble> lat = coordinate(f[4], 90, where + "lat", problems);
      Optional<OptionalDouble> lon = coordinate(f[5], 180, where + "lon", problems);
      if (lat.isEmpty() || lon.isEmpty()) {
        continue;
      }
      Kind kind = f[0].equals("country") ? Kind.COUNTRY : Kind.REGION;
      boolean hasPoint = lat.get().isPresent();
      if (hasPoint != lon.get().isPresent()) {
        problems.add(where + "give both lat and lon or neither");
      } else if (kind == Kind.COUNTRY && (hasPoint || !f[3].isEmpty())) {
        problems.add(where + "a country row takes no admin1 or coordinates");
      } else if (kind == Kind.REGION && !hasPoint && f[3].isEmpty()) {
        problems.add(where + "a region row needs an admin1 code or coordinates");
      }
      rows.add(new Row(i + 1, kind, f[1], f[2], f[3], lat.get(), lon.get(), f[6]));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.size() + " problem(s) in " + file + ":\n" + String.join("\n", problems));
    }
    return List.copyOf(rows);
  }

  private static Optional<OptionalDouble> coordinate(
      String text, double limit, String what, List<String> problems) {
    if (text.isEmpty()) {
      return Optional.of(OptionalDouble.empty());
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      problems.add(what + " is not a number: '" + text + "'");
      return Optional.empty();
    }
    if (Math.abs(v) <= limit) {
      return Optional.of(OptionalDouble.of(v));
    }
    problems.add(what + " must be within +-" + (int) limit + ", not " + text);
    return Optional.empty();
  }
}
