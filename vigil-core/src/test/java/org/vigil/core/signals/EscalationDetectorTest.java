package org.vigil.core.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EscalationDetectorTest {
  private static List<LocalDate> weeks(int n) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(LocalDate.of(2021, 1, 4).plusWeeks(i));
    }
    return out;
  }

  /** Poisson draws with a fixed seed: the series is the same on every run. */
  private static int[] poisson(Random r, double[] rates) {
    int[] out = new int[rates.length];
    for (int i = 0; i < rates.length; i++) {
      double l = Math.exp(-rates[i]);
      double p = 1;
      int k = 0;
      do {
        k++;
        p *= r.nextDouble();
      } while (p > l);
      out[i] = k - 1;
    }
    return out;
  }

  @Test
  void detectsAKnownChangePointSoonAfterItHappens() {
    Random r = new Random(42);
    int onTime = 0;
    for (int trial = 0; trial < 20; trial++) {
      double[] rates = new double[30];
      for (int i = 0; i < 30; i++) {
        rates[i] = i < 20 ? 1.0 : 6.0;
      }
      List<Alert> alerts = EscalationDetector.weekly().scan("A>B", weeks(30), poisson(r, rates));
      boolean hit =
          alerts.stream()
              .anyMatch(
                  a ->
                      !a.period().isBefore(weeks(30).get(20))
                          && !a.period().isAfter(weeks(30).get(23)));
      onTime += hit ? 1 : 0;
    }
    assertThat(onTime).isGreaterThanOrEqualTo(18);
  }

  @Test
  void quietSeriesRaisesNoAlert() {
    Random r = new Random(7);
    int falseAlarms = 0;
    for (int trial = 0; trial < 50; trial++) {
      double[] rates = new double[52];
      java.util.Arrays.fill(rates, 1.0);
      falseAlarms += EscalationDetector.weekly().scan("C>D", weeks(52), poisson(r, rates)).size();
    }
    assertThat(falseAlarms).isLessThanOrEqualTo(5);
    assertThat(EscalationDetector.weekly().scan("E>F", weeks(10), new int[10])).isEmpty();
  }

  @Test
  void alertCarriesCountBaselineAndScore() {
    int[] counts = {0, 1, 0, 1, 0, 0, 12, 0};
    List<Alert> alerts = EscalationDetector.weekly().scan("BLR>POL", weeks(8), counts);
    assertThat(alerts).hasSize(1);
    Alert a = alerts.get(0);
    assertThat(a.series()).isEqualTo("BLR>POL");
    assertThat(a.period()).isEqualTo(weeks(8).get(6));
    assertThat(a.count()).isEqualTo(12);
    assertThat(a.baseline()).isEqualTo(0.5);
    assertThat(a.score()).isGreaterThanOrEqualTo(7.0);
  }

  @Test
  void rejectsMismatchedInput() {
    assertThatThrownBy(() -> EscalationDetector.weekly().scan("x", weeks(3), new int[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
