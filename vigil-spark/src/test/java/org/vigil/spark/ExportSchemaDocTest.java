package org.vigil.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export schema in code and in docs/event-schema.md ("Store exports") are the same. */
class ExportSchemaDocTest {
  @Test
  void theDocumentedExportColumnsAreTheSchemaSparkChecks() throws Exception {
    List<String> documented = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(Path.of("..", "docs", "event-schema.md"))) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Store exports");
      } else if (inSection && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        documented.add(cells[1].strip().replace("`", "") + " " + cells[2].strip());
      }
    }
    assertThat(documented)
        .containsExactlyElementsOf(
            Arrays.stream(EventFrames.SCHEMA.fields())
                .map(f -> f.name() + " " + f.dataType().simpleString())
                .toList());
  }
}
