package org.vigil.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.testing.Sentences;
import org.vigil.core.testing.TestKb;
import org.vigil.core.text.AnnotatedSentence;

class PhraseLexiconTest {
  private static final KnowledgeBase KB = TestKb.load();

  private static List<String> found(String rows) {
    AnnotatedSentence s = Sentences.tokensOnly("d", 0, rows);
    return KB.lexicon().find(s).stream()
        .map(m -> s.textOf(m.start(), m.end()) + "=" + m.candidates().get(0).id())
        .toList();
  }

  @Test
  void capitalisedPhraseNeedsACapitalInText() {
    assertThat(found("Turkey Turkey NNP 0 root")).containsExactly("Turkey=country.tur");
    assertThat(found("turkey turkey NN 0 root")).isEmpty();
  }

  @Test
  void lowercasePhraseMatchesAnyCase() {
    assertThat(found("Border border NN 2 compound\nGuards guard NNS 0 root"))
        .containsExactly("Border Guards=agent.border-guard");
  }

  @Test
  void longestPhraseWins() {
    assertThat(found("Jens Jens NNP 2 flat\nStoltenberg Stoltenberg NNP 0 root"))
        .containsExactly("Jens Stoltenberg=person.stoltenberg.nato");
  }

  @Test
  void hyphenatedTokenHoldsTwoMentions() {
    assertThat(found("Russian-Belarusian x JJ 0 root"))
        .containsExactly("Russian-Belarusian=country.rus", "Russian-Belarusian=country.blr");
  }

  @Test
  void datedEntriesShareAPhrase() {
    AnnotatedSentence s = Sentences.tokensOnly("d", 0, "Stoltenberg Stoltenberg NNP 0 root");
    assertThat(KB.lexicon().find(s).get(0).candidates())
        .extracting(ActorEntry::id)
        .containsExactly("person.stoltenberg.nato", "person.stoltenberg.nor-pm");
  }

  @Test
  void diacriticsAreIgnored() {
    assertThat(PhraseLexicon.normalize("Kuźnica Nausėda")).isEqualTo("kuznica nauseda");
  }
}
