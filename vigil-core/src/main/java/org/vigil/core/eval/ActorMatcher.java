package org.vigil.core.eval;

import java.util.List;
import java.util.Set;

/** Actor matching of the scoring protocol. */
final class ActorMatcher {
  /** Role codes: a bare gold role matches any predicted actor carrying it. */
  static final Set<String> ROLES = org.vigil.core.event.Entity.ROLES;

  private static final Set<String> BARE_ORGS = Set.of("IGO", "NGO", "IMG", "MNC");

  private ActorMatcher() {}

  /** The entity of a code: its country, or an organisation code without trailing roles. */
  static String entity(String code) {
    return org.vigil.core.event.Entity.of(code);
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
    // "IGO", and "IGOGOV" or "IGOMIL" whose entity is the bare prefix once roles are removed.
    String goldEntity = gold;
    while (goldEntity.length() > 3
        && ROLES.contains(goldEntity.substring(goldEntity.length() - 3))) {
      goldEntity = goldEntity.substring(0, goldEntity.length() - 3);
    }
    if (BARE_ORGS.contains(goldEntity) && predicted.startsWith(goldEntity)) {
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
