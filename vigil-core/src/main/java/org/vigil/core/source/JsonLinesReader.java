package org.vigil.core.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;
import org.vigil.core.text.Document;

/**
 * Reads one JSON line {@code {"id", "date", "text", ...}} into a document. Optional fields {@code
 * title}, {@code outlet}, {@code url} and {@code language} (or {@code lang}, an ISO 639 code or an
 * English language name) become the document's metadata; the language defaults to English. The
 * location of a problem is {@code file:line} plus the record id when it could be read.
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final int maxBytes;

  /** Creates a reader with a per-record size limit. */
  public JsonLinesReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads one line; {@code location} is {@code file:line}. */
  public SourceItem read(String location, String line, Optional<LocalDate> defaultDate) {
    if (line.length() > maxBytes) {
      return rejected(
          location,
          ProblemCode.INPUT_TOO_LARGE,
          line.length() + " characters, limit is " + maxBytes);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return rejected(location, ProblemCode.INPUT_BAD_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return rejected(location, ProblemCode.INPUT_BAD_JSON, "a record must be a JSON object");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
      return rejected(location, ProblemCode.INPUT_MISSING_FIELD, "field 'id' (string) is missing");
    }
    String where = location + " id=" + id.asText();
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return rejected(where, ProblemCode.INPUT_MISSING_FIELD, "field 'text' (string) is missing");
    }
    if (text.asText().isBlank()) {
      return rejected(where, ProblemCode.INPUT_EMPTY, "field 'text' is empty");
    }
    Optional<LocalDate> date = defaultDate;
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      date = d.isTextual() ? TextChecks.parseDate(d.asText()) : Optional.empty();
      if (date.isEmpty()) {
        return rejected(
            where, ProblemCode.INPUT_BAD_DATE, "date '" + d.asText() + "' is not YYYY-MM-DD");
      }
    }
    java.util.Map<String, String> meta = new java.util.HashMap<>();
    for (String field : java.util.List.of("title", "outlet", "url")) {
      JsonNode v = node.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        meta.put(field, v.asText());
      }
    }
    JsonNode lang = node.hasNonNull("language") ? node.get("language") : node.get("lang");
    if (lang != null && !lang.isNull()) {
      java.util.Optional<String> code =
          lang.isTextual() ? Languages.normalize(lang.asText()) : Optional.empty();
      if (code.isEmpty()) {
        return rejected(
            where,
            ProblemCode.INPUT_BAD_LANGUAGE,
            "language '" + lang.asText() + "' is not an ISO 639 code or language name");
      }
      meta.put("language", code.get());
    }
    return new SourceItem.Accepted(new Document(id.asText(), date, text.asText(), meta));
  }

  private static SourceItem rejected(String where, ProblemCode code, String reason) {
    return new SourceItem.Rejected(new Problem(code, where, "read", reason));
  }
}
