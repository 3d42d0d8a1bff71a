package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.source.JsonLinesReader;
import org.vigil.core.source.SourceItem;
import org.vigil.core.text.Document;

/** The bundled sample corpus (the 2021 Belarus-EU border crisis, written by this project). */
final class SampleCorpus {
  static final String RESOURCE = "/vigil/sample/belarus-2021.jsonl";

  private SampleCorpus() {}

  static List<Document> load() {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      JsonLinesReader reader = new JsonLinesReader(1 << 20);
      List<Document> docs = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        SourceItem item = reader.read(RESOURCE + ":" + (i + 1), lines[i], Optional.empty());
        if (item instanceof SourceItem.Accepted a) {
          docs.add(a.document());
        } else {
          throw new IllegalStateException("bad sample record: " + item);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
