package org.vigil.core.eval;

import java.util.Objects;

/**
 * A predicted event as the scorer sees it.
 *
 * @param source source actor code
 * @param target target actor code, {@code ""} when absent
 * @param code CAMEO event code
 */
public record Prediction(String source, String target, String code) {
  /** Validates the fields. */
  public Prediction {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
  }
}
