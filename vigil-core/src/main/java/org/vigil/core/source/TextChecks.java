package org.vigil.core.source;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;

/** Checks shared by all sources: size, binary content, UTF-8, emptiness, dates. */
public final class TextChecks {
  /** Default limit on one document's size in bytes. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

  private TextChecks() {}

  /**
   * Decodes bytes as strict UTF-8 (a leading byte-order mark is dropped) after the size and binary
   * checks.
   */
  public static SourceItemOrText decode(String id, byte[] bytes, int maxBytes) {
    if (bytes.length > maxBytes) {
      return reject(
          id,
          ProblemCode.INPUT_TOO_LARGE,
          bytes.length + " bytes, limit is " + maxBytes + " (--max-bytes)");
    }
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return reject(id, ProblemCode.INPUT_BINARY, "contains NUL bytes: not a text file");
      }
      if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (bytes.length > 0 && control * 10 > bytes.length) {
      return reject(id, ProblemCode.INPUT_BINARY, "too many control characters: not a text file");
    }
    String text;
    try {
      text = org.vigil.core.text.Utf8.decodeStrict(bytes);
    } catch (CharacterCodingException e) {
      return reject(id, ProblemCode.INPUT_ENCODING, "not valid UTF-8 (" + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return checkText(id, text);
  }

  /** Rejects blank text. */
  public static SourceItemOrText checkText(String id, String text) {
    if (text.isBlank()) {
      return reject(id, ProblemCode.INPUT_EMPTY, "no text");
    }
    return new SourceItemOrText(Optional.of(text), Optional.empty());
  }

  /** Parses a YYYY-MM-DD date. */
  public static Optional<LocalDate> parseDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A date written in a file name ({@code 2021-09-04} or {@code 20210904}), if any. */
  public static Optional<LocalDate> dateInName(String name) {
    Matcher m = DATE_IN_NAME.matcher(name);
    while (m.find()) {
      Optional<LocalDate> d = parseDate(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static SourceItemOrText reject(String id, ProblemCode code, String reason) {
    return new SourceItemOrText(
        Optional.empty(), Optional.of(new Problem(code, id, "read", reason)));
  }

  /**
   * Either decoded text or a problem.
   *
   * @param text the text when accepted
   * @param problem the problem when rejected
   */
  public record SourceItemOrText(Optional<String> text, Optional<Problem> problem) {}
}
