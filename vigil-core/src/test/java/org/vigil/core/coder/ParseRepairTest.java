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

  @Test
  void theClauseAfterADatelineHeadsTheSentence() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            GAZA GAZA NNP 2 compound
            CITY CITY NNP 0 root
            , , , 2 punct
            Palestinian Palestinian NNP 5 compound
            Territories Territories NNPS 2 appos
            : : : 2 punct
            children child NNS 9 nsubj:pass
            were be VBD 9 aux:pass
            killed kill VBN 2 parataxis
            , , , 11 punct
            medics medic NNS 12 nsubj
            said say VBD 9 parataxis
            """);
    List<String> notes = new ArrayList<>();
    AnnotatedSentence r = repair.repair(s, notes::add);
    assertThat(r.head(8)).isEqualTo(-1);
    assertThat(r.relation(8)).isEqualTo("root");
    assertThat(r.head(1)).isEqualTo(8);
    assertThat(r.head(6)).isEqualTo(8); // the subject stays the verb's
    assertThat(notes).singleElement().asString().contains("'killed' heads the sentence");
  }

  @Test
  void aHeadlineWithAColonOrALaterSentenceHasNoDateline() {
    String parse =
        """
        UN UN NNP 0 root
        : : : 1 punct
        children child NNS 5 nsubj:pass
        were be VBD 5 aux:pass
        killed kill VBN 1 parataxis
        """;
    AnnotatedSentence headline = Sentences.parse("d", 0, parse);
    assertThat(repair.repair(headline, n -> {})).isSameAs(headline);
    AnnotatedSentence later =
        Sentences.parse(
            "d",
            1,
            """
            GAZA GAZA NNP 0 root
            : : : 1 punct
            children child NNS 5 nsubj:pass
            were be VBD 5 aux:pass
            killed kill VBN 1 parataxis
            """);
    assertThat(repair.repair(later, n -> {})).isSameAs(later);
  }

  @Test
  void aReducedRelativeDescribesTheSubjectOfTheMainVerb() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            The the DT 2 det
            civilians civilian NNS 3 nsubj
            imprisoned imprison VBN 5 csubj:pass
            were be VBD 5 aux:pass
            released release VBN 0 root
            by by IN 7 case
            Putin Putin NNP 5 obl
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(1)).isEqualTo(4);
    assertThat(r.relation(1)).isEqualTo("nsubj:pass");
    assertThat(r.head(2)).isEqualTo(1);
    assertThat(r.relation(2)).isEqualTo("acl");
  }

  @Test
  void aClausalSubjectWithItsOwnAuxiliaryStays() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            what what WP 3 nsubj
            was be VBD 3 aux:pass
            agreed agree VBN 5 csubj
            is be VBZ 5 cop
            unclear unclear JJ 0 root
            """);
    assertThat(repair.repair(s, n -> {})).isSameAs(s);
  }

  @Test
  void anInfinitiveAfterANounOfPressureCompletesTheNoun() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Obama Obama NNP 2 nsubj
            faces face VBZ 0 root
            pressure pressure NN 2 obj
            from from IN 5 case
            Congress Congress NNP 3 nmod
            to to TO 7 mark
            help help VB 2 xcomp
            Iran Iran NNP 7 obj
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(6)).isEqualTo(2);
    assertThat(r.relation(6)).isEqualTo("acl");
  }

  @Test
  void anInfinitiveAfterAnActorObjectStaysTheVerbs() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Congress Congress NNP 2 nsubj
            asked ask VBD 0 root
            Obama Obama NNP 2 obj
            to to TO 5 mark
            help help VB 2 xcomp
            Iran Iran NNP 5 obj
            """);
    assertThat(repair.repair(s, n -> {})).isSameAs(s);
  }

  @Test
  void anInfinitiveOnAPassiveByAgentIsTheVerbsComplement() {
    AnnotatedSentence s =
        Sentences.parse(
            "d",
            0,
            """
            Obama Obama NNP 3 nsubj:pass
            was be VBD 3 aux:pass
            pressured pressure VBN 0 root
            by by IN 5 case
            Congress Congress NNP 3 obl
            to to TO 7 mark
            help help VB 5 acl
            Iran Iran NNP 7 obj
            """);
    AnnotatedSentence r = repair.repair(s, n -> {});
    assertThat(r.head(6)).isEqualTo(2);
    assertThat(r.relation(6)).isEqualTo("xcomp");
    AnnotatedSentence active =
        Sentences.parse(
            "d",
            0,
            """
            Russia Russia NNP 2 nsubj
            sent send VBD 0 root
            troops troops NNS 2 obj
            by by IN 5 case
            train train NN 2 obl
            to to TO 7 mark
            help help VB 5 acl
            Syria Syria NNP 7 obj
            """);
    assertThat(repair.repair(active, n -> {})).isSameAs(active);
  }

  @Test
  void anInfinitiveAfterAPhraseOfPressureCompletesItButNotOneBeforeTheVerb() {
    AnnotatedSentence under =
        Sentences.parse(
            "d",
            0,
            """
            Israel Israel NNP 2 nsubj
            came come VBD 0 root
            under under IN 4 case
            pressure pressure NN 2 obl
            to to TO 6 mark
            allow allow VB 2 xcomp
            aid aid NN 6 obj
            """);
    AnnotatedSentence r = repair.repair(under, n -> {});
    assertThat(r.head(5)).isEqualTo(3);
    AnnotatedSentence despite =
        Sentences.parse(
            "d",
            0,
            """
            Despite despite IN 2 case
            warnings warning NNS 5 obl
            , , , 5 punct
            Israel Israel NNP 5 nsubj
            refused refuse VBD 0 root
            to to TO 7 mark
            lift lift VB 5 xcomp
            the the DT 9 det
            curfew curfew NN 7 obj
            """);
    assertThat(repair.repair(despite, n -> {})).isSameAs(despite);
  }
}
