package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Refines the CAMEO code a pattern gave an act by who did it and with what: a blockade by civilians
 * is a protest (144), property destroyed by protesters a riot (145), a killing in shelling or an
 * air strike artillery or aerial force (194, 195), a strike from the air aerial force, a killing by
 * a bomb a bombing (183x). Each refinement is reported with a rule suffix.
 */
final class ActRefiner {
  private final ClauseWords words;
  private final Map<String, String> nominalCodes;

  ActRefiner(ClauseWords words, Map<String, String> nominalCodes) {
    this.words = words;
    this.nominalCodes = nominalCodes;
  }

  /**
   * A refinement of an act's code.
   *
   * @param code the new code
   * @param suffix what the event's rule gets ({@code >riot} ...)
   * @param why what {@code explain} says
   */
  record Refined(String code, String suffix, String why) {}

  /** The refinements of {@code code} for trigger {@code t}, in the order they apply. */
  List<Refined> refine(AnnotatedSentence s, int t, String code, List<Resolved> sources) {
    List<Refined> out = new ArrayList<>();
    int root = Integer.parseInt(code.substring(0, 2));
    Optional<String> bombing = (root == 18 || root == 19) ? bombingMeans(s, t) : Optional.empty();
    String current = code;
    if (current.startsWith("191") && civilian(sources)) {
      // "Polish truckers blocked border crossings": a blockade by civilians is a protest.
      current = add(out, "144", ">civilians", "the authors are civilians");
    }
    if (current.startsWith("171") && protesting(sources)) {
      // "The building was demolished by a protester": destruction by protesters is a riot.
      current = add(out, "145", ">riot", "the authors are protesters");
    }
    Optional<String> means = current.equals("190") ? weaponMeans(s, t) : Optional.empty();
    if (means.isPresent()) {
      // "were killed in Israeli tank shelling": the means names the kind of force.
      current = add(out, means.get(), ">means", "the means names the force");
    }
    if (current.equals("190") && aerial(s, t)) {
      // "launched an air strike against X", "carried out missile strikes": aerial weapons.
      current = add(out, "195", ">aerial", "the means is aerial");
    }
    if (bombing.isPresent() && !bombing.get().equals(current)) {
      // "wounded two soldiers in a bomb attack": killing by a bomb is a bombing (183).
      add(out, bombing.get(), ">bombing", "the means is a bomb");
    }
    return out;
  }

  /** A phrase of a harm verb that names its means: "in a bomb attack", "by shelling", "with". */
  private static boolean meansPhrase(AnnotatedSentence s, int c) {
    if (!s.relation(c).startsWith("obl")) {
      return false;
    }
    for (String p : MEANS_CASES) {
      if (ActorResolver.hasCase(s, c, p)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> MEANS_CASES = List.of("in", "by", "with", "during");

  private static String add(List<Refined> out, String code, String suffix, String why) {
    out.add(new Refined(code, suffix, why));
    return code;
  }

  /**
   * The bombing code (183, or 1831 suicide, 1832 car, 1833 roadside) when a harm verb names a bomb
   * as its means: "killed by an improvised explosive device", "wounded in a bomb attack", "died in
   * a suicide car bombing".
   */
  private Optional<String> bombingMeans(AnnotatedSentence s, int t) {
    if (!words.is("harm", ClauseAnalysis.lemma(s, t))) {
      return Optional.empty();
    }
    for (int c : s.children(t)) {
      boolean means = meansPhrase(s, c);
      // "a suicide bomber killed 170 people": the bomber is a person, not an aircraft.
      boolean bomber =
          (s.relationIs(c, "nsubj") || means) && ClauseAnalysis.lemma(s, c).equals("bomber");
      if (!means && !bomber) {
        continue;
      }
      List<String> modifiers = new ArrayList<>();
      modifiers.add(ClauseAnalysis.lemma(s, c));
      for (int m : s.children(c)) {
        if (s.relationIs(m, "compound") || s.relationIs(m, "amod")) {
          modifiers.add(ClauseAnalysis.lemma(s, m));
        }
      }
      boolean bomb =
          bomber
              ? modifiers.contains("suicide") || modifiers.stream().anyMatch(this::carBomb)
              : modifiers.stream().anyMatch(w -> words.is("bomb.means", w))
                  && modifiers.stream().noneMatch(w -> words.is("munition.military", w));
      if (!bomb) {
        continue;
      }
      if (modifiers.contains("suicide")) {
        return Optional.of("1831");
      }
      if (modifiers.stream().anyMatch(this::carBomb)) {
        return Optional.of("1832");
      }
      if (modifiers.contains("roadside") || modifiers.contains("improvised")) {
        return Optional.of("1833");
      }
      return Optional.of("183");
    }
    return Optional.empty();
  }

  /** True when every source is a civilian group: workers, businesses, farmers, protesters. */
  private boolean civilian(List<Resolved> sources) {
    return !sources.isEmpty()
        && sources.stream()
            .allMatch(
                r -> {
                  String c = r.code();
                  return c.length() >= 6 && words.is("role.civilian", c.substring(c.length() - 3));
                });
  }

  /** True when every source is a crowd of protesters (by the role noun that names it). */
  private boolean protesting(List<Resolved> sources) {
    return !sources.isEmpty()
        && sources.stream()
            .allMatch(r -> r.entries().stream().anyMatch(e -> words.is("protest.agent", e)));
  }

  /** True when the act is the complement of a verb of getting ready ("prepared to attack"). */
  boolean preparing(AnnotatedSentence s, int t) {
    int x = t;
    for (int step = 0; step < 3; step++) {
      int g = s.head(x);
      boolean complement =
          s.relationIs(x, "xcomp")
              || (s.relation(x).startsWith("advcl") && ClauseAnalysis.hasMarkLemma(s, x, "to"))
              || (step > 0 || s.token(x).pos().equals("VBG")) && s.relationIs(x, "dep");
      if (!complement || g < 0 || !s.token(g).isVerb()) {
        return false;
      }
      String gl = ClauseAnalysis.lemma(s, g);
      if (words.is("preparation", gl)) {
        return !ClauseAnalysis.copular(s, g); // "is prepared to invade" is an intent
      }
      if (!words.is("aspect", gl)) {
        return false;
      }
      x = g; // "prepared to resume shelling"
    }
    return false;
  }

  /**
   * The code of artillery or aerial force (194, 195) when a harm verb names it as its means:
   * "killed in tank shelling", "wounded in an air strike".
   */
  private Optional<String> weaponMeans(AnnotatedSentence s, int t) {
    if (!words.is("harm", ClauseAnalysis.lemma(s, t))) {
      return Optional.empty();
    }
    for (int c : s.children(t)) {
      if (!meansPhrase(s, c)) {
        continue;
      }
      String word = s.token(c).word().toLowerCase(java.util.Locale.ROOT);
      String code = nominalCodes.getOrDefault(ClauseAnalysis.lemma(s, c), nominalCodes.get(word));
      for (int m : s.children(c, "compound")) {
        if (ClauseAnalysis.lemma(s, m).equals("air")) {
          code = nominalCodes.getOrDefault("air-" + ClauseAnalysis.lemma(s, c), code);
        }
      }
      if (code != null && (code.startsWith("194") || code.startsWith("195"))) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** True when the act's object is an air, drone or missile strike, raid or attack. */
  private boolean aerial(AnnotatedSentence s, int t) {
    List<Integer> objects = new ArrayList<>(s.children(t, "obj"));
    objects.addAll(s.children(t, "nsubj:pass"));
    for (int o : objects) {
      String noun = ClauseAnalysis.lemma(s, o);
      if (!noun.equals("strike") && !noun.equals("raid") && !words.is("nominal.190", noun)) {
        continue; // "attacked an air base" is not an air strike
      }
      for (int m : s.children(o)) {
        boolean modifier = s.relationIs(m, "compound") || s.relationIs(m, "amod");
        if (modifier && words.is("means.aerial", ClauseAnalysis.lemma(s, m))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when noun {@code x} is modified by military ordnance ("minefield explosion"). */
  boolean militaryMunition(AnnotatedSentence s, int x) {
    for (int m : s.children(x)) {
      boolean modifier = s.relationIs(m, "compound") || s.relationIs(m, "amod");
      if (modifier && words.is("munition.military", ClauseAnalysis.lemma(s, m))) {
        return true;
      }
    }
    return false;
  }

  private boolean carBomb(String lemma) {
    return words.is("bomb.vehicle", lemma);
  }
}
