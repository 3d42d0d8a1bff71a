package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;
import org.vigil.core.text.Token;

class CoreNlpAnnotatorIT {
  private static final CoreNlpAnnotator NLP = new CoreNlpAnnotator(NlpSettings.DEFAULTS);
  private static final String TEXT =
      "Polish border guards detained 40 migrants on Tuesday.\n\nThe weather was mild.";

  @Test
  void tokensCarryOffsetsLemmasAndTags() {
    Document doc = Document.of("d1", LocalDate.of(2021, 8, 17), TEXT);
    List<AnnotatedSentence> sentences = NLP.annotate(doc, s -> true);
    assertThat(sentences).hasSize(2);
    AnnotatedSentence s = sentences.get(0);
    assertThat(s.docId()).isEqualTo("d1");
    assertThat(s.text()).isEqualTo("Polish border guards detained 40 migrants on Tuesday.");
    for (Token t : s.tokens()) {
      assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.word());
    }
    Token detained = s.token(3);
    assertThat(detained.lemma()).isEqualTo("detain");
    assertThat(detained.isVerb()).isTrue();
    assertThat(sentences.get(1).begin()).isEqualTo(TEXT.indexOf("The weather"));
  }

  @Test
  void dependencyTreeIsUniversalDependencies() {
    AnnotatedSentence s =
        NLP.annotate(
                Document.of("d2", null, "Polish border guards detained 40 migrants."), x -> true)
            .get(0);
    assertThat(s.parsed()).isTrue();
    assertThat(s.relation(3)).isEqualTo("root");
    assertThat(s.head(2)).isEqualTo(3);
    assertThat(s.relation(2)).isEqualTo("nsubj");
    assertThat(s.relation(5)).isEqualTo("obj");
    assertThat(s.relation(0)).isEqualTo("amod");
  }

  @Test
  void passiveAgentIsMarked() {
    AnnotatedSentence s =
        NLP.annotate(Document.of("d3", null, "Migrants were detained by Polish police."), x -> true)
            .get(0);
    assertThat(s.relation(0)).isEqualTo("nsubj:pass");
    int police = 5;
    assertThat(s.relation(police)).startsWith("obl");
    assertThat(s.children(police, "case")).extracting(i -> s.token(i).word()).containsExactly("by");
  }

  @Test
  void cascadeLeavesUnselectedSentencesUnparsed() {
    Document doc = Document.of("d4", null, TEXT);
    List<AnnotatedSentence> sentences = NLP.annotate(doc, s -> s.text().contains("guards"));
    assertThat(sentences.get(0).parsed()).isTrue();
    assertThat(sentences.get(1).parsed()).isFalse();
    assertThat(sentences.get(1).tokens()).isEqualTo(NLP.annotate(doc, s -> true).get(1).tokens());
  }

  @Test
  void overlongSentencesAreNotParsed() {
    String longSentence = "Poland " + "and Poland ".repeat(100) + "met.";
    AnnotatedSentence s = NLP.annotate(Document.of("d5", null, longSentence), x -> true).get(0);
    assertThat(s.size()).isGreaterThan(NlpSettings.DEFAULTS.maxParseTokens());
    assertThat(s.parsed()).isFalse();
  }

  @Test
  void blankLineEndsAHeadline() {
    Document doc =
        Document.of(
            "d6", null, "NATO accuses Belarus of using migrants\n\nThe alliance met on Friday.");
    List<AnnotatedSentence> sentences = NLP.annotate(doc, x -> false);
    assertThat(sentences)
        .extracting(AnnotatedSentence::text)
        .containsExactly("NATO accuses Belarus of using migrants", "The alliance met on Friday.");
  }
}
