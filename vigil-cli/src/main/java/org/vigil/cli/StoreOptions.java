package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store file option, defaulting to the user's data directory. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Store file (default: $XDG_DATA_HOME/vigil/vigil.duckdb, else ~/.local/share/vigil/vigil.duckdb).")
  Path db;

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
