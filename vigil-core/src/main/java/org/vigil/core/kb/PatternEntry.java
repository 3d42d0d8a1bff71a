package org.vigil.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern with its event code and examples.
 *
 * @param id stable id ({@code p.112.accuse})
 * @param code CAMEO event code produced
 * @param text the pattern as written
 * @param pattern the compiled pattern
 * @param positive sentences where it must fire
 * @param negative sentences where it must not fire
 * @param note free text
 * @param source where it was written
 */
public record PatternEntry(
    String id,
    String code,
    String text,
    Pattern pattern,
    List<String> positive,
    List<String> negative,
    String note,
    SourceLine source) {
  /** Validates and copies the fields. */
  public PatternEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pattern, "pattern");
    positive = List.copyOf(positive);
    negative = List.copyOf(negative);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
  }
}
