package org.vigil.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gold document.
 *
 * @param id document id
 * @param date document date, empty when null
 * @param text the text to code
 * @param events expected events
 */
public record GoldRecord(String id, Optional<LocalDate> date, String text, List<GoldEvent> events) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the fields. */
  public GoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }

  /**
   * Reads a gold file.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException with {@code file:line} when a record is malformed
   */
  public static List<GoldRecord> read(Path file) throws IOException {
    List<GoldRecord> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(parse(JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": bad gold record: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static GoldRecord parse(JsonNode n) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(
          new GoldEvent(
              e.path("source").asText(""),
              e.path("target").asText(""),
              e.path("code").asText(),
              strings(e.path("alt_codes")),
              strings(e.path("alt_sources")),
              strings(e.path("alt_targets")),
              e.path("optional").asBoolean(false)));
    }
    JsonNode d = n.get("date");
    Optional<LocalDate> date =
        d == null || d.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(d.asText()));
    String id = n.get("id").asText();
    return new GoldRecord(id, date, n.get("text").asText(), events);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : array) {
      out.add(s.asText());
    }
    return out;
  }
}
