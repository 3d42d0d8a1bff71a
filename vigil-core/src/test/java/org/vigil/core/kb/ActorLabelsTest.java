package org.vigil.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoTable;

class ActorLabelsTest {
  private static final ActorLabels LABELS =
      ActorLabels.of(new KbLoader(CameoTable.load()).loadBuiltIn().kb());

  @Test
  void labelsCountriesOrganisationsAndRoles() {
    assertThat(LABELS.label("BLR")).contains("Belarus");
    assertThat(LABELS.label("BLRGOV")).contains("Belarus government");
    assertThat(LABELS.label("POLMIL")).contains("Poland army");
    assertThat(LABELS.label("IGOUNO")).contains("United Nations");
    assertThat(LABELS.label("ZZZ")).isEmpty();
    assertThat(LABELS.label("")).isEmpty();
  }
}
