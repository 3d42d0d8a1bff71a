package org.vigil.core.problem;

import java.util.Objects;

/**
 * A data problem: what went wrong, where, and at which stage.
 *
 * @param code stable code
 * @param location input id, or {@code file:line} for knowledge-base files
 * @param stage the stage that found it ({@code read}, {@code nlp}, {@code kb}, ...)
 * @param reason a human-readable explanation
 */
public record Problem(ProblemCode code, String location, String stage, String reason) {
  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line: {@code location: CODE: reason}. */
  public String format() {
    return location + ": " + code + ": " + reason;
  }
}
