package org.vigil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.Sentences;

class AnnotatedSentenceTest {
  @Test
  void aRelationIsItselfOrASubtypeButNotALongerName() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Minsk Minsk NNP 3 nsubj:pass
            was be VBD 3 aux:pass
            warned warn VBN 0 root
            """);
    assertThat(s.relationIs(0, "nsubj")).isTrue();
    assertThat(s.relationIs(0, "nsubj:pass")).isTrue();
    assertThat(s.relationIs(1, "aux")).isTrue();
    assertThat(s.relationIs(1, "au")).isFalse();
    assertThat(s.relationIs(2, "root")).isTrue();
    assertThat(s.relationIs(2, "roots")).isFalse();
    assertThat(s.children(2, "aux")).containsExactly(1);
  }
}
