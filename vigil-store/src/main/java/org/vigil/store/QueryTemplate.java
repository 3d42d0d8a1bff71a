package org.vigil.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named query with {@code :name} parameters whose optional filters drop out: a line starting with
 * {@code AND} is left out when a parameter on it has no value. Keeps the SQL in its resource while
 * DuckDB plans only the filters asked for.
 */
final class QueryTemplate {
  private static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([a-z][a-z_]*)");

  private QueryTemplate() {}

  /** Prepares {@code sql} with the values (absent or null = no filter), bound in order. */
  static PreparedStatement prepare(Connection connection, String sql, Map<String, ?> values)
      throws SQLException {
    StringBuilder kept = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("AND ") && !allBound(line, values)) {
        continue;
      }
      kept.append(line).append('\n');
    }
    List<Object> args = new ArrayList<>();
    Matcher m = PARAM.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException("no value for required parameter :" + m.group(1));
      }
      args.add(v);
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    PreparedStatement q = connection.prepareStatement(out.toString());
    try {
      for (int i = 0; i < args.size(); i++) {
        Object v = args.get(i);
        if (v instanceof LocalDate d) {
          q.setDate(i + 1, Date.valueOf(d));
        } else if (v instanceof Integer n) {
          q.setInt(i + 1, n);
        } else {
          q.setString(i + 1, v.toString());
        }
      }
    } catch (SQLException | RuntimeException e) {
      q.close();
      throw e;
    }
    return q;
  }

  private static boolean allBound(String line, Map<String, ?> values) {
    Matcher m = PARAM.matcher(line);
    while (m.find()) {
      if (values.get(m.group(1)) == null) {
        return false;
      }
    }
    return true;
  }
}
