package org.vigil.cli;

/** Exit codes of every command (documented in docs/cli.md). */
final class ExitCodes {
  /** Everything was processed. */
  static final int OK = 0;

  /** Some inputs were rejected (see stderr and --rejected); the others were processed. */
  static final int SOME_REJECTED = 1;

  /** Bad command line. */
  static final int USAGE = 2;

  /** The knowledge base (built-in or --kb) has problems. */
  static final int KB_INVALID = 3;

  /** An input or output file could not be opened, or an internal error. */
  static final int FAILURE = 4;

  /** The store file is held by another process (a writer excludes every other process). */
  static final int STORE_BUSY = 5;

  private ExitCodes() {}
}
