package org.vigil.cli;

/** An error to report to the user in one line, with an exit code, without a stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
