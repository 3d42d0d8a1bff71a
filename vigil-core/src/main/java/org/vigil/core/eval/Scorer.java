package org.vigil.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.core.cameo.CameoTable;

/** The scoring protocol of {@code SCORING.md}. */
public final class Scorer {
  private final Level level;

  /** Creates a scorer for one level. */
  public Scorer(Level level) {
    this.level = level;
  }

  /**
   * Scores predictions against gold documents.
   *
   * @param gold the gold documents
   * @param predictions predictions per document id (documents absent from the map predicted
   *     nothing)
   */
  public Score score(List<GoldRecord> gold, Map<String, List<Prediction>> predictions) {
    int hits = 0;
    int fps = 0;
    int misses = 0;
    Map<String, int[]> perRoot = new TreeMap<>();
    List<Score.Detail> details = new ArrayList<>();
    for (GoldRecord g : gold) {
      List<Prediction> preds =
          new ArrayList<>(new LinkedHashSet<>(predictions.getOrDefault(g.id(), List.of())));
      boolean[] used = new boolean[preds.size()];
      for (GoldEvent e : g.events()) {
        if (e.optional()) {
          continue;
        }
        int found = -1;
        for (int i = 0; i < preds.size(); i++) {
          if (!used[i] && matches(preds.get(i), e)) {
            found = i;
            break;
          }
        }
        if (found >= 0) {
          used[found] = true;
          hits++;
          count(perRoot, rootOf(e.code()), 0);
        } else {
          misses++;
          count(perRoot, rootOf(e.code()), 2);
          details.add(
              new Score.Detail(
                  g.id(), g.text(), "miss", e.source() + "->" + e.target() + " " + e.code()));
        }
      }
      for (GoldEvent e : g.events()) {
        if (e.optional()) {
          for (int i = 0; i < preds.size(); i++) {
            if (!used[i] && matches(preds.get(i), e)) {
              used[i] = true;
            }
          }
        }
      }
      for (int i = 0; i < preds.size(); i++) {
        if (used[i] || reverseOfReciprocal(preds.get(i), g)) {
          continue;
        }
        Prediction p = preds.get(i);
        fps++;
        count(perRoot, predictedKey(p.code()), 1);
        details.add(
            new Score.Detail(
                g.id(),
                g.text(),
                "false positive",
                p.source() + "->" + p.target() + " " + p.code()));
      }
    }
    Map<String, Score.Counts> roots = new TreeMap<>();
    perRoot.forEach((k, v) -> roots.put(k, new Score.Counts(v[0], v[1], v[2])));
    return new Score(level, hits, fps, misses, roots, details);
  }

  private static void count(Map<String, int[]> perRoot, String root, int slot) {
    perRoot.computeIfAbsent(root, k -> new int[3])[slot]++;
  }

  /** The row of a false positive: its PLOVER type at that level (none for 01/02), else its root. */
  private String predictedKey(String code) {
    if (level == Level.PLOVER) {
      return CameoTable.plover2016(code).orElse("(none)");
    }
    return code.substring(0, 2);
  }

  private String rootOf(String goldCode) {
    return level == Level.PLOVER ? goldCode : goldCode.substring(0, Math.min(2, goldCode.length()));
  }

  private boolean matches(Prediction p, GoldEvent e) {
    return codeMatches(p.code(), e)
        && ActorMatcher.matches(p.source(), e.source(), e.altSources(), false)
        && ActorMatcher.matches(p.target(), e.target(), e.altTargets(), true);
  }

  private boolean reverseOfReciprocal(Prediction p, GoldRecord g) {
    for (GoldEvent e : g.events()) {
      // At the PLOVER level the gold names the type: CONSULT is the type of the 04x acts.
      boolean reciprocal =
          e.code().startsWith("04")
              || e.code().equals("057")
              || (level == Level.PLOVER && e.code().equals("CONSULT"));
      if (reciprocal
          && codeMatches(p.code(), e)
          && ActorMatcher.matches(p.target(), e.source(), e.altSources(), false)
          && ActorMatcher.matches(p.source(), e.target(), e.altTargets(), true)) {
        return true;
      }
    }
    return false;
  }

  boolean codeMatches(String predicted, GoldEvent e) {
    List<String> accepted = new ArrayList<>();
    accepted.add(e.code());
    accepted.addAll(e.altCodes());
    for (String gold : accepted) {
      switch (level) {
        case ROOT:
          if (gold.length() >= 2 && predicted.startsWith(gold.substring(0, 2))) {
            return true;
          }
          break;
        case CODE:
          if (predicted.equals(gold) || (gold.length() == 2 && predicted.startsWith(gold))) {
            return true;
          }
          break;
        case PLOVER:
          Optional<String> type = CameoTable.plover2016(predicted);
          if (type.isPresent() && type.get().equals(gold)) {
            return true;
          }
          break;
        default:
          throw new IllegalStateException("level " + level);
      }
    }
    return false;
  }
}
