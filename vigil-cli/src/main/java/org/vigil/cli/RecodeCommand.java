package org.vigil.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.source.SourceItem;
import org.vigil.core.text.Document;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil recode}: re-codes stored documents whose events came from another KB version. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description =
        "Re-codes stored documents coded with an older knowledge base, so a dictionary fix reaches history.")
final class RecodeCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();
  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    String version = pipeline.coder().kb().version();
    try (EventStore db = store.openForWriting(pipeline.coder().kb())) {
      List<Document> stale = db.staleDocuments(version);
      Map<String, Integer> results = new TreeMap<>();
      int rejected =
          IngestCommand.ingest(
              db,
              pipeline,
              stale.stream().map(d -> (SourceItem) new SourceItem.Accepted(d)).iterator(),
              results,
              Progress.forTerminal(System.err, stale.size()));
      System.err.printf(
          "vigil: %d documents from older knowledge bases re-coded with %s: %s%n",
          stale.size(), version, results);
      return rejected > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }
  }
}
