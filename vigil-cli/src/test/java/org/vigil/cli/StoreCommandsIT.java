package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;

/** vigil ingest fills sentences, languages and actors; events and actor read the store. */
class StoreCommandsIT {
  @TempDir static Path dir;
  private static Path db;

  private static final String T1 =
      "{\"id\": \"t1\", \"date\": \"2021-11-08\", \"language\": \"en-GB\", \"text\": \"Belarusian"
          + " troops fired tear gas at Polish border guards near Kuznica. The guards were not"
          + " hurt.\"}";
  private static final String T2 =
      "{\"id\": \"t2\", \"date\": \"2021-11-16\", \"lang\": \"pl\", \"text\": \"Poland accused"
          + " Belarus of using migrants as weapons. Lithuania praised Poland for its border"
          + " policy.\"}";
  private static final String T3 =
      "{\"id\": \"t3\", \"date\": \"2021-06-01\", \"text\": \"Lithuania closed its border with"
          + " Belarus on Tuesday.\"}";

  @BeforeAll
  static void ingest() throws Exception {
    db = dir.resolve("store.duckdb");
    Path in = dir.resolve("docs.jsonl");
    Files.write(in, List.of(T1, T2, T3), StandardCharsets.UTF_8);
    Captured c = Captured.run("ingest", in.toString(), "--db", db.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
  }

  static List<String> rows(Path file, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    java.util.Properties ro = new java.util.Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, ro);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  /** The event codes printed by {@code vigil events} with {@code args}, in order. */
  private static List<String> codes(String... args) {
    List<String> all = new ArrayList<>(List.of("events", "--db", db.toString(), "-f", "jsonl"));
    all.addAll(Arrays.asList(args));
    Captured c = Captured.run(all.toArray(String[]::new));
    assertThat(c.exitCode()).as(c.err()).isZero();
    return c.out().lines().map(l -> l.replaceAll(".*\"code\":\"([0-9]+)\".*", "$1")).toList();
  }

  @Test
  void ingestStoresSentencesLanguagesAndNamedActors() throws Exception {
    assertThat(
            rows(db, "SELECT doc_id, sentence_index, has_events, text FROM sentences ORDER BY ALL"))
        .containsExactly(
            "t1|0|true|Belarusian troops fired tear gas at Polish border guards near Kuznica.",
            "t1|1|false|The guards were not hurt.",
            "t2|0|true|Poland accused Belarus of using migrants as weapons.",
            "t2|1|true|Lithuania praised Poland for its border policy.",
            "t3|0|true|Lithuania closed its border with Belarus on Tuesday.");
    assertThat(rows(db, "SELECT doc_id, language, sentences FROM documents ORDER BY doc_id"))
        .containsExactly("t1|en|2", "t2|pl|2", "t3|en|1");
    assertThat(
            rows(
                db,
                "SELECT code, name, first_seen, last_seen, events, as_source, as_target"
                    + " FROM actors ORDER BY code"))
        .containsExactly(
            "BLR|Belarus|2021-06-01|2021-11-16|2|0|2",
            "BLRMIL|Belarus army|2021-11-08|2021-11-08|1|1|0",
            "LTU|Lithuania|2021-06-01|2021-11-16|2|2|0",
            "POL|Poland|2021-11-16|2021-11-16|2|1|1",
            "POLMIL|Poland army|2021-11-08|2021-11-08|1|0|1");
  }

  @Test
  void eventsFilters() {
    assertThat(codes()).containsExactly("112", "051", "175", "191");
    assertThat(codes("--actor", "blr")).containsExactly("112", "175", "191");
    assertThat(codes("--actor", "BLRMIL")).containsExactly("175");
    assertThat(codes("--dyad", "LTU:POL")).containsExactly("051");
    assertThat(codes("--from", "2021-11-01", "--to", "2021-11-10")).containsExactly("175");
    assertThat(codes("--code", "19")).containsExactly("191");
    assertThat(codes("--quad", "4")).containsExactly("175", "191");
    assertThat(codes("--place", "Warsaw")).containsExactly("051", "175");
    assertThat(codes("--place", "BLR")).containsExactly("112", "191");
    assertThat(codes("--text", "MIGRANTS")).containsExactly("112");
    assertThat(codes("--actor", "POL", "--quad", "4", "--text", "tear gas")).containsExactly("175");
    assertThat(codes("--limit", "1", "--offset", "1")).containsExactly("051");
    Captured table = Captured.run("events", "--db", db.toString(), "--dyad", "BLR:POL");
    assertThat(table.out())
        .contains(
            "2021-11-08 BLRMIL     POLMIL     175  4   -9.0 Warsaw/POL     Belarusian troops fired"
                + " tear gas at Polish border guards near Kuznica. [t1]")
        .contains("1 events");
  }

  @Test
  void actorProfile() {
    Captured c = Captured.run("actor", "BLR", "--db", db.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("actor BLR: first seen 2021-06-01, last seen 2021-11-16")
        .containsPattern("BLRMIL +Belarus army +1 +1 +0")
        .containsPattern("4 material confl\\. +1 +1")
        .containsPattern("3 verbal confl\\. +0 +1")
        .containsPattern("POL +2 +2 +-5\\.50")
        .containsPattern("2021-06 +1 +-9\\.50")
        .doesNotContain("051");
    Captured none = Captured.run("actor", "USA", "--db", db.toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(none.err()).contains("no events of actor USA");
  }

  @Test
  void badQueriesAreUsageErrors() {
    for (String[] args :
        new String[][] {
          {"events", "--quad", "7"},
          {"events", "--dyad", "BLR"},
          {"events", "--code", "x9"},
          {"events", "--from", "yesterday"},
          {"actor", "12"}
        }) {
      List<String> all = new ArrayList<>(Arrays.asList(args));
      all.addAll(List.of("--db", db.toString()));
      Captured c = Captured.run(all.toArray(String[]::new));
      assertThat(c.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(c.err()).startsWith("vigil: ").doesNotContain("Exception");
    }
    Captured missing = Captured.run("events", "--db", dir.resolve("none.duckdb").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(missing.err()).contains("no store at").contains("vigil ingest creates it");
  }

  @Test
  void readersGetAClearErrorWhileAWriterHoldsTheStore() throws Exception {
    Path copy = dir.resolve("locked.duckdb");
    Files.copy(db, copy);
    try (EventStore writer = EventStore.open(copy)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "events",
                  "--db",
                  copy.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as(out).isEqualTo(ExitCodes.STORE_BUSY);
      assertThat(out)
          .startsWith("vigil: store " + copy + " is being written by another process")
          .contains("single writer")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
    Captured export =
        Captured.run(
            "export",
            "--format",
            "csv",
            "-o",
            dir.resolve("e.csv").toString(),
            "--db",
            copy.toString());
    assertThat(export.exitCode()).as("export reads a read-only store").isZero();
    assertThat(Files.readAllLines(dir.resolve("e.csv"))).hasSize(5);
  }

  @Test
  void reIngestingAChangedDocumentKeepsActorsEqualToTheEvents() throws Exception {
    Path file = dir.resolve("changed.duckdb");
    Path in = dir.resolve("changed.jsonl");
    Files.write(in, List.of(T1, T2, T3), StandardCharsets.UTF_8);
    assertThat(Captured.run("ingest", in.toString(), "--db", file.toString()).exitCode()).isZero();
    String t2 =
        T2.replace(" Lithuania praised Poland for its border policy.", "")
            .replace("2021-11-16", "2021-11-20");
    Files.write(in, List.of(T1, t2, T3), StandardCharsets.UTF_8);
    Captured again = Captured.run("ingest", in.toString(), "--db", file.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("{replaced=1, unchanged=2}");
    List<String> actors =
        rows(
            file,
            "SELECT code, first_seen, last_seen, events, as_source, as_target FROM actors"
                + " ORDER BY code");
    assertThat(actors)
        .containsExactly(
            "BLR|2021-06-01|2021-11-20|2|0|2",
            "BLRMIL|2021-11-08|2021-11-08|1|1|0",
            "LTU|2021-06-01|2021-06-01|1|1|0",
            "POL|2021-11-20|2021-11-20|1|1|0",
            "POLMIL|2021-11-08|2021-11-08|1|0|1");
    assertThat(actors)
        .as("equal to the totals recomputed from the events")
        .isEqualTo(
            rows(
                file,
                "SELECT code, min(d), max(d), count(*), count(*) FILTER (WHERE s),"
                    + " count(*) FILTER (WHERE NOT s) FROM (SELECT source_code AS code,"
                    + " event_date AS d, true AS s FROM events WHERE polarity = 'positive'"
                    + " UNION ALL SELECT target_code, event_date, false FROM events"
                    + " WHERE polarity = 'positive') GROUP BY code ORDER BY code"));
    assertThat(rows(file, "SELECT count(*) FROM sentences WHERE doc_id = 't2'"))
        .containsExactly("1");
  }
}
