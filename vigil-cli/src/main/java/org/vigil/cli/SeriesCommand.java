package org.vigil.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.EventStore;
import org.vigil.store.SeriesPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil series}: a dyad's events per day or week. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = "Prints a dyad's event counts per period.")
final class SeriesCommand implements Callable<Integer> {
  @Option(
      names = "--dyad",
      required = true,
      paramLabel = "SRC:TGT",
      description = "Source and target entities, e.g. BLR:POL.")
  String dyad;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First day (default 1900-01-01).")
  LocalDate from = LocalDate.of(1900, 1, 1);

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default 2100-01-01).")
  LocalDate to = LocalDate.of(2100, 1, 1);

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      description = "day or week. Default: ${DEFAULT-VALUE}.")
  String by = "week";

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    String[] st = dyad.split(":");
    if (st.length != 2 || st[0].isBlank() || st[1].isBlank()) {
      throw new UserException(ExitCodes.USAGE, "--dyad must be SRC:TGT, e.g. BLR:POL");
    }
    if (!by.equals("day") && !by.equals("week")) {
      throw new UserException(ExitCodes.USAGE, "--by must be day or week");
    }
    try (EventStore db = store.openReadOnly()) {
      print(db.series(st[0], st[1], by, from, to), st[0] + ">" + st[1]);
      return ExitCodes.OK;
    }
  }

  static void print(List<SeriesPoint> points, String name) {
    System.out.printf(
        "%s%n%-10s %6s %4s %4s %4s %4s %9s %7s %9s%n",
        name, "period", "events", "q1", "q2", "q3", "q4", "gs-sum", "gs-mean", "mat-confl");
    for (SeriesPoint p : points) {
      System.out.printf(
          Locale.ROOT,
          "%-10s %6d %4d %4d %4d %4d %9.1f %7.2f %9.2f%n",
          p.period(),
          p.events(),
          p.quad()[1],
          p.quad()[2],
          p.quad()[3],
          p.quad()[4],
          p.goldsteinSum(),
          p.goldsteinMean(),
          p.materialConflictShare());
    }
  }
}
