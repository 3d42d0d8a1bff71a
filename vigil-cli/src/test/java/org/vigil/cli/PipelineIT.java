package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Event;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.text.Document;

class PipelineIT {
  @Test
  void cascadeDoesNotChangeTheEvents() {
    EngineOptions o = new EngineOptions();
    EventPipeline cascade = Engine.pipeline(o, System.err);
    EventPipeline full =
        new EventPipeline(
            Engine.annotator(o),
            cascade.coder(),
            false,
            new org.vigil.core.geo.Geolocator(Engine.gazetteer()));
    List<Event> withFilter = new ArrayList<>();
    List<Event> without = new ArrayList<>();
    int parsedWith = 0;
    int parsedWithout = 0;
    for (Document d : SampleCorpus.load()) {
      Outcome.Coded a = (Outcome.Coded) cascade.process(d);
      Outcome.Coded b = (Outcome.Coded) full.process(d);
      withFilter.addAll(a.events());
      without.addAll(b.events());
      parsedWith += a.parsed();
      parsedWithout += b.parsed();
    }
    assertThat(withFilter).isNotEmpty().isEqualTo(without);
    assertThat(parsedWith).isLessThan(parsedWithout);
  }

  private static double f1(String out) {
    Matcher m = Pattern.compile("F1 (\\d\\.\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void seedGoldRootF1() {
    Optional<Path> shared = Shared.dir();
    assumeTrue(shared.isPresent(), "shared/ folder absent");
    Captured c =
        Captured.run(
            "eval",
            "--gold",
            shared.get().resolve("seed/belarus-migrants-2021.gold.jsonl").toString(),
            "--show",
            "20");
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(f1(c.out())).as(c.out()).isGreaterThanOrEqualTo(0.75);
  }

  /**
   * The project's own dev set (vigil-cli/src/test/resources/eval), written blind to the coder: 160
   * wire-style sentences, 30 with no event. The floor sits under the measured F1 (0.80 on
   * 2026-11-30; 0.64 with the session-2 coder) so that a regression in the coder's general handling
   * of news fails the build.
   */
  @Test
  void blindDevSetRootF1() throws Exception {
    Path gold = Path.of("src/test/resources/eval/dev-news.jsonl");
    assumeTrue(java.nio.file.Files.exists(gold), "run from the vigil-cli module");
    Captured c = Captured.run("eval", "--gold", gold.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(f1(c.out())).as(c.out()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void demoPrintsASummary() {
    Captured c = Captured.run("demo");
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("Vigil demo:")
        .contains("Stored in demo.duckdb")
        .contains("Top dyads")
        .contains("Belarus -> Poland by week")
        .contains("BLR <-> POL by month")
        .contains("Escalation alerts");
    String alerts = c.out().substring(c.out().indexOf("Escalation alerts"));
    alerts = alerts.substring(0, alerts.indexOf("\n\n"));
    // The 2021 crisis escalates Belarus-Poland/Lithuania conflict in the autumn; the quiet
    // Portugal-Uruguay control dyad must raise nothing.
    assertThat(alerts).containsPattern("(BLR>POL|BLR>LTU|POL>BLR|LTU>BLR) +2021-(0[89]|1[01])-");
    assertThat(alerts).doesNotContain("PRT").doesNotContain("URY");
    assertThat(alerts)
        .as("each alert shows its evidence sentences")
        .containsPattern("\\n    2021-11-\\d\\d ");
  }

  @Test
  void builtInKnowledgeBaseValidates() {
    Captured c = Captured.run("kb", "validate");
    assertThat(c.exitCode()).as(c.out()).isZero();
    Captured stats = Captured.run("kb", "stats");
    assertThat(stats.out()).contains("patterns").contains("actors/countries.tsv");
  }

  @Test
  void userKnowledgeBaseProblemsStopCodingWithExitCode3(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("organizations.tsv"),
        "id\tcode\tnames\tfrom\tuntil\tnote\nBad Id\tIGOXXX\tX\t\t\t\n");
    Captured c = Captured.run("kb", "validate", "--kb", dir.toString());
    assertThat(c.exitCode()).isEqualTo(3);
    assertThat(c.out()).contains("organizations.tsv:2: KB_BAD_ID");
  }

  @Test
  void ingestIsIdempotentAndFeedsSeriesAndAlerts(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    java.nio.file.Files.writeString(
        corpus,
        "{\"id\":\"a\",\"date\":\"2021-11-16\",\"text\":\"Poland accused Belarus of provocations.\"}\n"
            + "{\"id\":\"b\",\"date\":\"2021-11-17\",\"text\":\"Lithuania accused Belarus.\"}\n");
    String db = dir.resolve("v.duckdb").toString();
    Captured first = Captured.run("ingest", corpus.toString(), "--db", db);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("added=2").contains("2 documents");
    Captured again = Captured.run("ingest", corpus.toString(), "--db", db);
    assertThat(again.err()).contains("unchanged=2").contains("2 documents");
    Captured series = Captured.run("series", "--dyad", "POL:BLR", "--db", db);
    assertThat(series.exitCode()).isZero();
    assertThat(series.out()).contains("POL>BLR").contains("2021-11-15");
    Captured alerts = Captured.run("alerts", "--db", db);
    assertThat(alerts.exitCode()).isZero();
    assertThat(alerts.out()).contains("no escalation alerts");
    Captured bad = Captured.run("series", "--dyad", "POLBLR", "--db", db);
    assertThat(bad.exitCode()).isEqualTo(2);
    Path out = dir.resolve("events.parquet");
    Captured export =
        Captured.run("export", "--format", "parquet", "-o", out.toString(), "--db", db);
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(java.nio.file.Files.size(out)).isPositive();
    Captured recode = Captured.run("recode", "--db", db);
    assertThat(recode.err()).contains("0 documents from older knowledge bases");
    Path extra = dir.resolve("extra");
    java.nio.file.Files.createDirectories(extra);
    java.nio.file.Files.writeString(
        extra.resolve("organizations.tsv"),
        "id\tcode\tnames\tfrom\tuntil\tnote\norg.test-extra\tIGOTST\tTest Forum\t\t\t\n");
    Captured newer = Captured.run("recode", "--db", db, "--kb", extra.toString());
    assertThat(newer.err())
        .contains("2 documents from older knowledge bases")
        .contains("replaced=2");
  }
}
