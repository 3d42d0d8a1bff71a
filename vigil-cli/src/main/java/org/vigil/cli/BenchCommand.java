package org.vigil.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.vigil.core.coder.Coder;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;
import org.vigil.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench}: sentences per second of each stage on the bundled corpus, single- and
 * multi-threaded, as medians over rounds (machines are noisy: compare ratios, not seconds).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures throughput (sentences/s, median of rounds) on the bundled corpus.")
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Measured rounds per figure. Default: ${DEFAULT-VALUE}.")
  int rounds = 5;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() throws Exception {
    List<Document> docs = SampleCorpus.load();
    Coder coder = Engine.coder(engine, System.err);
    CoreNlpAnnotator nlp = Engine.annotator(engine);
    EventPipeline cascade = new EventPipeline(nlp, coder, true);
    List<List<AnnotatedSentence>> parsed = new ArrayList<>();
    int sentences = 0;
    for (Document d : docs) {
      List<AnnotatedSentence> s = nlp.annotate(d, x -> true);
      parsed.add(s);
      sentences += s.size();
    }
    final int total = sentences;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "corpus: %d documents, %d sentences; %d cores; %d rounds (median); java %s%n",
        docs.size(),
        total,
        rt.availableProcessors(),
        rounds,
        System.getProperty("java.version"));
    System.out.printf("%-34s %14s %14s%n", "stage", "1 thread", engine.threads + " threads");
    row("nlp: tokenize+pos+lemma", total, docs, d -> nlp.annotate(d, x -> false));
    row("nlp: + dependency parse (all)", total, docs, d -> nlp.annotate(d, x -> true));
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      idx.add(i);
    }
    row("coder alone (parsed input)", total, idx, i -> coder.code(docs.get(i), parsed.get(i)));
    row("end to end, cascade", total, docs, cascade::process);
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "heap in use after the run: %d MB (max %d MB)%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
    return ExitCodes.OK;
  }

  private <T> void row(String name, int sentences, List<T> items, Function<T, ?> work)
      throws Exception {
    double one = median(sentences, items, work, 1);
    double many = median(sentences, items, work, engine.threads);
    System.out.printf(Locale.ROOT, "%-34s %12.0f/s %12.0f/s%n", name, one, many);
  }

  private <T> double median(int sentences, List<T> items, Function<T, ?> work, int threads)
      throws Exception {
    runOnce(items, work, threads);
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      runOnce(items, work, threads);
      rates[r] = sentences / ((System.nanoTime() - t0) / 1e9);
    }
    Arrays.sort(rates);
    return rates[rounds / 2];
  }

  private static <T> void runOnce(List<T> items, Function<T, ?> work, int threads)
      throws Exception {
    if (threads == 1) {
      items.forEach(work::apply);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (T t : items) {
        fs.add(pool.submit(() -> work.apply(t)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
