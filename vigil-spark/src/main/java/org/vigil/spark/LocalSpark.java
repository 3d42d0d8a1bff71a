package org.vigil.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session inside this JVM ({@code local[threads]}) for tests and single-machine runs: bound
 * to the loopback address, no web UI, few shuffle partitions, UTC, {@code java.time} values.
 */
public final class LocalSpark {
  private LocalSpark() {}

  /** Starts (or returns the running) local session; stop it with {@link SparkSession#stop()}. */
  public static SparkSession start(String appName, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    return SparkSession.builder()
        .appName(appName)
        .master("local[" + threads + "]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
  }
}
