package org.vigil.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Reports a batch's progress on stderr: a progress bar on a terminal, else a line every 5 s. */
interface Progress extends AutoCloseable {
  /** Called after each input with the totals so far. */
  void update(int documents, int events, int rejected);

  @Override
  void close();

  /** A line every 5 seconds (logs, pipes, tests). */
  static Progress lines(PrintStream err) {
    long start = System.nanoTime();
    long[] last = {start};
    return new Progress() {
      @Override
      public void update(int documents, int events, int rejected) {
        long now = System.nanoTime();
        if (now - last[0] > 5_000_000_000L) {
          last[0] = now;
          err.printf(
              "vigil: %d documents, %d events, %d rejected (%.0f s)%n",
              documents, events, rejected, (now - start) / 1e9);
        }
      }

      @Override
      public void close() {}
    };
  }

  /** A progress bar over {@code total} inputs ({@code -1} when unknown) on {@code err}. */
  static Progress bar(PrintStream err, long total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(total)
            .setUnit(" docs", 1)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .build();
    return new Progress() {
      @Override
      public void update(int documents, int events, int rejected) {
        bar.stepTo(documents + rejected);
        bar.setExtraMessage(" " + events + " events, " + rejected + " rejected");
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** A bar when stderr belongs to a terminal (there is a console), else periodic lines. */
  static Progress forTerminal(PrintStream err, long total) {
    return System.console() != null ? bar(err, total) : lines(err);
  }
}
