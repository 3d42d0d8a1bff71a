package org.vigil.core.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled verb pattern (see {@code docs/kb-format.md}).
 *
 * @param triggers trigger lemmas
 * @param required dependents the trigger must have
 * @param forbidden dependents the trigger must not have
 * @param slots where to look for the target, in order of preference
 */
public record Pattern(
    Set<String> triggers,
    List<Constraint> required,
    List<Constraint> forbidden,
    List<String> slots) {

  /** Relations that name a grammatical slot rather than a preposition. */
  public static final Set<String> GRAMMATICAL_SLOTS = Set.of("obj", "iobj", "ccomp", "xcomp");

  /**
   * A dependent constraint.
   *
   * @param relation UD relation prefix
   * @param lemmas accepted lemmas of the dependent; {@code *} accepts any
   */
  public record Constraint(String relation, Set<String> lemmas) {
    /** Copies the fields. */
    public Constraint {
      Objects.requireNonNull(relation, "relation");
      lemmas = Set.copyOf(lemmas);
    }

    /** True when a dependent with this lemma satisfies the constraint. */
    public boolean accepts(String lemma) {
      return lemmas.contains(ANY) || lemmas.contains(lemma);
    }
  }

  /** The lemma that stands for any lemma in a constraint ({@code +xcomp=*}). */
  public static final String ANY = "*";

  /** Copies the fields. */
  public Pattern {
    triggers = Set.copyOf(triggers);
    required = List.copyOf(required);
    forbidden = List.copyOf(forbidden);
    slots = List.copyOf(slots);
  }

  /**
   * Priority among patterns of the same trigger: more elements are more specific, and a required
   * dependent with listed lemmas counts more than one that accepts any ({@code *}), so "order to
   * pay" wins over "order to" whatever else each forbids.
   */
  public int specificity() {
    int any = (int) required.stream().filter(c -> c.lemmas().contains(ANY)).count();
    return 2 * (2 * (required.size() - any) + forbidden.size()) + any;
  }

  /**
   * Parses the pattern language.
   *
   * @throws IllegalArgumentException with a reason when the text is not a valid pattern
   */
  public static Pattern parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    Set<String> triggers = lemmas(parts[0], "trigger");
    if (triggers.contains(ANY)) {
      throw new IllegalArgumentException("a trigger must be a lemma, not " + ANY);
    }
    List<Constraint> required = new ArrayList<>();
    List<Constraint> forbidden = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      char kind = p.charAt(0);
      String body = p.substring(1);
      switch (kind) {
        case '+':
        case '-':
          int eq = body.indexOf('=');
          if (eq <= 0 || eq == body.length() - 1) {
            throw new IllegalArgumentException("'" + p + "' must be " + kind + "relation=lemma");
          }
          String rel = body.substring(0, eq);
          if (!rel.matches("[a-z]+(:[a-z]+)?")) {
            throw new IllegalArgumentException("bad relation '" + rel + "' in '" + p + "'");
          }
          Constraint c = new Constraint(rel, lemmas(body.substring(eq + 1), p));
          (kind == '+' ? required : forbidden).add(c);
          break;
        case '>':
          if (!body.matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("bad slot '" + p + "'");
          }
          slots.add(body);
          break;
        default:
          throw new IllegalArgumentException(
              "element '" + p + "' must start with +, - or > (trigger alternatives use |)");
      }
    }
    return new Pattern(triggers, required, forbidden, slots);
  }

  private static Set<String> lemmas(String text, String where) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\\|", -1)) {
      if (l.isEmpty() || !l.equals(l.toLowerCase(java.util.Locale.ROOT)) || l.contains("=")) {
        throw new IllegalArgumentException("bad lemma list '" + text + "' in " + where);
      }
      out.add(l);
    }
    return Set.copyOf(out);
  }
}
