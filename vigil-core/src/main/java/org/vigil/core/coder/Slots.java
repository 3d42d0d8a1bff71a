package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.text.AnnotatedSentence;

/** Finds the source and target head tokens of a trigger in the dependency tree. */
final class Slots {
  private Slots() {}

  /** True when the trigger is in the passive voice. */
  static boolean passive(AnnotatedSentence s, int t) {
    return !s.children(t, "nsubj:pass").isEmpty()
        || !s.children(t, "aux:pass").isEmpty()
        || passiveParticiple(s, t);
  }

  /**
   * A participle clause that is passive though it has no auxiliary: one that modifies a noun ("the
   * civilians imprisoned for acting against Moscow", "civilians killed by Russian troops"), and one
   * with a by-agent and no subject of its own ("The ministers opened talks, hosted by Antony
   * Blinken"). What it is done to is the noun, or the subject of the clause it hangs on.
   */
  static boolean passiveParticiple(AnnotatedSentence s, int t) {
    if (!s.token(t).pos().equals("VBN") || s.head(t) < 0) {
      return false;
    }
    String rel = s.relation(t);
    boolean modifier = rel.equals("acl");
    boolean clause = rel.equals("dep") || rel.startsWith("advcl");
    if ((!modifier && !clause) || !s.children(t, "nsubj").isEmpty()) {
      return false;
    }
    // "Doctors from two aid groups donated goods": a participle with an object is active.
    return modifier ? s.children(t, "obj").isEmpty() : !agents(s, t).isEmpty();
  }

  /** What a passive participle clause is done to (see {@link #passiveParticiple}). */
  private static List<Integer> participlePatient(AnnotatedSentence s, int t) {
    int h = s.head(t);
    return s.relationIs(t, "acl") ? List.of(h) : s.children(h, "nsubj");
  }

  /** Heads of the by-agent of a passive trigger. */
  static List<Integer> agents(AnnotatedSentence s, int t) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(t)) {
      String r = s.relation(c);
      if (r.equals("obl:agent") || (r.startsWith("obl") && ActorResolver.hasCase(s, c, "by"))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Source heads: the subject, the passive by-agent, or the subject inherited from the governing
   * clause (xcomp, purpose advcl, conj, participial acl).
   */
  static List<Integer> sources(AnnotatedSentence s, int t) {
    int x = t;
    boolean controlled = false;
    for (int depth = 0; depth < 5; depth++) {
      if (passive(s, x)) {
        if (x == t) {
          return agents(s, t);
        }
        // "Russia is prepared to invade", "was forced to withdraw": the passive subject controls
        // the complement (whether its act happened is the clause analysis's call).
        return controlled ? s.children(x, "nsubj:pass") : List.of();
      }
      List<Integer> subj = new ArrayList<>();
      for (int c : s.children(x, "nsubj")) {
        if (!s.relationIs(c, "nsubj:pass")) {
          subj.add(c);
        }
      }
      if (!subj.isEmpty()) {
        return subj;
      }
      String rel = s.relation(x);
      int g = s.head(x);
      if (g < 0) {
        return List.of();
      }
      if (rel.equals("xcomp")
          || rel.startsWith("advcl")
          || rel.equals("conj")
          || rel.equals("dep")) {
        controlled = rel.equals("xcomp");
        x = g;
      } else if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
        return List.of(g);
      } else {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * Target heads for one slot of a pattern, searched on the trigger and on the dependents that
   * satisfied the pattern's required elements.
   */
  static List<Integer> target(
      AnnotatedSentence s,
      int t,
      List<Integer> anchors,
      String slot,
      java.util.function.IntPredicate actor) {
    List<Integer> out = new ArrayList<>();
    switch (slot) {
      case "obj":
        out.addAll(passive(s, t) ? s.children(t, "nsubj:pass") : s.children(t, "obj"));
        if (out.isEmpty() && passiveParticiple(s, t)) {
          out.addAll(participlePatient(s, t));
        }
        if (out.isEmpty() && !passive(s, t)) {
          // "hosted Syria's President Ahmed al-Sharaa": parsers label a lone object before a
          // name as an indirect object.
          out.addAll(s.children(t, "iobj"));
        }
        int h = s.head(t);
        if (out.isEmpty() && !passive(s, t) && s.relationIs(t, "conj") && h >= 0) {
          // "tortured and killed civilians": the shared object hangs on the first verb.
          for (int o : s.children(h, "obj")) {
            if (o > t) {
              out.add(o);
            }
          }
        }
        return out;
      case "iobj":
        out.addAll(s.children(t, "iobj"));
        return out;
      case "ccomp":
        // "warned that Russia would ...", and on a required noun: "reiterated its demand that
        // Israel ease restrictions".
        for (int n : anchorsAndTrigger(t, anchors)) {
          for (int c : s.children(n, "ccomp")) {
            out.addAll(s.children(c, "nsubj"));
          }
        }
        return out;
      case "xcomp":
        for (int c : s.children(t, "xcomp")) {
          List<Integer> subj = s.children(c, "nsubj");
          out.addAll(subj.isEmpty() ? s.children(c, "obj") : subj);
        }
        return out;
      default:
        String[] words = slot.split("_");
        List<Integer> nodes = anchorsAndTrigger(t, anchors);
        for (int a : anchors) {
          if (s.token(a).isVerb() && s.relationIs(a, "xcomp")) {
            // "refused to lift the curfew on Palestinians": the phrase hangs on the object of
            // the complement verb the pattern names, unless that object is itself an actor
            // ("hand over the general to the tribunal").
            for (int o : s.children(a, "obj")) {
              if (!actor.test(o)) {
                nodes.add(o);
              }
            }
          }
        }
        for (int n : nodes) {
          for (int c : s.children(n)) {
            String r = s.relation(c);
            boolean prepPhrase =
                (r.startsWith("obl") || r.startsWith("nmod"))
                    && !r.equals("obl:tmod")
                    && !r.equals("obl:npmod")
                    && !r.equals("nmod:poss")
                    && !r.equals("obl:agent");
            if (prepPhrase && (r.endsWith(":" + slot) || hasPreposition(s, c, words))) {
              out.add(c);
            }
            if (n == t && words.length == 1 && (r.startsWith("advcl") || r.equals("xcomp"))) {
              out.addAll(misparsedPrepositionalSubject(s, c, words[0]));
            }
          }
        }
        return out;
    }
  }

  private static List<Integer> anchorsAndTrigger(int t, List<Integer> anchors) {
    List<Integer> nodes = new ArrayList<>();
    nodes.add(t);
    nodes.addAll(anchors);
    return nodes;
  }

  /**
   * "sent experts to Lithuania to help": parsers often read "Lithuania" as the subject of "help"
   * with "to" as its marker; the preposition right before that subject gives it back to the verb.
   */
  private static List<Integer> misparsedPrepositionalSubject(
      AnnotatedSentence s, int clause, String prep) {
    List<Integer> out = new ArrayList<>();
    for (int n : s.children(clause, "nsubj")) {
      int first = n;
      for (int k : s.children(n)) {
        first = Math.min(first, k);
      }
      if (first > 0
          && s.token(first - 1).word().equalsIgnoreCase(prep)
          && s.relationIs(first - 1, "mark")
          && s.head(first - 1) == clause) {
        out.add(n);
      }
    }
    return out;
  }

  private static boolean hasPreposition(AnnotatedSentence s, int c, String[] words) {
    for (int k : s.children(c, "case")) {
      if (!s.token(k).word().equalsIgnoreCase(words[0])) {
        continue;
      }
      if (words.length == 1) {
        return true;
      }
      List<Integer> fixed = s.children(k, "fixed");
      if (!fixed.isEmpty() && s.token(fixed.get(0)).word().equalsIgnoreCase(words[1])) {
        return true;
      }
      // "out of Niger" is also parsed as two case words of the noun.
      int next = k + 1;
      if (words.length == 2
          && next < c
          && s.head(next) == c
          && s.relationIs(next, "case")
          && s.token(next).word().equalsIgnoreCase(words[1])) {
        return true;
      }
    }
    return false;
  }
}
