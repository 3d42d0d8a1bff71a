package org.vigil.core.coder;

import java.util.Map;

/**
 * Re-codes an intended or conditional act: cooperation becomes the matching 03x intent, material
 * conflict and the prolonging of restrictions the matching 13x threat; other verbal acts keep their
 * code.
 */
final class IntentRecoder {
  private static final Map<String, String> BY_PREFIX =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("045", "039"),
          Map.entry("046", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"),
          Map.entry("1241", "132"),
          Map.entry("14", "133"),
          Map.entry("15", "130"),
          Map.entry("16", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("17", "130"),
          Map.entry("172", "132"),
          Map.entry("175", "137"),
          Map.entry("18", "1383"),
          Map.entry("19", "138"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("190", "1384"),
          Map.entry("193", "1384"),
          Map.entry("194", "1384"),
          Map.entry("195", "1384"),
          Map.entry("20", "1383"),
          Map.entry("204", "1385"));

  private static final Map<String, String> REFUSAL =
      Map.ofEntries(
          Map.entry("03", "120"),
          Map.entry("04", "125"),
          Map.entry("045", "126"),
          Map.entry("05", "120"),
          Map.entry("06", "121"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("07", "122"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("08", "124"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));

  private IntentRecoder() {}

  /**
   * The 12x refusal for a cooperative act announced as not going to happen ("will not provide aid"
   * -> 122), or empty when the act is not cooperative.
   */
  static java.util.Optional<String> refusal(String code) {
    for (int len = Math.min(3, code.length()); len >= 2; len--) {
      String r = REFUSAL.get(code.substring(0, len));
      if (r != null) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  /** The intent/threat code for {@code code}, or {@code code} itself when it does not change. */
  static String recode(String code) {
    // "will extend the curfew": prolonging restrictions (1241) is a threat of them (132).
    for (int len = Math.min(4, code.length()); len >= 2; len--) {
      String r = BY_PREFIX.get(code.substring(0, len));
      if (r != null) {
        return r;
      }
    }
    return code;
  }
}
