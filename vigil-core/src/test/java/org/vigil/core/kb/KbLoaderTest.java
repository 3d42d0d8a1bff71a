package org.vigil.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;
import org.vigil.core.testing.TestKb;

class KbLoaderTest {
  private static final KbLoader LOADER = new KbLoader(CameoTable.load());
  private static final String ORG_HEADER = "id\tcode\tnames\tfrom\tuntil\tnote\n";
  private static final String PAT_HEADER = "id\tcode\tpattern\tpositive\tnegative\tnote\n";

  private static List<Problem> problems(String path, String text) {
    return LOADER.load(List.of(List.of(TestKb.file(path, text)))).problems();
  }

  private static void assertOne(List<Problem> problems, ProblemCode code, String location) {
    assertThat(problems).extracting(Problem::code).containsExactly(code);
    assertThat(problems.get(0).location()).isEqualTo(location);
  }

  @Test
  void testKbIsClean() {
    assertThat(LOADER.load(List.of(TestKb.files())).problems()).isEmpty();
  }

  @Test
  void badHeader() {
    assertOne(
        problems("actors/organizations.tsv", "id\tcode\tname\n"),
        ProblemCode.KB_HEADER,
        "actors/organizations.tsv:1");
  }

  @Test
  void missingHeader() {
    assertOne(
        problems("actors/organizations.tsv", "# only a comment\n"),
        ProblemCode.KB_HEADER,
        "actors/organizations.tsv:1");
  }

  @Test
  void wrongColumnCount() {
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "org.x\tIGOXXX\tX\n"),
        ProblemCode.KB_COLUMNS,
        "actors/organizations.tsv:2");
  }

  @Test
  void badId() {
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "Org X\tIGOXXX\tX\t\t\t\n"),
        ProblemCode.KB_BAD_ID,
        "actors/organizations.tsv:2");
  }

  @Test
  void duplicateIdInOneLayer() {
    List<Problem> p =
        problems(
            "actors/organizations.tsv",
            ORG_HEADER + "org.x\tIGOXXX\tXone\t\t\t\n# comment\norg.x\tIGOXXX\tXtwo\t\t\t\n");
    assertOne(p, ProblemCode.KB_DUPLICATE_ID, "actors/organizations.tsv:4");
    assertThat(p.get(0).reason()).contains("actors/organizations.tsv:2");
  }

  @Test
  void badActorCode() {
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "org.x\tIgo1\tX\t\t\t\n"),
        ProblemCode.KB_BAD_CODE,
        "actors/organizations.tsv:2");
  }

  @Test
  void badRoleCode() {
    assertOne(
        problems("actors/agents.tsv", "id\tcode\tnouns\tnote\nagent.x\tGOVT\tx\t\n"),
        ProblemCode.KB_BAD_CODE,
        "actors/agents.tsv:2");
  }

  @Test
  void unknownEventCode() {
    assertOne(
        problems("patterns/x.tsv", PAT_HEADER + "p.x\t999\tx >obj\ta\tb\t\n"),
        ProblemCode.KB_BAD_CODE,
        "patterns/x.tsv:2");
  }

  @Test
  void badDateAndDateOrder() {
    List<Problem> p =
        problems(
            "actors/people.tsv",
            ORG_HEADER
                + "person.a\tUSAGOV\tA\t2020-13-01\t\t\nperson.b\tUSAGOV\tB\t2021-01-01\t2020-01-01\t\n");
    assertThat(p)
        .extracting(Problem::code)
        .containsExactly(ProblemCode.KB_BAD_DATE, ProblemCode.KB_BAD_DATE);
    assertThat(p)
        .extracting(Problem::location)
        .containsExactly("actors/people.tsv:2", "actors/people.tsv:3");
  }

  @Test
  void badPhrases() {
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "org.x\tIGOXXX\tX||Y\t\t\t\n"),
        ProblemCode.KB_BAD_PHRASE,
        "actors/organizations.tsv:2");
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "org.x\tIGOXXX\tX | Y\t\t\t\n"),
        ProblemCode.KB_BAD_PHRASE,
        "actors/organizations.tsv:2");
  }

  @Test
  void emptyRequiredCell() {
    assertOne(
        problems("actors/organizations.tsv", ORG_HEADER + "org.x\tIGOXXX\t\t\t\t\n"),
        ProblemCode.KB_EMPTY_CELL,
        "actors/organizations.tsv:2");
  }

  @Test
  void aCountryRowMayCarryOnlySeatsButNotNothing() {
    String header = "id\tcode\tnames\tadjectives\tdemonyms\tseats\tfrom\tuntil\tnote\n";
    assertThat(
            problems(
                "actors/countries.tsv",
                header + "country.rus-seat\tRUS\t\t\t\tMoscow\t1991-12-26\t\t\n"))
        .isEmpty();
    assertOne(
        problems("actors/countries.tsv", header + "country.rus-seat\tRUS\t\t\t\t\t\t\t\n"),
        ProblemCode.KB_EMPTY_CELL,
        "actors/countries.tsv:2");
  }

  @Test
  void phraseConflictInOverlappingPeriods() {
    List<Problem> p =
        problems(
            "actors/people.tsv",
            ORG_HEADER
                + "person.a\tUSAGOV\tSmith\t2000-01-01\t2010-01-01\t\n"
                + "person.b\tGBRGOV\tSmith\t2005-01-01\t\t\n"
                + "person.c\tFRAGOV\tSmith\t2010-01-01\t\t\n");
    assertThat(p)
        .extracting(Problem::code)
        .containsExactly(ProblemCode.KB_PHRASE_CONFLICT, ProblemCode.KB_PHRASE_CONFLICT);
    assertThat(p.get(0).reason()).contains("person.b").contains("person.a");
  }

  @Test
  void samePhraseInDisjointPeriodsIsFine() {
    assertThat(
            problems(
                "actors/people.tsv",
                ORG_HEADER
                    + "person.a\tUSAGOV\tSmith\t2000-01-01\t2010-01-01\t\n"
                    + "person.b\tGBRGOV\tSmith\t2010-01-01\t\t\n"))
        .isEmpty();
  }

  @Test
  void badPattern() {
    assertOne(
        problems("patterns/x.tsv", PAT_HEADER + "p.x\t112\taccuse obj\ta\tb\t\n"),
        ProblemCode.KB_BAD_PATTERN,
        "patterns/x.tsv:2");
    assertOne(
        problems("patterns/x.tsv", PAT_HEADER + "p.x\t112\taccuse +obj\ta\tb\t\n"),
        ProblemCode.KB_BAD_PATTERN,
        "patterns/x.tsv:2");
  }

  @Test
  void missingExample() {
    assertOne(
        problems(
            "patterns/x.tsv", PAT_HEADER + "p.x\t112\taccuse >obj\tPoland accused Belarus.\t\t\n"),
        ProblemCode.KB_MISSING_EXAMPLE,
        "patterns/x.tsv:2");
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = (ORG_HEADER + "org.x\tIGOXXX\tX\t\t\t\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 5] = (byte) 0xC3;
    List<Problem> p =
        LOADER.load(List.of(List.of(new KbFile("actors/organizations.tsv", bytes)))).problems();
    assertOne(p, ProblemCode.KB_UNREADABLE, "actors/organizations.tsv:0");
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    List<Problem> p =
        problems(
            "actors/organizations.tsv",
            ORG_HEADER + "Bad Id\tIGOXXX\tX\t\t\t\norg.y\tigo\tY\t\t\t\norg.z\tIGOZZZ\tZ\n");
    assertThat(p).hasSize(3);
  }

  @Test
  void userLayerReplacesBuiltInEntryWithTheSameId() {
    KbLoader.Result r =
        LOADER.load(
            List.of(
                TestKb.files(),
                List.of(
                    TestKb.file(
                        "mine/organizations.tsv",
                        ORG_HEADER + "org.nato\tIGOWSTNAT\tNATO|the Alliance\t\t\tmine\n"))));
    assertThat(r.problems()).isEmpty();
    assertThat(r.kb().actors())
        .filteredOn(a -> a.id().equals("org.nato"))
        .singleElement()
        .satisfies(a -> assertThat(a.note()).isEqualTo("mine"));
  }

  @Test
  void versionIsAContentHash() {
    String v1 = LOADER.load(List.of(TestKb.files())).kb().version();
    String v2 = LOADER.load(List.of(TestKb.files())).kb().version();
    String v3 =
        LOADER
            .load(List.of(TestKb.files(), List.of(TestKb.file("x/organizations.tsv", ORG_HEADER))))
            .kb()
            .version();
    assertThat(v1).isEqualTo(v2).startsWith("1.").isNotEqualTo(v3);
  }

  @Test
  void badDiscardScopeAndPhrase() {
    List<Problem> p =
        problems(
            "discards.tsv",
            "id\tscope\tphrases\tnote\ndiscard.a\tpage\tx\t\ndiscard.b\tsentence\tgoal & \t\n");
    assertThat(p)
        .extracting(Problem::code)
        .containsExactly(ProblemCode.KB_BAD_CODE, ProblemCode.KB_BAD_PHRASE);
  }
}
