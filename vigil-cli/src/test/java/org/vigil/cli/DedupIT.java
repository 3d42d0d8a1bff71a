package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.dedup.StoryGrouper;

/** Duplicate detection measured on the sample corpus, whose re-publications are labelled. */
class DedupIT {
  @Test
  void findsEveryLabelledDuplicateAndNoFalseOne() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    Set<String> truePairs = new HashSet<>();
    ObjectMapper m = new ObjectMapper();
    try (InputStream in = getClass().getResourceAsStream(SampleCorpus.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = m.readTree(line);
        texts.put(n.get("id").asText(), n.get("text").asText());
        if (n.hasNonNull("duplicate_of")) {
          truePairs.add(pair(n.get("id").asText(), n.get("duplicate_of").asText()));
        }
      }
    }
    Map<String, String> groups = StoryGrouper.standard().group(texts);
    Set<String> found = new HashSet<>();
    for (String a : groups.keySet()) {
      for (String b : groups.keySet()) {
        if (a.compareTo(b) < 0 && groups.get(a).equals(groups.get(b))) {
          found.add(pair(a, b));
        }
      }
    }
    Set<String> hits = new HashSet<>(found);
    hits.retainAll(truePairs);
    double recall = (double) hits.size() / truePairs.size();
    double precision = found.isEmpty() ? 0 : (double) hits.size() / found.size();
    System.out.printf(
        "dedup on the sample corpus: %d labelled pairs, %d found, recall %.2f, precision %.2f%n",
        truePairs.size(), found.size(), recall, precision);
    assertThat(truePairs).hasSize(3);
    assertThat(recall).isEqualTo(1.0);
    assertThat(precision).isEqualTo(1.0);
  }

  /**
   * Duplicate-pair precision and recall on a labelled test corpus written for this test (48
   * articles in 6 stories: syndicated copies with another headline, byline and first sentence,
   * copies with a paragraph cut or added, minor edits; hard negatives: a paraphrase that changes
   * the facts, a follow-up sharing a background paragraph, another outlet's story on the same day).
   * Measured with the standard threshold 0.5: precision 1.00, recall 0.93 (56 of 60 pairs); the
   * printed sweep shows 0.4 would find all 60 here, which is not reason enough to change a default
   * tuned on no other data. Floors sit under the measured figures so a regression fails.
   */
  @Test
  void labelledCorpusPrecisionAndRecall() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    ObjectMapper m = new ObjectMapper();
    try (InputStream in = getClass().getResourceAsStream(LABELLED)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          JsonNode n = m.readTree(line);
          texts.put(n.get("id").asText(), n.get("text").asText());
          labels.put(n.get("id").asText(), n.get("group").asText());
        }
      }
    }
    Set<String> truePairs = pairs(labels);
    for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
      double[] pr = score(pairs(new StoryGrouper(t).group(texts)), truePairs);
      System.out.printf(
          "dedup sweep: threshold %.1f precision %.2f recall %.2f%n", t, pr[0], pr[1]);
    }
    double[] pr = score(pairs(StoryGrouper.standard().group(texts)), truePairs);
    System.out.printf(
        "dedup on the labelled corpus: %d articles, %d duplicate pairs, precision %.2f, recall %.2f%n",
        texts.size(), truePairs.size(), pr[0], pr[1]);
    assertThat(texts).hasSizeGreaterThanOrEqualTo(40);
    assertThat(pr[0]).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(pr[1]).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  static final String LABELLED = "/dedup/labelled.jsonl";
  private static final double PRECISION_FLOOR = 0.95;
  private static final double RECALL_FLOOR = 0.88;

  /** Pairs of ids in the same group, as "a|b". */
  private static Set<String> pairs(Map<String, String> groups) {
    Set<String> out = new HashSet<>();
    for (String a : groups.keySet()) {
      for (String b : groups.keySet()) {
        if (a.compareTo(b) < 0 && groups.get(a).equals(groups.get(b))) {
          out.add(pair(a, b));
        }
      }
    }
    return out;
  }

  /** Precision and recall of found pairs against true pairs. */
  private static double[] score(Set<String> found, Set<String> truth) {
    Set<String> hits = new HashSet<>(found);
    hits.retainAll(truth);
    double precision = found.isEmpty() ? 0 : (double) hits.size() / found.size();
    return new double[] {precision, (double) hits.size() / truth.size()};
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
