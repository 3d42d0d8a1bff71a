package org.vigil.core.cameo;

import java.util.Objects;
import java.util.Optional;

/**
 * Facts about one CAMEO event code.
 *
 * @param code the code, 2 to 4 characters ({@code "0312"})
 * @param name short English name
 * @param goldstein Goldstein conflict-cooperation value (GDELT 1.0 scale, -10..+10)
 * @param plover PLOVER 2021 event type, empty for 01x/02x codes
 */
public record EventCodeInfo(String code, String name, double goldstein, Optional<String> plover) {
  /** Validates the fields. */
  public EventCodeInfo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
    if (code.length() < 2 || code.length() > 4) {
      throw new IllegalArgumentException("bad CAMEO code " + code);
    }
  }

  /** The two-digit root ({@code "03"}). */
  public String root() {
    return code.substring(0, 2);
  }

  /**
   * GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal, 4 material conflict.
   */
  public int quadClass() {
    return CameoTable.quadClassOfRoot(root());
  }
}
