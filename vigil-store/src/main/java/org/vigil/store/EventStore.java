package org.vigil.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Entity;
import org.vigil.core.event.Event;
import org.vigil.core.source.Languages;
import org.vigil.core.text.Document;
import org.vigil.core.text.SentenceSpan;

/**
 * Coded documents, their sentences, events and actors in one DuckDB file. One process writes a file
 * at a time (DuckDB locks it); many processes may read it at once when none writes ({@link
 * #openReadOnly}). The schema is versioned and migrated when a writer opens the store. Not
 * thread-safe: use one store per thread.
 *
 * <p>Over 400 lines because it is the one adapter over JDBC for writes, exports and the dashboard
 * queries; the actors table and the filtered queries live in {@link ActorTable} and {@link
 * EventQueries}.
 */
public final class EventStore implements AutoCloseable {
  /** The schema version this code writes. */
  public static final int SCHEMA_VERSION = 5;

  private static final String[] MIGRATIONS = {
    "V1__events.sql",
    "V2__document_text.sql",
    "V3__stories.sql",
    "V4__locations.sql",
    "V5__sentences_actors.sql"
  };

  /** What ingesting one document did. */
  public enum IngestResult {
    /** A new document. */
    ADDED,
    /** The document's text (or knowledge base) changed: its old events were replaced. */
    REPLACED,
    /** Same text and knowledge base as stored: nothing changed. */
    UNCHANGED
  }

  private final Connection connection;
  private final Path path;
  private final ActorTable actors;
  private final EventQueries queries;

  private EventStore(
      Connection connection, Path path, Function<String, Optional<String>> actorNames) {
    this.connection = connection;
    this.path = path;
    this.actors = new ActorTable(connection, actorNames);
    this.queries = new EventQueries(connection, path);
  }

  /** Opens (or creates) a store file for writing and migrates its schema; actors stay unnamed. */
  public static EventStore open(Path file) {
    return open(file, code -> Optional.empty());
  }

  /**
   * Opens (or creates) a store file for writing and migrates its schema.
   *
   * @param actorNames the label of an actor code (from the knowledge base) for the actors table
   */
  public static EventStore open(Path file, Function<String, Optional<String>> actorNames) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Class.forName("org.duckdb.DuckDBDriver");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      EventStore store = new EventStore(c, file, actorNames);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open store " + file + " for writing (vigil ingest is the single writer)", e);
    } catch (IOException | ClassNotFoundException e) {
      throw new StoreException("cannot open store " + file, e);
    }
  }

  /**
   * Opens an existing store file read-only: any number of processes may do so at once, but not
   * while a process writes it. Never migrates: a file with another schema version is refused.
   */
  public static EventStore openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          StoreException.Reason.MISSING, "no store at " + file + " (vigil ingest creates it)");
    }
    Connection c;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      java.util.Properties props = new java.util.Properties();
      props.setProperty("duckdb.read_only", "true");
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
    } catch (SQLException | ClassNotFoundException e) {
      StoreException wrapped = new StoreException("cannot open store " + file + " to read", e);
      if (wrapped.reason() == StoreException.Reason.LOCKED) {
        throw new StoreException(
            StoreException.Reason.LOCKED,
            "store "
                + file
                + " is being written by another process (vigil ingest is the single writer);"
                + " read it when the writer has finished",
            e);
      }
      throw wrapped;
    }
    EventStore store = new EventStore(c, file, code -> Optional.empty());
    int version;
    try {
      version = store.schemaVersion();
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    if (version != SCHEMA_VERSION) {
      store.close();
      throw new StoreException(
          StoreException.Reason.SCHEMA,
          "store "
              + file
              + " has schema version "
              + version
              + ", this vigil reads version "
              + SCHEMA_VERSION
              + (version < SCHEMA_VERSION
                  ? "; open it once for writing (vigil ingest or vigil recode) to migrate it"
                  : "; use a newer vigil"));
    }
    return store;
  }

  /** The store file. */
  public Path path() {
    return path;
  }

  /** The schema version of the open file. */
  public int schemaVersion() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read schema version of " + path, e);
    }
  }

  private void migrate() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)");
    }
    int current = schemaVersion();
    for (int v = current + 1; v <= SCHEMA_VERSION; v++) {
      String sql = resource("/vigil/store/migrations/" + MIGRATIONS[v - 1]);
      final int version = v;
      transaction(
          () -> {
            try (Statement s = connection.createStatement()) {
              for (String stmt : sql.split(";")) {
                String body = stripComments(stmt);
                if (!body.isBlank()) {
                  s.execute(body);
                }
              }
              s.execute("INSERT INTO schema_version VALUES (" + version + ", current_timestamp)");
            }
            return null;
          });
    }
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  private <T> T transaction(SqlWork<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static String stripComments(String sql) {
    StringBuilder b = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** A named query's SQL without comment lines. */
  static String query(String name) {
    return stripComments(resource("/vigil/store/queries/" + name + ".sql"));
  }

  static String resource(String name) {
    try (InputStream in = EventStore.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content hash that decides whether a document changed. */
  static String hash(Document doc, String kbVersion) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(doc.text().getBytes(StandardCharsets.UTF_8));
      d.update(
          ("|" + doc.date().map(LocalDate::toString).orElse("") + "|" + kbVersion)
              .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stores a coded document without sentence offsets (no rows in the sentences table); see {@link
   * #ingest(Document, List, List, String)}.
   */
  public IngestResult ingest(Document doc, int sentences, List<Event> events, String kbVersion) {
    return ingest(doc, sentences, List.of(), events, kbVersion);
  }

  /**
   * Stores a coded document in one transaction: a new document is added, a changed one replaces its
   * sentences and events, an unchanged one (same text, date and knowledge base) is left alone. The
   * actors table is brought in step with the events in the same transaction.
   *
   * @param sentences where each sentence lies in the document text, in order
   */
  public IngestResult ingest(
      Document doc, List<SentenceSpan> sentences, List<Event> events, String kbVersion) {
    return ingest(doc, sentences.size(), sentences, events, kbVersion);
  }

  private IngestResult ingest(
      Document doc,
      int sentenceCount,
      List<SentenceSpan> sentences,
      List<Event> events,
      String kbVersion) {
    String h = hash(doc, kbVersion);
    try {
      return transaction(
          () -> {
            Optional<String> old = storedHash(doc.id());
            if (old.isPresent() && old.get().equals(h)) {
              return IngestResult.UNCHANGED;
            }
            Set<String> touched = actors.codesOf(doc.id());
            for (String table : List.of("events", "sentences", "documents")) {
              try (PreparedStatement del =
                  connection.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
                del.setString(1, doc.id());
                del.executeUpdate();
              }
            }
            try (PreparedStatement ins =
                connection.prepareStatement(
                    "INSERT INTO documents (doc_id, published, text_hash, kb_version, sentences,"
                        + " ingested_at, text, title, outlet, url, language)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              ins.setString(1, doc.id());
              setDate(ins, 2, doc.date());
              ins.setString(3, h);
              ins.setString(4, kbVersion);
              ins.setInt(5, sentenceCount);
              ins.setTimestamp(6, Timestamp.from(Instant.now()));
              ins.setString(7, doc.text());
              ins.setString(8, doc.meta().get("title"));
              ins.setString(9, doc.meta().get("outlet"));
              ins.setString(10, doc.meta().get("url"));
              ins.setString(11, doc.meta().getOrDefault("language", Languages.DEFAULT));
              ins.executeUpdate();
            }
            insertSentences(doc, sentences, events);
            insertEvents(events);
            for (Event e : events) {
              touched.add(e.source().code());
              touched.add(e.target().code());
            }
            actors.refresh(touched);
            return old.isPresent() ? IngestResult.REPLACED : IngestResult.ADDED;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot store document " + doc.id() + " in " + path, e);
    }
  }

  private void insertSentences(Document doc, List<SentenceSpan> sentences, List<Event> events)
      throws SQLException {
    Set<Integer> withEvents = new HashSet<>();
    events.forEach(e -> withEvents.add(e.sentenceIndex()));
    try (DuckDBAppender ap =
        connection
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences")) {
      for (SentenceSpan s : sentences) {
        if (s.end() > doc.text().length()) {
          throw new IllegalArgumentException(
              "sentence " + s.index() + " ends after the text of " + doc.id());
        }
        ap.beginRow();
        ap.append(doc.id());
        ap.append(s.index());
        ap.append(s.begin());
        ap.append(s.end());
        ap.append(doc.text().substring(s.begin(), s.end()));
        ap.append(withEvents.contains(s.index()));
        ap.endRow();
      }
    }
  }

  /** Recomputes the whole actors table from the events (after {@link #appendEvents} bulk loads). */
  public void rebuildActors() {
    try {
      transaction(
          () -> {
            actors.refresh(actors.allCodes());
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot rebuild the actors of " + path, e);
    }
  }

  private Optional<String> storedHash(String docId) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement("SELECT text_hash FROM documents WHERE doc_id = ?")) {
      q.setString(1, docId);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private void insertEvents(List<Event> events) throws SQLException {
    try (DuckDBAppender ap =
        connection
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (Event e : events) {
        ap.beginRow();
        ap.append(e.docId());
        ap.append(e.sentenceIndex());
        if (e.date().isPresent()) {
          ap.append(e.date().get());
        } else {
          ap.appendNull();
        }
        actor(ap, e.source());
        actor(ap, e.target());
        ap.append(e.code());
        ap.append(e.rootCode());
        ap.append(e.quadClass());
        ap.append(e.goldstein());
        nullable(ap, e.plover().orElse(null));
        ap.append(e.polarity().name().toLowerCase(java.util.Locale.ROOT));
        ap.append(e.modality().name().toLowerCase(java.util.Locale.ROOT));
        ap.append(e.evidence().trigger());
        ap.append(e.evidence().triggerBegin());
        ap.append(e.evidence().triggerEnd());
        ap.append(e.evidence().sentence());
        ap.append(e.rule());
        ap.append(e.kbVersion());
        if (e.location().isPresent()) {
          org.vigil.core.geo.Location l = e.location().get();
          ap.append(l.name());
          ap.append(l.country());
          ap.append(l.admin1());
          ap.append(l.lat());
          ap.append(l.lon());
          ap.append(l.precision().name().toLowerCase(java.util.Locale.ROOT));
        } else {
          for (int k = 0; k < 6; k++) {
            ap.appendNull();
          }
        }
        ap.endRow();
      }
    }
  }

  /**
   * Appends events without documents in one transaction (bulk loads and benchmarks); the caller
   * owns consistency with the documents table.
   */
  public void appendEvents(List<Event> events) {
    try {
      transaction(
          () -> {
            insertEvents(events);
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException("cannot append events to " + path, e);
    }
  }

  private static void actor(DuckDBAppender ap, ActorRef a) throws SQLException {
    ap.append(a.code());
    ap.append(Entity.of(a.code()));
    ap.append(a.text());
  }

  private static void nullable(DuckDBAppender ap, String v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v);
    }
  }

  private static void setDate(PreparedStatement s, int i, Optional<LocalDate> d)
      throws SQLException {
    if (d.isPresent()) {
      s.setDate(i, Date.valueOf(d.get()));
    } else {
      s.setNull(i, Types.DATE);
    }
  }

  /**
   * Stored documents coded with another knowledge-base version than {@code kbVersion}, with their
   * metadata (title, outlet, URL, language), so re-coding them keeps it.
   */
  public List<Document> staleDocuments(String kbVersion) {
    String sql =
        "SELECT doc_id, published, text, title, outlet, url, language FROM documents"
            + " WHERE kb_version <> ? ORDER BY doc_id";
    try (PreparedStatement q = connection.prepareStatement(sql)) {
      q.setString(1, kbVersion);
      List<Document> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Date d = r.getDate(2);
          Map<String, String> meta = new LinkedHashMap<>();
          for (String field : List.of("title", "outlet", "url", "language")) {
            String v = r.getString(field);
            if (v != null) {
              meta.put(field, v);
            }
          }
          out.add(
              new Document(
                  r.getString(1),
                  Optional.ofNullable(d).map(Date::toLocalDate),
                  Optional.ofNullable(r.getString(3)).orElse(""),
                  meta));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list stale documents in " + path, e);
    }
  }

  /**
   * Writes all events to a file with DuckDB's COPY: {@code parquet}, {@code csv} (header, RFC 4180)
   * or {@code json} (JSON lines).
   */
  public long export(Path file, String format) {
    if (format.equals("gdelt")) {
      return exportGdelt(file);
    }
    if (format.equals("plover")) {
      return exportQuery(file, "export-plover.sql", "(FORMAT json)");
    }
    String options =
        switch (format) {
          case "parquet" -> "(FORMAT parquet)";
          case "csv" -> "(FORMAT csv, HEADER true)";
          case "json" -> "(FORMAT json)";
          default ->
              throw new IllegalArgumentException("format must be parquet, csv, json or gdelt");
        };
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM events ORDER BY event_date, doc_id, sentence_index) TO '"
              + target
              + "' "
              + options);
      return counts()[1];
    } catch (SQLException e) {
      throw new StoreException("cannot export to " + file, e);
    }
  }

  /**
   * Recomputes story groups over every stored document (syndicated copies share a story id).
   *
   * @return the number of documents that are copies of another document
   */
  public int assignStories(org.vigil.core.dedup.StoryGrouper grouper) {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery("SELECT doc_id, coalesce(text, '') FROM documents ORDER BY doc_id")) {
      while (r.next()) {
        texts.put(r.getString(1), r.getString(2));
      }
      Map<String, String> stories = grouper.group(texts);
      transaction(
          () -> {
            try (PreparedStatement u =
                connection.prepareStatement("UPDATE documents SET story_id = ? WHERE doc_id = ?")) {
              for (Map.Entry<String, String> e : stories.entrySet()) {
                u.setString(1, e.getValue());
                u.setString(2, e.getKey());
                u.addBatch();
              }
              u.executeBatch();
            }
            return null;
          });
      return (int)
          stories.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    } catch (SQLException e) {
      throw new StoreException("cannot group stories in " + path, e);
    }
  }

  /** Number of events after merging the copies of each story (named query merged-events). */
  public int mergedEventCount() {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM ("
                    + resource("/vigil/store/queries/merged-events.sql")
                    + ")")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("merged-events query failed on " + path, e);
    }
  }

  private long exportQuery(Path file, String query, String options) {
    return copy(stripComments(resource("/vigil/store/queries/" + query)), file, options);
  }

  private long exportGdelt(Path file) {
    String merged = stripComments(resource("/vigil/store/queries/merged-events.sql"));
    String sql =
        stripComments(resource("/vigil/store/queries/export-gdelt.sql")).replace("MERGED", merged);
    return copy(sql, file, "(FORMAT csv, DELIMITER '\\t', HEADER false)");
  }

  /** Copies a query's rows to a file; returns the number of rows. */
  private long copy(String sql, Path file, String options) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = connection.createStatement()) {
      s.execute("COPY (" + sql + ") TO '" + target + "' " + options);
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export to " + file, e);
    }
  }

  /** Number of stored documents and events. */
  public long[] counts() {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2)};
    } catch (SQLException e) {
      throw new StoreException("cannot count " + path, e);
    }
  }

  /** The dyad's series per day or week between two dates (named query dyad-series). */
  public List<SeriesPoint> series(
      String source, String target, String by, LocalDate from, LocalDate to) {
    if (!by.equals("day") && !by.equals("week")) {
      throw new IllegalArgumentException("by must be day or week");
    }
    try (PreparedStatement q =
        connection.prepareStatement(resource("/vigil/store/queries/dyad-series.sql"))) {
      q.setString(1, by);
      q.setString(2, source);
      q.setString(3, target);
      q.setDate(4, Date.valueOf(from));
      q.setDate(5, Date.valueOf(to));
      List<SeriesPoint> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          int[] quad = {0, r.getInt("q1"), r.getInt("q2"), r.getInt("q3"), r.getInt("q4")};
          out.add(
              new SeriesPoint(
                  r.getDate("period").toLocalDate(),
                  r.getInt("events"),
                  quad,
                  r.getDouble("goldstein_sum"),
                  r.getDouble("goldstein_mean")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("series query failed on " + path, e);
    }
  }

  /** The dyads with most events (named query top-dyads). */
  public List<Dyad> topDyads(int limit) {
    try (PreparedStatement q =
        connection.prepareStatement(resource("/vigil/store/queries/top-dyads.sql"))) {
      q.setInt(1, limit);
      return dyads(q);
    } catch (SQLException e) {
      throw new StoreException("top-dyads query failed on " + path, e);
    }
  }

  /** The dyads with most events between two dates (named query top-dyads-between). */
  public List<Dyad> topDyads(LocalDate from, LocalDate to, int limit) {
    try (PreparedStatement q =
        connection.prepareStatement(resource("/vigil/store/queries/top-dyads-between.sql"))) {
      q.setDate(1, Date.valueOf(from));
      q.setDate(2, Date.valueOf(to));
      q.setInt(3, limit);
      return dyads(q);
    } catch (SQLException e) {
      throw new StoreException("top-dyads query failed on " + path, e);
    }
  }

  /** Events matching a filter, newest first (named query events). */
  public List<EventRow> events(EventFilter filter) {
    return queries.events(filter);
  }

  /** An actor's profile (named queries actor-*); {@code actor} is a code prefix. */
  public ActorProfile actorProfile(String actor, int top) {
    return queries.actorProfile(actor, top);
  }

  /**
   * The evidence of an alert: the dyad's most conflictual events of the week, as one line each
   * ({@code date source->target code: sentence [doc]}).
   */
  public List<String> alertEvidence(String source, String target, LocalDate week, int limit) {
    try (PreparedStatement q =
        connection.prepareStatement(resource("/vigil/store/queries/alert-evidence.sql"))) {
      q.setString(1, source);
      q.setString(2, target);
      q.setDate(3, Date.valueOf(week));
      q.setDate(4, Date.valueOf(week.plusWeeks(1)));
      q.setInt(5, limit);
      List<String> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(
              r.getDate("event_date").toLocalDate()
                  + " "
                  + r.getString("source_code")
                  + "->"
                  + r.getString("target_code")
                  + " "
                  + r.getString("code")
                  + ": "
                  + r.getString("sentence")
                  + " ["
                  + r.getString("doc_id")
                  + "]");
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("alert-evidence query failed on " + path, e);
    }
  }

  /**
   * Weekly mean Goldstein values per dyad ("SRC>TGT" -> week -> {mean, events}), weeks with events
   * only.
   */
  public Map<String, Map<LocalDate, double[]>> weeklyGoldstein() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(resource("/vigil/store/queries/weekly-goldstein.sql"))) {
      Map<String, Map<LocalDate, double[]>> out = new LinkedHashMap<>();
      while (r.next()) {
        String dyad = r.getString("source_entity") + ">" + r.getString("target_entity");
        out.computeIfAbsent(dyad, k -> new LinkedHashMap<>())
            .put(
                r.getDate("week").toLocalDate(),
                new double[] {r.getDouble("goldstein_mean"), r.getInt("events")});
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("weekly-goldstein query failed on " + path, e);
    }
  }

  private static List<Dyad> dyads(PreparedStatement q) throws SQLException {
    List<Dyad> out = new ArrayList<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        out.add(
            new Dyad(
                r.getString("source_entity"),
                r.getString("target_entity"),
                r.getInt("events"),
                r.getInt("conflict"),
                r.getDouble("goldstein_mean")));
      }
    }
    return out;
  }

  /** Weekly conflict counts per dyad ("SRC>TGT" -> week -> count), for the detector. */
  public Map<String, Map<LocalDate, Integer>> weeklyConflict() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(resource("/vigil/store/queries/weekly-conflict.sql"))) {
      Map<String, Map<LocalDate, Integer>> out = new LinkedHashMap<>();
      while (r.next()) {
        String dyad = r.getString("source_entity") + ">" + r.getString("target_entity");
        out.computeIfAbsent(dyad, k -> new LinkedHashMap<>())
            .put(r.getDate("week").toLocalDate(), r.getInt("conflict"));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("weekly-conflict query failed on " + path, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + path, e);
    }
  }
}
