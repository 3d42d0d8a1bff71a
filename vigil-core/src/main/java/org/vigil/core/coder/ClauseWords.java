package org.vigil.core.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The closed word classes of {@code vigil/coder/clause-words.tsv}. */
public final class ClauseWords {
  private final Map<String, Set<String>> classes;

  private ClauseWords(Map<String, Set<String>> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** Loads the bundled word classes. */
  public static ClauseWords load() {
    try (InputStream in = ClauseWords.class.getResourceAsStream("/vigil/coder/clause-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing /vigil/coder/clause-words.tsv");
      }
      Map<String, Set<String>> map = new HashMap<>();
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("class\t")) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(
            f[0],
            java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(java.util.Arrays.asList(f[1].split("\\|")))));
      }
      return new ClauseWords(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the word classes that start with {@code prefix}, sorted. */
  public List<String> classesStartingWith(String prefix) {
    return classes.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
  }

  /** The lemmas of word class {@code name}, in the file's order. */
  public List<String> members(String name) {
    Set<String> set = classes.get(name);
    if (set == null) {
      throw new IllegalArgumentException("unknown word class " + name);
    }
    return List.copyOf(set);
  }

  /** True when {@code lemma} is in word class {@code name}. */
  public boolean is(String name, String lemma) {
    Set<String> set = classes.get(name);
    if (set == null) {
      throw new IllegalArgumentException("unknown word class " + name);
    }
    return set.contains(lemma);
  }
}
