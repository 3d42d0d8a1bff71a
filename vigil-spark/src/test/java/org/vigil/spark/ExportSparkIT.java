package org.vigil.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.geo.Location;
import org.vigil.core.text.Document;
import org.vigil.store.EventStore;

/**
 * Issue 4: what {@code vigil export} writes is readable by Spark. A store with four hand-built
 * events (no NLP) is exported to Parquet and CSV; a local Spark session reads both back.
 */
class ExportSparkIT {
  /** Comma, doubled quotes, a line break and a leading '=' in one evidence sentence. */
  static final String TRICKY =
      "Lukashenko said: \"We will not, under any pressure, close the border\",\n"
          + "adding =1+1 and a \"quote\" at the end\"";

  static final LocalDate NOV16 = LocalDate.of(2021, 11, 16);
  static final LocalDate NOV17 = LocalDate.of(2021, 11, 17);

  static SparkSession spark;
  @TempDir static Path dir;
  static Path parquet;
  static Path csv;

  @BeforeAll
  static void exportAndStartSpark() {
    try (EventStore store = EventStore.open(dir.resolve("vigil.duckdb"))) {
      store.ingest(
          Document.of("pol-1", NOV16, "Poland accused Belarus of provoking the clashes."),
          1,
          List.of(
              event("pol-1", NOV16, "POLGOV", "BLRMIL", "112", 3, -2.0, "ACCUSE", "s1"),
              event("pol-1", NOV16, "POL", "BLR", "042", 1, 1.9, null, "s2")
                  .withLocation(
                      Optional.of(
                          new Location(
                              "Kuźnica", "POL", "80", 53.51, 23.65, Location.Precision.CITY)))),
          "1.test");
      store.ingest(
          Document.of("blr-1", NOV17, TRICKY),
          1,
          List.of(event("blr-1", NOV17, "BLRGOV", "", "0874", 2, 5.0, "RETREAT", TRICKY)),
          "1.test");
      store.ingest(
          new Document("undated", Optional.empty(), "Lithuania closed two border crossings."),
          1,
          List.of(event("undated", null, "LTU", "BLR", "191", 4, -9.5, "RESTRICT", "s4")),
          "1.test");
      parquet = dir.resolve("events.parquet");
      csv = dir.resolve("events.csv");
      assertThat(store.export(parquet, "parquet")).isEqualTo(4);
      assertThat(store.export(csv, "csv")).isEqualTo(4);
    }
    Optional<String> noLoopback = loopbackProblem();
    Assumptions.assumeTrue(
        noLoopback.isEmpty(),
        () -> "skipped: local Spark needs the loopback address 127.0.0.1: " + noLoopback.get());
    // With loopback, a session that cannot start (e.g. a Jackson version clash) fails the test.
    spark = LocalSpark.start("vigil-export-it", 2);
  }

  /**
   * Why this machine cannot run local Spark, if so: its driver and executor talk over TCP on
   * 127.0.0.1 (without it the session starts, but every task fails to load classes).
   */
  static Optional<String> loopbackProblem() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 1, loopback);
        Socket client = new Socket()) {
      client.connect(new InetSocketAddress(loopback, server.getLocalPort()), 2000);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.toString());
    }
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  static Event event(
      String doc,
      LocalDate date,
      String source,
      String target,
      String code,
      int quad,
      double goldstein,
      String plover,
      String sentence) {
    return new Event(
        doc,
        0,
        Optional.ofNullable(date),
        new ActorRef(source, source + " text", 0, 6, List.of("test." + source)),
        target.isEmpty() ? ActorRef.NONE : new ActorRef(target, target + " text", 7, 13, List.of()),
        code,
        quad,
        goldstein,
        Optional.ofNullable(plover),
        Polarity.POSITIVE,
        Modality.ASSERTED,
        new Evidence(sentence, "trigger", 14, 21),
        "p." + code + ".test",
        "1.test",
        Optional.empty());
  }

  @Test
  void sparkReadsTheParquetExportWithTheDocumentedSchemaAndValues() {
    Dataset<Row> events = EventFrames.readParquet(spark, parquet);

    assertThat(events.count()).isEqualTo(4);
    assertThat(Arrays.stream(events.schema().fields()).map(f -> f.name() + " " + f.dataType()))
        .containsExactlyElementsOf(
            Arrays.stream(EventFrames.SCHEMA.fields())
                .map(f -> f.name() + " " + f.dataType())
                .toList());
    List<Row> rows =
        events
            .orderBy(col("event_date").asc_nulls_last(), col("doc_id"), col("code"))
            .collectAsList();
    Row accuse = rows.get(1);
    assertThat(accuse.<String>getAs("code")).isEqualTo("112");
    assertThat(accuse.<String>getAs("root_code")).isEqualTo("11");
    assertThat(accuse.<String>getAs("source_code")).isEqualTo("POLGOV");
    assertThat(accuse.<String>getAs("source_entity")).isEqualTo("POL");
    assertThat(accuse.<String>getAs("target_entity")).isEqualTo("BLR");
    assertThat(accuse.<LocalDate>getAs("event_date")).isEqualTo(NOV16);
    assertThat(accuse.<Double>getAs("goldstein")).isEqualTo(-2.0);
    assertThat(accuse.<Integer>getAs("quad_class")).isEqualTo(3);
    assertThat(accuse.<String>getAs("plover")).isEqualTo("ACCUSE");
    assertThat(accuse.<String>getAs("location_name")).isNull();
    Row located = rows.get(0);
    assertThat(located.<String>getAs("doc_id")).isEqualTo("pol-1");
    assertThat(located.<String>getAs("code")).isEqualTo("042");
    assertThat(located.<String>getAs("plover")).isNull();
    assertThat(located.<String>getAs("location_name")).isEqualTo("Kuźnica");
    assertThat(located.<Double>getAs("lat")).isEqualTo(53.51);
    assertThat(located.<String>getAs("location_precision")).isEqualTo("city");
    Row tricky = rows.get(2);
    assertThat(tricky.<String>getAs("code")).isEqualTo("0874");
    assertThat(tricky.<String>getAs("target_code")).isEmpty();
    assertThat(tricky.<String>getAs("sentence")).isEqualTo(TRICKY);
    Row undated = rows.get(3);
    assertThat(undated.<LocalDate>getAs("event_date")).isNull();
    assertThat(undated.<Integer>getAs("quad_class")).isEqualTo(4);
    assertThat(undated.<Double>getAs("goldstein")).isEqualTo(-9.5);
    assertThat(undated.<Integer>getAs("trigger_end")).isEqualTo(21);
  }

  @Test
  void sparkGroupsTheParquetExportByDyad() {
    List<Row> conflict =
        EventFrames.readParquet(spark, parquet)
            .where("quad_class >= 3")
            .groupBy("source_entity", "target_entity")
            .count()
            .orderBy("source_entity")
            .collectAsList();
    assertThat(conflict)
        .extracting(r -> r.getString(0) + ">" + r.getString(1) + " " + r.getLong(2))
        .containsExactly("LTU>BLR 1", "POL>BLR 1");
  }

  @Test
  void theCsvExportRoundTripsThroughSparksCsvReader() {
    Dataset<Row> fromCsv = EventFrames.readCsv(spark, csv);
    Dataset<Row> fromParquet = EventFrames.readParquet(spark, parquet);

    assertThat(fromCsv.count()).isEqualTo(4);
    assertThat(fromCsv.exceptAll(fromParquet).collectAsList()).isEmpty();
    assertThat(fromParquet.exceptAll(fromCsv).collectAsList()).isEmpty();
    Row tricky = fromCsv.where("doc_id = 'blr-1'").first();
    assertThat(tricky.<String>getAs("sentence")).isEqualTo(TRICKY);
    assertThat(tricky.<String>getAs("target_code")).isEmpty();
  }

  @Test
  void sparksDefaultCsvOptionsWouldSplitTheTrickySentence() {
    // Why EventFrames.readCsv sets multiLine and a doubled-quote escape: Spark's defaults read
    // the export's line break inside a quoted cell as the end of a row.
    long rows = spark.read().option("header", "true").csv(csv.toString()).count();
    assertThat(rows).isGreaterThan(4);
  }

  @Test
  void aCsvWithAnotherHeaderFailsWhenRead() throws Exception {
    Path other = dir.resolve("other.csv");
    List<String> lines = Files.readAllLines(csv);
    lines.set(0, lines.get(0).replace("source_code,", "actor1_code,"));
    Files.write(other, lines);
    Dataset<Row> events = EventFrames.readCsv(spark, other);
    assertThatThrownBy(events::count)
        .hasStackTraceContaining("CSV header does not conform to the schema")
        .hasStackTraceContaining("Expected: source_code but found: actor1_code");
  }

  @Test
  void aFileWithOtherColumnsIsRejectedWithItsProblems() throws Exception {
    Path other = dir.resolve("other.parquet");
    spark
        .sql("SELECT 'x' AS doc_id, CAST(1 AS BIGINT) AS sentence_index")
        .coalesce(1)
        .write()
        .parquet(other.toString());
    assertThatThrownBy(() -> EventFrames.readParquet(spark, other.resolve("missing.parquet")))
        .isInstanceOf(SparkReadException.class)
        .hasMessageContaining("no export file");
    Path part =
        Files.list(other).filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    assertThatThrownBy(() -> EventFrames.readParquet(spark, part))
        .isInstanceOf(SparkReadException.class)
        .hasMessageContaining("sentence_index is bigint, not int")
        .hasMessageContaining("missing column event_date");
  }
}
