package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keeps the actors table equal to the totals of the stored events: after the events of a document
 * change, the rows of every actor code the old or new events name are recomputed from the events
 * table (named query actor-totals), inside the caller's transaction. A code left without events
 * loses its row; a code keeps its name unless the namer gives a new one.
 */
final class ActorTable {
  private final Connection connection;
  private final Function<String, Optional<String>> names;

  ActorTable(Connection connection, Function<String, Optional<String>> names) {
    this.connection = connection;
    this.names = names;
  }

  /** The actor codes of a document's stored events (before they are deleted). */
  Set<String> codesOf(String docId) throws SQLException {
    Set<String> codes = new TreeSet<>();
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT source_code FROM events WHERE doc_id = ? UNION"
                + " SELECT target_code FROM events WHERE doc_id = ?")) {
      q.setString(1, docId);
      q.setString(2, docId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          codes.add(r.getString(1));
        }
      }
    }
    return codes;
  }

  /** Every actor code of the stored events. */
  Set<String> allCodes() throws SQLException {
    Set<String> codes = new TreeSet<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT source_code FROM events UNION SELECT target_code FROM events"
                    + " UNION SELECT code FROM actors")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }

  /** Recomputes the rows of {@code codes} from the events table. */
  void refresh(Collection<String> codes) throws SQLException {
    codes = codes.stream().filter(c -> !c.isEmpty()).toList();
    if (codes.isEmpty()) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS actor_scope (code VARCHAR)");
      s.execute("DELETE FROM actor_scope");
    }
    try (PreparedStatement ins =
        connection.prepareStatement("INSERT INTO actor_scope VALUES (?)")) {
      for (String c : codes) {
        ins.setString(1, c);
        ins.addBatch();
      }
      ins.executeBatch();
    }
    Map<String, String> kept = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT code, name FROM actors WHERE name IS NOT NULL"
                  + " AND code IN (SELECT code FROM actor_scope)")) {
        while (r.next()) {
          kept.put(r.getString(1), r.getString(2));
        }
      }
      s.execute("DELETE FROM actors WHERE code IN (SELECT code FROM actor_scope)");
      s.execute(
          "INSERT INTO actors (code, entity, role, first_seen, last_seen, events, as_source,"
              + " as_target) SELECT code, entity, role, first_seen, last_seen, events, as_source,"
              + " as_target FROM ("
              + EventStore.query("actor-totals")
              + ")");
    }
    try (PreparedStatement name =
        connection.prepareStatement("UPDATE actors SET name = ? WHERE code = ?")) {
      for (String c : codes) {
        Optional<String> n = names.apply(c).or(() -> Optional.ofNullable(kept.get(c)));
        if (n.isPresent()) {
          name.setString(1, n.get());
          name.setString(2, c);
          name.addBatch();
        }
      }
      name.executeBatch();
    }
  }
}
