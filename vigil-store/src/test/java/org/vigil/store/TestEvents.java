package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.geo.Location;

/** Events built by hand for store tests. */
final class TestEvents {
  private TestEvents() {}

  static Event event(
      String doc,
      int sentence,
      LocalDate d,
      String src,
      String tgt,
      String code,
      int quad,
      String evidence,
      Optional<Location> location) {
    return new Event(
        doc,
        sentence,
        Optional.ofNullable(d),
        new ActorRef(src, src, 0, 3, List.of()),
        new ActorRef(tgt, tgt, 4, 7, List.of()),
        code,
        quad,
        quad >= 3 ? -5.0 : 3.0,
        Optional.empty(),
        Polarity.POSITIVE,
        Modality.ASSERTED,
        new Evidence(evidence, "t", 0, 1),
        "p.test",
        "1.test",
        location);
  }

  static Event event(String doc, LocalDate d, String src, String tgt, String code, int quad) {
    return event(doc, 0, d, src, tgt, code, quad, "s", Optional.empty());
  }

  static Event negated(Event e) {
    return new Event(
        e.docId(),
        e.sentenceIndex(),
        e.date(),
        e.source(),
        e.target(),
        e.code(),
        e.quadClass(),
        e.goldstein(),
        e.plover(),
        Polarity.NEGATIVE,
        e.modality(),
        e.evidence(),
        e.rule(),
        e.kbVersion(),
        e.location());
  }

  static Optional<Location> at(String name, String country) {
    return Optional.of(new Location(name, country, "", 52.0, 21.0, Location.Precision.CITY));
  }

  /** The rows of a query on a store file, each as its columns joined by "|". */
  static List<String> rows(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
