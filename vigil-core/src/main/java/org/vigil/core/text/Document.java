package org.vigil.core.text;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article.
 *
 * @param id stable identifier (the record's id, or the file name)
 * @param date publication date, empty when unknown
 * @param text the article text (title and body)
 * @param meta optional source metadata: {@code title}, {@code outlet}, {@code url}
 */
public record Document(String id, Optional<LocalDate> date, String text, Map<String, String> meta) {
  /** Validates and copies the fields. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    meta = Map.copyOf(meta);
  }

  /** A document without metadata. */
  public Document(String id, Optional<LocalDate> date, String text) {
    this(id, date, text, Map.of());
  }

  /** Creates a document with a known or unknown ({@code null}) date. */
  public static Document of(String id, LocalDate date, String text) {
    return new Document(id, Optional.ofNullable(date), text);
  }
}
