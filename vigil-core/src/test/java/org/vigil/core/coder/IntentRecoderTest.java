package org.vigil.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentRecoderTest {
  @Test
  void cooperationBecomesAnIntentAndForceAThreat() {
    assertThat(IntentRecoder.recode("0874")).isEqualTo("0356");
    assertThat(IntentRecoder.recode("072")).isEqualTo("0332");
    assertThat(IntentRecoder.recode("193")).isEqualTo("1384");
  }

  @Test
  void prolongingRestrictionsIsAThreatOfThemWhileOtherRefusalsStayVerbal() {
    assertThat(IntentRecoder.recode("1241")).isEqualTo("132");
    assertThat(IntentRecoder.recode("1243")).isEqualTo("1243");
    assertThat(IntentRecoder.recode("112")).isEqualTo("112");
  }
}
