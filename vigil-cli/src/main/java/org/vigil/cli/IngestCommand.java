package org.vigil.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.source.SourceItem;
import org.vigil.core.source.TextChecks;
import org.vigil.core.text.Document;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil ingest}: documents -> NLP -> coder -> store, idempotently, on all cores, with a
 * progress bar on a terminal. The single writer of a store file.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Codes documents and stores them with their events. Ingesting the same document twice",
      "changes nothing; a changed text (or knowledge base) replaces the document's events."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "Files, directories or - (stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of text inputs.")
  java.time.LocalDate date;

  @Option(names = "--in-format", paramLabel = "FMT", description = "auto, text or jsonl.")
  Inputs.Format inFormat = Inputs.Format.AUTO;

  @Mixin StoreOptions store = new StoreOptions();
  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    Inputs sources =
        new Inputs(
            inFormat, Optional.ofNullable(date), TextChecks.DEFAULT_MAX_BYTES, () -> System.in);
    Map<String, Integer> results = new TreeMap<>();
    try (EventStore db = store.openForWriting(pipeline.coder().kb())) {
      Progress progress = Progress.forTerminal(System.err, Inputs.count(inputs));
      int rejected = ingest(db, pipeline, sources.items(inputs), results, progress);
      int copies = db.assignStories(org.vigil.core.dedup.StoryGrouper.standard());
      long[] counts = db.counts();
      System.err.printf(
          "vigil: %s; store %s now holds %d documents (%d copies of other stories), %d events"
              + " (%d after merging copies)%n",
          results, db.path(), counts[0], copies, counts[1], db.mergedEventCount());
      return rejected > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }
  }

  /**
   * Ingests items in input order; returns the number rejected. Accepted documents wait in a queue
   * until their outcome arrives, so memory stays bounded by the runner's window.
   */
  static int ingest(
      EventStore db,
      EventPipeline pipeline,
      java.util.Iterator<SourceItem> items,
      Map<String, Integer> results,
      Progress progress) {
    java.util.Deque<Document> waiting = new java.util.ArrayDeque<>();
    java.util.Iterator<SourceItem> recording =
        new java.util.Iterator<>() {
          @Override
          public boolean hasNext() {
            return items.hasNext();
          }

          @Override
          public SourceItem next() {
            SourceItem i = items.next();
            if (i instanceof SourceItem.Accepted a) {
              waiting.add(a.document());
            }
            return i;
          }
        };
    BatchRunner runner =
        new BatchRunner(pipeline, Runtime.getRuntime().availableProcessors(), System.err, progress);
    runner.run(
        recording,
        o -> {
          if (o instanceof Outcome.Coded c) {
            Document doc = waiting.poll();
            while (doc != null && !doc.id().equals(c.docId())) {
              doc = waiting.poll();
            }
            EventStore.IngestResult r =
                db.ingest(doc, c.spans(), c.events(), pipeline.coder().kb().version());
            results.merge(r.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
          }
        });
    return runner.rejected();
  }
}
