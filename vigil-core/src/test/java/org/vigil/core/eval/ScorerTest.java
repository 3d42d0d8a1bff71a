package org.vigil.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static GoldEvent ev(String s, String t, String code) {
    return new GoldEvent(s, t, code, List.of(), List.of(), List.of(), false);
  }

  private static GoldRecord doc(String id, GoldEvent... events) {
    return new GoldRecord(id, Optional.empty(), "text of " + id, List.of(events));
  }

  private static Score score(Level level, GoldRecord gold, Prediction... preds) {
    return new Scorer(level).score(List.of(gold), Map.of(gold.id(), List.of(preds)));
  }

  @Test
  void entityIgnoresRolesAndKeepsOrganisations() {
    assertThat(ActorMatcher.entity("BLRGOV")).isEqualTo("BLR");
    assertThat(ActorMatcher.entity("IGOWSTNATMIL")).isEqualTo("IGOWSTNAT");
    assertThat(ActorMatcher.entity("IGOEUREECGOV")).isEqualTo("IGOEUREEC");
    assertThat(ActorMatcher.entity("IGOUNO")).isEqualTo("IGOUNO");
  }

  @Test
  void rootLevelMatchesOnRootAndEntity() {
    Score s =
        score(
            Level.ROOT,
            doc("a", ev("BLRGOV", "POL", "112")),
            new Prediction("BLRMIL", "POLGOV", "111"));
    assertThat(s.hits()).isEqualTo(1);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void codeLevelNeedsTheCodeOrATwoDigitAlternative() {
    GoldEvent g = new GoldEvent("BLR", "POL", "112", List.of("13"), List.of(), List.of(), false);
    assertThat(score(Level.CODE, doc("a", g), new Prediction("BLR", "POL", "111")).hits()).isZero();
    assertThat(score(Level.CODE, doc("a", g), new Prediction("BLR", "POL", "138")).hits())
        .isEqualTo(1);
    assertThat(score(Level.CODE, doc("a", g), new Prediction("BLR", "POL", "112")).hits())
        .isEqualTo(1);
  }

  @Test
  void ploverLevelMapsTheCameoCode() {
    GoldRecord g = doc("a", ev("HUNGOV", "", "AGREE"));
    assertThat(score(Level.PLOVER, g, new Prediction("HUNGOV", "ROUGOV", "036")).hits())
        .isEqualTo(1);
    assertThat(score(Level.PLOVER, g, new Prediction("HUNGOV", "ROUGOV", "040")).hits()).isZero();
    assertThat(
            score(
                    Level.PLOVER,
                    doc("b", ev("USA", "IRQ", "RETREAT")),
                    new Prediction("USA", "IRQ", "0874"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(
                    Level.PLOVER,
                    doc("c", ev("USA", "IRQ", "CONCEDE")),
                    new Prediction("USA", "IRQ", "0831"))
                .hits())
        .isEqualTo(1);
  }

  @Test
  void bareRolesAndOrganisationPrefixes() {
    assertThat(
            score(
                    Level.ROOT,
                    doc("a", ev("COP", "OPP", "173")),
                    new Prediction("HKGCOP", "HKGOPP", "173"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(
                    Level.ROOT,
                    doc("a", ev("IGO", "JPN", "030")),
                    new Prediction("IGOWSTNAT", "JPN", "031"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(
                    Level.ROOT,
                    doc("a", ev("IGOGOV", "JPN", "030")),
                    new Prediction("IGOUNO", "JPN", "031"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(
                    Level.ROOT,
                    doc("a", ev("IGOGOV", "JPN", "030")),
                    new Prediction("NGOHRIAMN", "JPN", "031"))
                .hits())
        .isEqualTo(0);
    assertThat(
            score(
                    Level.ROOT,
                    doc("a", ev("COP", "OPP", "173")),
                    new Prediction("HKG", "HKGOPP", "173"))
                .hits())
        .isZero();
  }

  @Test
  void emptyGoldTargetMatchesAnyTarget() {
    assertThat(
            score(Level.ROOT, doc("a", ev("USA", "", "042")), new Prediction("USA", "CHN", "042"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(Level.ROOT, doc("a", ev("USA", "", "042")), new Prediction("USA", "", "042"))
                .hits())
        .isEqualTo(1);
    assertThat(
            score(Level.ROOT, doc("a", ev("USA", "CHN", "042")), new Prediction("USA", "", "042"))
                .hits())
        .isZero();
  }

  @Test
  void alternativesAreAccepted() {
    GoldEvent g =
        new GoldEvent(
            "IGOEUREECGOV", "BLRGOV", "112", List.of("111"), List.of("EUR"), List.of("BLR"), false);
    assertThat(score(Level.CODE, doc("a", g), new Prediction("EURGOV", "BLR", "111")).hits())
        .isEqualTo(1);
  }

  @Test
  void identicalPredictionsCountOnceAndMatchingIsOneToOne() {
    GoldRecord g = doc("a", ev("POL", "BLR", "112"), ev("POL", "BLR", "112"));
    Score s =
        score(
            Level.ROOT,
            g,
            new Prediction("POL", "BLR", "112"),
            new Prediction("POL", "BLR", "112"));
    assertThat(s.hits()).isEqualTo(1);
    assertThat(s.misses()).isEqualTo(1);
    assertThat(s.falsePositives()).isZero();
  }

  @Test
  void optionalEventsAbsorbPredictionsWithoutCounting() {
    GoldEvent opt = new GoldEvent("POL", "BLR", "112", List.of(), List.of(), List.of(), true);
    Score s = score(Level.ROOT, doc("a", opt), new Prediction("POL", "BLR", "111"));
    assertThat(s.hits()).isZero();
    assertThat(s.falsePositives()).isZero();
    assertThat(s.misses()).isZero();
    Score none = score(Level.ROOT, doc("b", opt));
    assertThat(none.misses()).isZero();
  }

  @Test
  void reverseOfReciprocalEventIsIgnored() {
    Score s =
        score(
            Level.ROOT,
            doc("a", ev("USA", "CHN", "042")),
            new Prediction("USA", "CHN", "042"),
            new Prediction("CHN", "USA", "042"));
    assertThat(s.hits()).isEqualTo(1);
    assertThat(s.falsePositives()).isZero();
    Score notReciprocal =
        score(Level.ROOT, doc("b", ev("USA", "CHN", "112")), new Prediction("CHN", "USA", "112"));
    assertThat(notReciprocal.falsePositives()).isEqualTo(1);
    assertThat(notReciprocal.misses()).isEqualTo(1);
  }

  @Test
  void atThePloverLevelTheReverseOfAConsultIsIgnoredButNotOfOtherTypes() {
    Score consult =
        score(
            Level.PLOVER,
            doc("a", ev("MARGOV", "USAGOV", "CONSULT")),
            new Prediction("MARGOV", "USAGOV", "040"),
            new Prediction("USAGOV", "MARGOV", "040"));
    assertThat(consult.hits()).isEqualTo(1);
    assertThat(consult.falsePositives()).isZero();
    Score reject =
        score(
            Level.PLOVER,
            doc("b", ev("MARGOV", "USAGOV", "REJECT")),
            new Prediction("USAGOV", "MARGOV", "120"));
    assertThat(reject.falsePositives()).isEqualTo(1);
  }

  @Test
  void microAveragesAndPerRootCounts() {
    GoldRecord a = doc("a", ev("POL", "BLR", "112"), ev("POL", "BLR", "173"));
    GoldRecord b = doc("b", ev("USA", "CHN", "042"));
    Score s =
        new Scorer(Level.ROOT)
            .score(
                List.of(a, b),
                Map.of(
                    "a",
                        List.of(
                            new Prediction("POL", "BLR", "112"),
                            new Prediction("POL", "RUS", "190")),
                    "b", List.of(new Prediction("USA", "CHN", "043"))));
    assertThat(s.hits()).isEqualTo(2);
    assertThat(s.falsePositives()).isEqualTo(1);
    assertThat(s.misses()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(2.0 / 3);
    assertThat(s.recall()).isEqualTo(2.0 / 3);
    assertThat(s.perRoot().get("17")).isEqualTo(new Score.Counts(0, 0, 1));
    assertThat(s.perRoot().get("19")).isEqualTo(new Score.Counts(0, 1, 0));
    assertThat(s.details())
        .extracting(Score.Detail::kind)
        .containsExactly("miss", "false positive");
  }
}
