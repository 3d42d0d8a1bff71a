package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vigil.core.signals.Alert;
import org.vigil.core.signals.EscalationDetector;

/** Runs the escalation detector over every dyad's weekly conflict series in a store. */
public final class Alerts {
  private Alerts() {}

  /** Goldstein-trend alerts: dyads whose weekly mean Goldstein value falls significantly. */
  public static List<Alert> trends(EventStore store, org.vigil.core.signals.GoldsteinTrend test) {
    List<Alert> out = new ArrayList<>();
    for (Map.Entry<String, Map<LocalDate, double[]>> d : store.weeklyGoldstein().entrySet()) {
      List<LocalDate> weeks = new ArrayList<>(d.getValue().keySet());
      double[] means = new double[weeks.size()];
      int[] counts = new int[weeks.size()];
      for (int i = 0; i < weeks.size(); i++) {
        double[] v = d.getValue().get(weeks.get(i));
        means[i] = v[0];
        counts[i] = (int) v[1];
      }
      test.test(d.getKey(), weeks, means, counts).ifPresent(out::add);
    }
    out.sort(Comparator.comparingDouble(Alert::score).reversed().thenComparing(Alert::series));
    return out;
  }

  /** All alerts, strongest first. Missing weeks between a dyad's first and last week are zeros. */
  public static List<Alert> scan(EventStore store, EscalationDetector detector) {
    List<Alert> out = new ArrayList<>();
    for (Map.Entry<String, Map<LocalDate, Integer>> d : store.weeklyConflict().entrySet()) {
      LocalDate first = d.getValue().keySet().stream().min(LocalDate::compareTo).orElseThrow();
      LocalDate last = d.getValue().keySet().stream().max(LocalDate::compareTo).orElseThrow();
      List<LocalDate> weeks = new ArrayList<>();
      for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
        weeks.add(w);
      }
      int[] counts = new int[weeks.size()];
      for (int i = 0; i < weeks.size(); i++) {
        counts[i] = d.getValue().getOrDefault(weeks.get(i), 0);
      }
      out.addAll(detector.scan(d.getKey(), weeks, counts));
    }
    out.sort(Comparator.comparingDouble(Alert::score).reversed().thenComparing(Alert::series));
    return out;
  }
}
