package org.vigil.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.problem.ProblemCode;

class SourceTest {
  private static final JsonLinesReader READER = new JsonLinesReader(1000);

  private static ProblemCode rejected(SourceItem item) {
    assertThat(item).isInstanceOf(SourceItem.Rejected.class);
    return ((SourceItem.Rejected) item).problem().code();
  }

  private static ProblemCode decodeProblem(byte[] bytes) {
    return TextChecks.decode("f.txt", bytes, 1000).problem().orElseThrow().code();
  }

  @Test
  void textChecks() {
    assertThat(decodeProblem(new byte[0])).isEqualTo(ProblemCode.INPUT_EMPTY);
    assertThat(decodeProblem(" \n\t ".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(ProblemCode.INPUT_EMPTY);
    assertThat(decodeProblem(new byte[] {'a', 0, 'b'})).isEqualTo(ProblemCode.INPUT_BINARY);
    assertThat(decodeProblem(new byte[] {'a', (byte) 0xC3, '('}))
        .isEqualTo(ProblemCode.INPUT_ENCODING);
    assertThat(decodeProblem(new byte[2000])).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
    byte[] bom = "\uFEFFNATO met.".getBytes(StandardCharsets.UTF_8);
    assertThat(TextChecks.decode("f", bom, 1000).text()).contains("NATO met.");
  }

  @Test
  void datesInFileNames() {
    assertThat(TextChecks.dateInName("belarus-2021-09-04.txt")).contains(LocalDate.of(2021, 9, 4));
    assertThat(TextChecks.dateInName("wire_20211116_a.txt")).contains(LocalDate.of(2021, 11, 16));
    assertThat(TextChecks.dateInName("report-2021-13-45.txt")).isEmpty();
    assertThat(TextChecks.dateInName("belarus-migrants.txt")).isEmpty();
  }

  @Test
  void jsonLines() {
    SourceItem ok =
        READER.read(
            "f:1",
            "{\"id\":\"a\",\"date\":\"2021-09-04\",\"text\":\"NATO met.\",\"url\":null}",
            Optional.empty());
    assertThat(ok)
        .isEqualTo(
            new SourceItem.Accepted(
                new org.vigil.core.text.Document(
                    "a", Optional.of(LocalDate.of(2021, 9, 4)), "NATO met.")));
    assertThat(rejected(READER.read("f:2", "{\"id\":\"a\",", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_BAD_JSON);
    assertThat(rejected(READER.read("f:3", "[1,2]", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_BAD_JSON);
    assertThat(rejected(READER.read("f:4", "{\"text\":\"x\"}", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_MISSING_FIELD);
    assertThat(rejected(READER.read("f:5", "{\"id\":\"a\"}", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_MISSING_FIELD);
    assertThat(rejected(READER.read("f:6", "{\"id\":\"a\",\"text\":\"  \"}", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_EMPTY);
    SourceItem badDate =
        READER.read(
            "f:7", "{\"id\":\"a\",\"date\":\"04/09/2021\",\"text\":\"x\"}", Optional.empty());
    assertThat(rejected(badDate)).isEqualTo(ProblemCode.INPUT_BAD_DATE);
    assertThat(((SourceItem.Rejected) badDate).problem().location()).isEqualTo("f:7 id=a");
    SourceItem noDate =
        READER.read("f:8", "{\"id\":\"a\",\"date\":null,\"text\":\"x\"}", Optional.empty());
    assertThat(((SourceItem.Accepted) noDate).document().date()).isEmpty();
  }

  @Test
  void jsonLinesKeepSourceMetadata() {
    SourceItem item =
        READER.read(
            "f:1",
            "{\"id\":\"a\",\"text\":\"NATO met.\",\"title\":\"T\",\"outlet\":\"Wire\",\"url\":null}",
            Optional.empty());
    assertThat(((SourceItem.Accepted) item).document().meta())
        .containsEntry("title", "T")
        .containsEntry("outlet", "Wire")
        .doesNotContainKey("url");
  }

  @Test
  void jsonLinesReadTheLanguageAsAnIsoCode() {
    for (String[] c :
        new String[][] {
          {"\"language\":\"de\"", "de"},
          {"\"lang\":\"en-GB\"", "en"},
          {"\"language\":\"FRA\"", "fr"},
          {"\"language\":\"Russian\"", "ru"},
          {"\"lang\":\"pl_PL\"", "pl"}
        }) {
      SourceItem item =
          READER.read("f:1", "{\"id\":\"a\",\"text\":\"x\"," + c[0] + "}", Optional.empty());
      assertThat(((SourceItem.Accepted) item).document().meta())
          .as(c[0])
          .containsEntry("language", c[1]);
    }
    SourceItem none = READER.read("f:1", "{\"id\":\"a\",\"text\":\"x\"}", Optional.empty());
    assertThat(((SourceItem.Accepted) none).document().meta()).doesNotContainKey("language");
    assertThat(
            rejected(
                READER.read(
                    "f:1",
                    "{\"id\":\"a\",\"text\":\"x\",\"lang\":\"klingonese\"}",
                    Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_BAD_LANGUAGE);
    assertThat(
            rejected(
                READER.read(
                    "f:1", "{\"id\":\"a\",\"text\":\"x\",\"language\":7}", Optional.empty())))
        .isEqualTo(ProblemCode.INPUT_BAD_LANGUAGE);
  }
}
