package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.TestEvents.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.text.Document;
import org.vigil.core.text.SentenceSpan;

/** The actors and sentences tables and the language column stay in step with each ingest. */
class ActorsTableIT {
  @TempDir Path dir;

  private static final Map<String, String> NAMES =
      Map.of("BLRGOV", "Belarus government", "POL", "Poland");

  private static final String ACTORS =
      "SELECT code, name, entity, role, first_seen, last_seen, events, as_source, as_target"
          + " FROM actors ORDER BY code";

  @Test
  void reIngestingAChangedDocumentRecomputesItsActors() throws Exception {
    Path db = dir.resolve("a.duckdb");
    LocalDate d1 = LocalDate.of(2021, 11, 8);
    LocalDate d2 = LocalDate.of(2021, 11, 16);
    try (EventStore store = EventStore.open(db, code -> Optional.ofNullable(NAMES.get(code)))) {
      store.ingest(
          Document.of("a", d1, "Belarus fired at Poland. Poland accused Belarusian troops."),
          2,
          List.of(
              event("a", d1, "BLRGOV", "POL", "190", 4),
              event("a", d1, "POL", "BLRMIL", "112", 3),
              TestEvents.negated(event("a", d1, "USA", "POL", "112", 3))),
          "1.test");
      store.ingest(
          Document.of("b", d2, "Belarus threatened Lithuania."),
          1,
          List.of(event("b", d2, "BLRGOV", "LTU", "138", 3)),
          "1.test");
    }
    assertThat(TestEvents.rows(db, ACTORS))
        .containsExactly(
            "BLRGOV|Belarus government|BLR|GOV|2021-11-08|2021-11-16|2|2|0",
            "BLRMIL|null|BLR|MIL|2021-11-08|2021-11-08|1|0|1",
            "LTU|null|LTU||2021-11-16|2021-11-16|1|0|1",
            "POL|Poland|POL||2021-11-08|2021-11-08|2|1|1");
    LocalDate d3 = LocalDate.of(2021, 12, 1);
    try (EventStore store = EventStore.open(db)) {
      assertThat(
              store.ingest(
                  Document.of("a", d3, "Poland closed a crossing to Lithuania."),
                  1,
                  List.of(event("a", d3, "POL", "LTU", "192", 4)),
                  "1.test"))
          .isEqualTo(EventStore.IngestResult.REPLACED);
    }
    List<String> incremental = TestEvents.rows(db, ACTORS);
    assertThat(incremental)
        .as("BLRMIL lost its only event; names survive a store opened without a namer")
        .containsExactly(
            "BLRGOV|Belarus government|BLR|GOV|2021-11-16|2021-11-16|1|1|0",
            "LTU|null|LTU||2021-11-16|2021-12-01|2|0|2",
            "POL|Poland|POL||2021-12-01|2021-12-01|1|1|0");
    try (EventStore store = EventStore.open(db)) {
      store.rebuildActors();
    }
    assertThat(TestEvents.rows(db, ACTORS)).as("a full rebuild agrees").isEqualTo(incremental);
  }

  @Test
  void sentencesAndLanguageAreStored() throws Exception {
    Path db = dir.resolve("s.duckdb");
    LocalDate d = LocalDate.of(2021, 11, 16);
    String text = "Poland closed the border. Belarus accused Poland. Talks are planned.";
    try (EventStore store = EventStore.open(db)) {
      store.ingest(
          new Document("a", Optional.of(d), text, Map.of("language", "de")),
          List.of(
              new SentenceSpan(0, 0, 25), new SentenceSpan(1, 26, 49), new SentenceSpan(2, 50, 68)),
          List.of(
              event(
                  "a", 1, d, "BLR", "POL", "112", 3, "Belarus accused Poland.", Optional.empty())),
          "1.test");
      store.ingest(
          Document.of("b", d, "One sentence only."),
          List.of(new SentenceSpan(0, 0, 18)),
          List.of(),
          "1.test");
    }
    assertThat(
            TestEvents.rows(
                db,
                "SELECT doc_id, sentence_index, char_begin, char_end, text, has_events"
                    + " FROM sentences ORDER BY doc_id, sentence_index"))
        .containsExactly(
            "a|0|0|25|Poland closed the border.|false",
            "a|1|26|49|Belarus accused Poland.|true",
            "a|2|50|68|Talks are planned.|false",
            "b|0|0|18|One sentence only.|false");
    assertThat(
            TestEvents.rows(
                db, "SELECT doc_id, language, sentences FROM documents ORDER BY doc_id"))
        .containsExactly("a|de|3", "b|en|1");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(
          Document.of("a", d, "Poland closed the border."),
          List.of(new SentenceSpan(0, 0, 25)),
          List.of(),
          "1.test");
    }
    assertThat(
            TestEvents.rows(
                db, "SELECT doc_id, sentence_index, has_events FROM sentences ORDER BY ALL"))
        .as("a changed document replaces its sentences")
        .containsExactly("a|0|false", "b|0|false");
    assertThat(TestEvents.rows(db, "SELECT doc_id, language FROM documents ORDER BY doc_id"))
        .containsExactly("a|en", "b|en");
  }
}
