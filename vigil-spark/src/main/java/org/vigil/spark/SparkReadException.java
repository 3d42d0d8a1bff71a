package org.vigil.spark;

/** An export Spark could not read, or read with another schema; wrapped once with the file. */
public final class SparkReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SparkReadException(String message) {
    super(message);
  }

  SparkReadException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
