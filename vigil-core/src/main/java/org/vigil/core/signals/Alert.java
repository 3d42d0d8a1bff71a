package org.vigil.core.signals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An escalation alert for one series.
 *
 * @param series the series name (a dyad such as {@code BLR>POL})
 * @param period start of the period that raised the alert
 * @param count conflict events in the period
 * @param baseline expected count from the preceding periods
 * @param score the CUSUM statistic when the alert was raised
 */
public record Alert(String series, LocalDate period, int count, double baseline, double score) {
  /** Validates the fields. */
  public Alert {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(period, "period");
  }
}
