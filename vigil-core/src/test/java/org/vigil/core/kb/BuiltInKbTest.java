package org.vigil.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.testing.Sentences;
import org.vigil.core.text.AnnotatedSentence;

class BuiltInKbTest {
  private static final KbLoader.Result LOADED = new KbLoader(CameoTable.load()).loadBuiltIn();
  private static final KnowledgeBase KB = LOADED.kb();

  @Test
  void builtInKnowledgeBaseIsValid() {
    assertThat(LOADED.problems()).isEmpty();
  }

  @Test
  void fileIndexListsEveryFile() throws IOException {
    Path root = Path.of("src/main/resources/vigil/kb");
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk =
          files
              .filter(p -> p.toString().endsWith(".tsv"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        Files.readAllLines(root.resolve("files.txt"), StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(onDisk);
  }

  @Test
  void everyCameoRootHasPatterns() {
    Set<String> roots =
        KB.patterns().stream().map(p -> p.code().substring(0, 2)).collect(Collectors.toSet());
    for (int r = 1; r <= 20; r++) {
      assertThat(roots).contains(String.format("%02d", r));
    }
  }

  private static String codeOf(String name, LocalDate date) {
    StringBuilder rows = new StringBuilder();
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      rows.append(words[i]).append(' ').append(words[i]).append(" NNP 0 root\n");
    }
    AnnotatedSentence s = Sentences.tokensOnly("d", 0, rows.toString());
    List<Mention> ms = KB.lexicon().find(s);
    assertThat(ms).as(name).hasSize(1);
    Optional<ActorEntry> e =
        ms.get(0).candidates().stream().filter(c -> c.validOn(date)).findFirst();
    return e.map(ActorEntry::code).orElse("");
  }

  @Test
  void seedArticlePeopleAreDated() {
    LocalDate d2021 = LocalDate.of(2021, 9, 4);
    assertThat(codeOf("Jens Stoltenberg", d2021)).isEqualTo("IGOWSTNAT");
    assertThat(codeOf("Stoltenberg", LocalDate.of(2010, 6, 1))).isEqualTo("NORGOV");
    assertThat(codeOf("Stoltenberg", LocalDate.of(2025, 6, 1))).isNotEqualTo("IGOWSTNAT");
    assertThat(codeOf("Josep Borrell", d2021)).isEqualTo("IGOEUREEC");
    assertThat(codeOf("Borrel", d2021)).isEqualTo("IGOEUREEC");
    assertThat(codeOf("Alyaksandr Lukashenka", d2021)).isEqualTo("BLRGOV");
    assertThat(codeOf("Alexander Lukashenko", d2021)).isEqualTo("BLRGOV");
    assertThat(codeOf("Lukashenko", d2021)).isEqualTo("BLRGOV");
  }

  @Test
  void seedArticleOrganisationsAndCountries() {
    LocalDate d = LocalDate.of(2021, 9, 4);
    assertThat(codeOf("NATO", d)).isEqualTo("IGOWSTNAT");
    assertThat(codeOf("European Union", d)).isEqualTo("IGOEUREEC");
    assertThat(codeOf("United Nations", d)).isEqualTo("IGOUNO");
    assertThat(codeOf("Belarusian", d)).isEqualTo("BLR");
    assertThat(codeOf("Polish", d)).isEqualTo("POL");
    assertThat(codeOf("Minsk", d)).isEqualTo("BLR");
  }
}
