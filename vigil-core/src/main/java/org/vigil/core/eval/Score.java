package org.vigil.core.eval;

import java.util.List;
import java.util.Map;

/**
 * Micro-averaged results.
 *
 * @param level the scoring level
 * @param hits matched required gold events
 * @param falsePositives predictions that matched nothing
 * @param misses unmatched required gold events
 * @param perRoot counts per root (or PLOVER type)
 * @param details misses and false positives with their sentences
 */
public record Score(
    Level level,
    int hits,
    int falsePositives,
    int misses,
    Map<String, Counts> perRoot,
    List<Detail> details) {
  /** Copies the fields. */
  public Score {
    perRoot = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perRoot));
    details = List.copyOf(details);
  }

  /**
   * Counts for one root.
   *
   * @param hits hits
   * @param falsePositives false positives
   * @param misses misses
   */
  public record Counts(int hits, int falsePositives, int misses) {}

  /**
   * One miss or false positive.
   *
   * @param docId the document
   * @param text its text
   * @param kind "miss" or "false positive"
   * @param event the event, {@code SRC->TGT CODE}
   */
  public record Detail(String docId, String text, String kind, String event) {}

  /** Precision; 0 when nothing was predicted. */
  public double precision() {
    int d = hits + falsePositives;
    return d == 0 ? 0 : (double) hits / d;
  }

  /** Recall; 0 when nothing was expected. */
  public double recall() {
    int d = hits + misses;
    return d == 0 ? 0 : (double) hits / d;
  }

  /** F1; 0 when precision and recall are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
