package org.vigil.core.eval;

import java.util.List;
import java.util.Set;

/** Actor matching of the scoring protocol. */
final class ActorMatcher {
  /** Role codes: a bare gold role matches any predicted actor carrying it. */
  static final Set<String> ROLES =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "BUS", "CVL", "MED",
          "EDU", "REF", "LAB", "CRM", "HLH", "ELI", "ENV", "HRI", "SPY", "UAF", "AGR", "RAD", "MOD",
          "ACT", "NGO", "IGO", "PPL", "DEV", "AMN");

  private static final List<String> ORG_PREFIXES = List.of("IGO", "NGO", "MNC", "IMG", "UIS");
  private static final Set<String> BARE_ORGS = Set.of("IGO", "NGO", "IMG", "MNC");

  private ActorMatcher() {}

  /** The entity of a code: its country, or an organisation code without trailing roles. */
  static String entity(String code) {
    for (String p : ORG_PREFIXES) {
      if (code.startsWith(p) && code.length() > 3) {
        String c = code;
        while (c.length() > 6 && ROLES.contains(c.substring(c.length() - 3))) {
          c = c.substring(0, c.length() - 3);
        }
        return c;
      }
    }
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /** True when the predicted actor matches the gold actor or one of its alternatives. */
  static boolean matches(String predicted, String gold, List<String> alternatives, boolean target) {
    if (matchesOne(predicted, gold, target)) {
      return true;
    }
    for (String alt : alternatives) {
      if (matchesOne(predicted, alt, target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesOne(String predicted, String goldCode, boolean target) {
    // PETRARCH writes an actor without a country as "---GOV": that is the bare role GOV.
    String gold = goldCode.startsWith("---") ? goldCode.substring(3) : goldCode;
    if (gold.isEmpty()) {
      return target;
    }
    if (predicted.isEmpty()) {
      return false;
    }
    if (BARE_ORGS.contains(gold) && predicted.startsWith(gold)) {
      return true;
    }
    if (gold.length() == 3 && ROLES.contains(gold)) {
      if (predicted.equals(gold)) {
        return true;
      }
      for (int i = 3; i + 3 <= predicted.length(); i += 3) {
        if (predicted.substring(i, i + 3).equals(gold)) {
          return true;
        }
      }
      return false;
    }
    return entity(predicted).equals(entity(gold));
  }
}
