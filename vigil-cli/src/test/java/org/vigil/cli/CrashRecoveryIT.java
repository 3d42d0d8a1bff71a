package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;

/** kill -9 in the middle of an ingest, restart: no lost or duplicated documents or events. */
class CrashRecoveryIT {
  private static final int COPIES = 4;

  @TempDir Path dir;

  private Path corpus() throws Exception {
    List<String> lines = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper m =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (int copy = 0; copy < COPIES; copy++) {
      for (org.vigil.core.text.Document d : SampleCorpus.load()) {
        com.fasterxml.jackson.databind.node.ObjectNode o = m.createObjectNode();
        o.put("id", d.id() + "-" + copy);
        o.put("date", d.date().map(Object::toString).orElse(null));
        o.put("text", d.text());
        lines.add(o.toString());
      }
    }
    Path p = dir.resolve("corpus.jsonl");
    Files.write(p, lines);
    return p;
  }

  private static Process ingest(Path corpus, Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx2g",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "ingest",
            corpus.toString(),
            "--db",
            db.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  void killedIngestResumesWithoutLossOrDuplicates() throws Exception {
    Path corpus = corpus();
    Path reference = dir.resolve("reference.duckdb");
    long t0 = System.nanoTime();
    assertThat(ingest(corpus, reference).waitFor(5, TimeUnit.MINUTES)).isTrue();
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    long[] expected;
    try (EventStore s = EventStore.open(reference)) {
      expected = s.counts();
    }
    assertThat(expected[0]).isEqualTo((long) COPIES * SampleCorpus.load().size());

    Path crashed = dir.resolve("crashed.duckdb");
    Process p = ingest(corpus, crashed);
    Thread.sleep(fullMillis * 6 / 10);
    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit of the open transaction
    p.waitFor(1, TimeUnit.MINUTES);
    long[] partial;
    try (EventStore s = EventStore.open(crashed)) {
      partial = s.counts();
    }
    assertThat(partial[0]).as("the kill must land mid-run").isLessThan(expected[0]);
    assertThat(ingest(corpus, crashed).waitFor(5, TimeUnit.MINUTES)).isTrue();
    try (EventStore s = EventStore.open(crashed)) {
      assertThat(s.counts())
          .as("after a crash at %s documents", partial[0])
          .containsExactly(expected);
    }
  }
}
