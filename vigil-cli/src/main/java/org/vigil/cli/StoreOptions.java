package org.vigil.cli;

import java.nio.file.Path;
import org.vigil.core.kb.ActorLabels;
import org.vigil.core.kb.KnowledgeBase;
import org.vigil.store.EventStore;
import picocli.CommandLine.Option;

/** The store file option, defaulting to the user's data directory. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Store file (default: $XDG_DATA_HOME/vigil/vigil.duckdb, else ~/.local/share/vigil/vigil.duckdb).")
  Path db;

  /** Opens the store to read: many readers may run at once, but not beside a writer. */
  EventStore openReadOnly() {
    return EventStore.openReadOnly(file());
  }

  /** Opens (or creates) the store to write, naming actors after the knowledge base. */
  EventStore openForWriting(KnowledgeBase kb) {
    ActorLabels labels = ActorLabels.of(kb);
    return EventStore.open(file(), labels::label);
  }

  Path file() {
    if (db != null) {
      return db;
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("vigil").resolve("vigil.duckdb");
  }
}
