package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.TestEvents.event;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.text.Document;

/** Many reader processes at once; a writer excludes them with a clear error. */
class ReadOnlyIT {
  @TempDir Path dir;

  private Path store() {
    Path db = dir.resolve("r.duckdb");
    LocalDate d = LocalDate.of(2021, 11, 16);
    try (EventStore s = EventStore.open(db)) {
      for (int i = 0; i < 3; i++) {
        s.ingest(
            Document.of("d" + i, d, "text " + i),
            1,
            List.of(event("d" + i, d, "BLRGOV", "POL", "112", 3)),
            "1.test");
      }
    }
    return db;
  }

  private static Process reader(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            ReaderProcess.class.getName(),
            db.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static BufferedReader lines(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  @Test
  void twoReaderProcessesAndThisOneReadTheFileAtOnce() throws Exception {
    Path db = store();
    Process a = reader(db);
    Process b = reader(db);
    BufferedReader outA = lines(a);
    BufferedReader outB = lines(b);
    assertThat(outA.readLine()).isEqualTo("open 3");
    assertThat(outB.readLine()).isEqualTo("open 3");
    // Both child processes hold the file open now; a third reader in this JVM joins them.
    try (EventStore here = EventStore.openReadOnly(db)) {
      assertThat(here.counts()).containsExactly(3, 3);
    }
    assertThatThrownBy(() -> EventStore.open(db))
        .as("a writer cannot open the file while readers hold it")
        .isInstanceOf(StoreException.class)
        .satisfies(
            e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.LOCKED))
        .hasMessageContaining("single writer");
    for (Process p : List.of(a, b)) {
      try (OutputStream in = p.getOutputStream()) {
        in.write('\n');
      }
    }
    assertThat(outA.readLine()).isEqualTo("done 3");
    assertThat(outB.readLine()).isEqualTo("done 3");
    assertThat(a.waitFor(1, TimeUnit.MINUTES) && b.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(a.exitValue()).isZero();
    assertThat(b.exitValue()).isZero();
  }

  @Test
  void aWriterExcludesReadersWithAClearError() throws Exception {
    Path db = store();
    try (EventStore writer = EventStore.open(db)) {
      Process p = reader(db);
      String line = lines(p).readLine();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isEqualTo(3);
      assertThat(line)
          .startsWith("error LOCKED: store " + db + " is being written by another process")
          .contains("vigil ingest is the single writer");
    }
  }

  @Test
  void readersRefuseMissingFilesAndOtherSchemaVersions() throws Exception {
    assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at")
        .satisfies(
            e ->
                assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.MISSING));
    Path old = MigrationIT.versionFourFile(dir.resolve("v4.duckdb"));
    assertThatThrownBy(() -> EventStore.openReadOnly(old))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has schema version 4, this vigil reads version 5")
        .satisfies(
            e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.SCHEMA));
  }
}
