package org.vigil.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO event-code table bundled with Vigil, and the PLOVER-2016 root mapping for scoring. */
public final class CameoTable {
  private static final String RESOURCE = "/vigil/cameo/event-codes.tsv";
  private final Map<String, EventCodeInfo> codes;

  private CameoTable(Map<String, EventCodeInfo> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** Loads the bundled table. */
  public static CameoTable load() {
    try (InputStream in = CameoTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, EventCodeInfo> map = new LinkedHashMap<>();
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        map.put(
            f[0],
            new EventCodeInfo(
                f[0],
                f[1],
                f[2].isEmpty() ? 0.0 : Double.parseDouble(f[2]),
                f[3].isEmpty() ? Optional.empty() : Optional.of(f[3])));
      }
      return new CameoTable(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts for a code, if it is a CAMEO code. */
  public Optional<EventCodeInfo> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** True when the code is in the table. */
  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** All codes, in table order. */
  public Iterable<EventCodeInfo> all() {
    return codes.values();
  }

  /** Number of codes. */
  public int size() {
    return codes.size();
  }

  /** GDELT quad class of a two-digit root. */
  public static int quadClassOfRoot(String root) {
    int r = Integer.parseInt(root);
    if (r <= 5) {
      return 1;
    }
    if (r <= 9) {
      return 2;
    }
    return r <= 14 ? 3 : 4;
  }

  /**
   * The PLOVER-2016 type used by the PLOVER gold standard for a CAMEO code, as fixed by the scoring
   * protocol; empty for 01x and 02x.
   */
  public static Optional<String> plover2016(String code) {
    String root = code.substring(0, 2);
    switch (root) {
      case "03":
        return Optional.of("AGREE");
      case "04":
        return Optional.of("CONSULT");
      case "05":
        return Optional.of("SUPPORT");
      case "06":
        return Optional.of("COOPERATE");
      case "07":
        return Optional.of("AID");
      case "08":
        if (code.length() >= 3 && code.charAt(2) >= '4' && code.charAt(2) <= '7') {
          return Optional.of("RETREAT");
        }
        return Optional.of("CONCEDE");
      case "09":
        return Optional.of("INVESTIGATE");
      case "10":
        return Optional.of("DEMAND");
      case "11":
        return Optional.of("DISAPPROVE");
      case "12":
        return Optional.of("REJECT");
      case "13":
        return Optional.of("THREATEN");
      case "14":
        return Optional.of("PROTEST");
      case "15":
        return Optional.of("MOBILIZE");
      case "16":
        return Optional.of("SANCTION");
      case "17":
        return Optional.of("COERCE");
      case "18":
      case "20":
        return Optional.of("ASSAULT");
      case "19":
        return Optional.of("FIGHT");
      default:
        return Optional.empty();
    }
  }
}
