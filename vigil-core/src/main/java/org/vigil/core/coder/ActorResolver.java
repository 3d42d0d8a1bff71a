package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.kb.ActorKind;
import org.vigil.core.kb.Mention;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Resolves the head token of a noun phrase in a parsed sentence to actor codes: names, role nouns
 * with their owners ("Polish border guards", "representatives of Latvia"), conjoined actors,
 * pronouns and relative pronouns.
 */
final class ActorResolver {
  private static final int MAX_DEPTH = 4;
  private final ClauseWords words;

  ActorResolver(ClauseWords words) {
    this.words = words;
  }

  /** All actors of the phrase headed by {@code head}, expanding conjunctions. */
  List<Resolved> resolve(SentenceScope scope, DocumentMemory memory, int head) {
    return scope.resolved(memory, head, () -> List.copyOf(resolve(scope, memory, head, 0)));
  }

  private List<Resolved> resolve(SentenceScope scope, DocumentMemory memory, int head, int depth) {
    List<Resolved> out = new ArrayList<>();
    for (int h : conjuncts(scope.sentence, head)) {
      List<Resolved> one = resolveOne(scope, memory, h, depth);
      if (h != head && !one.isEmpty() && one.stream().allMatch(Resolved::bareRole)) {
        one = sharedOwner(scope, memory, head, h, one, depth);
      }
      for (Resolved r : one) {
        if (out.stream().noneMatch(o -> o.code().equals(r.code()))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * "Israeli helicopters and tanks", "Polish police and soldiers": a role conjoined to a noun
   * shares the owner that modifies the first noun from before it.
   */
  private List<Resolved> sharedOwner(
      SentenceScope scope,
      DocumentMemory memory,
      int head,
      int conjunct,
      List<Resolved> bare,
      int depth) {
    Optional<Mention> role = scope.at(conjunct).stream().filter(Mention::isAgent).findFirst();
    if (role.isEmpty()) {
      return bare;
    }
    Optional<Mention> headRole = scope.at(head).stream().filter(Mention::isAgent).findFirst();
    List<Resolved> out = new ArrayList<>();
    for (Resolved o : owners(scope, memory, head, headRole, depth)) {
      if (!o.bareRole() && o.end() < head) {
        Mention a = role.get();
        out.add(scope.combine(o, a, Math.min(o.start(), a.start()), Math.max(o.end(), a.end())));
      }
    }
    return out.isEmpty() ? bare : out;
  }

  /**
   * "Russian troops shelling", "the Polish border guard station": a country and roles among a
   * noun's modifiers name one owner (RUSMIL), not a country and bare roles apart. Other lists are
   * returned as they are.
   */
  static List<Resolved> oneOwner(SentenceScope scope, List<Resolved> modifiers) {
    List<Resolved> owners = modifiers.stream().filter(r -> !r.bareRole()).toList();
    if (owners.size() != 1
        || owners.size() == modifiers.size()
        || scope.hasRole(owners.get(0).code())) {
      return modifiers;
    }
    Resolved owner = owners.get(0);
    List<Resolved> out = new ArrayList<>();
    for (Resolved r : modifiers) {
      if (r.bareRole()) {
        out.add(scope.owned(r, owner));
      }
    }
    return out;
  }

  /** {@code head} and the heads conjoined with it ("Latvia, Lithuania and Poland"). */
  static List<Integer> conjuncts(AnnotatedSentence s, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (int i = 0; i < out.size(); i++) {
      for (int c : s.children(out.get(i), "conj")) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private List<Resolved> resolveOne(SentenceScope scope, DocumentMemory memory, int x, int depth) {
    AnnotatedSentence s = scope.sentence;
    String lemma = s.token(x).lemma().toLowerCase(java.util.Locale.ROOT);
    if (depth > MAX_DEPTH) {
      return List.of();
    }
    if (s.token(x).isPronoun()) {
      List<Resolved> reported = reportingSubject(scope, memory, x, lemma, depth);
      if (!reported.isEmpty()) {
        return reported;
      }
      return pronoun(scope, memory, x, lemma).map(List::of).orElse(List.of());
    }
    if (words.is("relative", lemma) && s.relationIs(s.head(x), "acl")) {
      int noun = s.head(s.head(x));
      return noun >= 0 ? resolve(scope, memory, noun, depth + 1) : List.of();
    }
    List<Mention> here = scope.at(x);
    if (here.isEmpty()) {
      Optional<Resolved> named = definiteOrganisation(scope, memory, x, lemma);
      if (named.isPresent()) {
        return List.of(named.get());
      }
    }
    Optional<Resolved> ethnic = ethnicGroup(scope, x, here);
    if (ethnic.isPresent()) {
      return List.of(ethnic.get());
    }
    List<Resolved> names = new ArrayList<>();
    for (Mention m : here) {
      if (!m.isAgent()) {
        scope.named(m).ifPresent(names::add);
      }
    }
    if (!names.isEmpty()) {
      names.replaceAll(r -> titled(scope, x, r));
      names.replaceAll(r -> requalified(scope, memory, x, r, depth));
      names.addAll(hyphenated(scope, x));
      return names;
    }
    Optional<Mention> agent = here.stream().filter(Mention::isAgent).findFirst();
    List<Resolved> owners = owners(scope, memory, x, agent, depth);
    if (agent.isPresent()) {
      Mention a = agent.get();
      List<Resolved> person = appositivePerson(scope, memory, x, depth);
      if (!person.isEmpty()) {
        return person;
      }
      if (owners.size() == 1 && owners.get(0).bareRole()) {
        // "leaders of the opposition coalition": the leader of a group is coded as the group.
        Resolved group = owners.get(0);
        return List.of(
            group.withSpan(Math.min(a.start(), group.start()), Math.max(a.end(), group.end())));
      }
      if (owners.isEmpty()) {
        Optional<Resolved> remembered = memory.sameRole(a.candidates().get(0).id(), s.index());
        return List.of(remembered.map(r -> r.withSpan(a.start(), a.end())).orElse(scope.bare(a)));
      }
      List<Resolved> out = new ArrayList<>();
      for (Resolved o : owners) {
        out.add(scope.combine(o, a, Math.min(o.start(), a.start()), Math.max(o.end(), a.end())));
      }
      return out;
    }
    if (owners.isEmpty() && s.token(x).pos().startsWith("NNP")) {
      // "Kenzo Oshima, the UN relief coordinator, demanded ...", "The International Labor
      // Office (ILO) reiterated ...": an unknown name is what its apposition or its bracketed
      // acronym says it is.
      for (int c : s.children(x)) {
        boolean bracketed = s.relationIs(c, "dep") && c > 0 && s.token(c - 1).pos().equals("-LRB-");
        if (!s.relationIs(c, "appos") && !bracketed) {
          continue;
        }
        List<Resolved> described = resolve(scope, memory, c, depth + 1);
        if (!described.isEmpty()) {
          return described;
        }
      }
    }
    return owners;
  }

  /**
   * A national institution ("Congress" = USALEG) qualified by another country is that country's
   * institution of the same kind: "the Peruvian Congress", "Congress of Peru" are PERLEG.
   */
  private Resolved requalified(
      SentenceScope scope, DocumentMemory memory, int x, Resolved r, int depth) {
    String code = r.code();
    if (r.kind() != ActorKind.ORGANIZATION || !SentenceScope.national(code)) {
      return r;
    }
    for (Resolved o : owners(scope, memory, x, Optional.empty(), depth)) {
      if (o.kind() == ActorKind.COUNTRY
          && o.code().length() == 3
          && !o.code().equals(code.substring(0, 3))) {
        List<String> entries = new ArrayList<>(o.entries());
        entries.addAll(r.entries());
        return new Resolved(
            o.code() + code.substring(3),
            ActorKind.COUNTRY,
            false,
            entries,
            Math.min(o.start(), r.start()),
            Math.max(o.end(), r.end()));
      }
    }
    return r;
  }

  /**
   * "the alliance", "the bloc" (an intergovernmental organisation), "the group", "the organisation"
   * (any organisation): a bare definite description of the most recent organisation named in this
   * sentence before it or in an earlier one.
   */
  private Optional<Resolved> definiteOrganisation(
      SentenceScope scope, DocumentMemory memory, int x, String lemma) {
    boolean igo = words.is("anaphor.igo", lemma);
    if (!igo && !words.is("anaphor.organisation", lemma)) {
      return Optional.empty();
    }
    AnnotatedSentence s = scope.sentence;
    boolean definite = false;
    for (int c : s.children(x)) {
      String r = s.relation(c);
      if (r.equals("amod") || r.equals("compound") || r.startsWith("nmod")) {
        return Optional.empty(); // "the Western alliance", "the rebel group", "the group of"
      }
      definite |= r.equals("det") && s.token(c).lemma().equalsIgnoreCase("the");
    }
    if (!definite) {
      return Optional.empty();
    }
    Optional<Resolved> found = Optional.empty();
    for (Mention m : scope.mentions) {
      if (m.end() < x && !m.isAgent()) {
        Optional<Resolved> r = scope.named(m);
        boolean fits =
            r.isPresent()
                && r.get().kind() == ActorKind.ORGANIZATION
                && (!igo || r.get().code().startsWith("IGO"));
        if (fits) {
          found = r;
        }
      }
    }
    if (found.isEmpty()) {
      found = memory.organisation(s.index(), igo);
    }
    return found.map(r -> r.withSpan(x, x));
  }

  /**
   * A former office holder ({@code FRAELI}, named outside the dates the knowledge base gives) whom
   * the text itself calls by a current title ("Russian President Boris Yeltsin") takes that title's
   * role: the text is the better witness. "Former President X" stays an elite.
   */
  private Resolved titled(SentenceScope scope, int x, Resolved r) {
    AnnotatedSentence s = scope.sentence;
    if (r.kind() != ActorKind.PERSON || !r.code().endsWith("ELI") || r.code().length() != 6) {
      return r;
    }
    int from = Math.max(0, r.start() - 4);
    for (int c = from; c < r.start(); c++) {
      if (words.is("former", s.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return r;
      }
    }
    for (int c = r.start() - 1; c >= from; c--) {
      for (Mention m : scope.at(c)) {
        String title = s.textOf(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        boolean notYet = title.contains("elect") || title.contains("designate");
        if (m.isAgent() && m.end() < r.start() && !notYet) {
          String role = m.candidates().get(0).code();
          if (role.length() == 3 && !role.equals("ELI")) {
            return new Resolved(
                r.code().substring(0, 3) + role,
                r.kind(),
                r.person(),
                r.entries(),
                Math.min(m.start(), r.start()),
                r.end());
          }
        }
      }
    }
    return r;
  }

  /**
   * "ethnic Albanians", "ethnic Turks": a community, not the country of the demonym. It is a
   * civilian group of the country it lives in ("ethnic Albanians in Serbia"), found here or, when
   * the event is coded, from the sentence's place; the demonym's entry stays as evidence.
   */
  private static Optional<Resolved> ethnicGroup(SentenceScope scope, int x, List<Mention> here) {
    AnnotatedSentence s = scope.sentence;
    Optional<Mention> demonym = here.stream().filter(scope::ethnic).findFirst();
    if (demonym.isEmpty()) {
      return residentCommunity(scope, x, here);
    }
    List<String> entries = new ArrayList<>();
    scope.entryOf(demonym.get()).ifPresent(e -> entries.add(e.id()));
    Resolved group =
        new Resolved(
            "CVL", org.vigil.core.kb.ActorKind.AGENT, false, entries, Math.max(0, x - 1), x);
    for (int c : s.children(x)) {
      if (s.relation(c).startsWith("nmod") && hasCase(s, c, "in")) {
        for (Mention m : scope.at(c)) {
          Optional<Resolved> home = scope.country(m);
          if (home.isPresent()) {
            return Optional.of(scope.owned(group, home.get()));
          }
        }
      }
    }
    return Optional.of(group);
  }

  /**
   * "Bosnian Serbs", "Kosovo Albanians", "the Albanians of southern Serbia": a people named by its
   * demonym and the country it lives in is a civilian community of that country, not the demonym's
   * country.
   */
  private static Optional<Resolved> residentCommunity(
      SentenceScope scope, int x, List<Mention> here) {
    AnnotatedSentence s = scope.sentence;
    Optional<Mention> demonym =
        here.stream()
            .filter(m -> m.form() == org.vigil.core.kb.PhraseForm.DEMONYM && m.end() == x)
            .findFirst();
    if (demonym.isEmpty() || !s.parsed()) {
      return Optional.empty();
    }
    Optional<Resolved> people = scope.country(demonym.get());
    for (int c : s.children(x)) {
      boolean modifier = s.relationIs(c, "amod") || s.relationIs(c, "compound");
      boolean place =
          s.relation(c).startsWith("nmod") && (hasCase(s, c, "of") || hasCase(s, c, "in"));
      if (!(modifier || place) || demonym.get().covers(c)) {
        continue;
      }
      for (Mention m : scope.at(c)) {
        Optional<Resolved> home = scope.country(m);
        boolean other =
            home.isPresent()
                && people.isPresent()
                && !home.get().code().equals(people.get().code());
        if (other) {
          List<String> entries = new ArrayList<>(home.get().entries());
          entries.addAll(people.get().entries());
          return Optional.of(
              new Resolved(
                  home.get().code() + "CVL",
                  org.vigil.core.kb.ActorKind.COUNTRY,
                  false,
                  entries,
                  Math.min(c, demonym.get().start()),
                  x));
        }
      }
    }
    return Optional.empty();
  }

  /** True when token {@code i} is a hyphen or dash the tokenizer split off ("Saudi - led"). */
  private static boolean hyphen(AnnotatedSentence s, int i) {
    return s.token(i).word().matches("[-\u2010\u2011\u2013]");
  }

  /** Names joined to {@code x} by a hyphen token: "Russian - Belarusian" parsed as amod. */
  private static List<Resolved> hyphenated(SentenceScope scope, int x) {
    AnnotatedSentence s = scope.sentence;
    List<Resolved> out = new ArrayList<>();
    for (int c : s.children(x)) {
      boolean linked =
          (s.relationIs(c, "amod") || s.relationIs(c, "compound")) && c + 1 < x && hyphen(s, c + 1);
      if (linked) {
        for (Mention m : scope.at(c)) {
          scope.named(m).ifPresent(out::add);
        }
        out.addAll(hyphenated(scope, c));
      }
    }
    return out;
  }

  private List<Resolved> appositivePerson(
      SentenceScope scope, DocumentMemory memory, int x, int depth) {
    for (int c : scope.sentence.children(x, "appos")) {
      for (Resolved r : resolve(scope, memory, c, depth + 1)) {
        if (r.person() && !r.bareRole()) {
          return List.of(r);
        }
      }
    }
    for (int c : scope.sentence.children(x, "flat")) {
      for (Mention m : scope.at(c)) {
        Optional<Resolved> r = scope.named(m);
        if (r.isPresent() && r.get().person()) {
          return List.of(r.get());
        }
      }
    }
    return List.of();
  }

  /**
   * Actors among the modifiers of {@code x}, by precedence: adjectives, compounds and possessors
   * ("Polish", "Lukashenka's"); else an "of" phrase ("representatives of Latvia"); else, for a role
   * noun, the country it is in ("police in Hong Kong").
   */
  private List<Resolved> owners(
      SentenceScope scope, DocumentMemory memory, int x, Optional<Mention> self, int depth) {
    AnnotatedSentence s = scope.sentence;
    List<List<Integer>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int c : s.children(x)) {
      if (self.isPresent() && self.get().covers(c)) {
        continue;
      }
      if (s.relationIs(c, "amod") && ClauseAnalysis.lemma(s, c).equals("lead")) {
        // "the Saudi-led coalition", "US-led forces": the leader owns the group ("Russian-backed
        // separatists" are not Russia's, so only "led").
        for (int d : s.children(c)) {
          if (d + 2 == c && hyphen(s, d + 1)) {
            tiers.get(0).add(d);
          }
        }
      } else if (s.relationIs(c, "amod")
          || s.relationIs(c, "compound")
          || s.relationIs(c, "nmod:poss")
          || s.relationIs(c, "flat")) {
        tiers.get(0).add(c);
      } else if (s.relation(c).startsWith("nmod")
          && (hasCase(s, c, "of")
              || (self.isEmpty() && (hasCase(s, c, "by") || hasCase(s, c, "from"))))) {
        // "representatives of Latvia"; for a non-role noun also its author: "a demand from
        // Washington", "calls by Belarus's rulers".
        tiers.get(1).add(c);
      } else if (self.isPresent()
          && s.relation(c).startsWith("nmod")
          && hasCase(s, c, "in")
          && namesCountry(scope, c)) {
        tiers.get(2).add(c);
      }
    }
    if (self.isPresent()) {
      // "Panamanian army officers": the owner may modify another word of the role phrase.
      for (int k = self.get().start(); k <= self.get().end(); k++) {
        for (int c : k == x ? List.<Integer>of() : s.children(k)) {
          boolean modifier =
              s.relationIs(c, "amod")
                  || s.relationIs(c, "compound")
                  || s.relationIs(c, "nmod:poss");
          if (modifier && !self.get().covers(c)) {
            tiers.get(0).add(c);
          }
        }
      }
    }
    List<Resolved> bareOwners = new ArrayList<>();
    String head = s.token(x).lemma().toLowerCase(java.util.Locale.ROOT);
    for (List<Integer> tier : tiers) {
      List<Resolved> out = new ArrayList<>();
      for (int c : tier) {
        for (Resolved r : resolve(scope, memory, c, depth + 1)) {
          if (r.bareRole()) {
            bareOwners.add(r);
          } else if (out.stream().noneMatch(o -> o.code().equals(r.code()))) {
            out.add(r);
          }
        }
      }
      if (tier == tiers.get(0) && self.isEmpty() && !bareOwners.isEmpty()) {
        List<Resolved> all = new ArrayList<>(out);
        all.addAll(bareOwners);
        List<Resolved> one = oneOwner(scope, all);
        if (one.size() != all.size() || one.stream().noneMatch(Resolved::bareRole)) {
          return one;
        }
      }
      if (!out.isEmpty()) {
        // "Osama bin Laden's al-Qaeda": keep IMGMOSALQ, drop the less specific IMG.
        out.removeIf(
            r ->
                out.stream()
                    .anyMatch(
                        o ->
                            o != r
                                && o.code().startsWith(r.code())
                                && o.code().length() > r.code().length()));
        boolean titledName = s.token(x).pos().startsWith("NNP");
        if (self.isEmpty()
            && !bareOwners.isEmpty()
            && (titledName || words.is("group.noun", head))) {
          // "the Belarusian opposition coalition": BLR's opposition; "Niger's ambassador Brah
          // Mohamane", a name the knowledge base does not know: NER's ambassador.
          out.replaceAll(o -> scope.owned(bareOwners.get(0), o));
        }
        return out;
      }
    }
    // "dozens of activists", "thousands of migrants": the role is the actor of a quantity.
    // "the opposition coalition", "a rebel alliance": a group named by its members' role.
    boolean stands = words.is("quantity", head) || words.is("group.noun", head);
    if (self.isEmpty() && !bareOwners.isEmpty() && stands) {
      return List.of(bareOwners.get(0));
    }
    if (self.isPresent() && !bareOwners.isEmpty() && words.is("group.head", head)) {
      return List.of(bareOwners.get(0));
    }
    // "Judge Alejandro Rivera", "Vice-President Moody Awori": a title before a name the knowledge
    // base does not know is the role of that person.
    if (self.isEmpty() && !bareOwners.isEmpty() && s.token(x).pos().startsWith("NNP")) {
      Resolved title = bareOwners.get(0);
      return List.of(
          new Resolved(
              title.code(),
              title.kind(),
              true,
              title.entries(),
              Math.min(title.start(), x),
              Math.max(title.end(), x)));
    }
    return List.of();
  }

  /** True when token {@code c} is a country or region name ("police in Hong Kong"). */
  private static boolean namesCountry(SentenceScope scope, int c) {
    for (Mention m : scope.at(c)) {
      boolean place =
          m.form() == org.vigil.core.kb.PhraseForm.NAME
              || m.form() == org.vigil.core.kb.PhraseForm.SEAT; // "demonstrators in Baghdad"
      if (place
          && scope
              .entryOf(m)
              .map(e -> e.kind() == org.vigil.core.kb.ActorKind.COUNTRY)
              .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code c} has a case marker with the given lemma. */
  static boolean hasCase(AnnotatedSentence s, int c, String prep) {
    for (int k : s.children(c, "case")) {
      if (s.token(k).lemma().equalsIgnoreCase(prep) || s.token(k).word().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Iraq's interim government announced that it is prepared to ...", "Bouteflika said he would":
   * the subject pronoun of a reported clause is the reporter, resolved as a whole phrase.
   */
  private List<Resolved> reportingSubject(
      SentenceScope scope, DocumentMemory memory, int x, String lemma, int depth) {
    AnnotatedSentence s = scope.sentence;
    boolean person = words.is("pronoun.person", lemma);
    if (!s.relationIs(x, "nsubj") || !(person || lemma.equals("it") || lemma.equals("they"))) {
      return List.of();
    }
    int c = s.head(x);
    for (int step = 0; step < 3 && c >= 0; step++) {
      String r = s.relation(c);
      if (!(r.equals("ccomp") || r.equals("xcomp"))) {
        return List.of();
      }
      int g = s.head(c);
      if (g < 0) {
        return List.of();
      }
      if (words.is("say", ClauseAnalysis.lemma(s, g))) {
        // "rebels rejected the plan and said they ...": the reporter may be inherited.
        for (int subj : Slots.sources(s, g)) {
          if (subj < x && !s.token(subj).isPronoun()) {
            // A bare role ("the party said it ...") stays: the event may find its country.
            return resolve(scope, memory, subj, depth + 1).stream()
                .map(f -> f.withSpan(x, x))
                .toList();
          }
        }
        return List.of();
      }
      c = g;
    }
    return List.of();
  }

  /**
   * The subject of the clause a possessive pronoun is in, which it usually means: "Libya offered to
   * hand over to Britain two of its nationals" (Libya's), "Russia told Ukraine to withdraw its
   * troops" (Ukraine's, the object that controls the complement). Empty when that subject is not a
   * named actor before the pronoun.
   */
  private Optional<Resolved> clauseSubject(SentenceScope scope, int x) {
    AnnotatedSentence s = scope.sentence;
    if (s.head(x) >= 0 && s.relationIs(s.head(x), "conj")) {
      return Optional.empty(); // "Belarus and its troops": the conjunct before it
    }
    int v = s.head(x);
    while (v >= 0 && !s.token(v).isVerb()) {
      v = s.head(v);
    }
    // Up a chain of subject-controlled complements ("offered to hand over"), or to the object
    // that controls one ("told Ukraine to withdraw").
    List<Integer> subjects = List.of();
    for (int step = 0; v >= 0 && step < 4 && subjects.isEmpty(); step++) {
      subjects = s.children(v, "nsubj");
      boolean complement = s.relationIs(v, "xcomp") && s.head(v) >= 0;
      if (!subjects.isEmpty() || !complement) {
        break;
      }
      v = s.head(v);
      subjects = s.children(v, "obj");
    }
    for (int subject : subjects) {
      if (subject < x) {
        for (Mention m : scope.at(subject)) {
          Optional<Resolved> r = scope.tokenLevel(m);
          if (r.isPresent() && !r.get().bareRole()) {
            return r;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Resolved> pronoun(
      SentenceScope scope, DocumentMemory memory, int x, String lemma) {
    boolean person;
    if (words.is("pronoun.person", lemma)) {
      person = true;
    } else if (words.is("pronoun.group", lemma)) {
      person = false;
    } else {
      return Optional.empty();
    }
    Optional<Resolved> found = Optional.empty();
    if (scope.sentence.relationIs(x, "nmod:poss")) {
      found = clauseSubject(scope, x).filter(r -> r.person() == person);
      if (found.isPresent()) {
        return found.map(r -> r.withSpan(x, x));
      }
    }
    for (Mention m : scope.mentions) {
      if (m.end() < x) {
        Optional<Resolved> r = residentCommunity(scope, m.end(), scope.at(m.end()));
        if (r.isEmpty()) {
          r = scope.tokenLevel(m);
        }
        if (r.isPresent() && r.get().person() == person) {
          found = r;
        }
      }
    }
    if (found.isEmpty()) {
      found = memory.antecedent(scope.sentence.index(), person);
    }
    return found.map(r -> r.withSpan(x, x));
  }
}
