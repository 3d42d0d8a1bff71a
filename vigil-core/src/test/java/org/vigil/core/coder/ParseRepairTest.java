package org.vigil.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.testing.Sentences;
import org.vigil.core.text.AnnotatedSentence;

class ParseRepairTest {
  private final ParseRepair repair = new ParseRepair(ClauseWords.load());

  @Test
  void objectAfterTheDayIsTheVerbs() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Beirut Beirut NNP 2 nsubj
            rejected reject VBD 0 root
            Thursday Thursday NNP 2 obl:tmod
            an a DT 5 det
            appeal appeal NN 3 dep
            """);
    List<String> notes = new ArrayList<>();
    AnnotatedSentence r = repair.repair(s, notes::add);
    assertThat(r.head(4)).isEqualTo(1);
    assertThat(r.relation(4)).isEqualTo("obj");
    assertThat(notes).singleElement().asString().contains("'appeal' is the object of 'rejected'");
  }

  @Test
  void placeAfterTheDayIsTheVerbs() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Albanians Albanian NNPS 2 nsubj
            demonstrated demonstrate VBD 0 root
            on on IN 4 case
            Tuesday Tuesday NNP 2 obl
            in in IN 6 case
            Serbia Serbia NNP 4 nmod
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(5)).isEqualTo(1);
    assertThat(r.relation(5)).isEqualTo("obl");
  }

  @Test
  void leavesAnOfPhraseAnExistingObjectAndOtherNounsAlone() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Poland Poland NNP 2 nsubj
            rejected reject VBD 0 root
            the the DT 4 det
            offer offer NN 2 obj
            on on IN 6 case
            night night NN 2 obl
            of of IN 8 case
            talks talk NNS 6 nmod
            in in IN 10 case
            eve eve NN 2 obl
            a a DT 12 det
            plan plan NN 10 dep
            """);
    List<String> notes = new ArrayList<>();
    assertThat(repair.repair(s, notes::add)).isSameAs(s);
    assertThat(notes).isEmpty();
  }

  @Test
  void theSubjectOfAParticipleComplementIsTheVerbsObject() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Israel Israel NNP 2 nsubj
            released release VBD 0 root
            the the DT 4 det
            mayor mayor NN 5 nsubj
            jailed jail VBN 2 xcomp
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(3)).isEqualTo(1);
    assertThat(r.relation(3)).isEqualTo("obj");
    assertThat(r.head(4)).isEqualTo(3);
    assertThat(r.relation(4)).isEqualTo("acl");
    AnnotatedSentence infinitive =
        Sentences.parse(
            "d",
            0,
            """
            Israel Israel NNP 2 nsubj
            wanted want VBD 0 root
            the the DT 4 det
            mayor mayor NN 6 nsubj
            to to TO 6 mark
            go go VB 2 xcomp
            """);
    assertThat(repair.repair(infinitive, n -> {})).isSameAs(infinitive);
  }

  @Test
  void anEventNounTaggedAsAParticipleIsTheHeadOfItsPhrase() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Children child NNS 3 nsubj:pass
            were be VBD 3 aux:pass
            killed kill VBN 0 root
            in in IN 6 case
            Russian Russian JJ 6 amod
            artillery artillery NN 3 obl
            shelling shell VBG 6 amod
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(6)).isEqualTo(2);
    assertThat(r.relation(6)).isEqualTo("obl");
    assertThat(r.head(5)).isEqualTo(6);
    assertThat(r.relation(5)).isEqualTo("compound");
    assertThat(r.head(4)).isEqualTo(6);
    assertThat(r.head(3)).isEqualTo(6);
    AnnotatedSentence participle =
        Sentences.parse(
            "d",
            0,
            """
            the the DT 2 det
            troops troops NNS 0 root
            advancing advance VBG 2 amod
            """);
    assertThat(repair.repair(participle, n -> {})).isSameAs(participle);
  }

  @Test
  void aNounWithASubjectAndAModalIsAVerb() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            they they PRP 3 nsubj
            would would MD 3 aux
            blockade blockade NN 0 root
            Paris Paris NNP 3 obj
            """);
    List<String> notes = new ArrayList<>();
    AnnotatedSentence r = repair.repair(s, notes::add);
    assertThat(r.token(2).pos()).isEqualTo("VB");
    assertThat(notes).singleElement().asString().contains("'blockade' is a verb after 'would'");
    AnnotatedSentence noun =
        Sentences.parse(
            "d",
            0,
            """
            the the DT 2 det
            blockade blockade NN 3 nsubj
            ended end VBD 0 root
            """);
    assertThat(repair.repair(noun, n -> {})).isSameAs(noun);
  }
}
