package org.vigil.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.problem.Problem;
import org.vigil.core.source.SourceItem;

/**
 * Runs the pipeline over a stream of inputs on N threads, delivering outcomes in input order,
 * reporting rejections on stderr and progress for long runs. A bad input never stops the batch.
 */
final class BatchRunner {
  private final EventPipeline pipeline;
  private final int threads;
  private final PrintStream err;
  private final Progress progress;
  private final Map<String, Integer> rejectedByCode = new TreeMap<>();
  private int documents;
  private int events;
  private int sentences;
  private int parsed;

  BatchRunner(EventPipeline pipeline, int threads, PrintStream err) {
    this(pipeline, threads, err, Progress.lines(err));
  }

  /** A runner that reports progress to {@code progress} (closed when the run ends). */
  BatchRunner(EventPipeline pipeline, int threads, PrintStream err, Progress progress) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.err = err;
    this.progress = progress;
  }

  /** Processes every item; {@code sink} sees outcomes in input order. */
  void run(Iterator<SourceItem> items, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    try (progress) {
      while (items.hasNext() || !window.isEmpty()) {
        while (items.hasNext() && window.size() < threads * 4) {
          SourceItem item = items.next();
          if (item instanceof SourceItem.Accepted a) {
            window.add(pool.submit(() -> pipeline.process(a.document())));
          } else {
            Problem p = ((SourceItem.Rejected) item).problem();
            window.add(
                java.util.concurrent.CompletableFuture.completedFuture(new Outcome.Rejected(p)));
          }
        }
        Outcome o = window.poll().get();
        account(o);
        sink.accept(o);
        progress.update(documents, events, rejected());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException(ExitCodes.FAILURE, "interrupted");
    } catch (ExecutionException e) {
      throw new UserException(ExitCodes.FAILURE, "internal error: " + e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void account(Outcome o) {
    if (o instanceof Outcome.Coded c) {
      documents++;
      events += c.events().size();
      sentences += c.sentences();
      parsed += c.parsed();
    } else {
      Problem p = ((Outcome.Rejected) o).problem();
      rejectedByCode.merge(p.code().name(), 1, Integer::sum);
      err.println("vigil: rejected " + p.format());
    }
  }

  int rejected() {
    return rejectedByCode.values().stream().mapToInt(Integer::intValue).sum();
  }

  int documents() {
    return documents;
  }

  int sentences() {
    return sentences;
  }

  int parsed() {
    return parsed;
  }

  /** One summary line for stderr. */
  String summary() {
    return String.format(
        "vigil: %d documents coded (%d sentences, %d parsed), %d events, %d rejected%s",
        documents,
        sentences,
        parsed,
        events,
        rejected(),
        rejectedByCode.isEmpty() ? "" : " " + rejectedByCode);
  }
}
