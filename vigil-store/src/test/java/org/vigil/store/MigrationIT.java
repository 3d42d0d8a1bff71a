package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.TestEvents.event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.text.Document;
import org.vigil.core.text.SentenceSpan;

/** A version-4 file (before languages, sentences and actors) is migrated to version 5 on open. */
class MigrationIT {
  @TempDir Path dir;

  /** Creates a file with schema version 4 holding one document and three events. */
  static Path versionFourFile(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)");
      String[] files = {
        "V1__events.sql", "V2__document_text.sql", "V3__stories.sql", "V4__locations.sql"
      };
      for (int v = 1; v <= 4; v++) {
        for (String stmt :
            EventStore.resource("/vigil/store/migrations/" + files[v - 1]).split(";")) {
          String body =
              stmt.lines()
                  .filter(l -> !l.strip().startsWith("--"))
                  .reduce("", (a, b) -> a + "\n" + b);
          if (!body.isBlank()) {
            s.execute(body);
          }
        }
        s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
      }
      s.execute(
          "INSERT INTO documents (doc_id, published, text_hash, kb_version, sentences, ingested_at,"
              + " text) VALUES ('old', DATE '2021-11-16', 'h', '1.old', 2, current_timestamp,"
              + " 'Poland accused Belarus. Belarus denied it.')");
      String cols =
          "(doc_id, sentence_index, event_date, source_code, source_entity, target_code,"
              + " target_entity, code, root_code, quad_class, goldstein, polarity, modality, rule,"
              + " kb_version)";
      s.execute(
          "INSERT INTO events "
              + cols
              + " VALUES ('old', 0, DATE '2021-11-16', 'POLGOV', 'POL', 'BLR', 'BLR', '112', '11',"
              + " 3, -2.0, 'positive', 'asserted', 'p', '1.old'),"
              + " ('old', 1, DATE '2021-11-17', 'BLR', 'BLR', 'POL', 'POL', '114', '11', 3, -2.0,"
              + " 'positive', 'asserted', 'p', '1.old'),"
              + " ('old', 1, DATE '2021-11-17', 'BLR', 'BLR', 'LTU', 'LTU', '190', '19', 4, -10.0,"
              + " 'negative', 'asserted', 'p', '1.old')");
    }
    return db;
  }

  @Test
  void aVersionFourFileGainsLanguagesSentencesAndActors() throws Exception {
    Path db = versionFourFile(dir.resolve("v4.duckdb"));
    LocalDate d = LocalDate.of(2021, 12, 1);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(5);
      assertThat(store.counts()).containsExactly(1, 3);
      store.ingest(
          Document.of("new", d, "Lithuania met Poland."),
          List.of(new SentenceSpan(0, 0, 21)),
          List.of(event("new", d, "LTU", "POL", "036", 1)),
          "1.new");
    }
    assertThat(TestEvents.rows(db, "SELECT version FROM schema_version ORDER BY version"))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(TestEvents.rows(db, "SELECT doc_id, language FROM documents ORDER BY doc_id"))
        .containsExactly("new|en", "old|en");
    assertThat(TestEvents.rows(db, "SELECT doc_id, count(*) FROM sentences GROUP BY doc_id"))
        .as("sentence offsets of documents stored before version 5 are unknown")
        .containsExactly("new|1");
    assertThat(
            TestEvents.rows(
                db,
                "SELECT code, name, role, first_seen, last_seen, events, as_source, as_target"
                    + " FROM actors ORDER BY code"))
        .as("the negated BLR->LTU event counts for no actor")
        .containsExactly(
            "BLR|null||2021-11-16|2021-11-17|2|1|1",
            "LTU|null||2021-12-01|2021-12-01|1|1|0",
            "POL|null||2021-11-17|2021-12-01|2|0|2",
            "POLGOV|null|GOV|2021-11-16|2021-11-16|1|1|0");
    try (EventStore store = EventStore.openReadOnly(db)) {
      assertThat(store.actorProfile("BLR", 5).codes()).hasSize(1);
    }
  }
}
