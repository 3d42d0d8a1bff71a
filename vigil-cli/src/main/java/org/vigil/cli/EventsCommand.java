package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.EventFilter;
import org.vigil.store.EventRow;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil events}: stored events matching filters (named query events), newest first. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Prints stored (asserted) events matching every filter given, newest first.",
      "Opens the store read-only: many readers may run at once."
    })
final class EventsCommand implements Callable<Integer> {
  /** How to print the events. */
  enum Format {
    TABLE,
    JSONL
  }

  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code prefix.")
  String actor;

  @Option(
      names = "--dyad",
      paramLabel = "SRC:TGT",
      description = "Source and target code prefixes, e.g. BLR:POL.")
  String dyad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  LocalDate to;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "Event code prefix: 19 (a root) or 190.")
  String code;

  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class.")
  Integer quad;

  @Option(
      names = "--place",
      paramLabel = "PLACE",
      description = "Location country code (POL) or place name (Warsaw).")
  String place;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "Substring of the evidence sentence, any case.")
  String text;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most events to print. Default: ${DEFAULT-VALUE}.")
  int limit = 50;

  @Option(names = "--offset", paramLabel = "N", description = "Events to skip (paging).")
  int offset;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      description = "table or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    EventFilter filter = filter();
    try (EventStore db = store.openReadOnly()) {
      List<EventRow> rows = db.events(filter);
      if (format == Format.JSONL) {
        printJson(rows);
      } else {
        printTable(rows);
      }
      return ExitCodes.OK;
    }
  }

  EventFilter filter() {
    if (limit < 0 || offset < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit and --offset must not be negative");
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new UserException(ExitCodes.USAGE, "--quad must be 1, 2, 3 or 4");
    }
    if (code != null && !code.matches("[0-9]{1,4}")) {
      throw new UserException(ExitCodes.USAGE, "--code must be a CAMEO code prefix, e.g. 19");
    }
    EventFilter f = EventFilter.all().withPage(limit, offset);
    if (dyad != null) {
      String[] st = dyad.split(":", -1);
      if (st.length != 2 || st[0].isBlank() || st[1].isBlank()) {
        throw new UserException(ExitCodes.USAGE, "--dyad must be SRC:TGT, e.g. BLR:POL");
      }
      f = f.withDyad(st[0].toUpperCase(Locale.ROOT), st[1].toUpperCase(Locale.ROOT));
    }
    f = from == null ? f : f.withFrom(from);
    f = to == null ? f : f.withTo(to);
    f = actor == null ? f : f.withActor(actor.toUpperCase(Locale.ROOT));
    f = code == null ? f : f.withCode(code);
    f = quad == null ? f : f.withQuadClass(quad);
    f = place == null ? f : f.withPlace(place);
    f = text == null ? f : f.withText(text);
    return f;
  }

  private static void printTable(List<EventRow> rows) {
    System.out.printf(
        "%-10s %-10s %-10s %-4s %1s %6s %-14s %s%n",
        "date", "source", "target", "code", "q", "gs", "place", "evidence [doc]");
    for (EventRow r : rows) {
      System.out.printf(
          Locale.ROOT,
          "%-10s %-10s %-10s %-4s %1d %6.1f %-14s %s [%s]%n",
          r.date().map(LocalDate::toString).orElse("-"),
          r.source(),
          r.target(),
          r.code(),
          r.quadClass(),
          r.goldstein(),
          r.place().map(p -> p + r.country().map(c -> "/" + c).orElse("")).orElse("-"),
          r.sentence(),
          r.docId());
    }
    System.out.printf("%d events%n", rows.size());
  }

  private static void printJson(List<EventRow> rows) {
    ObjectMapper json = new ObjectMapper();
    for (EventRow r : rows) {
      ObjectNode o = json.createObjectNode();
      o.put("doc_id", r.docId());
      o.put("sentence_index", r.sentenceIndex());
      o.put("date", r.date().map(LocalDate::toString).orElse(null));
      o.put("source", r.source());
      o.put("target", r.target());
      o.put("code", r.code());
      o.put("quad_class", r.quadClass());
      o.put("goldstein", r.goldstein());
      o.put("place", r.place().orElse(null));
      o.put("country", r.country().orElse(null));
      o.put("rule", r.rule());
      o.put("sentence", r.sentence());
      System.out.println(o);
    }
  }
}
