package org.vigil.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
  private static final String WIRE =
      "Polish border guards used water cannon and tear gas against migrants who threw stones at"
          + " them near the Kuznica crossing on Tuesday. Poland accused Belarusian forces of"
          + " supplying the migrants with stun grenades and of provoking the clashes. The Belarusian"
          + " defence ministry rejected the accusations and said Polish troops had acted brutally."
          + " The European Union said it would widen its sanctions against Minsk.";

  @Test
  void syndicatedCopyWithEditsJoinsTheStoryAndOtherStoriesStayApart() {
    String copy =
        "WARSAW, Nov 16 -- "
            + WIRE.replace("on Tuesday", "on Tuesday morning")
                .replace(
                    " The European Union said it would widen its sanctions against Minsk.", "");
    String other =
        "Lithuania declared a state of emergency along its border with Belarus on Tuesday after"
            + " a rise in crossings, the interior ministry in Vilnius said.";
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("b-copy", copy);
    texts.put("a-wire", WIRE);
    texts.put("c-other", other);
    Map<String, String> groups = StoryGrouper.standard().group(texts);
    assertThat(groups).containsEntry("a-wire", "a-wire").containsEntry("b-copy", "a-wire");
    assertThat(groups).containsEntry("c-other", "c-other");
  }

  @Test
  void signaturesEstimateJaccard() {
    StoryGrouper g = StoryGrouper.standard();
    assertThat(StoryGrouper.similarity(g.signature(WIRE), g.signature(WIRE))).isEqualTo(1.0);
    assertThat(
            StoryGrouper.similarity(
                g.signature(WIRE), g.signature("Something else entirely about trade and grain.")))
        .isLessThan(0.2);
  }
}
