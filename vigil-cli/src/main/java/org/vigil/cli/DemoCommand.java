package org.vigil.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.core.event.Event;
import org.vigil.core.event.Polarity;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.source.SourceItem;
import org.vigil.core.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil demo}: codes the bundled sample corpus and prints a summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Codes the bundled 2021 Belarus border-crisis sample corpus and prints a summary.")
final class DemoCommand implements Callable<Integer> {
  @Mixin EngineOptions engine = new EngineOptions();

  @picocli.CommandLine.Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Keep the demo store in FILE (default: a fresh temporary store, deleted after).")
  java.nio.file.Path db;

  @Override
  public Integer call() throws java.io.IOException {
    List<Document> docs = SampleCorpus.load();
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    List<Event> events = new ArrayList<>();
    BatchRunner runner = new BatchRunner(pipeline, engine.threads, System.err);
    long start = System.nanoTime();
    java.nio.file.Path tmp =
        db == null ? java.nio.file.Files.createTempDirectory("vigil-demo") : null;
    java.nio.file.Path file = db != null ? db : tmp.resolve("demo.duckdb");
    org.vigil.core.kb.ActorLabels labels = org.vigil.core.kb.ActorLabels.of(pipeline.coder().kb());
    try (org.vigil.store.EventStore store = org.vigil.store.EventStore.open(file, labels::label)) {
      java.util.Map<String, Document> byId = new java.util.HashMap<>();
      docs.forEach(d -> byId.put(d.id(), d));
      runner.run(
          docs.stream().map(d -> (SourceItem) new SourceItem.Accepted(d)).iterator(),
          o -> {
            if (o instanceof Outcome.Coded c) {
              store.ingest(
                  byId.get(c.docId()), c.spans(), c.events(), pipeline.coder().kb().version());
              c.events().stream()
                  .filter(e -> e.polarity() == Polarity.POSITIVE)
                  .forEach(events::add);
            }
          });
      report(runner, events, pipeline, start, store);
    } finally {
      if (tmp != null) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(tmp)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return runner.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
  }

  private void report(
      BatchRunner runner,
      List<Event> events,
      EventPipeline pipeline,
      long start,
      org.vigil.store.EventStore store) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "Vigil demo: %d articles, %d sentences (%d parsed by the cascade), %d events in %.1f s%n",
        runner.documents(), runner.sentences(), runner.parsed(), events.size(), seconds);
    System.out.printf("knowledge base %s%n%n", pipeline.coder().kb().version());
    int copies = store.assignStories(org.vigil.core.dedup.StoryGrouper.standard());
    System.out.printf(
        "Stored in %s: %d documents, %d of them copies of another story (MinHash);"
            + " %d events merge into %d%n%n",
        store.path().getFileName(),
        store.counts()[0],
        copies,
        store.counts()[1],
        store.mergedEventCount());
    printQuads(events);
    printTopDyads(store);
    SeriesCommand.print(
        store.series(
            "BLR",
            "POL",
            "week",
            java.time.LocalDate.of(2021, 1, 1),
            java.time.LocalDate.of(2021, 12, 31)),
        "Belarus -> Poland by week (from the store, " + store.path().getFileName() + "):");
    System.out.println();
    printMonthly(events, "BLR", "POL");
    printMonthly(events, "BLR", "LTU");
    System.out.println("Escalation alerts (CUSUM on weekly conflict counts, every dyad):");
    AlertsCommand.print(
        org.vigil.store.Alerts.scan(store, org.vigil.core.signals.EscalationDetector.weekly()),
        store);
    System.out.println("Goldstein trends (Mann-Kendall, last 8 weeks with events):");
    AlertsCommand.print(
        org.vigil.store.Alerts.trends(store, org.vigil.core.signals.GoldsteinTrend.standard()),
        store);
    System.out.println();
    printExamples(events);
  }

  private static String entity(String code) {
    if (code.startsWith("IGO")
        || code.startsWith("NGO")
        || code.startsWith("IMG")
        || code.startsWith("MNC")) {
      return code.length() > 9 ? code.substring(0, 9) : code;
    }
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  private static void printQuads(List<Event> events) {
    String[] names = {
      "", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
    };
    int[] counts = new int[5];
    events.forEach(e -> counts[e.quadClass()]++);
    System.out.println("Events by quad class:");
    for (int q = 1; q <= 4; q++) {
      System.out.printf("  %d %-22s %4d%n", q, names[q], counts[q]);
    }
    System.out.println();
  }

  private static void printTopDyads(org.vigil.store.EventStore store) {
    System.out.println("Top dyads (events, conflict events, mean Goldstein):");
    for (org.vigil.store.Dyad d : store.topDyads(10)) {
      System.out.printf(
          "  %-26s %4d %4d %6.2f%n",
          d.source() + " -> " + d.target(), d.events(), d.conflict(), d.goldsteinMean());
    }
    System.out.println();
  }

  private static void printMonthly(List<Event> events, String a, String b) {
    Map<String, int[]> months = new TreeMap<>();
    for (Event e : events) {
      String s = entity(e.source().code());
      String t = entity(e.target().code());
      boolean dyad = (s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a));
      if (dyad && e.date().isPresent()) {
        int[] c =
            months.computeIfAbsent(e.date().get().toString().substring(0, 7), k -> new int[2]);
        c[e.quadClass() >= 3 ? 1 : 0]++;
      }
    }
    System.out.printf("%s <-> %s by month (cooperation / conflict):%n", a, b);
    months.forEach(
        (m, c) -> System.out.printf("  %s  %3d / %3d  %s%n", m, c[0], c[1], "#".repeat(c[1])));
    System.out.println();
  }

  private static void printExamples(List<Event> events) {
    System.out.println("Sample events (source -> target code: evidence):");
    events.stream()
        .filter(e -> e.quadClass() == 4)
        .limit(5)
        .forEach(
            e ->
                System.out.printf(
                    "  %s %s -> %s %s [%s] \"%s\"%n",
                    e.date().map(Object::toString).orElse("-"),
                    e.source().code(),
                    e.target().code(),
                    e.code(),
                    e.rule(),
                    e.evidence().sentence()));
  }
}
