package org.vigil.core.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldsteinTrendTest {
  private static List<LocalDate> weeks(int n) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(LocalDate.of(2021, 8, 2).plusWeeks(i));
    }
    return out;
  }

  @Test
  void steadyDeclineIsAnAlert() {
    double[] means = {2.0, 1.5, 0.5, 0.0, -1.0, -2.0, -2.5, -4.0};
    int[] counts = {3, 3, 4, 4, 5, 6, 7, 9};
    Optional<Alert> a = GoldsteinTrend.standard().test("BLR>POL", weeks(8), means, counts);
    assertThat(a).isPresent();
    assertThat(a.get().series()).isEqualTo("BLR>POL goldstein-trend");
    assertThat(a.get().period()).isEqualTo(weeks(8).get(7));
    assertThat(a.get().count()).isEqualTo(9);
    assertThat(a.get().baseline()).isEqualTo(1.0);
    assertThat(a.get().score()).isGreaterThan(1.645);
  }

  @Test
  void flatNoisyOrImprovingSeriesIsNot() {
    int[] counts = {3, 3, 3, 3, 3, 3, 3, 3};
    assertThat(
            GoldsteinTrend.standard()
                .test("a", weeks(8), new double[] {1, -1, 1, -1, 1, -1, 1, -1}, counts))
        .isEmpty();
    assertThat(
            GoldsteinTrend.standard()
                .test("a", weeks(8), new double[] {-4, -3, -2, -1, 0, 1, 2, 3}, counts))
        .isEmpty();
    assertThat(
            GoldsteinTrend.standard()
                .test("a", weeks(3), new double[] {3, 2, 1}, new int[] {1, 1, 1}))
        .isEmpty();
  }
}
