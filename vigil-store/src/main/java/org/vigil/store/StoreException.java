package org.vigil.store;

/** A storage failure, wrapped once at the adapter with the database path. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the store failed, for the caller's exit code. */
  public enum Reason {
    /** Another process holds the file (a writer excludes every other process). */
    LOCKED,
    /** There is no store file to read. */
    MISSING,
    /** The file's schema is not the one this code reads, and a reader cannot migrate it. */
    SCHEMA,
    /** Anything else: I/O, SQL, a broken file. */
    FAILED
  }

  private final Reason reason;

  StoreException(String message, Throwable cause) {
    this(reasonOf(cause), message, cause);
  }

  StoreException(Reason reason, String message, Throwable cause) {
    super(cause == null ? message : message + ": " + cause.getMessage(), cause);
    this.reason = reason;
  }

  StoreException(Reason reason, String message) {
    this(reason, message, null);
  }

  /** Why the store failed. */
  public Reason reason() {
    return reason;
  }

  private static Reason reasonOf(Throwable cause) {
    String m = cause == null ? null : cause.getMessage();
    return m != null && m.contains("Could not set lock") ? Reason.LOCKED : Reason.FAILED;
  }
}
