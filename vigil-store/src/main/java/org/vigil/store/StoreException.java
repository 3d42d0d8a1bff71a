package org.vigil.store;

/** A storage failure, wrapped once at the adapter with the database path. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
