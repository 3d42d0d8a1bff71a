package org.vigil.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.kb.ActorEntry;
import org.vigil.core.kb.ActorKind;
import org.vigil.core.kb.Mention;
import org.vigil.core.kb.PhraseForm;
import org.vigil.core.text.AnnotatedSentence;

/**
 * A sentence with its knowledge-base mentions and the document date: everything the coder can know
 * about it without a parse. Also resolves mentions to codes at token level.
 */
final class SentenceScope {
  private static final List<ActorKind> KIND_ORDER =
      List.of(ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.REGION);

  final AnnotatedSentence sentence;
  final List<Mention> mentions;
  final Optional<LocalDate> date;
  final Set<String> roleCodes;

  /** The country of the document's dateline, if any: the last owner for roles with none. */
  final Optional<Resolved> dateline;

  /** Cities, for places the knowledge base does not name ("in Mariupol"). */
  final org.vigil.core.geo.Gazetteer places;

  private final List<List<Mention>> byToken;

  SentenceScope(
      AnnotatedSentence sentence,
      List<Mention> mentions,
      Optional<LocalDate> date,
      Set<String> roleCodes,
      Optional<Resolved> dateline,
      org.vigil.core.geo.Gazetteer places) {
    this.sentence = sentence;
    this.dateline = dateline;
    this.places = places;
    this.mentions = List.copyOf(mentions);
    this.date = date;
    this.roleCodes = roleCodes;
    List<List<Mention>> list = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      list.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      for (int i = m.start(); i <= m.end(); i++) {
        list.get(i).add(m);
      }
    }
    this.byToken = list;
  }

  /** Resolutions already made in this sentence under {@link #cachedMemory}, by head token. */
  private final java.util.Map<Integer, List<Resolved>> resolvedCache = new java.util.HashMap<>();

  private DocumentMemory cachedMemory;

  /**
   * The actors a head token resolves to, computed once per sentence and memory: the coder's target
   * searches ask for the same heads many times. A scope is used by one thread at a time.
   */
  List<Resolved> resolved(
      DocumentMemory memory, int head, java.util.function.Supplier<List<Resolved>> compute) {
    if (memory != cachedMemory) {
      resolvedCache.clear();
      cachedMemory = memory;
    }
    List<Resolved> known = resolvedCache.get(head);
    if (known == null) {
      known = compute.get();
      resolvedCache.put(head, known);
    }
    return known;
  }

  /** Mentions covering token {@code i}. */
  List<Mention> at(int i) {
    return byToken.get(i);
  }

  /** The entry of a named mention valid on the document date (latest one when undated). */
  Optional<ActorEntry> entryOf(Mention m) {
    List<ActorEntry> valid = new ArrayList<>();
    for (ActorEntry e : m.candidates()) {
      if (date.map(e::validOn).orElse(true)) {
        valid.add(e);
      }
    }
    if (valid.isEmpty()) {
      // An organisation or state named out of its period ("European Community" in an undated
      // or mis-dated text) still means itself when the name has one meaning; people do not.
      long codes = m.candidates().stream().map(ActorEntry::code).distinct().count();
      ActorEntry only = m.candidates().get(0);
      if (codes == 1 && only.kind() != ActorKind.PERSON) {
        return Optional.of(only);
      }
      return date.flatMap(d -> formerOfficeHolder(m, d));
    }
    Comparator<ActorEntry> order =
        Comparator.comparingInt((ActorEntry e) -> kindRank(e.kind()))
            .thenComparing(
                (ActorEntry e) -> e.from().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(ActorEntry::id);
    valid.sort(order);
    return Optional.of(valid.get(0));
  }

  /**
   * A person named outside every period of office ("Mitterrand" in 2000, "Yeltsin" in 2005) is an
   * elite of the country of the nearest office ({@code FRAELI}), as in CAMEO's convention for
   * former leaders; when the periods name different countries the name stays unresolved.
   */
  private static Optional<ActorEntry> formerOfficeHolder(Mention m, LocalDate d) {
    ActorEntry nearest = null;
    Set<String> entities = new java.util.HashSet<>();
    for (ActorEntry e : m.candidates()) {
      if (e.kind() != ActorKind.PERSON || e.code().length() < 3) {
        return Optional.empty();
      }
      String entity = e.code().substring(0, 3);
      if (!entity.chars().allMatch(Character::isUpperCase) || ORGANISATION.contains(entity)) {
        continue;
      }
      entities.add(entity);
      if (nearest == null || distance(e, d) < distance(nearest, d)) {
        nearest = e;
      }
    }
    if (nearest == null || entities.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        new ActorEntry(
            nearest.id(),
            nearest.code().substring(0, 3) + "ELI",
            ActorKind.PERSON,
            nearest.phrases(),
            nearest.from(),
            nearest.until(),
            nearest.note(),
            nearest.source()));
  }

  private static final Set<String> ORGANISATION = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  /** Days from the entry's period to {@code d}; a period that ended before it counts as nearer. */
  private static long distance(ActorEntry e, LocalDate d) {
    if (e.until().isPresent() && !d.isBefore(e.until().get())) {
      return java.time.temporal.ChronoUnit.DAYS.between(e.until().get(), d);
    }
    if (e.from().isPresent() && d.isBefore(e.from().get())) {
      return 2 * java.time.temporal.ChronoUnit.DAYS.between(d, e.from().get());
    }
    return 0;
  }

  private static int kindRank(ActorKind k) {
    int i = KIND_ORDER.indexOf(k);
    return i < 0 ? KIND_ORDER.size() : i;
  }

  /** Resolves a named (non-agent) mention. */
  Optional<Resolved> named(Mention m) {
    if (m.isAgent()) {
      return Optional.empty();
    }

    return entryOf(m)
        .map(
            e -> {
              String code = e.code();
              // "a protest in Beijing": a place stands for its country, not its government.
              if (m.form() == PhraseForm.SEAT && !hasRole(code) && !locative(m.end())) {
                code = code + "GOV";
              }
              return new Resolved(
                  code,
                  e.kind(),
                  e.kind() == ActorKind.PERSON,
                  List.of(e.id()),
                  m.start(),
                  m.end());
            });
  }

  private static final java.util.Set<String> LOCATIVE =
      java.util.Set.of("in", "at", "near", "outside", "around", "across", "inside", "throughout");

  /** True when the token is the object of a place preposition ("in Minsk"). */
  private boolean locative(int i) {
    for (int c : sentence.children(i, "case")) {
      if (LOCATIVE.contains(sentence.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the code already has a role block after its entity: {@code BLRGOV}, or a group code
   * such as {@code PSEREBHMS} (Hamas), so "Hamas militants" stays {@code PSEREBHMS} rather than
   * stacking a second role. Organisation codes ({@code IGOWSTNAT}) take a role ({@code
   * IGOWSTNATMIL}).
   */
  boolean hasRole(String code) {
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      if (roleCodes.contains(code.substring(i, i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** Combines an owner with a role noun: {@code POL}+{@code MIL} = {@code POLMIL}. */
  Resolved combine(Resolved owner, Mention agent, int start, int end) {
    ActorEntry role = agent.candidates().get(0);
    boolean singular = !sentence.token(agent.end()).pos().equals("NNS");
    String code =
        owner.kind() == ActorKind.PERSON || hasRole(owner.code())
            ? owner.code()
            : owner.code() + role.code();
    List<String> entries = new ArrayList<>(owner.entries());
    entries.add(role.id());
    return new Resolved(code, owner.kind(), singular || owner.person(), entries, start, end);
  }

  /** A role noun with no owner. */
  Resolved bare(Mention agent) {
    ActorEntry role = agent.candidates().get(0);
    return new Resolved(
        role.code(), ActorKind.AGENT, false, List.of(role.id()), agent.start(), agent.end());
  }

  /**
   * The owner of a role noun found from the tokens alone: a name or adjective right before it
   * ("Polish border guards", "Lukashenka's regime") or "of" + name after it ("ministers of the
   * European Union").
   */
  Optional<Resolved> tokenOwner(Mention agent) {
    int i = agent.start() - 1;
    int skipped = 0;
    while (i >= 0 && skipped < 2) {
      String pos = sentence.token(i).pos();
      if (pos.equals("POS") || (at(i).isEmpty() && (pos.startsWith("JJ") || pos.equals("VBN")))) {
        i--;
        skipped++;
        continue;
      }
      break;
    }
    if (i >= 0) {
      for (Mention m : at(i)) {
        Optional<Resolved> r = named(m);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    int j = agent.end() + 1;
    if (j < sentence.size() && sentence.token(j).lemma().equalsIgnoreCase("of")) {
      j++;
      if (j < sentence.size() && sentence.token(j).pos().equals("DT")) {
        j++;
      }
      if (j < sentence.size()) {
        for (Mention m : at(j)) {
          Optional<Resolved> r = named(m);
          if (r.isPresent() && m.start() == j) {
            return r;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The country named by a place phrase of the clause of {@code t} ("killed militants in Mali",
   * "rallied in eastern Ukraine"), if exactly one.
   */
  Optional<Resolved> placeCountry(int t) {
    Optional<Resolved> found = Optional.empty();
    for (int c : sentence.children(t)) {
      String rel = sentence.relation(c);
      boolean phrase =
          rel.startsWith("obl") || (rel.startsWith("nmod") && !rel.equals("nmod:poss"));
      if (!phrase || !locative(c)) {
        continue;
      }
      Optional<Resolved> r = Optional.empty();
      for (Mention m : at(c)) {
        r = r.isPresent() ? r : country(m);
      }
      if (r.isEmpty()) {
        r = cityCountry(c);
      }
      if (r.isEmpty()
          && PLACE_NOUNS.contains(sentence.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
        r = placeNounCountry(c);
      }
      if (r.isPresent()) {
        if (found.isPresent() && !found.get().code().equals(r.get().code())) {
          return Optional.empty();
        }
        found = r;
      }
    }
    return found;
  }

  /**
   * The country of a city the knowledge base does not name, from the gazetteer: token {@code h} is
   * a proper noun with no mention, read with its compound and flat parts ("Khan Younis").
   */
  Optional<Resolved> cityCountry(int h) {
    String head = sentence.token(h).word();
    boolean generic = REGION_WORDS.contains(head.toLowerCase(java.util.Locale.ROOT));
    if (places == org.vigil.core.geo.Gazetteer.NONE
        || !(generic || sentence.token(h).pos().startsWith("NNP"))
        || !at(h).isEmpty()) {
      return Optional.empty();
    }
    int first = h;
    for (int c : sentence.children(h)) {
      boolean part =
          (sentence.relationIs(c, "compound") || sentence.relationIs(c, "flat"))
              && sentence.token(c).pos().startsWith("NNP");
      if (part && c < first) {
        first = c;
      }
    }
    if (first == h && generic) {
      return Optional.empty();
    }
    String name = sentence.textOf(first, h);
    int start = first;
    Optional<String> country =
        generic
            ? Optional.empty()
            : places.city(name).map(org.vigil.core.geo.Location::country).filter(c -> !c.isEmpty());
    if (country.isEmpty()) {
      // "West Darfur State", "the Donetsk region": a first-level region, when only one country has
      // a region of that name.
      String bare = generic ? sentence.textOf(first, h - 1) : name;
      List<String> countries =
          places.regions(bare, generic).stream()
              .map(org.vigil.core.geo.Location::country)
              .filter(c -> !c.isEmpty())
              .distinct()
              .toList();
      if (countries.size() == 1) {
        country = Optional.of(countries.get(0));
      }
    }
    return country.map(
        c -> new Resolved(c, ActorKind.COUNTRY, false, List.of("place:" + name), start, h));
  }

  /** Common nouns for places: "the Ukrainian city of Kharkiv", "a Syrian border town". */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "town",
          "village",
          "capital",
          "port",
          "area",
          "district",
          "province",
          "region",
          "border",
          "camp",
          "base",
          "neighbourhood",
          "neighborhood",
          "suburb",
          "outskirts",
          "enclave",
          "territory",
          "side",
          "east",
          "west",
          "north",
          "south",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "centre",
          "center",
          "heart",
          "part",
          "parts");

  /** The country of a common place noun, from its demonym or from the city it names. */
  private Optional<Resolved> placeNounCountry(int c) {
    for (int k : sentence.children(c)) {
      boolean modifier = sentence.relationIs(k, "amod") || sentence.relationIs(k, "compound");
      boolean named =
          sentence.relation(k).startsWith("nmod") && !sentence.relationIs(k, "nmod:poss");
      if (modifier || named || sentence.relationIs(k, "nmod:poss")) {
        for (Mention m : at(k)) {
          Optional<Resolved> r = country(m);
          if (r.isPresent()) {
            return r;
          }
        }
      }
      if (named || sentence.relationIs(k, "appos")) {
        Optional<Resolved> r = cityCountry(k);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /** Generic words after a region's name ("West Darfur State", "the Donetsk region"). */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "state",
          "province",
          "region",
          "district",
          "governorate",
          "oblast",
          "county",
          "prefecture",
          "department");

  /** The country a named mention stands for, when it names a country, a capital or a seat. */
  Optional<Resolved> country(Mention m) {
    if (m.isAgent()) {
      return Optional.empty();
    }
    return entryOf(m)
        .filter(e -> e.kind() == ActorKind.COUNTRY)
        .map(
            e ->
                new Resolved(
                    e.code(), ActorKind.COUNTRY, false, List.of(e.id()), m.start(), m.end()));
  }

  /**
   * The only country named in the clause of {@code t}, if it names exactly one: the owner of role
   * nouns that have none of their own ("Police fired tear gas at protesters in the Kenyan
   * capital").
   */
  Optional<Resolved> soleCountry(int t) {
    Optional<Resolved> found = Optional.empty();
    int clause = clauseOf(t);
    for (Mention m : mentions) {
      if (m.isAgent() || (sentence.parsed() && clauseOf(m.end()) != clause)) {
        continue;
      }
      Optional<ActorEntry> e = entryOf(m);
      if (e.isEmpty() || ethnic(m) || qualifiesCity(m)) {
        continue;
      }
      // A national institution or office-holder names its country too: "the Chinese Communist
      // Party", "the Knesset", "Putin". (Not a group such as Hamas, PSEREBHMS: it does not stand
      // for its country.)
      boolean national =
          (e.get().kind() == ActorKind.ORGANIZATION || e.get().kind() == ActorKind.PERSON)
              && national(e.get().code());
      if (e.get().kind() != ActorKind.COUNTRY && !national) {
        continue;
      }
      String code = e.get().code().substring(0, 3);
      if (found.isPresent() && !found.get().code().equals(code)) {
        return Optional.empty();
      }
      if (found.isEmpty()) {
        // The owner is the country: an office-holder's entry would make the role that person.
        String entry = national ? "country-of:" + e.get().id() : e.get().id();
        found =
            Optional.of(
                new Resolved(code, ActorKind.COUNTRY, false, List.of(entry), m.start(), m.end()));
      }
    }
    if (sentence.parsed()) {
      // Cities count too: "Russian forces shelled Kharkiv, killing three people" names two.
      for (int i = 0; i < sentence.size(); i++) {
        String r = sentence.relation(i);
        boolean argument = r.startsWith("obj") || r.startsWith("obl") || r.startsWith("nmod");
        if (!argument || clauseOf(i) != clause) {
          continue;
        }
        Optional<Resolved> city = cityCountry(i);
        if (city.isPresent()) {
          if (found.isPresent() && !found.get().code().equals(city.get().code())) {
            return Optional.empty();
          }
          found = found.isPresent() ? found : city;
        }
      }
    }
    return found;
  }

  private static final Set<String> CLAUSAL = Set.of("xcomp", "advcl", "acl", "parataxis", "csubj");

  /** The head of the clause of token {@code i}: the nearest clausal dependent above it, or root. */
  private int clauseOf(int i) {
    int x = i;
    for (int steps = 0; steps < sentence.size(); steps++) {
      String r = sentence.relation(x);
      int colon = r.indexOf(':');
      boolean clausal = CLAUSAL.contains(colon < 0 ? r : r.substring(0, colon));
      if (r.equals("xcomp") && !objectControl(sentence.head(x))) {
        clausal = false; // "tried to assassinate": the same actor's clause
      }
      if (clausal || sentence.head(x) < 0) {
        return x;
      }
      x = sentence.head(x);
    }
    return x;
  }

  /** True when the verb's complement is done by its object ("asked Obama to help Iran"). */
  private boolean objectControl(int verb) {
    if (verb < 0) {
      return false;
    }
    // "asked Poland to help" opens a clause of Poland's; "fired tear gas to disperse protesters"
    // does not: its object is no actor.
    for (int o : sentence.children(verb, "obj")) {
      if (!at(o).isEmpty()) {
        return true;
      }
    }
    return !sentence.children(verb, "nsubj:pass").isEmpty();
  }

  /** "Atlanta, Georgia": a name in apposition to a known city qualifies the place. */
  private boolean qualifiesCity(Mention m) {
    if (!sentence.parsed() || !sentence.relationIs(m.end(), "appos")) {
      return false;
    }
    int h = sentence.head(m.end());
    return h >= 0 && cityCountry(h).isPresent();
  }

  /** True for a demonym marked "ethnic" ("ethnic Albanians"): a community, not its country. */
  boolean ethnic(Mention m) {
    if (m.form() != PhraseForm.DEMONYM || !sentence.parsed()) {
      return false;
    }
    for (int c : sentence.children(m.end(), "amod")) {
      if (sentence.token(c).lemma().equalsIgnoreCase("ethnic")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a code of one country and one role ({@code USALEG}, {@code RUSGOV}): a national
   * institution or office, not a group with a code of its own ({@code PSEREBHMS}) and not an
   * intergovernmental or other organisation ({@code IGOUNO}).
   */
  static boolean national(String code) {
    return code.length() == 6
        && !org.vigil.core.event.Entity.of(code).equals(code)
        && org.vigil.core.event.Entity.ROLES.contains(code.substring(3));
  }

  /** A bare role given an owner found elsewhere in the sentence. */
  Resolved owned(Resolved bare, Resolved owner) {
    List<String> entries = new ArrayList<>(owner.entries());
    entries.addAll(bare.entries());
    String code = hasRole(owner.code()) ? owner.code() : owner.code() + bare.code();
    return new Resolved(code, owner.kind(), false, entries, bare.start(), bare.end());
  }

  /** Token-level resolution of a mention: named, or a role noun with a token-level owner. */
  Optional<Resolved> tokenLevel(Mention m) {
    if (!m.isAgent()) {
      return named(m);
    }
    return tokenOwner(m)
        .map(o -> combine(o, m, Math.min(o.start(), m.start()), Math.max(o.end(), m.end())));
  }
}
