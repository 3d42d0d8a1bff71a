package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.store.EventFilter;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench-store}: loads N synthetic events (5 years, 60 countries) into a fresh store
 * and reports the insert rate, the file size and p50/p95 latency of the dashboard queries.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description = "Store benchmark: insert rate, file size, p50/p95 of the dashboard queries.")
final class StoreBenchCommand implements Callable<Integer> {
  @Option(
      names = "--events",
      paramLabel = "N",
      description = "Synthetic events. Default: ${DEFAULT-VALUE}.")
  int events = 1_000_000;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Runs per query. Default: ${DEFAULT-VALUE}.")
  int runs = 50;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("vigil-bench");
    Path file = dir.resolve("bench.duckdb");
    String[] countries = new String[60];
    String[] iso =
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]);
    Arrays.sort(iso);
    System.arraycopy(iso, 0, countries, 0, 60);
    String[] codes = {
      "010", "020", "036", "042", "051", "061", "071", "112", "120", "130", "141", "163", "173",
      "190", "195"
    };
    String[] topics = {
      "migrants", "the border", "sanctions", "troops", "gas supplies", "an election", "a treaty",
      "refugees", "airspace", "journalists", "a pipeline", "prisoners", "the embassy", "talks",
      "grain exports", "protesters", "a drone", "fishing rights", "a summit", "hackers"
    };
    String[] places = {"Warsaw", "Minsk", "Vilnius", "Riga", "Kyiv", "Berlin", "Paris", "Rome"};
    Random r = new Random(1);
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (EventStore store = EventStore.open(file)) {
      long t0 = System.nanoTime();
      List<Event> batch = new ArrayList<>();
      for (int i = 0; i < events; i++) {
        String src = countries[(int) Math.min(59, Math.abs(r.nextGaussian() * 15))];
        String tgt = countries[r.nextInt(60)];
        String code = codes[r.nextInt(codes.length)];
        int root = Integer.parseInt(code.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
        LocalDate d = start.plusDays(r.nextInt(5 * 365));
        batch.add(
            new Event(
                "doc" + (i / 8),
                i % 8,
                Optional.of(d),
                new ActorRef(src + "GOV", src, 0, 3, List.of()),
                new ActorRef(tgt, tgt, 4, 7, List.of()),
                code,
                quad,
                quad >= 3 ? -4.0 : 3.0,
                Optional.empty(),
                Polarity.POSITIVE,
                Modality.ASSERTED,
                new Evidence(
                    src
                        + " officials spoke about "
                        + topics[r.nextInt(topics.length)]
                        + " with "
                        + tgt,
                    "verb",
                    0,
                    4),
                "p.bench",
                "1.bench",
                Optional.of(
                    new org.vigil.core.geo.Location(
                        places[i % places.length],
                        tgt,
                        "",
                        50.0,
                        20.0,
                        org.vigil.core.geo.Location.Precision.CITY))));
        if (batch.size() == 100_000) {
          store.appendEvents(batch);
          batch.clear();
        }
      }
      store.appendEvents(batch);
      store.rebuildActors();
      double seconds = (System.nanoTime() - t0) / 1e9;
      long[] counts = store.counts();
      System.out.printf(
          Locale.ROOT,
          "inserted %,d events in %.1f s: %,.0f events/s (appender, 100k per transaction; actors"
              + " table rebuilt)%n",
          counts[1],
          seconds,
          counts[1] / seconds);
      String a = countries[0];
      String b = countries[1];
      report(
          "series, one dyad, 5 years by week",
          () -> store.series(a, b, "week", start, start.plusYears(5)).size());
      report(
          "top 20 dyads in one month",
          () -> store.topDyads(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), 20).size());
      report(
          "events page (dyad, 1 year, root 19, 50 rows)",
          () ->
              store
                  .events(
                      EventFilter.all()
                          .withDyad(a, b)
                          .withFrom(LocalDate.of(2022, 1, 1))
                          .withTo(LocalDate.of(2022, 12, 31))
                          .withCode("19")
                          .withPage(50, 0))
                  .size());
      report(
          "events page (actor, quad 4, text, 50 rows)",
          () ->
              store
                  .events(
                      EventFilter.all()
                          .withActor(a)
                          .withQuadClass(4)
                          .withText("MIGRANTS")
                          .withPage(50, 0))
                  .size());
      report(
          "events page (place, 1 month, 50 rows)",
          () ->
              store
                  .events(
                      EventFilter.all()
                          .withPlace("warsaw")
                          .withFrom(LocalDate.of(2022, 3, 1))
                          .withTo(LocalDate.of(2022, 3, 31))
                          .withPage(50, 0))
                  .size());
      report(
          "actor profile (one country, top 10)", () -> store.actorProfile(a, 10).months().size());
    }
    System.out.printf(
        Locale.ROOT, "store file: %.1f MB for %,d events%n", Files.size(file) / 1e6, events);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    return ExitCodes.OK;
  }

  private void report(String name, Supplier<Integer> query) {
    query.get();
    double[] ms = new double[runs];
    int rows = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      rows = query.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-46s p50 %6.1f ms  p95 %6.1f ms  (%d rows, %d runs)%n",
        name,
        ms[runs / 2],
        ms[(int) Math.ceil(runs * 0.95) - 1],
        rows,
        runs);
  }
}
