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

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
