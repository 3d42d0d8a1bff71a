package org.vigil.core.kb;

import java.util.Objects;

/**
 * Where a knowledge-base entry was written.
 *
 * @param file the file's path relative to the knowledge-base root (or the user directory)
 * @param line 1-based line number
 */
public record SourceLine(String file, int line) {
  /** Validates the fields. */
  public SourceLine {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
