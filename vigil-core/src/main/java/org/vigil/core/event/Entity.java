package org.vigil.core.event;

import java.util.List;
import java.util.Set;

/**
 * The entity of an actor code: its country or region ({@code BLRGOV} -> {@code BLR}), or an
 * organisation code without trailing role blocks ({@code IGOWSTNATMIL} -> {@code IGOWSTNAT}).
 */
public final class Entity {
  /** CAMEO role blocks. */
  public static final Set<String> ROLES =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "BUS", "CVL", "MED",
          "EDU", "REF", "LAB", "CRM", "HLH", "ELI", "ENV", "HRI", "SPY", "UAF", "AGR", "RAD", "MOD",
          "ACT", "NGO", "IGO", "PPL", "DEV", "AMN");

  private static final List<String> ORG_PREFIXES = List.of("IGO", "NGO", "MNC", "IMG", "UIS");

  private Entity() {}

  /** The entity of a code ({@code ""} stays {@code ""}). */
  public static String of(String code) {
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
}
