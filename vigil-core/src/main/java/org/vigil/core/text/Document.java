package org.vigil.core.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article.
 *
 * @param id stable identifier (the record's id, or the file name)
 * @param date publication date, empty when unknown
 * @param text the article text (title and body)
 */
public record Document(String id, Optional<LocalDate> date, String text) {
  /** Validates the fields. */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
  }

  /** Creates a document with a known or unknown ({@code null}) date. */
  public static Document of(String id, LocalDate date, String text) {
    return new Document(id, Optional.ofNullable(date), text);
  }
}
