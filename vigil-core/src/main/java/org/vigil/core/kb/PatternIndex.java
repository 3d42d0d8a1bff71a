package org.vigil.core.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Patterns by trigger lemma, most specific first, then by id: a deterministic order. */
public final class PatternIndex {
  private static final Comparator<PatternEntry> PRIORITY =
      Comparator.comparingInt((PatternEntry p) -> -p.pattern().specificity())
          .thenComparing(PatternEntry::id);
  private final Map<String, List<PatternEntry>> byTrigger;

  /** Compiles the index. */
  public PatternIndex(List<PatternEntry> patterns) {
    Map<String, List<PatternEntry>> map = new HashMap<>();
    for (PatternEntry p : patterns) {
      for (String t : p.pattern().triggers()) {
        map.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<PatternEntry>> frozen = new HashMap<>();
    map.forEach(
        (k, v) -> {
          v.sort(PRIORITY);
          frozen.put(k, List.copyOf(v));
        });
    this.byTrigger = Map.copyOf(frozen);
  }

  /** Patterns for a lemma, in priority order; empty when the lemma triggers nothing. */
  public List<PatternEntry> forLemma(String lemma) {
    return byTrigger.getOrDefault(lemma, List.of());
  }

  /** True when the lemma is a trigger. */
  public boolean isTrigger(String lemma) {
    return byTrigger.containsKey(lemma);
  }

  /** All trigger lemmas. */
  public Set<String> triggers() {
    return byTrigger.keySet();
  }
}
