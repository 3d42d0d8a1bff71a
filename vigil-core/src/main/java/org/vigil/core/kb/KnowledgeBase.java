package org.vigil.core.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The loaded, compiled knowledge base: immutable and safe to share between threads.
 *
 * @param version content version ({@code 1.<hash>}), recorded on every event
 * @param actors named actors and role nouns
 * @param patterns verb patterns
 * @param discards rules that keep sports, entertainment and market news out
 * @param lexicon compiled phrase matcher over {@code actors}
 * @param index compiled pattern index over {@code patterns}
 * @param fileCounts entries per file, in load order
 */
public record KnowledgeBase(
    String version,
    List<ActorEntry> actors,
    List<PatternEntry> patterns,
    List<DiscardRule> discards,
    PhraseLexicon lexicon,
    PatternIndex index,
    Map<String, Integer> fileCounts) {
  /** Copies the fields. */
  public KnowledgeBase {
    Objects.requireNonNull(version, "version");
    actors = List.copyOf(actors);
    patterns = List.copyOf(patterns);
    discards = List.copyOf(discards);
    Objects.requireNonNull(lexicon, "lexicon");
    Objects.requireNonNull(index, "index");
    fileCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fileCounts));
  }

  /** Compiles a knowledge base from entries (used by the loader and by tests). */
  public static KnowledgeBase compile(
      String version,
      List<ActorEntry> actors,
      List<PatternEntry> patterns,
      List<DiscardRule> discards,
      Map<String, Integer> fileCounts) {
    return new KnowledgeBase(
        version,
        actors,
        patterns,
        discards,
        new PhraseLexicon(actors),
        new PatternIndex(patterns),
        fileCounts);
  }

  /** Entry counts by actor kind, then patterns, for {@code kb stats}. */
  public Map<String, Integer> countsByKind() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (ActorKind k : ActorKind.values()) {
      out.put(k.name().toLowerCase(java.util.Locale.ROOT), 0);
    }
    for (ActorEntry a : actors) {
      out.merge(a.kind().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    out.put("discards", discards.size());
    out.put("patterns", patterns.size());
    List<String> roots = new ArrayList<>();
    for (PatternEntry p : patterns) {
      roots.add(p.code().substring(0, 2));
    }
    for (String r : new java.util.TreeSet<>(roots)) {
      out.put("patterns." + r, (int) roots.stream().filter(r::equals).count());
    }
    return out;
  }
}
