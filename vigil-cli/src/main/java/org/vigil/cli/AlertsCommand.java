package org.vigil.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.core.signals.Alert;
import org.vigil.core.signals.EscalationDetector;
import org.vigil.store.Alerts;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil alerts}: escalation alerts over every dyad in the store. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "Runs the CUSUM escalation detector on each dyad's weekly conflict counts.")
final class AlertsCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    try (EventStore db = store.openReadOnly()) {
      print(Alerts.scan(db, EscalationDetector.weekly()), db);
      System.out.println("Goldstein trends (Mann-Kendall, last 8 weeks with events):");
      print(Alerts.trends(db, org.vigil.core.signals.GoldsteinTrend.standard()), db);
      return ExitCodes.OK;
    }
  }

  static void print(List<Alert> alerts, EventStore db) {
    if (alerts.isEmpty()) {
      System.out.println("no escalation alerts");
      return;
    }
    System.out.printf("%-22s %-10s %6s %9s %6s%n", "dyad", "week", "events", "baseline", "score");
    for (Alert a : alerts) {
      System.out.printf(
          Locale.ROOT,
          "%-22s %-10s %6d %9.2f %6.1f%n",
          a.series(),
          a.period(),
          a.count(),
          a.baseline(),
          a.score());
      String[] dyad = a.series().split(" ")[0].split(">");
      for (String line : db.alertEvidence(dyad[0], dyad[1], a.period(), 3)) {
        System.out.println("    " + line);
      }
    }
  }
}
