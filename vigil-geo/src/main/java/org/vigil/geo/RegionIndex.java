package org.vigil.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.geo.Location;

/**
 * First-level regions by name: every GeoNames admin1 region (names from {@code
 * admin1CodesASCII.txt}, which has no coordinates, so a region's point is the mean of its GeoNames
 * cities of at least 15,000 people: an approximate, population-biased centroid) plus the regions
 * and other names of the project's place file. A region without a city and without a row in the
 * place file has no point and is left out.
 */
final class RegionIndex {
  private static final List<String> SUFFIXES =
      List.of(
          " Autonomous Region",
          " Autonomous Oblast",
          " Oblast'",
          " Oblast",
          " Oblysy",
          " Province",
          " Governorate",
          " Region",
          " Voivodeship",
          " State",
          " Rayon",
          " County",
          " Municipality",
          " Republic",
          " Kray",
          " Krai",
          " novads",
          " Rajons");
  private static final List<String> PREFIXES =
      List.of("Muhafazat ", "Republic of ", "Departamento de ");

  private RegionIndex() {}

  /**
   * Builds the index.
   *
   * @param admin1 lines of {@code admin1CodesASCII.txt} ({@code CC.code, name, ascii name, id})
   * @param iso3 ISO alpha-2 to alpha-3 codes
   * @param points {@code CC.code} to the sum of latitudes, the sum of longitudes and the count of
   *     the region's cities
   * @param rows the place file's rows
   * @throws IllegalArgumentException naming every place-file row whose admin1 region is unknown
   */
  static Map<String, List<Location>> build(
      List<String> admin1,
      Map<String, String> iso3,
      Map<String, double[]> points,
      List<PlaceFile.Row> rows) {
    Map<String, String> displayNames = new HashMap<>();
    for (PlaceFile.Row row : rows) {
      if (row.kind() == PlaceFile.Kind.REGION && row.lat().isEmpty()) {
        displayNames.putIfAbsent(row.country() + "." + row.admin1(), row.name());
      }
    }
    Map<String, List<Location>> index = new LinkedHashMap<>();
    Map<String, Location> byCode = new HashMap<>();
    for (String line : admin1) {
      String[] f = line.split("\t", -1);
      int dot = f[0].indexOf('.');
      if (f.length < 3 || dot < 0 || !iso3.containsKey(f[0].substring(0, dot))) {
        continue;
      }
      double[] p = points.get(f[0]);
      if (p == null) {
        continue;
      }
      String country = iso3.get(f[0].substring(0, dot));
      String code = f[0].substring(dot + 1);
      String display = displayNames.getOrDefault(country + "." + code, f[2]);
      Location region =
          new Location(display, country, code, p[0] / p[2], p[1] / p[2], Location.Precision.REGION);
      byCode.put(country + "." + code, region);
      for (String name : List.of(f[1], f[2])) {
        add(index, name, region);
        add(index, stripped(name), region);
      }
    }
    List<String> problems = new ArrayList<>();
    for (PlaceFile.Row row : rows) {
      if (row.kind() != PlaceFile.Kind.REGION) {
        continue;
      }
      Location region;
      if (row.lat().isPresent()) {
        region =
            new Location(
                row.name(),
                row.country(),
                row.admin1(),
                row.lat().getAsDouble(),
                row.lon().getAsDouble(),
                Location.Precision.REGION);
      } else {
        region = byCode.get(row.country() + "." + row.admin1());
        if (region == null) {
          problems.add(
              "places.tsv:"
                  + row.line()
                  + ": no GeoNames region "
                  + row.country()
                  + "."
                  + row.admin1());
          continue;
        }
      }
      add(index, row.name(), region);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return index;
  }

  /** The name without an administrative word ("Donetsk Oblast" -> "Donetsk"). */
  static String stripped(String name) {
    for (String s : SUFFIXES) {
      if (name.endsWith(s) && name.length() > s.length() + 2) {
        return name.substring(0, name.length() - s.length());
      }
    }
    for (String p : PREFIXES) {
      if (name.startsWith(p) && name.length() > p.length() + 2) {
        return name.substring(p.length());
      }
    }
    return name;
  }

  private static void add(Map<String, List<Location>> index, String name, Location region) {
    if (name.length() < 3) {
      return;
    }
    List<Location> list = index.computeIfAbsent(name, k -> new ArrayList<>());
    boolean known =
        list.stream()
            .anyMatch(
                l ->
                    l.country().equals(region.country())
                            && l.admin1().equals(region.admin1())
                            && !l.admin1().isEmpty()
                        || l.equals(region));
    if (!known) {
      list.add(region);
    }
  }
}
