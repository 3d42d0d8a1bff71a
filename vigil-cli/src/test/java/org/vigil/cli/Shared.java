package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the read-only {@code shared/} folder beside the repository, when it is there. */
final class Shared {
  private Shared() {}

  static Optional<Path> dir() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("seed"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
