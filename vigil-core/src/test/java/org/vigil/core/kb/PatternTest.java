package org.vigil.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternTest {
  @Test
  void parsesAllElementKinds() {
    Pattern p =
        Pattern.parse(
            "carry|conduct +compound:prt=out +obj=airstrike|strike -advmod=not >against >on >because_of");
    assertThat(p.triggers()).isEqualTo(Set.of("carry", "conduct"));
    assertThat(p.required())
        .containsExactly(
            new Pattern.Constraint("compound:prt", Set.of("out")),
            new Pattern.Constraint("obj", Set.of("airstrike", "strike")));
    assertThat(p.forbidden()).containsExactly(new Pattern.Constraint("advmod", Set.of("not")));
    assertThat(p.slots()).isEqualTo(List.of("against", "on", "because_of"));
    assertThat(p.specificity()).isEqualTo(10); // 2 x (2 per required + 1 per forbidden)
  }

  @Test
  void aListedLemmaIsMoreSpecificThanAnyLemmaWhateverIsForbidden() {
    Pattern listed = Pattern.parse("order +xcomp=pay >obj");
    Pattern any = Pattern.parse("order +xcomp=* -obj=troops >obj");
    assertThat(listed.specificity()).isGreaterThan(any.specificity());
    assertThat(any.specificity()).isGreaterThan(Pattern.parse("order >obj").specificity());
  }

  @Test
  void rejectsMalformedPatterns() {
    assertThatThrownBy(() -> Pattern.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Pattern.parse("Accuse >obj")).hasMessageContaining("lemma");
    assertThatThrownBy(() -> Pattern.parse("accuse obj")).hasMessageContaining("must start with");
    assertThatThrownBy(() -> Pattern.parse("accuse +obj")).hasMessageContaining("relation=lemma");
    assertThatThrownBy(() -> Pattern.parse("accuse >Obj")).hasMessageContaining("bad slot");
    assertThatThrownBy(() -> Pattern.parse("accuse|| >obj")).hasMessageContaining("lemma");
  }

  @Test
  void theAnyLemmaAcceptsEveryDependentButIsNoTrigger() {
    Pattern p = Pattern.parse("want|wish +xcomp=* >obj");
    assertThat(p.required().get(0).accepts("press")).isTrue();
    assertThat(Pattern.parse("want +xcomp=go").required().get(0).accepts("press")).isFalse();
    assertThatThrownBy(() -> Pattern.parse("* >obj")).hasMessageContaining("trigger");
  }
}
