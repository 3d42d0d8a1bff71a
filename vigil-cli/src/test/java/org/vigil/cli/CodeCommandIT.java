package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private static List<JsonNode> lines(String text) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  private static List<String> dyads(List<JsonNode> events) {
    return events.stream()
        .map(
            e ->
                e.get("source").get("code").asText()
                    + ">"
                    + e.get("target").get("code").asText()
                    + ":"
                    + e.get("code").asText())
        .toList();
  }

  /** An event from the source entity to the target entity with a code under the prefix. */
  private static boolean has(List<String> dyads, String source, String target, String codePrefix) {
    return dyads.stream()
        .anyMatch(
            d -> {
              String[] st = d.substring(0, d.indexOf(':')).split(">", -1);
              String code = d.substring(d.indexOf(':') + 1);
              return st[0].startsWith(source)
                  && st[1].startsWith(target)
                  && code.startsWith(codePrefix);
            });
  }

  @Test
  void seedArticleYieldsTheExpectedEvents() throws IOException {
    Optional<Path> shared = Shared.dir();
    assumeTrue(shared.isPresent(), "shared/ folder absent");
    Path seed = shared.get().resolve("seed/belarus-migrants-2021.txt");
    Captured c = Captured.run("code", seed.toString(), "--date", "2021-09-04");
    assertThat(c.exitCode()).as(c.err()).isZero();
    List<JsonNode> events = lines(c.out());
    List<String> d = dyads(events);
    assertThat(has(d, "IGOWSTNAT", "BLR", "112")).as(d.toString()).isTrue();
    assertThat(has(d, "IGOWSTNAT", "RUS", "02")).as(d.toString()).isTrue();
    assertThat(has(d, "IGOWSTNAT", "LTU", "03")).as(d.toString()).isTrue();
    for (String member : List.of("POL", "LTU", "LVA")) {
      assertThat(has(d, "IGOEUREEC", member, "03")).as(d.toString()).isTrue();
    }
    for (String src : List.of("LVA", "LTU", "POL")) {
      for (String tgt : List.of("RUS", "BLR")) {
        assertThat(has(d, src, tgt, "01") || has(d, src, tgt, "11"))
            .as(src + ">" + tgt + " in " + d)
            .isTrue();
      }
    }
    JsonNode first = events.get(0);
    for (String field :
        List.of(
            "doc_id",
            "sentence_index",
            "date",
            "source",
            "target",
            "code",
            "root_code",
            "quad_class",
            "goldstein",
            "plover",
            "polarity",
            "modality",
            "evidence",
            "rule",
            "kb_version")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("doc_id").asText()).isEqualTo("belarus-migrants-2021.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    for (JsonNode e : events) {
      JsonNode ev = e.get("evidence");
      assertThat(text.substring(ev.get("trigger_begin").asInt(), ev.get("trigger_end").asInt()))
          .isEqualTo(ev.get("trigger").asText());
      JsonNode src = e.get("source");
      assertThat(text.substring(src.get("begin").asInt(), src.get("end").asInt()))
          .isEqualTo(src.get("text").asText());
    }
  }

  @Test
  void hostileInputsAreRejectedWithCodesAndTheRestIsCoded() throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    for (String f :
        List.of(
            "empty.txt",
            "blank.txt",
            "binary.txt",
            "invalid-utf8.txt",
            "mixed.jsonl",
            "good-2021-07-02.txt")) {
      try (var in = getClass().getResourceAsStream("/hostile/" + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    byte[] huge = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    Files.write(dir.resolve("huge.txt"), huge);
    String hugeLine = "{\"id\":\"huge\",\"text\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}\n";
    byte[] badUtf8Line =
        "{\"id\":\"bad-utf8\",\"text\":\"Poland \u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
    badUtf8Line[badUtf8Line.length - 5] = (byte) 0xFF;
    try (var out = Files.newOutputStream(dir.resolve("lines.jsonl"))) {
      out.write(hugeLine.getBytes(StandardCharsets.UTF_8));
      out.write(badUtf8Line);
      out.write(
          "{\"id\":\"after\",\"date\":\"2021-11-09\",\"text\":\"Lithuania accused Belarus.\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Path rejected = tmp.resolve("rejected.jsonl");
    Captured c = Captured.run("code", dir.toString(), "--rejected", rejected.toString());
    assertThat(c.exitCode()).as(c.err()).isEqualTo(1);
    List<JsonNode> rej = lines(Files.readString(rejected));
    List<String> codes =
        rej.stream().map(r -> r.get("location").asText() + " " + r.get("code").asText()).toList();
    assertThat(codes)
        .anyMatch(s -> s.startsWith("empty.txt ") && s.endsWith("INPUT_EMPTY"))
        .anyMatch(s -> s.startsWith("blank.txt ") && s.endsWith("INPUT_EMPTY"))
        .anyMatch(s -> s.startsWith("binary.txt ") && s.endsWith("INPUT_BINARY"))
        .anyMatch(s -> s.startsWith("invalid-utf8.txt ") && s.endsWith("INPUT_ENCODING"))
        .anyMatch(s -> s.startsWith("huge.txt ") && s.endsWith("INPUT_TOO_LARGE"))
        .anyMatch(s -> s.endsWith("lines.jsonl:1 INPUT_TOO_LARGE"))
        .anyMatch(s -> s.endsWith("lines.jsonl:2 INPUT_ENCODING"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:2 INPUT_BAD_JSON"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:3 id=bad-date INPUT_BAD_DATE"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:4 INPUT_MISSING_FIELD"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:5 id=no-text INPUT_MISSING_FIELD"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:6 INPUT_BAD_JSON"))
        .anyMatch(s -> s.endsWith("mixed.jsonl:7 id=empty-text INPUT_EMPTY"));
    assertThat(rej).hasSize(13);
    assertThat(c.err()).contains("rejected").doesNotContain("Exception").doesNotContain("\tat ");
    List<JsonNode> events = lines(c.out());
    List<String> docs = events.stream().map(e -> e.get("doc_id").asText()).distinct().toList();
    assertThat(docs).contains("good-1", "after", "good-2021-07-02.txt");
    JsonNode fromFile =
        events.stream()
            .filter(e -> e.get("doc_id").asText().equals("good-2021-07-02.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(fromFile.get("date").asText()).isEqualTo("2021-07-02");
  }

  @Test
  void stdinAndOtherFormats() throws IOException {
    Path in = tmp.resolve("one.txt");
    Files.writeString(in, "Lithuania accused Belarus of provocations.");
    Captured csv = Captured.run("code", in.toString(), "--date", "2021-07-02", "-f", "csv");
    assertThat(csv.out().split("\n")[0])
        .startsWith("doc_id,sentence_index,date,source,target,code");
    assertThat(csv.out()).contains("one.txt,0,2021-07-02,LTU,BLR,112");
    Captured table = Captured.run("code", in.toString(), "--format", "table");
    assertThat(table.out()).contains("LTU").contains("BLR").contains("112");
    Captured bad = Captured.run("code", in.toString(), "--date", "2021-99-99");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--date");
  }

  @Test
  void missingFileIsRejectedNotFatal() {
    Captured c = Captured.run("code", tmp.resolve("nope.txt").toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err()).contains("INPUT_UNREADABLE");
  }

  @Test
  void readsStandardInputAsTextOrJsonLines() throws IOException {
    java.io.InputStream old = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              "Lithuania accused Belarus of provocations.".getBytes(StandardCharsets.UTF_8)));
      Captured text = Captured.run("code", "--date", "2021-07-02");
      assertThat(dyads(lines(text.out()))).anyMatch(d -> d.startsWith("LTU>BLR:112"));
      assertThat(lines(text.out()).get(0).get("doc_id").asText()).isEqualTo("stdin");
      System.setIn(
          new java.io.ByteArrayInputStream(
              "{\"id\":\"x1\",\"date\":\"2021-07-02\",\"text\":\"Lithuania accused Belarus.\"}\n"
                  .getBytes(StandardCharsets.UTF_8)));
      Captured jsonl = Captured.run("code", "-", "--in-format", "jsonl");
      assertThat(lines(jsonl.out()).get(0).get("doc_id").asText()).isEqualTo("x1");
    } finally {
      System.setIn(old);
    }
  }
}
