package org.vigil.core.coder;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Decides how a trigger's clause asserts its act: modality, polarity, or that the act is not
 * asserted at all (requested, refused, denied, inside an if-clause, obliged).
 */
final class ClauseAnalysis {
  /**
   * The verdict for one trigger.
   *
   * @param modality how the act is asserted
   * @param polarity positive or negated
   * @param dropReason present when the act must not be coded, with the reason
   * @param threat the act is the object of a threat ("threatened to ...")
   */
  record Verdict(
      Modality modality, Polarity polarity, Optional<String> dropReason, boolean threat) {
    /** An act stated plainly: asserted, positive. */
    static final Verdict PLAIN =
        new Verdict(Modality.ASSERTED, Polarity.POSITIVE, Optional.empty(), false);
  }

  private final ClauseWords words;
  private final Predicate<String> triggerLemma;

  ClauseAnalysis(ClauseWords words, Predicate<String> triggerLemma) {
    this.words = words;
    this.triggerLemma = triggerLemma;
  }

  Verdict analyse(AnnotatedSentence s, int trigger, java.util.function.IntPredicate actorAt) {
    Modality modality = Modality.ASSERTED;
    boolean threat = false;
    Polarity polarity = negated(s, trigger) ? Polarity.NEGATIVE : Polarity.POSITIVE;
    for (int aux : s.children(trigger, "aux")) {
      String a = lemma(s, aux);
      if (words.is("future", a)) {
        modality = Modality.INTENDED;
      } else if (words.is("conditional", a)) {
        modality = Modality.CONDITIONAL;
      } else if (words.is("obligation", a)) {
        return drop(modality, polarity, "obligation '" + s.token(aux).word() + "'");
      }
    }
    for (int c : s.children(trigger, "advcl")) {
      if (hasMark(s, c, "condition")) {
        modality = Modality.CONDITIONAL;
      }
    }
    int x = trigger;
    for (int step = 0; step < 6; step++) {
      int g = s.head(x);
      if (g < 0) {
        break;
      }
      String rel = s.relation(x);
      String gl = lemma(s, g);
      if (rel.startsWith("advcl") && hasMark(s, x, "condition")) {
        return drop(modality, polarity, "inside a condition");
      }
      // "resume shelling", "continue bombing": a gerund under an aspect verb is its complement
      // whatever label the parser gave it.
      boolean aspectGerund =
          s.token(x).pos().equals("VBG")
              && (rel.equals("dep") || rel.equals("obj") || rel.equals("ccomp"))
              && words.is("aspect", gl);
      if (rel.equals("xcomp")
          || aspectGerund
          || (rel.startsWith("advcl") && hasMarkLemma(s, x, "to"))) {
        if (negated(s, g)) {
          polarity = Polarity.NEGATIVE;
        }
        boolean objectControl = false;
        if (rel.equals("xcomp")) {
          for (int o : s.children(g)) {
            if ((s.relationIs(o, "obj") || s.relationIs(o, "iobj")) && actorAt.test(o)) {
              objectControl = true;
            }
          }
        }
        if (objectControl && !words.is("implicative", gl)) {
          return drop(modality, polarity, "asked of another actor by '" + s.token(g).word() + "'");
        }
        if (objectControl) {
          x = g; // "prompted Seoul to suspend": Seoul's act happened; look further up
          continue;
        }
        if (words.is("unwilling", gl)) {
          modality = Modality.INTENDED;
          polarity = Polarity.NEGATIVE;
        } else if (words.is("threat", gl)
            || words.is("intent", gl)
            || agreedTo(s, g)
            || (copular(s, g)
                && (words.is("preparation", gl)
                    || words.is("intent", s.token(g).word().toLowerCase(Locale.ROOT))))) {
          // "is prepared to", "was still determined to": a participle used as an adjective
          modality = Modality.INTENDED;
          threat = threat || words.is("threat", gl);
        } else if (words.is("block", gl)) {
          return drop(modality, polarity, "under '" + s.token(g).word() + "'");
        } else if (!words.is("aspect", gl) && triggerLemma.test(gl) && s.token(g).isVerb()) {
          return drop(modality, polarity, "complement of another act '" + s.token(g).word() + "'");
        }
        x = g;
        continue;
      }
      if (rel.equals("ccomp")) {
        if (words.is("nonfactive", gl)) {
          return drop(modality, polarity, "not asserted under '" + s.token(g).word() + "'");
        }
        if (modality == Modality.ASSERTED) {
          modality = Modality.REPORTED;
        }
        break;
      }
      if (rel.equals("conj")) {
        x = g;
        continue;
      }
      boolean underNoun =
          (rel.startsWith("acl") && !rel.equals("acl:relcl"))
              || (rel.startsWith("advcl") && !s.token(g).isVerb());
      if (underNoun && words.is("unasserted.noun", gl)) {
        return drop(modality, polarity, "not asserted under '" + s.token(g).word() + "'");
      }
      break;
    }
    return new Verdict(modality, polarity, Optional.empty(), threat);
  }

  private static Verdict drop(Modality m, Polarity p, String reason) {
    return new Verdict(m, p, Optional.of(reason), false);
  }

  boolean negated(AnnotatedSentence s, int t) {
    for (int c : s.children(t)) {
      String r = s.relation(c);
      if ((r.startsWith("advmod") || r.equals("neg") || r.equals("det"))
          && words.is("negation", lemma(s, c))) {
        return true;
      }
    }
    return false;
  }

  boolean hasMark(AnnotatedSentence s, int clause, String wordClass) {
    for (int m : s.children(clause, "mark")) {
      if (words.is(wordClass, lemma(s, m))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasMarkLemma(AnnotatedSentence s, int clause, String lemma) {
    for (int m : s.children(clause, "mark")) {
      if (lemma(s, m).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** "is prepared to": the verb's participle used as an adjective, with a copula. */
  static boolean copular(AnnotatedSentence s, int g) {
    return !s.children(g, "cop").isEmpty() || !s.children(g, "aux:pass").isEmpty();
  }

  /** "reached a consensus to exchange information": an agreement reached to do something. */
  private boolean agreedTo(AnnotatedSentence s, int g) {
    if (!words.is("agreement.reach", lemma(s, g))) {
      return false;
    }
    for (int o : s.children(g, "obj")) {
      if (words.is("agreement.noun", lemma(s, o))) {
        return true;
      }
    }
    return false;
  }

  static String lemma(AnnotatedSentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
