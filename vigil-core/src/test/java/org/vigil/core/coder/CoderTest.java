package org.vigil.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.event.Event;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.testing.Sentences;
import org.vigil.core.testing.TestKb;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;

class CoderTest {
  private static final Coder CODER =
      new Coder(TestKb.load(), CameoTable.load(), CodingOptions.DEFAULTS);
  private static final LocalDate D2021 = LocalDate.of(2021, 9, 4);

  private static List<String> code(LocalDate date, AnnotatedSentence... sentences) {
    return events(date, sentences).stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .toList();
  }

  private static List<Event> events(LocalDate date, AnnotatedSentence... sentences) {
    Document doc = Document.of("d", date, "");
    return CODER.code(doc, List.of(sentences));
  }

  private static AnnotatedSentence s(String rows) {
    return Sentences.parse("d", 0, rows);
  }

  @Test
  void subjectAndObject() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:112");
  }

  @Test
  void eventRecordCarriesEvidenceAndProvenance() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    Event e = events(D2021, s).get(0);
    assertThat(e.rule()).isEqualTo("p.112.accuse");
    assertThat(e.evidence().trigger()).isEqualTo("accused");
    assertThat(e.evidence().triggerBegin()).isEqualTo(7);
    assertThat(e.source().text()).isEqualTo("Poland");
    assertThat(e.target().begin()).isEqualTo(15);
    assertThat(e.target().entries()).containsExactly("country.blr");
    assertThat(e.quadClass()).isEqualTo(3);
    assertThat(e.goldstein()).isEqualTo(-2.0);
    assertThat(e.plover()).contains("ACCUSE");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(e.kbVersion()).isEqualTo(CODER.kb().version());
  }

  @Test
  void prepositionalTargetAndReciprocalMeeting() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            met meet VBD 0 root
            with with IN 4 case
            Lithuania Lithuania NNP 2 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POL>LTU:040", "LTU>POL:040");
  }

  @Test
  void aSignedAgreementIsBothSidesButARatifiedOneIsTheRatifiers() {
    String parse =
        """
        Poland Poland NNP 2 nsubj
        %s %s VBD 0 root
        an a DT 4 det
        agreement agreement NN 2 obj
        with with IN 6 case
        Lithuania Lithuania NNP 4 nmod
        """;
    assertThat(code(D2021, s(parse.formatted("signed", "sign"))))
        .containsExactly("POL>LTU:057", "LTU>POL:057");
    assertThat(code(D2021, s(parse.formatted("ratified", "ratify"))))
        .containsExactly("POL>LTU:057");
  }

  @Test
  void aNationalInstitutionQualifiedByAnotherCountryIsThatCountrys() {
    String parse =
        """
        %s %s %s 2 %s
        Seimas Seimas NNP 3 nsubj
        accused accuse VBD 0 root
        Belarus Belarus NNP 3 obj
        """;
    assertThat(code(D2021, s(parse.formatted("Latvian", "Latvian", "JJ", "amod"))))
        .containsExactly("LVALEG>BLR:112");
    assertThat(code(D2021, s(parse.formatted("The", "the", "DT", "det"))))
        .containsExactly("LTULEG>BLR:112");
  }

  @Test
  void aHostedGuestMadeAVisit() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            hosted host VBD 0 root
            Lithuania Lithuania NNP 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>LTU:043", "LTU>POL:042");
  }

  @Test
  void aParticipleWithAByAgentIsPassiveAndActsOnTheClausesSubject() {
    AnnotatedSentence s =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            ministers minister NNS 3 nsubj
            met meet VBD 0 root
            , , , 5 punct
            hosted host VBN 3 dep
            by by IN 7 case
            Poland Poland NNP 5 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POL>LTUGOV:043", "LTUGOV>POL:042");
  }

  @Test
  void wordsThatMightBeSaidAreNotCodedButForceThatMightBeUsedIsAThreat() {
    String parse =
        """
        NATO NATO NNP 3 nsubj
        might might MD 3 aux
        %s %s VB 0 root
        Russia Russia NNP 3 obj
        """;
    assertThat(code(D2021, s(parse.formatted("urge", "urge")))).isEmpty();
    assertThat(code(D2021, s(parse.formatted("attack", "attack"))))
        .singleElement()
        .asString()
        .startsWith("IGOWSTNAT>RUS:13");
  }

  @Test
  void aPossessivePronounMeansItsClausesSubject() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 6 nsubj
            , , , 4 punct
            unlike unlike IN 4 case
            Lithuania Lithuania NNP 1 nmod
            , , , 4 punct
            detained detain VBD 0 root
            its its PRP$ 8 nmod:poss
            migrants migrant NNS 6 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>POLREF:173");
  }

  @Test
  void aParticipleThatDescribesANounIsDoneToIt() {
    AnnotatedSentence s =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            migrants migrant NNS 0 root
            detained detain VBN 2 acl
            by by IN 5 case
            Poland Poland NNP 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POL>LTUREF:173");
  }

  @Test
  void aNationalInstitutionNamesTheCountryOfARoleWithoutOwner() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            Seimas Seimas NNP 3 nsubj
            accused accuse VBD 0 root
            the the DT 5 det
            government government NN 3 obj
            """);
    assertThat(code(D2021, s)).containsExactly("LTULEG>LTUGOV:112");
  }

  @Test
  void pressureFromAnActorIsItsDemandOnTheOneWhoFacesIt() {
    AnnotatedSentence faces =
        s(
            """
            Poland Poland NNP 2 nsubj
            faces face VBZ 0 root
            pressure pressure NN 2 obj
            from from IN 5 case
            Lithuania Lithuania NNP 3 nmod
            """);
    assertThat(code(D2021, faces)).containsExactly("LTU>POL:100");
    AnnotatedSentence on =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            pressure pressure NN 5 nsubj
            on on IN 4 case
            Belarus Belarus NNP 2 nmod
            grew grow VBD 0 root
            """);
    assertThat(code(D2021, on)).containsExactly("LTU>BLR:100");
    AnnotatedSentence notAnActor =
        s(
            """
            Poland Poland NNP 2 nsubj
            faces face VBZ 0 root
            pressure pressure NN 2 obj
            from from IN 5 case
            inflation inflation NN 3 nmod
            """);
    assertThat(code(D2021, notAnActor)).isEmpty();
  }

  @Test
  void anOfficeHolderNamesTheCountryOfARoleWithoutOwner() {
    AnnotatedSentence s =
        s(
            """
            Lukashenko Lukashenko NNP 2 nsubj
            detained detain VBD 0 root
            the the DT 4 det
            protesters protester NNS 2 obj
            """);
    assertThat(events(D2021, s))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source().code() + ">" + e.target().code()).isEqualTo("BLRGOV>BLRCVL");
              // the owner is Lukashenko's country, not Lukashenko: the person is not on both sides
              assertThat(e.target().entries()).doesNotContain("person.lukashenko");
            });
  }

  @Test
  void forceUsedForAPurposeIsAimedAtItsObjectAndItsPlaceCounts() {
    AnnotatedSentence s =
        s(
            """
            Troops troops NNS 2 nsubj
            fired fire VBD 0 root
            gas gas NN 2 obj
            to to TO 5 mark
            disperse disperse VB 2 xcomp
            protesters protester NNS 5 obj
            in in IN 8 case
            Minsk Minsk NNP 5 obl
            """);
    assertThat(code(D2021, s)).containsExactly("BLRMIL>BLRCVL:175");
  }

  @Test
  void aRoleInACapitalIsThatCountrys() {
    AnnotatedSentence s =
        s(
            """
            Protesters protester NNS 4 nsubj
            in in IN 3 case
            Minsk Minsk NNP 1 nmod
            rallied rally VBD 0 root
            against against IN 6 case
            Russia Russia NNP 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("BLRCVL>RUS:141");
  }

  @Test
  void againstTarget() {
    AnnotatedSentence s =
        s(
            """
            Ukrainian Ukrainian JJ 2 amod
            troops troops NNS 3 nsubj
            fought fight VBD 0 root
            against against IN 6 case
            Russian Russian JJ 6 amod
            soldiers soldier NNS 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("UKRMIL>RUSMIL:190");
  }

  @Test
  void passiveWithByAgent() {
    AnnotatedSentence s =
        s(
            """
            Migrants migrant NNS 3 nsubj:pass
            were be VBD 3 aux:pass
            detained detain VBN 0 root
            by by IN 7 case
            Polish Polish JJ 7 amod
            border border NN 7 compound
            guards guard NNS 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POLMIL>REF:173");
  }

  @Test
  void compoundTargetGivesOneEventPerMember() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            EU EU NNP 3 nsubj
            supports support VBZ 0 root
            Latvia Latvia NNP 3 obj
            , , , 6 punct
            Lithuania Lithuania NNP 4 conj
            and and CC 8 cc
            Poland Poland NNP 4 conj
            """);
    assertThat(code(D2021, s))
        .containsExactly("IGOEUREEC>LVA:051", "IGOEUREEC>LTU:051", "IGOEUREEC>POL:051");
  }

  @Test
  void compoundSourceWithRoleModifiers() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 5 nsubj
            and and CC 4 cc
            European European JJ 4 amod
            ministers minister NNS 1 conj
            accuse accuse VBP 0 root
            Belarusian Belarusian JJ 7 amod
            authorities authority NNS 5 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>BLRGOV:112", "EURGOV>BLRGOV:112");
  }

  @Test
  void capitalAsMetonymIsTheGovernment() {
    AnnotatedSentence s =
        s(
            """
            official official JJ 2 amod
            Minsk Minsk NNP 3 nsubj
            accused accuse VBD 0 root
            Poland Poland NNP 3 obj
            """);
    assertThat(code(D2021, s)).containsExactly("BLRGOV>POL:112");
  }

  @Test
  void personIsCodedByDate() {
    AnnotatedSentence s =
        s(
            """
            Stoltenberg Stoltenberg NNP 2 nsubj
            urged urge VBD 0 root
            Russia Russia NNP 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>RUS:020");
    assertThat(code(LocalDate.of(2010, 1, 1), s)).containsExactly("NORGOV>RUS:020");
    // Between his terms he is a former Norwegian prime minister, an elite of Norway.
    assertThat(code(LocalDate.of(2014, 1, 1), s)).containsExactly("NORELI>RUS:020");
  }

  @Test
  void reportedSpeechWithPronounSubject() {
    AnnotatedSentence s =
        s(
            """
            Stoltenberg Stoltenberg NNP 2 nsubj
            said say VBD 0 root
            he he PRP 4 nsubj
            urged urge VBD 2 ccomp
            Russia Russia NNP 4 obj
            to to TO 7 mark
            stop stop VB 4 xcomp
            """);
    List<Event> events = events(D2021, s);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).source().code()).isEqualTo("IGOWSTNAT");
    assertThat(events.get(0).source().text()).isEqualTo("he");
    assertThat(events.get(0).target().code()).isEqualTo("RUS");
    assertThat(events.get(0).modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void pronounResolvedFromPreviousSentence() {
    AnnotatedSentence first =
        Sentences.tokensOnly(
            "d",
            0,
            """
            Stoltenberg Stoltenberg NNP 2 nsubj
            spoke speak VBD 0 root
            """);
    AnnotatedSentence second =
        Sentences.parse(
            "d",
            1,
            """
            He he PRP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, first, second)).containsExactly("IGOWSTNAT>BLR:112");
  }

  @Test
  void readinessBecomesIntentToCooperate() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            EU EU NNP 4 nsubj
            is be VBZ 4 cop
            ready ready JJ 0 root
            to to TO 6 mark
            support support VB 4 xcomp
            Poland Poland NNP 6 obj
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("IGOEUREEC>POL:032");
    assertThat(events.get(0).modality()).isEqualTo(Modality.INTENDED);
    assertThat(events.get(0).rule()).isEqualTo("p.051.support>intent");
  }

  @Test
  void decisionToSendBecomesIntentToAid() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            decided decide VBD 0 root
            to to TO 4 mark
            send send VB 2 xcomp
            experts expert NNS 4 obj
            to to IN 7 case
            Lithuania Lithuania NNP 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>LTU:033");
  }

  @Test
  void negatedActKeepsPolarity() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 4 nsubj
            did do VBD 4 aux
            not not RB 4 advmod
            accuse accuse VB 0 root
            Belarus Belarus NNP 4 obj
            """);
    List<Event> events = events(D2021, s);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void requestedActIsNotCoded() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            urged urge VBD 0 root
            Russia Russia NNP 2 obj
            to to TO 5 mark
            detain detain VB 2 xcomp
            migrants migrant NNS 5 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>RUS:020");
  }

  @Test
  void roleNounsWithOfOwnersAndCompoundTargetFromAdjectives() {
    AnnotatedSentence s =
        s(
            """
            representatives representative NNS 6 nsubj
            of of IN 3 case
            Latvia Latvia NNP 1 nmod
            and and CC 5 cc
            Poland Poland NNP 3 conj
            expressed express VBD 0 root
            concern concern NN 6 obj
            about about IN 10 case
            Russian-Belarusian Russian-Belarusian JJ 10 amod
            exercises exercise NNS 7 nmod
            """);
    assertThat(code(D2021, s))
        .containsExactly("LVAGOV>RUS:012", "LVAGOV>BLR:012", "POLGOV>RUS:012", "POLGOV>BLR:012");
  }

  @Test
  void possessivePersonOwnsTheRegime() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Lukashenka Lukashenka NNP 5 nmod:poss
            's 's POS 3 case
            regime regime NN 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLRGOV:112");
  }

  @Test
  void speakerGivesTheOwnerOfABareRoleSubject() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            ministers minister NNS 7 nsubj
            , , , 4 punct
            said say VBD 7 parataxis
            Borrell Borrell NNP 4 nsubj
            , , , 4 punct
            accused accuse VBD 0 root
            Belarus Belarus NNP 7 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOEUREEC>BLR:112");
  }

  @Test
  void participleInheritsTheSubjectOfTheClause() {
    AnnotatedSentence s =
        s(
            """
            Belarusian Belarusian JJ 2 amod
            television television NN 3 nsubj
            showed show VBD 0 root
            a a DT 5 det
            story story NN 3 obj
            accusing accuse VBG 5 acl
            Poland Poland NNP 6 obj
            """);
    assertThat(code(D2021, s)).containsExactly("BLRMED>POL:112");
  }

  @Test
  void conditionClauseIsNotAsserted() {
    AnnotatedSentence s =
        s(
            """
            if if IN 3 mark
            Poland Poland NNP 3 nsubj
            accuses accuse VBZ 6 advcl
            Belarus Belarus NNP 3 obj
            NATO NATO NNP 6 nsubj
            meets meet VBZ 0 root
            """);
    assertThat(code(D2021, s)).isEmpty();
  }

  @Test
  void unparsedSentencesYieldNothingButFeedMemory() {
    AnnotatedSentence s =
        Sentences.tokensOnly(
            "d",
            0,
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, s)).isEmpty();
    assertThat(CODER.mayYieldEvent(s)).isTrue();
  }

  @Test
  void cascadeFilterSkipsSentencesWithoutTriggerOrActor() {
    AnnotatedSentence noTrigger =
        Sentences.tokensOnly(
            "d",
            0,
            """
            Polish Polish JJ 3 amod
            border border NN 3 compound
            guards guard NNS 0 root
            """);
    AnnotatedSentence noActor =
        Sentences.tokensOnly(
            "d",
            0,
            """
            Somebody somebody NN 2 nsubj
            accused accuse VBD 0 root
            everybody everybody NN 2 obj
            """);
    assertThat(CODER.mayYieldEvent(noTrigger)).isFalse();
    assertThat(CODER.mayYieldEvent(noActor)).isFalse();
  }

  @Test
  void possessivePronounOwnsARole() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            detained detain VBD 0 root
            its its PRP$ 4 nmod:poss
            troops troops NNS 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>POLMIL:173");
    AnnotatedSentence t =
        s(
            """
            Lithuania Lithuania NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            and and CC 5 cc
            its its PRP$ 6 nmod:poss
            troops troops NNS 3 conj
            """);
    // "its troops" is Belarus's; the bare BLR twin of the same accusation is dropped.
    assertThat(code(D2021, t)).containsExactly("LTU>BLRMIL:112");
  }

  @Test
  void roleNounLocatedInACountry() {
    AnnotatedSentence s =
        s(
            """
            authorities authority NNS 4 nsubj
            in in IN 3 case
            Poland Poland NNP 1 nmod
            accused accuse VBD 0 root
            Belarus Belarus NNP 4 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POLGOV>BLR:112");
  }

  @Test
  void violenceNounNamesThePassiveAgent() {
    AnnotatedSentence s =
        s(
            """
            Ukrainian Ukrainian JJ 2 amod
            troops troops NNS 4 nsubj:pass
            were be VBD 4 aux:pass
            detained detain VBN 0 root
            in in IN 7 case
            Russian Russian JJ 7 amod
            raid raid NN 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("RUS>UKRMIL:173");
  }

  @Test
  void purposeClauseAfterANonActorObjectKeepsIntent() {
    AnnotatedSentence s =
        s(
            """
            the the DT 2 det
            EU EU NNP 4 nsubj
            is be VBZ 4 cop
            ready ready JJ 0 root
            to to TO 6 mark
            take take VB 4 xcomp
            measures measure NNS 6 obj
            to to TO 9 mark
            support support VB 6 xcomp
            Poland Poland NNP 9 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOEUREEC>POL:032");
  }

  @Test
  void misparsedDestinationBeforeAPurposeClause() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            sent send VBD 0 root
            experts expert NNS 2 obj
            to to IN 6 mark
            Lithuania Lithuania NNP 6 nsubj
            help help VB 2 advcl
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>LTU:070");
  }

  @Test
  void agreeingToAnActWithoutPatternIsIntentToCooperate() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 3 nsubj
            has have VBZ 3 aux
            agreed agree VBN 0 root
            to to TO 5 mark
            reopen reopen VB 3 xcomp
            its its PRP$ 7 nmod:poss
            border border NN 5 obj
            with with IN 9 case
            Belarus Belarus NNP 7 nmod
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:030");
    assertThat(events.get(0).rule()).isEqualTo("intent.agree");
    assertThat(events.get(0).modality()).isEqualTo(Modality.INTENDED);
  }

  @Test
  void intentFallbackStaysQuietWhenTheActWasCoded() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            agreed agree VBD 0 root
            to to TO 4 mark
            support support VB 2 xcomp
            Poland Poland NNP 4 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>POL:032");
  }

  @Test
  void datelineIsAPlaceNotAnActor() {
    AnnotatedSentence s =
        s(
            """
            WARSAW WARSAW NNP 0 root
            , , , 1 punct
            Poland Poland NNP 1 appos
            -- -- : 1 punct
            He he PRP 6 nsubj
            accused accuse VBD 1 parataxis
            Belarus Belarus NNP 6 obj
            """);
    assertThat(code(D2021, s)).isEmpty();
    assertThat(Coder.withoutDateline(s, CODER.mentions(s)))
        .extracting(m -> s.token(m.start()).word())
        .containsExactly("Belarus");
  }

  @Test
  void threatenedCooperativeActIsAThreat() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            threatened threaten VBD 0 root
            to to TO 4 mark
            send send VB 2 xcomp
            experts expert NNS 4 obj
            to to IN 7 case
            Lithuania Lithuania NNP 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>LTU:130");
  }

  @Test
  void organisationOutsideItsPeriodStillNamesItself() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            EU EU NNP 3 nsubj
            supported support VBD 0 root
            Poland Poland NNP 3 obj
            """);
    assertThat(code(LocalDate.of(1990, 1, 1), s)).containsExactly("IGOEUREEC>POL:051");
  }

  @Test
  void reportedObligationIsADemand() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            said say VBD 0 root
            Belarus Belarus NNP 5 nsubj
            must must MD 5 aux
            return return VB 2 ccomp
            the the DT 7 det
            helicopter helicopter NN 5 obj
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("RUS>BLR:100");
    assertThat(events.get(0).rule()).isEqualTo("obligation.say");
  }

  @Test
  void sportsResultIsDiscarded() {
    String rows =
        """
        Poland Poland NNP 2 nsubj
        beat beat VBD 0 root
        Belarus Belarus NNP 2 obj
        2-1 2-1 CD 2 obj
        """;
    assertThat(code(D2021, s(rows))).isEmpty();
    assertThat(CODER.mayYieldEvent(Sentences.tokensOnly("d", 0, rows))).isFalse();
    String split =
        """
        Poland Poland NNP 2 nsubj
        beat beat VBD 0 root
        Belarus Belarus NNP 2 obj
        2 2 CD 3 nummod
        - - HYPH 3 punct
        1 1 CD 3 nummod
        """;
    assertThat(code(D2021, s(split))).isEmpty();
    AnnotatedSentence battle =
        s(
            """
            Poland Poland NNP 2 nsubj
            beat beat VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, battle)).containsExactly("POL>BLR:190");
  }

  @Test
  void documentScopeDiscardDropsTheWholeDocument() {
    AnnotatedSentence markets =
        Sentences.parse(
            "d",
            0,
            """
            The the DT 3 det
            Dow Dow NNP 3 compound
            Jones Jones NNP 4 nsubj
            fell fall VBD 0 root
            """);
    AnnotatedSentence accusation =
        Sentences.parse(
            "d",
            1,
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, markets, accusation)).isEmpty();
  }

  @Test
  void announcedNonCooperationIsARefusal() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 4 nsubj
            will will MD 4 aux
            not not RB 4 advmod
            support support VB 0 root
            Belarus Belarus NNP 4 obj
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>BLR:120");
    assertThat(events.get(0).polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(events.get(0).rule()).isEqualTo("p.051.support>refusal");
  }

  @Test
  void reportedAttackIsAlsoAnAccusationBySpeaker() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            said say VBD 0 root
            Belarusian Belarusian JJ 4 amod
            troops troops NNS 5 nsubj
            fought fight VBD 2 ccomp
            against against IN 8 case
            Polish Polish JJ 8 amod
            troops troops NNS 5 obl
            """);
    assertThat(code(D2021, s)).containsExactly("BLRMIL>POLMIL:190", "POL>BLRMIL:112");
  }

  @Test
  void capitalAfterAPlacePrepositionIsTheCountryNotItsGovernment() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            in in IN 5 case
            Minsk Minsk NNP 2 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:112");
    AnnotatedSentence t =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Minsk Minsk NNP 2 obj
            """);
    assertThat(code(D2021, t)).containsExactly("POL>BLRGOV:112");
  }

  @Test
  void roleOwnerIsUsedWhenNothingBetterOwnsANoun() {
    AnnotatedSentence s =
        s(
            """
            Polish Polish JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            dozens dozen NNS 3 obj
            of of IN 6 case
            migrants migrant NNS 4 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("POLMIL>REF:173");
  }

  @Test
  void aSlotHoldingOnlyTheSourceIsSkipped() {
    AnnotatedSentence s =
        s(
            """
            Ukraine Ukraine NNP 2 nsubj
            fought fight VBD 0 root
            against against IN 4 case
            Ukraine Ukraine NNP 2 obl
            and and CC 6 cc
            Russia Russia NNP 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("UKR>RUS:190");
  }

  @Test
  void unwillingnessIsARefusalNotTheAct() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 3 nsubj
            is be VBZ 3 cop
            unwilling unwilling JJ 0 root
            to to TO 5 mark
            support support VB 3 xcomp
            Belarus Belarus NNP 5 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>BLR:120");
  }

  @Test
  void aRoleWithNoOwnerTakesTheOnlyCountryOfTheSentence() {
    AnnotatedSentence s =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            representatives representative NNS 3 obj
            """);
    assertThat(code(D2021, s)).containsExactly("LTUMIL>LTUGOV:173");
  }

  @Test
  void theOtherSideIsNotTheOwnerOfABareRole() {
    AnnotatedSentence s =
        s(
            """
            Ministers minister NNS 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    assertThat(code(D2021, s)).isEmpty();
    Coder keeping = new Coder(TestKb.load(), CameoTable.load(), new CodingOptions(true, true));
    List<Event> kept = keeping.code(Document.of("d", D2021, ""), List.of(s));
    assertThat(kept)
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("GOV>BLR");
  }

  @Test
  void eventsBetweenBareRolesAreDroppedUnlessAsked() {
    AnnotatedSentence s =
        s(
            """
            Troops troops NNS 2 nsubj
            detained detain VBD 0 root
            representatives representative NNS 2 obj
            """);
    assertThat(code(D2021, s)).isEmpty();
    Coder keeping = new Coder(TestKb.load(), CameoTable.load(), new CodingOptions(true, true));
    List<Event> kept = keeping.code(Document.of("d", D2021, ""), List.of(s));
    assertThat(kept)
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("MIL>GOV");
  }

  @Test
  void migrantsStayATargetWithoutACountry() {
    AnnotatedSentence s =
        s(
            """
            Polish Polish JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            migrants migrant NNS 3 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POLMIL>REF:173");
  }

  @Test
  void aRoleWithNoOwnerTakesTheCountryOfThePlacePhrase() {
    AnnotatedSentence s =
        s(
            """
            Polish Polish JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            representatives representative NNS 3 obj
            in in IN 6 case
            Latvia Latvia NNP 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POLMIL>LVAGOV:173");
  }

  @Test
  void aRoleWithNoOwnerTakesTheCountryOfTheDateline() {
    AnnotatedSentence s =
        s(
            """
            RIGA RIGA NNP 6 dep
            , , , 3 punct
            Latvia Latvia NNP 1 appos
            -- -- : 6 punct
            Troops troops NNS 6 nsubj
            detained detain VBD 0 root
            representatives representative NNS 6 obj
            """);
    assertThat(code(D2021, s)).containsExactly("LVAMIL>LVAGOV:173");
  }

  @Test
  void aProtestWithNoNamedTargetIsAimedAtTheGovernmentOfItsPlace() {
    AnnotatedSentence s =
        s(
            """
            Polish Polish JJ 2 amod
            protesters protesters NNS 3 nsubj
            rallied rally VBD 0 root
            in in IN 5 case
            Minsk Minsk NNP 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POLCVL>BLRGOV:141");
    assertThat(events(D2021, s).get(0).rule()).isEqualTo("p.141.demonstrate>government");
  }

  @Test
  void aProtestWithNoPlaceIsAimedAtTheProtestersOwnGovernment() {
    AnnotatedSentence s =
        s(
            """
            Polish Polish JJ 2 amod
            protesters protesters NNS 3 nsubj
            rallied rally VBD 0 root
            """);
    assertThat(code(D2021, s)).containsExactly("POLCVL>POLGOV:141");
  }

  @Test
  void aStanceParticipleHasItsSubjectAsSource() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 3 nsubj:pass
            is be VBZ 3 aux:pass
            opposed oppose VBN 0 root
            to to IN 6 case
            Russian Russian JJ 6 amod
            plans plan NNS 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POL>RUS:110");
  }

  @Test
  void theAuthorOfARequestIsItsOwner() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            rejected reject VBD 0 root
            a a DT 4 det
            request request NN 2 obj
            from from IN 6 case
            Belarus Belarus NNP 4 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:120");
  }

  @Test
  void aTitleBeforeAnUnknownNameIsThatPersonsRole() {
    AnnotatedSentence s =
        s(
            """
            Judge judge NNP 3 compound
            Jan Jan NNP 3 compound
            Kowalski Kowalski NNP 4 nsubj
            accused accuse VBD 0 root
            Belarusian Belarusian JJ 6 amod
            troops troops NNS 4 obj
            in in IN 8 case
            Poland Poland NNP 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("POLJUD>BLRMIL:112");
  }

  @Test
  void aThreatIsAimedAtTheActorItsConditionIsPutTo() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            threatened threaten VBD 0 root
            to to TO 4 mark
            fight fight VB 2 xcomp
            unless unless IN 7 mark
            Belarus Belarus NNP 7 nsubj
            withdrew withdraw VBD 4 advcl
            """);
    List<Event> events = events(D2021, s);
    assertThat(events)
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("POL>BLR");
    assertThat(events.get(0).code()).startsWith("13");
    assertThat(events.get(0).rule()).contains(">condition");
  }

  @Test
  void anUnknownNameIsWhatItsBracketedAcronymSays() {
    AnnotatedSentence s =
        s(
            """
            The the DT 3 det
            Atlantic Atlantic NNP 3 compound
            Alliance Alliance NNP 7 nsubj
            ( ( -LRB- 5 punct
            NATO NATO NNP 3 dep
            ) ) -RRB- 5 punct
            accused accuse VBD 0 root
            Russia Russia NNP 7 obj
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>RUS:112");
    AnnotatedSentence unbracketed =
        s(
            """
            The the DT 3 det
            Atlantic Atlantic NNP 3 compound
            Alliance Alliance NNP 6 nsubj
            NATO NATO NNP 3 dep
            , , , 4 punct
            accused accuse VBD 0 root
            Russia Russia NNP 6 obj
            """);
    assertThat(code(D2021, unbracketed)).isEmpty();
  }

  @Test
  void aConditionUnderADeeperComplementStillNamesTheTarget() {
    // "Poland threatened to fight to win if Belarus advanced": the parser hangs the condition on
    // the lowest verb of the chain.
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            threatened threaten VBD 0 root
            to to TO 4 mark
            fight fight VB 2 xcomp
            to to TO 6 mark
            win win VB 4 xcomp
            if if IN 9 mark
            Belarus Belarus NNP 9 nsubj
            advanced advance VBD 6 advcl
            """);
    assertThat(events(D2021, s))
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("POL>BLR");
    AnnotatedSentence plain =
        s(
            """
            Poland Poland NNP 2 nsubj
            threatened threaten VBD 0 root
            to to TO 4 mark
            fight fight VB 2 xcomp
            to to TO 6 mark
            win win VB 4 xcomp
            when when WRB 9 advmod
            Belarus Belarus NNP 9 nsubj
            advanced advance VBD 6 advcl
            """);
    assertThat(events(D2021, plain)).isEmpty();
  }

  @Test
  void whatAnActorReceivesFromAnotherIsTheGiversAct() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            received receive VBD 0 root
            aid aid NN 2 obj
            from from IN 6 case
            the the DT 6 det
            EU EU NNP 2 obl
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("IGOEUREEC>POL:070");
    assertThat(events.get(0).rule()).isEqualTo("receive:p.070.send");
  }

  @Test
  void aNounNamingAnActIsCodedWhenAnActorOwnsIt() {
    AnnotatedSentence owned =
        s(
            """
            Russian Russian JJ 2 amod
            attack attack NN 5 nsubj
            on on IN 4 case
            Ukraine Ukraine NNP 2 nmod
            continued continue VBD 0 root
            """);
    assertThat(code(D2021, owned)).containsExactly("RUS>UKR:190");
    assertThat(events(D2021, owned).get(0).rule()).isEqualTo("nominal.attack");
    AnnotatedSentence ownerless =
        s(
            """
            The the DT 2 det
            attack attack NN 5 nsubj
            on on IN 4 case
            Ukraine Ukraine NNP 2 nmod
            continued continue VBD 0 root
            """);
    assertThat(code(D2021, ownerless)).isEmpty();
  }

  @Test
  void anEthnicCommunityBelongsToTheCountryItLivesIn() {
    AnnotatedSentence inPhrase =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            ethnic ethnic JJ 5 amod
            Poles Poles NNPS 3 obj
            in in IN 7 case
            Latvia Latvia NNP 5 nmod
            """);
    assertThat(code(D2021, inPhrase)).containsExactly("LTUMIL>LVACVL:173");
    AnnotatedSentence soleCountry =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            ethnic ethnic JJ 5 amod
            Poles Poles NNPS 3 obj
            """);
    assertThat(code(D2021, soleCountry)).containsExactly("LTUMIL>LTUCVL:173");
  }

  @Test
  void aCountryInAnotherActorsClauseDoesNotOwnARole() {
    AnnotatedSentence s =
        s(
            """
            Ministers minister NNS 2 nsubj
            urged urge VBD 0 root
            troops troops NNS 2 obj
            to to TO 5 mark
            support support VB 2 xcomp
            Poland Poland NNP 5 obj
            """);
    assertThat(code(D2021, s)).isEmpty();
  }

  @Test
  void anActPromptedByAnotherIsTheObjectsAct() {
    AnnotatedSentence prompted =
        s(
            """
            Poland Poland NNP 2 nsubj
            prompted prompt VBD 0 root
            Lithuania Lithuania NNP 2 obj
            to to TO 5 mark
            detain detain VB 2 xcomp
            migrants migrant NNS 5 obj
            """);
    assertThat(code(D2021, prompted)).containsExactly("LTU>REF:173");
    AnnotatedSentence urged =
        s(
            """
            Poland Poland NNP 2 nsubj
            urged urge VBD 0 root
            Lithuania Lithuania NNP 2 obj
            to to TO 5 mark
            detain detain VB 2 xcomp
            migrants migrant NNS 5 obj
            """);
    assertThat(code(D2021, urged)).containsExactly("POL>LTU:020");
  }

  @Test
  void aCityAttackedStandsForItsCountry() {
    org.vigil.core.geo.Gazetteer cities =
        new org.vigil.core.geo.Gazetteer() {
          @Override
          public java.util.Optional<org.vigil.core.geo.Location> city(String name) {
            String country =
                switch (name) {
                  case "Kharkiv" -> "UKR";
                  case "Belgorod" -> "RUS";
                  default -> "";
                };
            return country.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                    new org.vigil.core.geo.Location(
                        name, country, "", 0, 0, org.vigil.core.geo.Location.Precision.CITY));
          }

          @Override
          public java.util.Optional<org.vigil.core.geo.Location> country(String iso3) {
            return java.util.Optional.empty();
          }
        };
    Coder coder = new Coder(TestKb.load(), CameoTable.load(), CodingOptions.DEFAULTS, cities);
    Document doc = Document.of("d", D2021, "");
    AnnotatedSentence foreign =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            shelled shell VBD 0 root
            Kharkiv Kharkiv NNP 3 obj
            """);
    assertThat(coder.code(doc, List.of(foreign)))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("RUSMIL>UKR:194");
    AnnotatedSentence own =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            shelled shell VBD 0 root
            Belgorod Belgorod NNP 3 obj
            """);
    assertThat(coder.code(doc, List.of(own))).isEmpty();
    assertThat(code(D2021, foreign)).isEmpty(); // without a gazetteer a city is no actor
  }

  @Test
  void aCountryNameInsideALongerProperNameIsNoActor() {
    AnnotatedSentence person =
        s(
            """
            Michael Michael NNP 2 compound
            Turkey Turkey NNP 3 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 3 obj
            """);
    assertThat(code(D2021, person)).containsExactly("TUR>BLR:112"); // Turkey is no given name
    AnnotatedSentence givenName =
        s(
            """
            Mary Mary NNP 2 compound
            Georgia Georgia NNP 3 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 3 obj
            """);
    assertThat(code(D2021, givenName)).isEmpty();
    AnnotatedSentence qualified =
        s(
            """
            Western Western NNP 2 compound
            Ukraine Ukraine NNP 3 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 3 obj
            """);
    assertThat(code(D2021, qualified)).containsExactly("UKR>BLR:112");
    AnnotatedSentence titled =
        s(
            """
            Ukraine Ukraine NNP 2 compound
            authorities authority NNS 3 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 3 obj
            """);
    assertThat(code(D2021, titled)).containsExactly("UKRGOV>BLR:112");
  }

  @Test
  void anActUnderACallOrAPlanIsNotAsserted() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            rejected reject VBD 0 root
            a a DT 4 det
            call call NN 2 obj
            for for IN 8 mark
            Lithuania Lithuania NNP 8 nsubj
            to to TO 8 mark
            detain detain VB 4 acl
            migrants migrant NNS 8 obj
            """);
    assertThat(code(D2021, s)).doesNotContain("LTU>REF:173");
  }

  @Test
  void anAttackWithNoNamedTargetIsAimedAtTheCountryWhereItHappens() {
    AnnotatedSentence s =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            shelled shell VBD 0 root
            positions position NNS 3 obj
            in in IN 6 case
            Ukraine Ukraine NNP 4 nmod
            """);
    List<Event> events = events(D2021, s);
    assertThat(code(D2021, s)).containsExactly("RUSMIL>UKR:194");
    assertThat(events.get(0).rule()).isEqualTo("p.194.shell>place");
  }

  @Test
  void aThreatWithNoNamedTargetIsAimedAtThePlaceOfTheThreatenedAct() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            threatened threaten VBD 0 root
            to to TO 4 mark
            resume resume VB 2 xcomp
            attacks attack NNS 4 obj
            in in IN 7 case
            Ukraine Ukraine NNP 4 obl
            """);
    assertThat(code(D2021, s)).contains("RUS>UKR:130");
  }

  @Test
  void anUnknownNameIsWhatItsAppositionSays() {
    AnnotatedSentence s =
        s(
            """
            Jan Jan NNP 2 compound
            Kowalski Kowalski NNP 8 nsubj
            , , , 6 punct
            the the DT 6 det
            Polish Polish JJ 6 amod
            minister minister NN 2 appos
            , , , 6 punct
            accused accuse VBD 0 root
            Belarus Belarus NNP 8 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POLGOV>BLR:112");
  }

  @Test
  void aLeaderNamedAfterHisTermIsAnEliteUnlessTheTextGivesHimATitle() {
    LocalDate after = LocalDate.of(2005, 6, 1);
    AnnotatedSentence bare =
        s(
            """
            Yeltsin Yeltsin NNP 2 nsubj
            accused accuse VBD 0 root
            Poland Poland NNP 2 obj
            """);
    assertThat(code(after, bare)).containsExactly("RUSELI>POL:112");
    assertThat(code(LocalDate.of(1995, 6, 1), bare)).containsExactly("RUSGOV>POL:112");
    AnnotatedSentence titled =
        s(
            """
            President President NNP 2 compound
            Yeltsin Yeltsin NNP 3 nsubj
            accused accuse VBD 0 root
            Poland Poland NNP 3 obj
            """);
    assertThat(code(after, titled)).containsExactly("RUSGOV>POL:112");
    AnnotatedSentence former =
        s(
            """
            Former former JJ 3 amod
            President President NNP 3 compound
            Yeltsin Yeltsin NNP 4 nsubj
            accused accuse VBD 0 root
            Poland Poland NNP 4 obj
            """);
    assertThat(code(after, former)).containsExactly("RUSELI>POL:112");
  }

  @Test
  void easingACurfewInARegionIsAimedAtThatRegionsCountry() {
    org.vigil.core.geo.Gazetteer regions =
        new org.vigil.core.geo.Gazetteer() {
          @Override
          public java.util.Optional<org.vigil.core.geo.Location> city(String name) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.Optional<org.vigil.core.geo.Location> country(String iso3) {
            return java.util.Optional.empty();
          }

          @Override
          public List<org.vigil.core.geo.Location> regions(String name, boolean cued) {
            List<String> countries =
                switch (name) {
                  case "Grodno" -> List.of("BLR");
                  case "Central" -> List.of("POL", "LTU");
                  default -> List.of();
                };
            return countries.stream()
                .map(
                    c ->
                        new org.vigil.core.geo.Location(
                            name, c, name, 0, 0, org.vigil.core.geo.Location.Precision.REGION))
                .toList();
          }
        };
    Coder coder = new Coder(TestKb.load(), CameoTable.load(), CodingOptions.DEFAULTS, regions);
    Document doc = Document.of("d", D2021, "");
    String rows =
        """
        Belarus Belarus NNP 3 nmod:poss
        's 's POS 1 case
        government government NN 4 nsubj
        lifted lift VBD 0 root
        the the DT 6 det
        curfew curfew NN 4 obj
        in in IN 9 case
        %s %s NNP 9 compound
        Region Region NNP 4 obl
        """;
    AnnotatedSentence grodno = s(rows.formatted("Grodno", "Grodno"));
    assertThat(coder.code(doc, List.of(grodno)))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("BLRGOV>BLR:0813");
    // A region name two countries share names no place; a curfew is then the government's own.
    String inspected =
        """
        NATO NATO NNP 2 nsubj
        inspected inspect VBD 0 root
        sites site NNS 2 obj
        in in IN 6 case
        %s %s NNP 6 compound
        Region Region NNP 3 nmod
        """;
    assertThat(coder.code(doc, List.of(s(inspected.formatted("Grodno", "Grodno")))))
        .extracting(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .containsExactly("IGOWSTNAT>BLR:090");
    assertThat(coder.code(doc, List.of(s(inspected.formatted("Central", "Central"))))).isEmpty();
    AnnotatedSentence central = s(rows.formatted("Central", "Central"));
    assertThat(coder.code(doc, List.of(central)))
        .extracting(e -> e.target().code() + ":" + e.rule())
        .containsExactly("BLR:p.0813.lift-curfew>own-country");
    assertThat(code(D2021, s(inspected.formatted("Grodno", "Grodno"))))
        .isEmpty(); // without a gazetteer the place is unknown
  }

  @Test
  void agreeingThatBothShouldActIsAnIntentToCooperateBothWays() {
    AnnotatedSentence should =
        s(
            """
            Poland Poland NNP 4 nsubj
            and and CC 3 cc
            Lithuania Lithuania NNP 1 conj
            agreed agree VBD 0 root
            that that IN 8 mark
            they they PRP 8 nsubj
            should should MD 8 aux
            cooperate cooperate VB 4 ccomp
            """);
    assertThat(code(D2021, should)).containsExactlyInAnyOrder("POL>LTU:030", "LTU>POL:030");
    AnnotatedSentence judged =
        s(
            """
            Poland Poland NNP 4 nsubj
            and and CC 3 cc
            Lithuania Lithuania NNP 1 conj
            agreed agree VBD 0 root
            that that IN 9 mark
            the the DT 7 det
            talks talk NNS 9 nsubj
            were be VBD 9 cop
            useful useful JJ 4 ccomp
            """);
    assertThat(code(D2021, judged)).doesNotContain("POL>LTU:030", "LTU>POL:030");
  }

  @Test
  void aProtestIsAimedAtWhomItsPurposeNames() {
    AnnotatedSentence demand =
        s(
            """
            Protesters protester NNS 4 nsubj
            in in IN 3 case
            Minsk Minsk NNP 1 nmod
            rallied rally VBD 0 root
            to to TO 6 mark
            demand demand VB 4 xcomp
            the the DT 8 det
            resignation resignation NN 6 obj
            of of IN 10 case
            Lukashenko Lukashenko NNP 8 nmod
            """);
    assertThat(code(D2021, demand)).containsExactly("BLRCVL>BLRGOV:141");
    AnnotatedSentence defiance =
        s(
            """
            Poles Poles NNPS 2 nsubj
            rallied rally VBD 0 root
            in in IN 4 case
            defiance defiance NN 2 obl
            of of IN 6 case
            Russia Russia NNP 4 nmod
            """);
    assertThat(code(D2021, defiance)).containsExactly("POL>RUS:141");
    // The protesters' own possessions are not the addressee: "to show their anger".
    AnnotatedSentence own =
        s(
            """
            Poles Poles NNPS 2 nsubj
            rallied rally VBD 0 root
            to to TO 4 mark
            show show VB 2 xcomp
            their they PRP$ 6 nmod:poss
            anger anger NN 4 obj
            """);
    assertThat(code(D2021, own)).containsExactly("POL>POLGOV:141");
  }

  @Test
  void aProtestNounCarriedByAVerbIsItsSubjectsProtest() {
    AnnotatedSentence strike =
        s(
            """
            Poles Poles NNPS 2 nsubj
            began begin VBD 0 root
            a a DT 5 det
            hunger hunger NN 5 compound
            strike strike NN 2 obj
            to to TO 7 mark
            demand demand VB 2 advcl
            the the DT 9 det
            resignation resignation NN 7 obj
            of of IN 11 case
            Lukashenko Lukashenko NNP 9 nmod
            """);
    assertThat(code(D2021, strike)).containsExactly("POL>BLRGOV:142");
    // Troops who break up a rally do not hold it.
    AnnotatedSentence dispersed =
        s(
            """
            Belarusian Belarusian JJ 2 amod
            troops troops NNS 3 nsubj
            dispersed disperse VBD 0 root
            the the DT 5 det
            rally rally NN 3 obj
            """);
    assertThat(code(D2021, dispersed)).noneMatch(e -> e.endsWith(":141"));
  }

  @Test
  void aCommentOnAnEventIsAboutWhomTheEventNamesNotWhereItWasMade() {
    AnnotatedSentence topic =
        s(
            """
            Poland Poland NNP 2 nsubj
            expressed express VBD 0 root
            concern concern NN 2 obj
            over over IN 6 case
            the the DT 6 det
            fighting fighting NN 3 nmod
            in in IN 8 case
            Ukraine Ukraine NNP 6 nmod
            """);
    assertThat(code(D2021, topic)).containsExactly("POL>UKR:012");
    AnnotatedSentence venue =
        s(
            """
            Poland Poland NNP 2 nsubj
            expressed express VBD 0 root
            concern concern NN 2 obj
            in in IN 5 case
            Lithuania Lithuania NNP 2 obl
            """);
    assertThat(code(D2021, venue)).isEmpty();
  }

  @Test
  void anInspectionIsAimedAtTheCountryWhereItHappens() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            inspected inspect VBD 0 root
            sites site NNS 2 obj
            in in IN 5 case
            Ukraine Ukraine NNP 3 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>UKR:090");
  }

  @Test
  void anOwnerMayModifyAnotherWordOfTheRolePhrase() {
    AnnotatedSentence s =
        s(
            """
            Belarusian Belarusian JJ 2 amod
            border border NN 3 compound
            guards guard NNS 4 nsubj
            detained detain VBD 0 root
            Poles Poles NNPS 4 obj
            """);
    assertThat(code(D2021, s)).containsExactly("BLRMIL>POL:173");
  }

  @Test
  void aConjoinedObjectSatisfiesAPatternsRequiredObject() {
    AnnotatedSentence s =
        s(
            """
            NATO NATO NNP 2 nsubj
            sent send VBD 0 root
            equipment equipment NN 2 obj
            and and CC 5 cc
            experts expert NNS 3 conj
            to to IN 7 case
            Lithuania Lithuania NNP 2 obl
            """);
    assertThat(code(D2021, s)).containsExactly("IGOWSTNAT>LTU:070");
  }

  @Test
  void conjoinedSidesOfAMutualFightActOnEachOther() {
    AnnotatedSentence fought =
        s(
            """
            Russian Russian JJ 4 amod
            and and CC 3 cc
            Ukrainian Ukrainian JJ 1 conj
            troops troops NNS 5 nsubj
            fought fight VBD 0 root
            """);
    assertThat(code(D2021, fought))
        .containsExactlyInAnyOrder("RUSMIL>UKRMIL:190", "UKRMIL>RUSMIL:190");
    // Conjoined attackers of an unnamed target do not attack each other.
    AnnotatedSentence shelled =
        s(
            """
            Russia Russia NNP 4 nsubj
            and and CC 3 cc
            Belarus Belarus NNP 1 conj
            shelled shell VBD 0 root
            """);
    assertThat(code(D2021, shelled)).isEmpty();
  }

  @Test
  void anActAimedAtItsAuthorIsNoEvent() {
    AnnotatedSentence own =
        s(
            """
            Russia Russia NNP 2 nsubj
            supported support VBD 0 root
            its its PRP$ 5 nmod:poss
            border border NN 5 compound
            guards guard NNS 2 obj
            """);
    assertThat(code(D2021, own)).isEmpty();
    AnnotatedSentence foreign =
        s(
            """
            Russia Russia NNP 2 nsubj
            supported support VBD 0 root
            Belarusian Belarusian JJ 5 amod
            border border NN 5 compound
            guards guard NNS 2 obj
            """);
    assertThat(code(D2021, foreign)).containsExactly("RUS>BLRMIL:051");
  }

  @Test
  void fightingBetweenTwoSidesIsEachSidesAct() {
    AnnotatedSentence s =
        s(
            """
            Fighting fight VBG 6 nsubj
            between between IN 3 case
            Russia Russia NNP 1 nmod
            and and CC 5 cc
            Ukraine Ukraine NNP 3 conj
            raged rage VBD 0 root
            """);
    assertThat(code(D2021, s)).containsExactlyInAnyOrder("RUS>UKR:190", "UKR>RUS:190");
  }

  @Test
  void aPlaceNounTakesTheCountryOfItsDemonym() {
    AnnotatedSentence s =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            detained detain VBD 0 root
            protesters protester NNS 3 obj
            in in IN 8 case
            the the DT 8 det
            Ukrainian Ukrainian JJ 8 amod
            city city NN 3 obl
            of of IN 10 case
            Kharkiv Kharkiv NNP 8 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("RUSMIL>UKRCVL:173");
  }

  @Test
  void aCurfewWithNoPlaceIsImposedOnTheLeadersOwnCountry() {
    AnnotatedSentence s =
        s(
            """
            Lukashenko Lukashenko NNP 2 nsubj
            imposed impose VBD 0 root
            a a DT 4 det
            curfew curfew NN 2 obj
            """);
    assertThat(code(D2021, s)).containsExactly("BLRGOV>BLR:1723");
  }

  @Test
  void aDenialIsAboutWhomTheDeniedActNames() {
    AnnotatedSentence s =
        s(
            """
            Belarus Belarus NNP 2 nsubj
            denied deny VBD 0 root
            that that IN 6 mark
            its its PRP$ 5 nmod:poss
            troops troops NNS 6 nsubj
            attacked attack VBD 2 ccomp
            Poland Poland NNP 6 obj
            """);
    assertThat(code(D2021, s)).contains("BLR>POL:016");
  }

  @Test
  void aBareCountryBesideItsOwnRoleInTheSameActIsOneEvent() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            and and CC 6 cc
            Belarusian Belarusian JJ 6 amod
            troops troops NNS 3 conj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLRMIL:112");
  }

  @Test
  void aDemandForSomeonesActIsMadeOfThatActor() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            demanded demand VBD 0 root
            a a DT 5 det
            Russian Russian JJ 5 amod
            withdrawal withdrawal NN 2 obj
            from from IN 7 case
            Belarus Belarus NNP 5 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("POL>RUS:1056");
  }

  @Test
  void questionsAndHopesAssertNothing() {
    AnnotatedSentence question =
        s(
            """
            Will will MD 3 aux
            Russia Russia NNP 3 nsubj
            shell shell VB 0 root
            Ukraine Ukraine NNP 3 obj
            ? ? . 3 punct
            """);
    assertThat(code(D2021, question)).isEmpty();
    AnnotatedSentence hope =
        s(
            """
            Poland Poland NNP 3 nsubj
            is be VBZ 3 cop
            optimistic optimistic JJ 0 root
            that that IN 7 mark
            Belarus Belarus NNP 7 nsubj
            will will MD 7 aux
            support support VB 3 ccomp
            Lithuania Lithuania NNP 7 obj
            """);
    assertThat(code(D2021, hope)).noneMatch(e -> e.startsWith("BLR>"));
  }

  @Test
  void aRejectedObjectMisreadAsAClauseStillNamesTheTarget() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            rejected reject VBD 0 root
            Russia Russia NNP 5 nmod:poss
            's 's POS 3 case
            demand demand NN 7 nsubj
            to to TO 7 mark
            leave leave VB 2 ccomp
            Belarus Belarus NNP 7 obj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>RUS:120");
  }

  @Test
  void aBombingWithNoNamedAuthorIsTheActOfUnidentifiedForcesWhereItHappened() {
    AnnotatedSentence s =
        s(
            """
            A a DT 2 det
            bombing bombing NN 6 nsubj
            in in IN 4 case
            Ukraine Ukraine NNP 2 nmod
            yesterday yesterday NN 6 obl:tmod
            killed kill VBD 0 root
            Polish Polish JJ 8 amod
            troops troops NNS 6 obj
            """);
    assertThat(code(D2021, s)).containsExactly("UKRUAF>POLMIL:183");
    AnnotatedSentence nowhere =
        s(
            """
            A a DT 2 det
            bombing bombing NN 3 nsubj
            killed kill VBD 0 root
            Polish Polish JJ 5 amod
            troops troops NNS 3 obj
            """);
    assertThat(code(D2021, nowhere)).isEmpty();
  }

  @Test
  void aRoleConjoinedToANounSharesTheOwnerBeforeIt() {
    AnnotatedSentence shared =
        s(
            """
            Polish Polish JJ 2 amod
            judge judge NN 5 nsubj
            and and CC 4 cc
            soldiers soldiers NNS 2 conj
            detained detain VBD 0 root
            Belarusian Belarusian JJ 7 amod
            migrants migrant NNS 5 obj
            """);
    assertThat(code(D2021, shared)).contains("POLJUD>BLRREF:173", "POLMIL>BLRREF:173");
    AnnotatedSentence own =
        s(
            """
            Polish Polish JJ 2 amod
            judge judge NN 6 nsubj
            and and CC 5 cc
            Lithuanian Lithuanian JJ 5 amod
            soldiers soldiers NNS 2 conj
            detained detain VBD 0 root
            Belarusian Belarusian JJ 8 amod
            migrants migrant NNS 6 obj
            """);
    assertThat(code(D2021, own)).contains("POLJUD>BLRREF:173", "LTUMIL>BLRREF:173");
    assertThat(code(D2021, own)).doesNotContain("POLMIL>BLRREF:173");
  }

  @Test
  void aNominalActThatIsTheObjectOfABlockingVerbDidNotHappen() {
    String rows =
        """
        Russia Russia NNP 2 nsubj
        VERB LEMMA VBD 0 root
        attacks attack NNS 2 obj
        by by IN 5 case
        Poland Poland NNP 3 nmod
        on on IN 7 case
        Belarus Belarus NNP 3 nmod
        """;
    AnnotatedSentence reported = s(rows.replace("VERB LEMMA", "reported report"));
    AnnotatedSentence tolerated = s(rows.replace("VERB LEMMA", "tolerated tolerate"));
    assertThat(code(D2021, reported)).containsExactly("POL>BLR:190");
    assertThat(code(D2021, tolerated)).isEmpty();
  }

  @Test
  void theSubjectPronounOfAReportedClauseIsTheWholeReporter() {
    AnnotatedSentence s =
        s(
            """
            The the DT 3 det
            Polish Polish JJ 3 amod
            government government NN 4 nsubj
            said say VBD 0 root
            it it PRP 6 nsubj
            detained detain VBD 4 ccomp
            Belarusian Belarusian JJ 8 amod
            troops troops NNS 6 obj
            """);
    assertThat(events(D2021, s))
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("POLGOV>BLRMIL");
  }

  @Test
  void anInheritedReporterIsThePronounsAntecedent() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            and and CC 5 cc
            said say VBD 2 conj
            it it PRP 7 nsubj
            detained detain VBD 5 ccomp
            Belarusian Belarusian JJ 9 amod
            troops troops NNS 7 obj
            """);
    assertThat(code(D2021, s)).contains("POL>BLR:112", "POL>BLRMIL:173");
  }

  @Test
  void theComplementAPatternRequiresIsPartOfItsAct() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            attempted attempt VBD 0 root
            to to TO 4 mark
            kill kill VB 2 xcomp
            Ukrainian Ukrainian JJ 6 amod
            soldiers soldier NNS 4 obj
            """);
    assertThat(code(D2021, s)).containsExactly("RUS>UKRMIL:185");
  }

  @Test
  void protestersWithNoCountryProtestWhereTheirTargetBelongs() {
    String rows =
        """
        Protesters protesters NNS 2 nsubj
        continued continue VBD 0 root
        a a DT 5 det
        hunger hunger NN 5 compound
        strike strike NN 2 obj
        to to TO 7 mark
        demand demand VB 2 xcomp
        the the DT 9 det
        withdrawal withdrawal NN 7 obj
        of of IN 13 case
        the the DT 13 det
        Polish Polish JJ 13 amod
        government government NN 9 nmod
        OTHER
        """;
    assertThat(code(D2021, s(rows.replace("OTHER\n", "")))).containsExactly("POLCVL>POLGOV:142");
    // Another country named: whose protesters they are is not known.
    AnnotatedSentence other =
        s(rows.replace("OTHER", "over over IN 15 case\nLithuania Lithuania NNP 5 nmod"));
    assertThat(code(D2021, other)).doesNotContain("POLCVL>POLGOV:142");
  }

  @Test
  void aDemandThatIsAProtestsPurposeIsPartOfTheProtest() {
    String rows =
        """
        Belarusians Belarusian NNPS 2 nsubj
        rallied rally VBD 0 root
        against against IN 4 case
        Russia Russia NNP 2 obl
        , , , 2 punct
        demanding demand VBG LINK
        the the DT 8 det
        withdrawal withdrawal NN 6 obj
        from from IN 10 case
        WHOM WHOM NNP 8 nmod
        """;
    AnnotatedSentence purpose =
        s(rows.replace("LINK", "2 advcl").replace("WHOM WHOM", "Russia Russia"));
    assertThat(code(D2021, purpose)).containsExactly("BLR>RUS:141");
    AnnotatedSentence other =
        s(rows.replace("LINK", "2 advcl").replace("WHOM WHOM", "Poland Poland"));
    assertThat(code(D2021, other)).containsExactlyInAnyOrder("BLR>RUS:141", "BLR>POL:1056");
  }

  @Test
  void propertyDestroyedByProtestersIsARiot() {
    String rows =
        """
        Polish Polish JJ 2 amod
        WHO WHO NNS 3 nsubj
        demolished demolish VBD 0 root
        a a DT 6 det
        Russian Russian JJ 6 amod
        building building NN 3 obj
        """;
    assertThat(code(D2021, s(rows.replace("WHO WHO", "protesters protesters"))))
        .containsExactly("POLCVL>RUS:145");
    assertThat(code(D2021, s(rows.replace("WHO WHO", "troops troops"))))
        .containsExactly("POLMIL>RUS:1712");
  }

  @Test
  void anEventNounsModifiersNameOneAuthorAndItsVictimsAreWhereTheHarmWasDone() {
    AnnotatedSentence s =
        s(
            """
            Protesters protesters NNS 3 nsubj:pass
            were be VBD 3 aux:pass
            killed kill VBN 0 root
            in in IN 7 case
            Russian Russian JJ 7 amod
            troops troops NNS 7 compound
            shelling shelling NN 3 obl
            in in IN 9 case
            Ukraine Ukraine NNP 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("RUSMIL>UKRCVL:194");
  }

  @Test
  void aNominalActsModifiersNameOneAuthorAndItsVictimsAreWhereTheHarmWasDone() {
    // "injure" is no trigger of the test knowledge base: only the event noun codes the act.
    AnnotatedSentence s =
        s(
            """
            Russian Russian JJ 3 amod
            troops troops NNS 3 compound
            shelling shelling NN 4 nsubj
            injured injure VBD 0 root
            protesters protesters NNS 4 obj
            in in IN 7 case
            Ukraine Ukraine NNP 4 obl
            """);
    assertThat(code(D2021, s)).containsExactly("RUSMIL>UKRCVL:194");
  }

  @Test
  void aBlockadeByCiviliansIsAProtest() {
    String rows =
        """
        Polish Polish JJ 2 amod
        WHO WHO NNS 3 nsubj
        blocked block VBD 0 root
        crossings crossing NNS 3 obj
        with with IN 6 case
        Ukraine Ukraine NNP 4 nmod
        """;
    assertThat(code(D2021, s(rows.replace("WHO WHO", "workers workers"))))
        .containsExactly("POLLAB>UKR:144");
    assertThat(code(D2021, s(rows.replace("WHO WHO", "troops troops"))))
        .containsExactly("POLMIL>UKR:191");
  }

  @Test
  void aSurrenderNeedsNoNamedTargetButAnAttackDoes() {
    AnnotatedSentence surrender =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            surrendered surrender VBD 6 advcl
            , , , 6 punct
            Ukraine Ukraine NNP 6 nsubj
            said say VBD 0 root
            """);
    assertThat(code(D2021, surrender)).containsExactly("RUSMIL>:0874");
    AnnotatedSentence attack =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            attacked attack VBD 0 root
            """);
    assertThat(code(D2021, attack)).isEmpty();
  }

  @Test
  void anAgreementReachedToDoSomethingIsAnIntent() {
    String rows =
        """
        Poland Poland NNP 2 nsubj
        reached reach VBD 0 root
        a a DT 4 det
        NOUN LEMMA NN 2 obj
        to to TO 6 mark
        support support VB 2 xcomp
        Lithuania Lithuania NNP 6 obj
        """;
    assertThat(code(D2021, s(rows.replace("NOUN LEMMA", "consensus consensus"))))
        .containsExactly("POL>LTU:032");
    assertThat(code(D2021, s(rows.replace("NOUN LEMMA", "border border"))))
        .containsExactly("POL>LTU:051");
  }

  @Test
  void gettingReadyForForceIsMobilizingButBeingPreparedIsAnIntent() {
    AnnotatedSentence verb =
        s(
            """
            Russia Russia NNP 2 nsubj
            prepared prepare VBD 0 root
            to to TO 4 mark
            attack attack VB 2 xcomp
            Ukraine Ukraine NNP 4 obj
            """);
    assertThat(code(D2021, verb)).containsExactly("RUS>UKR:154");
    AnnotatedSentence participle =
        s(
            """
            Russia Russia NNP 3 nsubj:pass
            is be VBZ 3 aux:pass
            prepared prepare VBN 0 root
            to to TO 5 mark
            attack attack VB 3 xcomp
            Ukraine Ukraine NNP 5 obj
            """);
    assertThat(code(D2021, participle)).containsExactly("RUS>UKR:1384");
  }

  @Test
  void conjoinedVerbsShareTheObjectThatFollowsThem() {
    AnnotatedSentence shared =
        s(
            """
            Russia Russia NNP 2 nsubj
            shelled shell VBD 0 root
            and and CC 4 cc
            attacked attack VBD 2 conj
            Ukraine Ukraine NNP 2 obj
            """);
    assertThat(code(D2021, shared)).containsExactlyInAnyOrder("RUS>UKR:194", "RUS>UKR:190");
    AnnotatedSentence before =
        s(
            """
            Russia Russia NNP 2 nsubj
            shelled shell VBD 0 root
            Ukraine Ukraine NNP 2 obj
            and and CC 5 cc
            attacked attack VBD 2 conj
            """);
    assertThat(code(D2021, before)).containsExactly("RUS>UKR:194");
  }

  @Test
  void aContainerNounStandsForWhatItHolds() {
    String rows =
        """
        NATO NATO NNP 2 nsubj
        sent send VBD 0 root
        a a DT 4 det
        batch batch NN 2 obj
        of of IN 6 case
        THING LEMMA NNS 4 nmod
        to to IN 8 case
        Lithuania Lithuania NNP 2 obl
        """;
    assertThat(code(D2021, s(rows.replace("THING LEMMA", "experts expert"))))
        .containsExactly("IGOWSTNAT>LTU:070");
    assertThat(code(D2021, s(rows.replace("THING LEMMA", "letters letter")))).isEmpty();
  }

  @Test
  void anAirStrikeIsTheUseOfAerialWeapons() {
    AnnotatedSentence air =
        s(
            """
            Russia Russia NNP 2 nsubj
            launched launch VBD 0 root
            an a DT 5 det
            air air NN 5 compound
            strike strike NN 2 obj
            against against IN 7 case
            Ukraine Ukraine NNP 2 obl
            """);
    assertThat(code(D2021, air)).containsExactly("RUS>UKR:195");
    AnnotatedSentence ground =
        s(
            """
            Russia Russia NNP 2 nsubj
            launched launch VBD 0 root
            a a DT 5 det
            ground ground NN 5 compound
            attack attack NN 2 obj
            against against IN 7 case
            Ukraine Ukraine NNP 2 obl
            """);
    assertThat(code(D2021, ground)).containsExactly("RUS>UKR:190");
  }

  @Test
  void anExplosionOfMilitaryOrdnanceIsMilitaryForceNotABombing() {
    AnnotatedSentence mine =
        s(
            """
            A a DT 3 det
            minefield minefield NN 3 compound
            explosion explosion NN 7 nsubj
            in in IN 5 case
            Ukraine Ukraine NNP 3 nmod
            yesterday yesterday NN 7 obl:tmod
            killed kill VBD 0 root
            Polish Polish JJ 9 amod
            troops troops NNS 7 obj
            """);
    assertThat(code(D2021, mine)).containsExactly("UKRUAF>POLMIL:190");
    AnnotatedSentence byMine =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            killed kill VBD 0 root
            Ukrainian Ukrainian JJ 5 amod
            soldiers soldier NNS 3 obj
            in in IN 9 case
            a a DT 9 det
            mine mine NN 9 compound
            explosion explosion NN 3 obl
            """);
    assertThat(code(D2021, byMine)).containsExactly("RUSMIL>UKRMIL:190");
  }

  @Test
  void aLoneObjectMislabelledAsIndirectIsTheObject() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 iobj
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:112");
  }

  @Test
  void aCurfewIsImposedByAStateOrganOnItsOwnPeople() {
    AnnotatedSentence s =
        s(
            """
            The the DT 2 det
            president president NN 3 nsubj
            imposed impose VBD 0 root
            a a DT 5 det
            curfew curfew NN 3 obj
            in in IN 7 case
            Minsk Minsk NNP 3 obl
            """);
    assertThat(code(D2021, s)).containsExactly("BLRGOV>BLR:1723");
  }

  @Test
  void anAgreedConflictualActIsNoIntentToCooperate() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            agreed agree VBD 0 root
            to to TO 4 mark
            shell shell VB 2 xcomp
            the the DT 6 det
            border border NN 4 obj
            with with IN 8 case
            Ukraine Ukraine NNP 6 nmod
            """);
    assertThat(code(D2021, s)).noneMatch(e -> e.endsWith(":030"));
  }

  @Test
  void theAllianceIsTheOrganisationNamedBefore() {
    AnnotatedSentence first =
        s(
            """
            NATO NATO NNP 2 nsubj
            urged urge VBD 0 root
            Russia Russia NNP 2 obj
            """);
    AnnotatedSentence second =
        Sentences.parse(
            "d",
            1,
            """
            The the DT 2 det
            alliance alliance NN 3 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 3 obj
            """);
    assertThat(code(D2021, first, second)).contains("IGOWSTNAT>BLR:112");
    // "the Western alliance" is a description of its own, not a reference.
    AnnotatedSentence described =
        Sentences.parse(
            "d",
            1,
            """
            The the DT 3 det
            Western Western JJ 3 amod
            alliance alliance NN 4 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 4 obj
            """);
    assertThat(code(D2021, first, described)).noneMatch(e -> e.startsWith("IGOWSTNAT>BLR"));
  }

  @Test
  void aPredicateAdjectiveIsATriggerAndAnIntentToMeetIsOneSided() {
    AnnotatedSentence s =
        s(
            """
            Poland Poland NNP 3 nsubj
            is be VBZ 3 cop
            open open JJ 0 root
            to to IN 5 case
            talks talk NNS 3 obl
            with with IN 7 case
            Belarus Belarus NNP 5 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("POL>BLR:036");
  }

  @Test
  void leadersOfAGroupAreCodedAsTheGroup() {
    AnnotatedSentence s =
        s(
            """
            Leaders leader NNS 7 nsubj
            of of IN 6 case
            the the DT 6 det
            Belarusian Belarusian JJ 6 amod
            opposition opposition NN 6 compound
            coalition coalition NN 1 nmod
            rallied rally VBD 0 root
            against against IN 9 case
            Lukashenko Lukashenko NNP 7 obl
            """);
    assertThat(code(D2021, s)).containsExactly("BLROPP>BLRGOV:141");
  }

  @Test
  void leadersOfAGroupWithoutCountryKeepTheGroupRole() {
    AnnotatedSentence s =
        s(
            """
            Leaders leader NNS 6 nsubj
            of of IN 5 case
            the the DT 5 det
            opposition opposition NN 5 compound
            coalition coalition NN 1 nmod
            rallied rally VBD 0 root
            against against IN 8 case
            Lukashenko Lukashenko NNP 6 obl
            """);
    Coder keeping = new Coder(TestKb.load(), CameoTable.load(), new CodingOptions(true, true));
    // The leaders take the group's role (OPP, not GOV); the country comes from the office-holder
    // the sentence names, as for any role without an owner of its own.
    assertThat(keeping.code(Document.of("d", D2021, ""), List.of(s)))
        .extracting(e -> e.source().code() + ">" + e.target().code())
        .containsExactly("BLROPP>BLRGOV");
  }

  @Test
  void aPeopleLivingInAnotherCountryIsACommunityOfThatCountry() {
    AnnotatedSentence before =
        s(
            """
            Lithuanian Lithuanian JJ 2 amod
            Poles Poles NNPS 3 nsubj
            rallied rally VBD 0 root
            against against IN 5 case
            Russia Russia NNP 3 obl
            """);
    AnnotatedSentence after =
        s(
            """
            Poles Poles NNPS 4 nsubj
            in in IN 3 case
            Latvia Latvia NNP 1 nmod
            rallied rally VBD 0 root
            against against IN 6 case
            Russia Russia NNP 4 obl
            """);
    AnnotatedSentence home =
        s(
            """
            Poles Poles NNPS 2 nsubj
            rallied rally VBD 0 root
            against against IN 4 case
            Russia Russia NNP 2 obl
            """);
    assertThat(code(D2021, before)).containsExactly("LTUCVL>RUS:141");
    assertThat(code(D2021, after)).containsExactly("LVACVL>RUS:141");
    assertThat(code(D2021, home)).containsExactly("POL>RUS:141");
  }

  @Test
  void aRequiredObjectWordMayBeTheTitleOfAName() {
    AnnotatedSentence titled =
        s(
            """
            Poland Poland NNP 2 nsubj
            summoned summon VBD 0 root
            Russia Russia NNP 6 nmod:poss
            's 's POS 3 case
            ambassador ambassador NN 6 compound
            Ivanov Ivanov NNP 2 obj
            """);
    AnnotatedSentence named =
        s(
            """
            Poland Poland NNP 2 nsubj
            summoned summon VBD 0 root
            Russia Russia NNP 5 nmod:poss
            's 's POS 3 case
            Ivanov Ivanov NNP 2 obj
            """);
    assertThat(code(D2021, titled)).containsExactly("POL>RUSGOV:110");
    assertThat(code(D2021, named)).isEmpty();
  }

  @Test
  void aSlotMayHangOnTheObjectOfTheComplementVerb() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            refused refuse VBD 0 root
            to to TO 4 mark
            lift lift VB 2 xcomp
            the the DT 6 det
            curfew curfew NN 4 obj
            on on IN 8 case
            Ukrainians Ukrainians NNPS 6 nmod
            """);
    assertThat(code(D2021, s)).containsExactly("RUS>UKR:1244");
  }

  @Test
  void failingToAgreeTogetherIsMutual() {
    AnnotatedSentence both =
        s(
            """
            Poland Poland NNP 4 nsubj
            and and CC 3 cc
            Lithuania Lithuania NNP 1 conj
            failed fail VBD 0 root
            to to TO 6 mark
            agree agree VB 4 xcomp
            """);
    AnnotatedSentence alone =
        s(
            """
            Poland Poland NNP 2 nsubj
            failed fail VBD 0 root
            to to TO 4 mark
            agree agree VB 2 xcomp
            """);
    assertThat(code(D2021, both)).containsExactly("POL>LTU:120", "LTU>POL:120");
    assertThat(code(D2021, alone)).isEmpty();
  }

  @Test
  void aCapitalStandsForTheStateThatSatThereOnTheDocumentDate() {
    AnnotatedSentence s =
        s(
            """
            Moscow Moscow NNP 2 nsubj
            threatened threaten VBD 0 root
            Poland Poland NNP 2 obj
            """);
    assertThat(code(LocalDate.of(1985, 3, 1), s)).containsExactly("USRGOV>POL:130");
    assertThat(code(D2021, s)).containsExactly("RUSGOV>POL:130");
  }

  @Test
  void killingByABombIsABombing() {
    AnnotatedSentence car =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            killed kill VBD 0 root
            Ukrainian Ukrainian JJ 5 amod
            soldiers soldier NNS 3 obj
            in in IN 9 case
            a a DT 9 det
            car car NN 9 compound
            bombing bombing NN 3 obl
            """);
    AnnotatedSentence fight =
        s(
            """
            Russian Russian JJ 2 amod
            troops troops NNS 3 nsubj
            killed kill VBD 0 root
            Ukrainian Ukrainian JJ 5 amod
            soldiers soldier NNS 3 obj
            in in IN 8 case
            fierce fierce JJ 8 amod
            fighting fighting NN 3 obl
            """);
    assertThat(code(D2021, car)).containsExactly("RUSMIL>UKRMIL:1832");
    assertThat(code(D2021, fight)).containsExactly("RUSMIL>UKRMIL:190");
  }

  @Test
  void aGerundUnderAnAspectVerbIsItsComplementWhateverItsLabel() {
    AnnotatedSentence s =
        s(
            """
            Russia Russia NNP 2 nsubj
            planned plan VBD 0 root
            to to TO 4 mark
            resume resume VB 2 xcomp
            shelling shell VBG 4 dep
            Ukraine Ukraine NNP 5 obj
            """);
    assertThat(events(D2021, s))
        .extracting(e -> e.code() + ":" + e.modality())
        .containsExactly("1384:INTENDED");
  }

  @Test
  void aSuicideBomberIsNotAnAircraft() {
    AnnotatedSentence s =
        s(
            """
            A a DT 4 det
            Russian Russian JJ 4 amod
            suicide suicide NN 4 compound
            bomber bomber NN 5 nsubj
            killed kill VBD 0 root
            Ukrainian Ukrainian JJ 7 amod
            soldiers soldier NNS 5 obj
            """);
    assertThat(code(D2021, s)).containsExactly("RUSINS>UKRMIL:1831");
  }

  @Test
  void theLeaderOfALedGroupOwnsIt() {
    AnnotatedSentence led =
        s(
            """
            Russian Russian JJ 3 dep
            - - HYPH 3 punct
            led lead VBN 4 amod
            troops troops NNS 5 nsubj
            attacked attack VBD 0 root
            Ukraine Ukraine NNP 5 obj
            """);
    AnnotatedSentence backed =
        s(
            """
            Russian Russian JJ 3 dep
            - - HYPH 3 punct
            backed back VBN 4 amod
            troops troops NNS 5 nsubj
            attacked attack VBD 0 root
            Ukraine Ukraine NNP 5 obj
            """);
    assertThat(code(D2021, led)).containsExactly("RUSMIL>UKR:190");
    assertThat(code(D2021, backed)).doesNotContain("RUSMIL>UKR:190");
  }
}
