package org.vigil.core.coder;

/**
 * Receives the coder's reasoning, one line per decision (for {@code vigil explain}). The coder
 * calls it only when tracing is on, so the default costs nothing.
 */
@FunctionalInterface
public interface CodingTrace {
  /** No tracing. */
  CodingTrace NONE = line -> {};

  /** One decision of the coder, built only when tracing is on. */
  void note(java.util.function.Supplier<String> line);
}
