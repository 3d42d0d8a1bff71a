package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.core.event.Event;
import org.vigil.core.event.EventJson;

/** Writes events as JSON lines, CSV or a human-readable table. */
final class EventWriter {
  /** Output formats. */
  enum Format {
    JSON,
    CSV,
    TABLE
  }

  private static final String CSV_HEADER =
      "doc_id,sentence_index,date,source,target,code,root_code,quad_class,goldstein,plover,"
          + "polarity,modality,trigger,rule,source_text,target_text,sentence";
  private final Format format;
  private final PrintWriter out;
  private boolean started;

  EventWriter(Format format, PrintWriter out) {
    this.format = format;
    this.out = out;
  }

  void write(Event e) {
    if (!started) {
      started = true;
      if (format == Format.CSV) {
        out.println(CSV_HEADER);
      } else if (format == Format.TABLE) {
        out.printf(
            "%-14s %3s %-10s %-14s %-14s %-5s %6s %s%n",
            "DOC", "S", "DATE", "SOURCE", "TARGET", "CODE", "GS", "RULE / TRIGGER");
      }
    }
    switch (format) {
      case JSON:
        out.println(EventJson.toLine(e));
        break;
      case CSV:
        out.println(
            String.join(
                ",",
                csv(e.docId()),
                String.valueOf(e.sentenceIndex()),
                e.date().map(Object::toString).orElse(""),
                csv(e.source().code()),
                csv(e.target().code()),
                csv(e.code()),
                e.rootCode(),
                String.valueOf(e.quadClass()),
                String.valueOf(e.goldstein()),
                e.plover().orElse(""),
                e.polarity().name().toLowerCase(java.util.Locale.ROOT),
                e.modality().name().toLowerCase(java.util.Locale.ROOT),
                csv(e.evidence().trigger()),
                csv(e.rule()),
                csv(e.source().text()),
                csv(e.target().text()),
                csv(e.evidence().sentence())));
        break;
      case TABLE:
        out.printf(
            "%-14s %3d %-10s %-14s %-14s %-5s %6.1f %s '%s'%n",
            shorten(e.docId(), 14),
            e.sentenceIndex(),
            e.date().map(Object::toString).orElse("-"),
            e.source().code(),
            e.target().code().isEmpty() ? "-" : e.target().code(),
            e.code(),
            e.goldstein(),
            e.rule(),
            e.evidence().trigger());
        break;
      default:
        throw new IllegalStateException(format.name());
    }
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }

  /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
  static String csv(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
