package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.vigil.core.kb.ActorKind;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Where an act's target is found when its pattern's slots hold no actor (ADR 6): the place of the
 * act, a protest's purpose, a comment's topic, an object the parser read as a clause, the
 * government a protest addresses. Each search reads structure only and excludes the author.
 */
final class TargetFinder {
  private final ActorResolver resolver;
  private final ClauseWords words;
  private final UnaryOperator<String> entity;

  TargetFinder(ActorResolver resolver, ClauseWords words, UnaryOperator<String> entity) {
    this.resolver = resolver;
    this.words = words;
    this.entity = entity;
  }

  private String entity(String code) {
    return entity.apply(code);
  }

  /**
   * A target found beyond the slots.
   *
   * @param actors the target actors
   * @param suffix what the event's rule gets ({@code >place}, {@code >topic} ...)
   * @param why what {@code explain} says
   */
  record Found(List<Resolved> actors, String suffix, String why) {}

  /**
   * The target of an act whose pattern's slots hold no actor, searched in ADR 6's order: the place
   * or phrases of the act (or the author's own country for curfews), a comment's topic, a misparsed
   * object, a protest's purpose, a protest's government.
   *
   * @param paired true when conjoined sources of a cooperative act will be paired with each other
   */
  Optional<Found> beyondSlots(
      SentenceScope scope,
      DocumentMemory memory,
      int t,
      String code,
      List<Resolved> sources,
      Set<String> sourceCodes,
      boolean paired) {
    AnnotatedSentence s = scope.sentence;
    int root = Integer.parseInt(code.substring(0, 2));
    List<Found> found = new ArrayList<>();
    if (placeTargeted(code)) {
      placed(scope, memory, t, code, root, sources, sourceCodes, paired).ifPresent(found::add);
    }
    if (found.isEmpty()
        && (root == 1 || root == 3 || root == 5 || root == 9 || code.equals("015"))) {
      // "expressed sorrow for the shootings in South Carolina", "claimed responsibility for the
      // attack on a mall in Kenya's capital": a comment on an event is about whom the event names.
      boolean deep = code.equals("015") || root == 3 || root == 9;
      boolean complement = code.equals("015") || code.equals("016");
      List<Resolved> topic =
          topicTarget(scope, memory, t, sourceCodes, deep, complement, root == 1);
      add(found, topic, ">topic", "comment on an event");
    }
    if (found.isEmpty() && (root == 11 || root == 12) && s.children(t, "obj").isEmpty()) {
      List<Resolved> object = misparsedObject(scope, memory, t, sourceCodes);
      add(found, object, ">object", "object read as a clause by the parser");
    }
    if (found.isEmpty() && root >= 15) {
      List<Resolved> aimed = forcePurposeTarget(scope, memory, t, sourceCodes);
      add(found, aimed, ">purpose", "force used against whom its purpose names");
    }
    if (found.isEmpty() && root == 14) {
      List<Resolved> aimed = protestPurposeTarget(scope, memory, t, sourceCodes);
      add(found, aimed, ">purpose", "protest aimed at whom its purpose names");
    }
    if (found.isEmpty() && root == 14) {
      List<Resolved> implicit = implicitProtestTarget(scope, t, sources);
      add(found, implicit, ">government", "protest with no named target");
    }
    return found.stream().findFirst();
  }

  /**
   * "Police fired tear gas to disperse protesters", "troops opened fire to stop the crowd": force
   * used for a purpose is aimed at the object of that purpose.
   */
  private List<Resolved> forcePurposeTarget(
      SentenceScope scope, DocumentMemory memory, int t, Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    List<Resolved> out = new ArrayList<>();
    for (int c : s.children(t)) {
      boolean purpose = s.relationIs(c, "xcomp") || s.relation(c).startsWith("advcl");
      if (!purpose || !ClauseAnalysis.hasMarkLemma(s, c, "to") || !s.token(c).isVerb()) {
        continue;
      }
      for (int o : s.children(c, "obj")) {
        out.addAll(resolver.resolve(scope, memory, o));
      }
    }
    out.removeIf(r -> sourceCodes.contains(r.code()));
    return out;
  }

  private static void add(List<Found> found, List<Resolved> actors, String suffix, String why) {
    if (!actors.isEmpty()) {
      found.add(new Found(actors, suffix, why));
    }
  }

  /** The place of the act, the actor its phrases name, or a curfew's own country. */
  private Optional<Found> placed(
      SentenceScope scope,
      DocumentMemory memory,
      int t,
      String code,
      int root,
      List<Resolved> sources,
      Set<String> sourceCodes,
      boolean paired) {
    AnnotatedSentence s = scope.sentence;
    // A curfew, a state of emergency or its easing is aimed at the country's own people:
    // "Sudan's government lifted the state of emergency in Darfur" is SDNGOV -> SDN.
    Set<String> others = domestic(code) ? Set.of() : sourceCodes;
    List<Resolved> found = placeOfAct(scope, t, others);
    List<Integer> complements = new ArrayList<>(s.children(t, "xcomp"));
    complements.addAll(s.children(t, "ccomp"));
    for (int c : complements) {
      if (found.isEmpty() && root == 13) {
        // "threatened to resume attacks in Israel", "warned that it could strike Kyiv"
        found = placeOfAct(scope, c, others);
      }
    }
    if (found.isEmpty() && !domestic(code) && root != 8 && !paired) {
      // "moved into the buffer zone on the Syrian side": the actor the act's phrases name.
      Set<String> own = new HashSet<>();
      sourceCodes.forEach(c -> own.add(entity(c)));
      for (int c : s.children(t)) {
        boolean phrase = s.relation(c).startsWith("obl") && !s.relationIs(c, "obl:tmod");
        if (found.isEmpty() && (phrase || s.relationIs(c, "obj")) && !s.token(c).isVerb()) {
          found = actorBelow(scope, memory, c, own, false);
        }
      }
    }
    if (!found.isEmpty()) {
      return Optional.of(
          new Found(found, ">place", "act with no named target, its place or phrase"));
    }
    if (!domestic(code)) {
      return Optional.empty();
    }
    // "declared martial law": a curfew or emergency rule is imposed on one's own country.
    Set<String> countries = new java.util.TreeSet<>();
    sources.forEach(r -> countries.add(entity(r.code())));
    if (countries.size() != 1 || countries.iterator().next().length() != 3) {
      return Optional.empty();
    }
    Resolved src = sources.get(0);
    Resolved own =
        new Resolved(
            countries.iterator().next(),
            ActorKind.COUNTRY,
            false,
            List.of(),
            src.start(),
            src.end());
    return Optional.of(
        new Found(
            List.of(own), ">own-country", "act with no named target, the author's own country"));
  }

  /**
   * Acts that may be aimed at a place rather than a named actor: investigations, threats, force
   * postures, reductions of relations and aid, material conflict, and the easing of restrictions or
   * of military engagement ("lifted the curfew in Abidjan", "withdrew from Gorazde").
   */
  static boolean placeTargeted(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root == 9
        || root == 13
        || root >= 15
        || code.startsWith("081")
        || code.startsWith("087");
  }

  /** Restrictions a government imposes or eases on its own people: curfews, emergency rule. */
  static boolean domestic(String code) {
    return code.startsWith("081") || code.startsWith("172");
  }

  /**
   * "Israel reimposed blockades in the West Bank", "fired shells at targets in Jericho": a material
   * conflict act with no named target is aimed at the country where it takes place, when that is
   * not the source's own.
   */
  private static List<Resolved> placeOfAct(SentenceScope scope, int t, Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    Optional<Resolved> place = scope.placeCountry(t);
    for (int c : s.children(t)) {
      String r = s.relation(c);
      if (place.isEmpty() && (r.equals("obj") || r.startsWith("obl"))) {
        place = scope.placeCountry(c);
        for (int acl : s.children(c, "acl")) {
          if (place.isEmpty()) {
            place = scope.placeCountry(acl); // "lifted the curfew imposed in Sudan"
          }
        }
      }
    }
    return place
        .filter(p -> sourceCodes.stream().noneMatch(src -> src.startsWith(p.code())))
        .map(List::of)
        .orElse(List.of());
  }

  /**
   * A protest whose purpose names its addressee: "rallied to demand the resignation of President
   * X", "began a hunger strike demanding reforms by the government", "blocked roads in protest at
   * the government's decision", "in defiance of Chinese authorities". The first actor found below
   * the purpose (possessors included) other than the protesters themselves.
   */
  List<Resolved> protestPurposeTarget(
      SentenceScope scope, DocumentMemory memory, int t, Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    List<Integer> heads = new ArrayList<>();
    heads.add(t);
    for (int c : s.children(t)) {
      if (s.relationIs(c, "obj") || s.relation(c).startsWith("obl")) {
        heads.add(c); // "began a hunger strike to demand", "during demonstrations against"
      }
    }
    for (int h : heads) {
      for (int c : s.children(h)) {
        String r = s.relation(c);
        String lemma = s.token(c).lemma().toLowerCase(java.util.Locale.ROOT);
        boolean clause =
            (r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("acl"))
                && words.is("protest.purpose", lemma);
        boolean phrase =
            (r.startsWith("obl") || r.startsWith("nmod")) && words.is("protest.stance", lemma);
        if (clause || phrase) {
          List<Resolved> found = actorBelow(scope, memory, c, sourceCodes);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "rejected North Korea's demand to sever ties", "rejected a United Nations appeal for ...":
   * parsers often hang a rejected or criticised object on the verb as a clause ("demand" as the
   * subject of "sever") or as an unlabelled dependent. With no object, the actor that phrase names
   * is the target.
   */
  private List<Resolved> misparsedObject(
      SentenceScope scope, DocumentMemory memory, int t, Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    Set<String> own = new HashSet<>(sourceCodes);
    sourceCodes.forEach(c -> own.add(entity(c)));
    for (int c : s.children(t)) {
      if (c < t || !(s.relationIs(c, "dep") || s.relationIs(c, "ccomp"))) {
        continue;
      }
      List<Integer> heads = new ArrayList<>();
      if (s.token(c).isVerb()) {
        s.children(c).stream().filter(k -> s.relation(k).startsWith("nsubj")).forEach(heads::add);
      } else {
        heads.add(c);
      }
      for (int h : heads) {
        if (s.token(h).isPronoun()) {
          continue;
        }
        List<Resolved> found = new ArrayList<>(resolver.resolve(scope, memory, h));
        found.removeIf(
            f -> own.contains(f.code()) || own.contains(entity(f.code())) || f.bareRole());
        if (found.isEmpty()) {
          found = actorBelow(scope, memory, h, own, false);
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The actor an act's topic phrase names ("sorrow for the shootings in X", "agreed on a roadmap
   * for easing sanctions on X", "an investigation into X"), if any; {@code clauses} also searches
   * the topic's own clauses, {@code complement} the act's clausal complement ("denied that ...").
   */
  private List<Resolved> topicTarget(
      SentenceScope scope,
      DocumentMemory memory,
      int t,
      Set<String> sourceCodes,
      boolean clauses,
      boolean complement,
      boolean statement) {
    AnnotatedSentence s = scope.sentence;
    List<Integer> topics = new ArrayList<>();
    if (complement) {
      topics.addAll(s.children(t, "ccomp")); // "denied that it was behind attacks on X"
    }
    for (int c : s.children(t)) {
      if (s.relation(c).startsWith("obl") && topical(s, c)) {
        topics.add(c);
      }
      if (s.relationIs(c, "obj")) {
        for (int n : s.children(c)) {
          if (s.relation(n).startsWith("nmod") && topical(s, n)) {
            topics.add(n); // "sorrow for X", "responsibility for X", not "remarks in Doha"
          }
        }
      }
    }
    // A statement may be about the author's own country ("lit candles at a memorial in Kyiv");
    // other acts, and what a denial denies, are about someone else.
    Set<String> own = new HashSet<>(sourceCodes);
    if (complement || !statement) {
      sourceCodes.forEach(c -> own.add(entity(c)));
    }
    for (int h : topics) {
      List<Resolved> found = new ArrayList<>(resolver.resolve(scope, memory, h));
      found.removeIf(f -> f.bareRole());
      if (found.stream().allMatch(f -> own.contains(entity(f.code())))) {
        // An attack's own clauses say whom it hit ("the attack targeting X"); a comment's do not.
        found = new ArrayList<>(actorBelow(scope, memory, h, own, clauses));
      }
      found.removeIf(f -> own.contains(entity(f.code())));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static final Set<String> TOPICAL =
      Set.of(
          "for",
          "over",
          "about",
          "on",
          "at",
          "into",
          "regarding",
          "concerning",
          "toward",
          "towards");

  private static boolean topical(AnnotatedSentence s, int c) {
    for (String prep : TOPICAL) {
      if (ActorResolver.hasCase(s, c, prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Breadth-first, the first actors below {@code top} (arguments, possessors, modifiers, and the
   * country of a place phrase), skipping those whose code or entity is in {@code exclude}.
   */
  private List<Resolved> actorBelow(
      SentenceScope scope, DocumentMemory memory, int top, Set<String> exclude) {
    return actorBelow(scope, memory, top, exclude, true);
  }

  /** As above; {@code clauses} false stays inside the phrase (no relative or purpose clauses). */
  private List<Resolved> actorBelow(
      SentenceScope scope, DocumentMemory memory, int top, Set<String> exclude, boolean clauses) {
    AnnotatedSentence s = scope.sentence;
    List<Integer> frontier = List.of(top);
    for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : frontier) {
        for (int c : s.children(n)) {
          String r = s.relation(c);
          if (words.is("border.noun", ClauseAnalysis.lemma(s, c))) {
            continue; // "a stronghold on the Thai border": the adjective names a neighbour
          }
          boolean argument =
              r.startsWith("obj")
                  || r.startsWith("iobj")
                  || r.startsWith("nsubj")
                  || (r.startsWith("obl") && !r.equals("obl:tmod"))
                  || r.startsWith("nmod");
          if (argument && !s.token(c).isPronoun()) {
            // Pronouns below a protest's purpose are the protesters' own ("their demands").
            List<Resolved> found = new ArrayList<>(resolver.resolve(scope, memory, c));
            found.removeIf(
                f ->
                    exclude.contains(f.code())
                        || exclude.contains(entity(f.code()))
                        || f.bareRole()
                        || (f.start() == f.end() && s.token(f.start()).isPronoun()));
            if (!found.isEmpty()) {
              return found;
            }
          }
          if (argument && !s.token(c).isPronoun()) {
            Optional<Resolved> place = scope.placeCountry(n);
            if (place.isPresent() && !exclude.contains(place.get().code())) {
              return List.of(place.get());
            }
          }
          boolean clause =
              r.equals("xcomp")
                  || r.equals("ccomp")
                  || r.startsWith("acl")
                  || r.startsWith("advcl")
                  || s.token(c).isVerb();
          if ((argument || r.equals("amod") || clause) && (clauses || !clause)) {
            next.add(c);
          }
        }
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * A protest, strike or blockade with no named target is aimed at the government of the country
   * where it happens ("thousands demonstrated in Serbia"), else at the protesters' own government
   * ("French farmers blocked the bridge").
   */
  List<Resolved> implicitProtestTarget(SentenceScope scope, int t, List<Resolved> sources) {
    Optional<Resolved> place = scope.placeCountry(t);
    if (place.isPresent()) {
      Resolved p = place.get();
      return List.of(
          new Resolved(p.code() + "GOV", p.kind(), false, p.entries(), p.start(), p.end()));
    }
    List<Resolved> out = new ArrayList<>();
    for (Resolved src : sources) {
      String country = entity(src.code());
      boolean national =
          country.length() == 3 && src.kind() != ActorKind.AGENT && !src.code().endsWith("GOV");
      if (national && out.stream().noneMatch(r -> r.code().equals(country + "GOV"))) {
        // The protesters' own government: their country's entry, never the protester himself.
        List<String> entries =
            src.entries().stream().filter(e -> !e.startsWith("person.")).toList();
        out.add(
            new Resolved(
                country + "GOV", ActorKind.COUNTRY, false, entries, src.start(), src.end()));
      }
    }
    return out;
  }
}
