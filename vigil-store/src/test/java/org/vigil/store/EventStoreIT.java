package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.signals.Alert;
import org.vigil.core.signals.EscalationDetector;
import org.vigil.core.text.Document;

class EventStoreIT {
  @TempDir Path dir;

  private static Event event(
      String doc, LocalDate d, String src, String tgt, String code, int quad) {
    return new Event(
        doc,
        0,
        Optional.of(d),
        new ActorRef(src, src, 0, 3, List.of()),
        new ActorRef(tgt, tgt, 4, 7, List.of()),
        code,
        quad,
        quad >= 3 ? -5.0 : 3.0,
        code.startsWith("11") ? Optional.of("ACCUSE") : Optional.empty(),
        Polarity.POSITIVE,
        Modality.ASSERTED,
        new Evidence("s", "t", 0, 1),
        "p.test",
        "1.test",
        Optional.empty());
  }

  @Test
  void ingestIsIdempotentAndAChangedTextReplacesItsEvents() {
    Path db = dir.resolve("v.duckdb");
    LocalDate d = LocalDate.of(2021, 11, 16);
    Document doc = Document.of("a", d, "Poland accused Belarus.");
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(EventStore.SCHEMA_VERSION);
      List<Event> two =
          List.of(
              event("a", d, "POLGOV", "BLR", "112", 3), event("a", d, "POL", "BLRMIL", "190", 4));
      assertThat(store.ingest(doc, 1, two, "1.test")).isEqualTo(EventStore.IngestResult.ADDED);
      assertThat(store.ingest(doc, 1, two, "1.test")).isEqualTo(EventStore.IngestResult.UNCHANGED);
      assertThat(store.counts()).containsExactly(1, 2);
      Document edited = Document.of("a", d, "Poland accused Belarus again.");
      assertThat(store.ingest(edited, 1, List.of(two.get(0)), "1.test"))
          .isEqualTo(EventStore.IngestResult.REPLACED);
      assertThat(store.counts()).containsExactly(1, 1);
      assertThat(store.ingest(edited, 1, List.of(two.get(0)), "1.newer"))
          .isEqualTo(EventStore.IngestResult.REPLACED);
    }
    try (EventStore reopened = EventStore.open(db)) {
      assertThat(reopened.schemaVersion()).isEqualTo(EventStore.SCHEMA_VERSION);
      assertThat(reopened.counts()).containsExactly(1, 1);
    }
  }

  @Test
  void seriesTopDyadsAndAlerts() {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      LocalDate start = LocalDate.of(2021, 6, 7);
      int n = 0;
      for (int week = 0; week < 20; week++) {
        int conflicts = week < 16 ? (week % 4 == 0 ? 1 : 0) : 8;
        // Each conflict event comes from its own article: the detector counts an event once per
        // story, date, dyad and code.
        for (int i = 0; i < conflicts; i++) {
          String id = "c" + n + "-" + i;
          store.ingest(
              Document.of(id, start.plusWeeks(week), "conflict report " + id),
              1,
              List.of(event(id, start.plusWeeks(week), "BLRGOV", "POL", "112", 3)),
              "1.test");
        }
        store.ingest(
            Document.of("d" + n, start.plusWeeks(week), "text " + n),
            1,
            List.of(event("d" + n, start.plusWeeks(week), "PRT", "URY", "040", 1)),
            "1.test");
        n++;
      }
      List<Dyad> top = store.topDyads(5);
      assertThat(top.get(0).source()).isEqualTo("BLR");
      assertThat(top.get(0).target()).isEqualTo("POL");
      List<SeriesPoint> series = store.series("BLR", "POL", "week", start, start.plusWeeks(30));
      assertThat(series).hasSize(8);
      assertThat(series.get(series.size() - 1).quad()[3]).isEqualTo(8);
      assertThat(series.get(0).goldsteinMean()).isEqualTo(-5.0);
      List<Alert> alerts = Alerts.scan(store, EscalationDetector.weekly());
      assertThat(alerts).isNotEmpty();
      assertThat(alerts).allMatch(a -> a.series().equals("BLR>POL"));
      assertThat(alerts.get(0).period()).isAfterOrEqualTo(start.plusWeeks(16));
    }
  }

  @Test
  void aVersionOneFileIsMigratedOnOpen() throws Exception {
    Path db = dir.resolve("old.duckdb");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)");
      for (String stmt : EventStore.resource("/vigil/store/migrations/V1__events.sql").split(";")) {
        String body =
            stmt.lines()
                .filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b);
        if (!body.isBlank()) {
          s.execute(body);
        }
      }
      s.execute("INSERT INTO schema_version VALUES (1, current_timestamp)");
      s.execute(
          "INSERT INTO documents VALUES ('old', DATE '2021-01-01', 'h', '0.old', 1, current_timestamp)");
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(EventStore.SCHEMA_VERSION);
      assertThat(store.counts()).containsExactly(1, 0);
      assertThat(store.staleDocuments("1.now")).extracting(Document::id).containsExactly("old");
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery(
                "SELECT language, (SELECT count(*) FROM actors), (SELECT count(*) FROM sentences)"
                    + " FROM documents")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("en");
      assertThat(r.getInt(2)).isZero();
      assertThat(r.getInt(3)).isZero();
    }
  }

  @Test
  void staleDocumentsAndExport() throws Exception {
    LocalDate d = LocalDate.of(2021, 11, 16);
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      store.ingest(
          Document.of("a", d, "Poland accused Belarus."),
          1,
          List.of(event("a", d, "POL", "BLR", "112", 3)),
          "1.old");
      store.ingest(
          Document.of("b", d, "Lithuania accused Belarus."),
          1,
          List.of(event("b", d, "LTU", "BLR", "112", 3)),
          "1.new");
      assertThat(store.staleDocuments("1.new"))
          .containsExactly(
              new Document(
                  "a",
                  Optional.of(d),
                  "Poland accused Belarus.",
                  java.util.Map.of("language", "en")));
      store.ingest(
          new Document(
              "c",
              Optional.of(d),
              "Latvia accused Belarus.",
              java.util.Map.of("title", "T", "outlet", "Wire", "language", "lv")),
          1,
          List.of(),
          "1.old");
      assertThat(store.staleDocuments("1.new").get(1).meta())
          .as("re-coding keeps a document's metadata")
          .isEqualTo(java.util.Map.of("title", "T", "outlet", "Wire", "language", "lv"));
      Path parquet = dir.resolve("events.parquet");
      Path csv = dir.resolve("events.csv");
      assertThat(store.export(parquet, "parquet")).isEqualTo(2);
      store.export(csv, "csv");
      assertThat(java.nio.file.Files.readAllLines(csv).get(0))
          .startsWith("doc_id,sentence_index,event_date,source_code");
      try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
          java.sql.Statement s = c.createStatement();
          java.sql.ResultSet r =
              s.executeQuery("SELECT count(*), min(source_entity) FROM '" + parquet + "'")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(2);
        assertThat(r.getString(2)).isEqualTo("LTU");
      }
    }
  }

  @Test
  void copiesOfAStoryMergeTheirEvents() {
    LocalDate d = LocalDate.of(2021, 11, 16);
    String wire =
        "Polish border guards used water cannon and tear gas against migrants who threw stones near"
            + " the Kuznica crossing on Tuesday. Poland accused Belarusian forces of supplying the"
            + " migrants with stun grenades and of provoking the clashes at the border.";
    try (EventStore store = EventStore.open(dir.resolve("m.duckdb"))) {
      store.ingest(
          Document.of("a", d, wire), 2, List.of(event("a", d, "POL", "BLRMIL", "112", 3)), "1");
      store.ingest(
          Document.of("b", d, "WARSAW -- " + wire.replace("on Tuesday", "on Tuesday morning")),
          2,
          List.of(event("b", d, "POL", "BLRMIL", "112", 3)),
          "1");
      store.ingest(
          Document.of("c", d, "Lithuania closed two border crossings with Belarus."),
          1,
          List.of(event("c", d, "LTU", "BLR", "191", 4)),
          "1");
      assertThat(store.counts()).containsExactly(3, 3);
      assertThat(store.assignStories(org.vigil.core.dedup.StoryGrouper.standard())).isEqualTo(1);
      assertThat(store.mergedEventCount()).isEqualTo(2);
      Path gdelt = dir.resolve("events.gdelt.tsv");
      assertThat(store.export(gdelt, "gdelt")).isEqualTo(2);
      List<String> rows;
      try {
        rows = java.nio.file.Files.readAllLines(gdelt);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(rows).hasSize(2);
      String[] cols =
          rows.stream()
              .filter(r -> r.contains("\t112\t"))
              .findFirst()
              .orElseThrow()
              .split("\t", -1);
      assertThat(cols).hasSize(61);
      assertThat(cols[1]).isEqualTo("20211116");
      assertThat(cols[5]).isEqualTo("POL");
      assertThat(cols[15]).isEqualTo("BLRMIL");
      assertThat(cols[17]).isEqualTo("BLR");
      assertThat(cols[22]).isEqualTo("MIL");
      assertThat(cols[26]).isEqualTo("112");
      assertThat(cols[29]).isEqualTo("3");
      assertThat(cols[31]).isEqualTo("2");
      assertThat(cols[32]).isEqualTo("2");
      Path plover = dir.resolve("events.plover.jsonl");
      assertThat(store.export(plover, "plover")).isEqualTo(2);
      List<String> records;
      try {
        records = java.nio.file.Files.readAllLines(plover);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(records).hasSize(2);
      assertThat(records.get(0))
          .contains("\"event\":\"ACCUSE\"")
          .contains("\"actor1_country\":\"POL\"")
          .contains("\"actor2_country\":\"BLR\"")
          .contains("\"actor2_sector\":\"MIL\"")
          .contains("\"cameo_code\":\"112\"");
    }
  }
}
