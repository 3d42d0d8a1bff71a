package org.vigil.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A reader in its own JVM for the concurrency test: opens a store read-only, prints {@code open N}
 * (N events), waits for a line on stdin, queries again, prints {@code done N} and exits 0; prints
 * {@code error REASON: message} and exits 3 when the store cannot be opened.
 */
public final class ReaderProcess {
  private ReaderProcess() {}

  public static void main(String[] args) throws Exception {
    EventStore store;
    try {
      store = EventStore.openReadOnly(Path.of(args[0]));
    } catch (StoreException e) {
      System.out.println("error " + e.reason() + ": " + e.getMessage());
      System.exit(3);
      return;
    }
    try (store) {
      System.out.println("open " + store.counts()[1]);
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      System.out.println("done " + store.events(EventFilter.all().withPage(1000, 0)).size());
    }
  }
}
