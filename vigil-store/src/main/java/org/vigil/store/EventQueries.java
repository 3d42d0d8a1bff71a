package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The filtered events query and the actor profile queries, over one connection. */
final class EventQueries {
  private final Connection connection;
  private final Path path;

  EventQueries(Connection connection, Path path) {
    this.connection = connection;
    this.path = path;
  }

  List<EventRow> events(EventFilter f) {
    Map<String, Object> values = new HashMap<>();
    f.from().ifPresent(v -> values.put("from", v));
    f.to().ifPresent(v -> values.put("to", v));
    f.actor().ifPresent(v -> values.put("actor", v));
    f.dyadSource().ifPresent(v -> values.put("dyad_source", v));
    f.dyadTarget().ifPresent(v -> values.put("dyad_target", v));
    f.code().ifPresent(v -> values.put("code", v));
    f.quadClass().ifPresent(v -> values.put("quad", v));
    f.place().ifPresent(v -> values.put("place", v));
    f.text().ifPresent(v -> values.put("text", literalPattern(v)));
    values.put("limit", f.limit());
    values.put("offset", f.offset());
    try (PreparedStatement q =
        QueryTemplate.prepare(connection, EventStore.query("events"), values)) {
      List<EventRow> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Date d = r.getDate("event_date");
          out.add(
              new EventRow(
                  r.getString("doc_id"),
                  r.getInt("sentence_index"),
                  Optional.ofNullable(d).map(Date::toLocalDate),
                  r.getString("source_code"),
                  r.getString("target_code"),
                  r.getString("code"),
                  r.getInt("quad_class"),
                  r.getDouble("goldstein"),
                  Optional.ofNullable(r.getString("location_name")),
                  Optional.ofNullable(r.getString("location_country")),
                  r.getString("rule"),
                  Optional.ofNullable(r.getString("sentence")).orElse("")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("events query failed on " + path, e);
    }
  }

  /** A regular expression matching {@code text} literally: ASCII punctuation is escaped. */
  static String literalPattern(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c >= 33) {
                b.append('\\');
              }
              b.appendCodePoint(c);
            });
    return b.toString();
  }

  ActorProfile actorProfile(String actor, int top) {
    try {
      List<ActorRow> codes = new ArrayList<>();
      try (PreparedStatement q = prepare("actor-rows", actor);
          ResultSet r = q.executeQuery()) {
        while (r.next()) {
          codes.add(
              new ActorRow(
                  r.getString("code"),
                  Optional.ofNullable(r.getString("name")),
                  r.getString("entity"),
                  r.getString("role"),
                  localDate(r.getDate("first_seen")),
                  localDate(r.getDate("last_seen")),
                  r.getInt("events"),
                  r.getInt("as_source"),
                  r.getInt("as_target")));
        }
      }
      int[] asSource = new int[5];
      int[] asTarget = new int[5];
      try (PreparedStatement q = prepare("actor-quads", actor);
          ResultSet r = q.executeQuery()) {
        while (r.next()) {
          asSource[r.getInt("quad_class")] = r.getInt("as_source");
          asTarget[r.getInt("quad_class")] = r.getInt("as_target");
        }
      }
      List<ActorProfile.Partner> partners = new ArrayList<>();
      try (PreparedStatement q = prepare("actor-partners", actor)) {
        q.setInt(2, top);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            partners.add(
                new ActorProfile.Partner(
                    r.getString("partner"),
                    r.getInt("events"),
                    r.getInt("conflict"),
                    r.getDouble("goldstein_mean")));
          }
        }
      }
      List<ActorProfile.CodeCount> eventCodes = new ArrayList<>();
      try (PreparedStatement q = prepare("actor-codes", actor)) {
        q.setInt(2, top);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            eventCodes.add(new ActorProfile.CodeCount(r.getString("code"), r.getInt("events")));
          }
        }
      }
      List<ActorProfile.Month> months = new ArrayList<>();
      try (PreparedStatement q = prepare("actor-months", actor);
          ResultSet r = q.executeQuery()) {
        while (r.next()) {
          months.add(
              new ActorProfile.Month(
                  r.getDate("month").toLocalDate(),
                  r.getInt("events"),
                  r.getDouble("goldstein_mean")));
        }
      }
      return new ActorProfile(actor, codes, asSource, asTarget, partners, eventCodes, months);
    } catch (SQLException e) {
      throw new StoreException("actor profile query failed on " + path, e);
    }
  }

  private PreparedStatement prepare(String query, String actor) throws SQLException {
    PreparedStatement q = connection.prepareStatement(EventStore.query(query));
    q.setString(1, actor);
    return q;
  }

  private static Optional<LocalDate> localDate(Date d) {
    return Optional.ofNullable(d).map(Date::toLocalDate);
  }
}
