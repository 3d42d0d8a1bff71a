package org.vigil.core.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Mann-Kendall trend test on a dyad's weekly mean Goldstein values: a significant downward trend
 * (relations getting more hostile) over the last {@code window} weeks with data is an alert,
 * whatever the event counts do.
 */
public final class GoldsteinTrend {
  private final int window;
  private final double zThreshold;

  /**
   * Creates a test.
   *
   * @param window weeks (with events) examined, at least 4
   * @param zThreshold the Mann-Kendall z below which the trend is significant (negative)
   */
  public GoldsteinTrend(int window, double zThreshold) {
    if (window < 4) {
      throw new IllegalArgumentException("window must be at least 4");
    }
    this.window = window;
    this.zThreshold = zThreshold;
  }

  /** Eight weeks, one-sided 5% level (z < -1.645). */
  public static GoldsteinTrend standard() {
    return new GoldsteinTrend(8, -1.645);
  }

  /**
   * Tests the last {@code window} points of a series.
   *
   * @param name series name
   * @param weeks week starts in order
   * @param means mean Goldstein value of each week
   * @param counts events in each week (the alert's count is the last week's)
   * @return an alert for the last week when the trend is significantly downward
   */
  public Optional<Alert> test(String name, List<LocalDate> weeks, double[] means, int[] counts) {
    int n = Math.min(window, means.length);
    if (n < 4 || weeks.size() != means.length || counts.length != means.length) {
      return Optional.empty();
    }
    int from = means.length - n;
    int s = 0;
    for (int i = from; i < means.length; i++) {
      for (int j = i + 1; j < means.length; j++) {
        s += Double.compare(means[j], means[i]);
      }
    }
    double variance = n * (n - 1) * (2.0 * n + 5) / 18.0;
    double z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
    if (z >= zThreshold) {
      return Optional.empty();
    }
    double baseline = 0;
    for (int i = from; i < from + n / 2; i++) {
      baseline += means[i];
    }
    return Optional.of(
        new Alert(
            name + " goldstein-trend",
            weeks.get(weeks.size() - 1),
            counts[counts.length - 1],
            baseline / (n / 2),
            -z));
  }
}
