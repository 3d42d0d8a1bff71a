package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.core.eval.GoldRecord;
import org.vigil.core.eval.Level;
import org.vigil.core.eval.Prediction;
import org.vigil.core.eval.Score;
import org.vigil.core.eval.Scorer;
import org.vigil.core.event.Event;
import org.vigil.core.event.Polarity;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.source.SourceItem;
import org.vigil.core.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil eval}: codes a gold file and scores it with the protocol of SCORING.md. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Codes the texts of a gold file and reports precision, recall and F1.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON lines.")
  Path gold;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "root, code or plover. Default: ${DEFAULT-VALUE}.")
  String level = "root";

  @Option(
      names = "--show",
      paramLabel = "N",
      description = "Print up to N misses and N false positives with their sentences.")
  int show;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() throws IOException {
    Level lv;
    try {
      lv = Level.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "--level must be root, code or plover");
    }
    List<GoldRecord> records;
    try {
      records = GoldRecord.read(gold);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.FAILURE, e.getMessage());
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, gold + ": cannot read: " + e.getMessage());
    }
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    List<SourceItem> docs = new ArrayList<>();
    for (GoldRecord r : records) {
      docs.add(new SourceItem.Accepted(new Document(r.id(), r.date(), r.text())));
    }
    Map<String, List<Prediction>> predictions = new HashMap<>();
    BatchRunner runner = new BatchRunner(pipeline, engine.threads, System.err);
    runner.run(
        docs.iterator(),
        o -> {
          if (o instanceof Outcome.Coded c) {
            List<Prediction> list = new ArrayList<>();
            for (Event e : c.events()) {
              if (e.polarity() == Polarity.POSITIVE) {
                list.add(new Prediction(e.source().code(), e.target().code(), e.code()));
              }
            }
            predictions.put(c.docId(), list);
          }
        });
    Score score = new Scorer(lv).score(records, predictions);
    print(score, records.size());
    return runner.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
  }

  private void print(Score s, int docs) {
    System.out.printf(
        Locale.ROOT,
        "gold: %s (%d documents), level: %s, kb: %s%n",
        gold.getFileName(),
        docs,
        s.level().name().toLowerCase(Locale.ROOT),
        "built-in" + (engine.kbDirs.isEmpty() ? "" : " + " + engine.kbDirs));
    System.out.printf(
        Locale.ROOT,
        "precision %.3f  recall %.3f  F1 %.3f   (hits %d, false positives %d, misses %d)%n",
        s.precision(),
        s.recall(),
        s.f1(),
        s.hits(),
        s.falsePositives(),
        s.misses());
    System.out.println("per root:   hits    fp  miss");
    s.perRoot()
        .forEach(
            (root, c) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-8s %5d %5d %5d%n",
                    root,
                    c.hits(),
                    c.falsePositives(),
                    c.misses()));
    if (show > 0) {
      for (String kind : List.of("miss", "false positive")) {
        int n = 0;
        for (Score.Detail d : s.details()) {
          if (d.kind().equals(kind) && n++ < show) {
            System.out.printf("%s %s: %s%n    %s%n", kind, d.docId(), d.event(), d.text());
          }
        }
      }
    }
  }
}
