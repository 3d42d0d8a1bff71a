package org.vigil.store;

import java.time.LocalDate;

/**
 * One period of a dyad series.
 *
 * @param period start of the day or week
 * @param events all events
 * @param quad counts per quad class 1..4 (index 0 unused)
 * @param goldsteinSum sum of Goldstein values
 * @param goldsteinMean mean Goldstein value
 */
public record SeriesPoint(
    LocalDate period, int events, int[] quad, double goldsteinSum, double goldsteinMean) {
  /** Copies the counts. */
  public SeriesPoint {
    quad = quad.clone();
  }

  /** Share of material conflict (quad class 4) among the period's events. */
  public double materialConflictShare() {
    return events == 0 ? 0 : (double) quad[4] / events;
  }
}
