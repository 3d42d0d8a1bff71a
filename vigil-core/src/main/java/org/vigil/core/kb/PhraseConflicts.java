package org.vigil.core.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;

/** Finds phrases that name two different codes in overlapping periods. */
final class PhraseConflicts {
  private PhraseConflicts() {}

  static List<Problem> find(Collection<ActorEntry> entries) {
    Map<String, List<ActorEntry>> byPhrase = new HashMap<>();
    for (ActorEntry e : entries) {
      for (Map.Entry<PhraseForm, List<String>> f : e.phrases().entrySet()) {
        for (String p : f.getValue()) {
          String key = f.getKey().name() + "|" + casedKey(p);
          List<ActorEntry> list = byPhrase.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(e)) {
            list.add(e);
          }
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, List<ActorEntry>> g : byPhrase.entrySet()) {
      List<ActorEntry> list = g.getValue();
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          ActorEntry a = list.get(i);
          ActorEntry b = list.get(j);
          if (!a.code().equals(b.code()) && overlap(a, b)) {
            String phrase = g.getKey().substring(g.getKey().indexOf('|') + 1);
            problems.add(
                new Problem(
                    ProblemCode.KB_PHRASE_CONFLICT,
                    b.source().toString(),
                    "kb",
                    "phrase '"
                        + phrase
                        + "' of "
                        + b.id()
                        + " ("
                        + b.code()
                        + ") also names "
                        + a.id()
                        + " ("
                        + a.code()
                        + ") at "
                        + a.source()
                        + " in an overlapping period"));
          }
        }
      }
    }
    problems.sort(java.util.Comparator.comparing(Problem::location));
    return problems;
  }

  private static String casedKey(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String piece : PhraseLexicon.piecesOfPhrase(phrase)) {
      sb.append(Character.isUpperCase(piece.codePointAt(0)) ? "^" : "")
          .append(PhraseLexicon.normalize(piece))
          .append(' ');
    }
    return sb.toString().trim();
  }

  private static boolean overlap(ActorEntry a, ActorEntry b) {
    LocalDate aFrom = a.from().orElse(LocalDate.MIN);
    LocalDate bFrom = b.from().orElse(LocalDate.MIN);
    LocalDate aUntil = a.until().orElse(LocalDate.MAX);
    LocalDate bUntil = b.until().orElse(LocalDate.MAX);
    return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
  }
}
