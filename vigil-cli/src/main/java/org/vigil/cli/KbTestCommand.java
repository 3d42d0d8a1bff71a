package org.vigil.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.core.event.Event;
import org.vigil.core.kb.PatternEntry;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.source.SourceItem;
import org.vigil.core.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigil kb test}: runs every pattern's examples through the real pipeline. A positive
 * example passes when the pattern fires (or another pattern yields the same code); a negative
 * example passes when the pattern does not fire.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Runs every pattern example through the parser and coder; lists the failures.")
final class KbTestCommand implements Callable<Integer> {
  /** Examples are coded as of this date (dated actors in examples should be valid then). */
  static final LocalDate EXAMPLE_DATE = LocalDate.of(2021, 6, 1);

  @Option(
      names = "--show",
      paramLabel = "N",
      description = "Print up to N failures. Default: ${DEFAULT-VALUE}.")
  int show = 50;

  @Option(
      names = "--pattern",
      paramLabel = "PREFIX",
      description = "Only patterns whose id starts with PREFIX.")
  String prefix = "";

  @Mixin EngineOptions engine = new EngineOptions();

  /**
   * One example and its verdict.
   *
   * @param pattern the pattern
   * @param positive positive or negative example
   * @param sentence the example
   */
  record Example(PatternEntry pattern, boolean positive, String sentence) {}

  /** The result of running examples. */
  record Report(int total, List<String> failures) {}

  @Override
  public Integer call() {
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    Report r = run(pipeline, prefix, engine.threads);
    int n = 0;
    for (String f : r.failures()) {
      if (n++ < show) {
        System.out.println(f);
      }
    }
    System.out.printf(
        "kb test: %d examples, %d passed, %d failed%n",
        r.total(), r.total() - r.failures().size(), r.failures().size());
    return r.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  static Report run(EventPipeline pipeline, String prefix, int threads) {
    List<Example> examples = new ArrayList<>();
    for (PatternEntry p : pipeline.coder().kb().patterns()) {
      if (!p.id().startsWith(prefix)) {
        continue;
      }
      p.positive().forEach(s -> examples.add(new Example(p, true, s)));
      p.negative().forEach(s -> examples.add(new Example(p, false, s)));
    }
    List<SourceItem> docs = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      docs.add(
          new SourceItem.Accepted(Document.of("ex" + i, EXAMPLE_DATE, examples.get(i).sentence())));
    }
    Map<String, List<Event>> events = new TreeMap<>();
    new BatchRunner(pipeline, threads, System.err)
        .run(
            docs.iterator(),
            o -> {
              if (o instanceof Outcome.Coded c) {
                events.put(c.docId(), c.events());
              }
            });
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example ex = examples.get(i);
      List<Event> got = events.getOrDefault("ex" + i, List.of());
      boolean fired = got.stream().anyMatch(e -> firedBy(e, ex.pattern()));
      boolean sameCode = got.stream().anyMatch(e -> e.code().equals(ex.pattern().code()));
      if (ex.positive() && !fired && !sameCode) {
        failures.add(describe(ex, got, "positive example produced no " + ex.pattern().code()));
      } else if (!ex.positive() && fired) {
        failures.add(describe(ex, got, "negative example fired the pattern"));
      }
    }
    return new Report(examples.size(), failures);
  }

  private static boolean firedBy(Event e, PatternEntry p) {
    return e.rule().equals(p.id()) || e.rule().startsWith(p.id() + ">");
  }

  private static String describe(Example ex, List<Event> got, String why) {
    List<String> codes =
        got.stream()
            .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code() + " " + e.rule())
            .toList();
    return ex.pattern().source()
        + " "
        + ex.pattern().id()
        + " ["
        + ex.pattern().text()
        + "]: "
        + why
        + "\n    \""
        + ex.sentence()
        + "\" -> "
        + codes;
  }
}
