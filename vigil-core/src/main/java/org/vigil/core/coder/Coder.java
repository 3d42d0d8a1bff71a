package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.cameo.EventCodeInfo;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.kb.ActorEntry;
import org.vigil.core.kb.ActorKind;
import org.vigil.core.kb.DiscardRule;
import org.vigil.core.kb.KnowledgeBase;
import org.vigil.core.kb.Mention;
import org.vigil.core.kb.Pattern;
import org.vigil.core.kb.PatternEntry;
import org.vigil.core.kb.PhraseForm;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;
import org.vigil.core.text.Token;

/**
 * Codes the sentences of one document into events. Immutable and thread-safe; each call keeps its
 * own document memory (pronoun antecedents, earlier role nouns).
 */
public final class Coder {
  private final KnowledgeBase kb;
  private final CameoTable cameo;
  private final CodingOptions options;
  private final ClauseWords words;
  private final ParseRepair repair;
  private final ActRefiner refiner;
  private final ActorResolver resolver;
  private final TargetFinder finder;
  private final ClauseAnalysis clauses;
  private final Set<String> roleCodes;
  private final org.vigil.core.geo.Gazetteer places;

  /** Nominal event nouns ("attack", "shelling") and their CAMEO codes. */
  private final java.util.Map<String, String> nominalCodes;

  /** Creates a coder over a compiled knowledge base. */
  public Coder(KnowledgeBase kb, CameoTable cameo, CodingOptions options) {
    this(kb, cameo, options, org.vigil.core.geo.Gazetteer.NONE);
  }

  /**
   * A coder that also knows places: a city attacked or shelled ("Russian forces shelled Kharkiv")
   * stands for its country as the target of a material conflict act.
   */
  public Coder(
      KnowledgeBase kb,
      CameoTable cameo,
      CodingOptions options,
      org.vigil.core.geo.Gazetteer places) {
    this.places = places;
    this.kb = kb;
    this.cameo = cameo;
    this.options = options;
    this.words = ClauseWords.load();
    this.resolver = new ActorResolver(words);
    this.finder = new TargetFinder(resolver, words, this::entity);
    this.clauses = new ClauseAnalysis(words, kb.index()::isTrigger);
    this.repair = new ParseRepair(words);
    Set<String> roles = new HashSet<>();
    for (ActorEntry a : kb.actors()) {
      if (a.kind() == ActorKind.AGENT) {
        roles.add(a.code());
      }
    }
    this.roleCodes = Set.copyOf(roles);
    java.util.Map<String, String> nominal = new java.util.HashMap<>();
    for (String c : words.classesStartingWith("nominal.")) {
      for (String noun : words.members(c)) {
        nominal.putIfAbsent(noun, c.substring("nominal.".length()));
      }
    }
    this.nominalCodes = java.util.Map.copyOf(nominal);
    this.refiner = new ActRefiner(words, this.nominalCodes);
  }

  /** The knowledge base in use. */
  public KnowledgeBase kb() {
    return kb;
  }

  /**
   * True when a sentence can yield an event: it has a trigger lemma and an actor or a pronoun. Uses
   * tokens only, so the NLP cascade can skip parsing the others without changing output.
   */
  public boolean mayYieldEvent(AnnotatedSentence sentence) {
    boolean trigger = false;
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      if (kb.index().isTrigger(lemma)
          || words.is("intent.cooperative", lemma)
          || words.is("say", lemma)) {
        trigger = true;
        break;
      }
    }
    if (!trigger || discard(sentence, false).isPresent()) {
      return false;
    }
    for (Token t : sentence.tokens()) {
      if (t.isPronoun() || t.pos().startsWith("W")) {
        return true;
      }
    }
    return !kb.lexicon().find(sentence).isEmpty();
  }

  /** Codes all sentences of a document, in order. Unparsed sentences only feed the memory. */
  public List<Event> code(Document doc, List<AnnotatedSentence> sentences) {
    return code(doc, sentences, CodingTrace.NONE);
  }

  /** Codes a document and explains each decision to {@code trace}. */
  public List<Event> code(Document doc, List<AnnotatedSentence> sentences, CodingTrace trace) {
    for (AnnotatedSentence s : sentences) {
      Optional<DiscardRule> d = discard(s, true);
      if (d.isPresent()) {
        trace.note(() -> "document discarded by " + d.get().id() + " (sentence " + s.index() + ")");
        return List.of();
      }
    }
    List<Event> out = new ArrayList<>();
    DocumentMemory memory = DocumentMemory.EMPTY;
    Optional<Resolved> dateline = Optional.empty();
    for (AnnotatedSentence raw : sentences) {
      AnnotatedSentence s =
          repair.repair(raw, note -> trace.note(() -> "sentence " + raw.index() + " " + note));
      List<Mention> found = withoutNameParts(s, kb.lexicon().find(s));
      SentenceScope scope =
          new SentenceScope(s, withoutDateline(s, found), doc.date(), roleCodes, dateline, places);
      if (s.index() == 0) {
        dateline = datelineCountry(s, found, doc.date());
        scope = new SentenceScope(s, scope.mentions, doc.date(), roleCodes, dateline, places);
      }
      Optional<DiscardRule> d = discard(s, false);
      if (d.isPresent()) {
        trace.note(
            () ->
                "sentence " + s.index() + " discarded by " + d.get().id() + ": " + d.get().note());
      } else if (s.parsed()) {
        out.addAll(codeSentence(doc, scope, memory, trace));
      }
      memory = memory.remember(scope);
    }
    return List.copyOf(out);
  }

  private List<Event> codeSentence(
      Document doc, SentenceScope scope, DocumentMemory memory, CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    if (question(s.text())) {
      trace.note(() -> "sentence " + s.index() + " is a question: nothing in it is asserted");
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Event> out = new ArrayList<>();
    Set<Integer> fired = new HashSet<>();
    Set<Integer> conflictual = new HashSet<>();
    Set<Integer> consumed = new HashSet<>();
    for (Token t : s.tokens()) {
      if (!t.isVerb() && !copularAdjective(s, t.index())) {
        continue; // triggers are verbs, and predicate adjectives: "is open to talks"
      }
      List<PatternEntry> patterns =
          kb.index().forLemma(t.lemma().toLowerCase(java.util.Locale.ROOT));
      if (patterns.isEmpty()) {
        continue;
      }
      String at = "sentence " + s.index() + " trigger '" + t.word() + "' (" + t.index() + "): ";
      if (consumed.contains(t.index())) {
        // "attempted to assassinate": the complement a coded pattern required is part of its act.
        trace.note(
            () -> at + "not coded: part of the act of '" + s.token(s.head(t.index())).word() + "'");
        continue;
      }
      ClauseAnalysis.Verdict verdict = verdictOf(scope, t.index());
      if (verdict.dropReason().isPresent()) {
        trace.note(() -> at + "not coded: " + verdict.dropReason().get());
        continue;
      }
      List<Resolved> sources = sources(scope, memory, t.index());
      if (sources.isEmpty()) {
        trace.note(
            () -> at + "not coded: no source actor (subject, by-agent or inherited subject)");
        continue;
      }
      Set<String> sourceCodes = new HashSet<>();
      sources.forEach(r -> sourceCodes.add(r.code()));
      Match match = match(scope, memory, t.index(), patterns, trace, at, sourceCodes);
      if (match == null) {
        trace.note(() -> at + "not coded: no pattern's required dependents are present");
        continue;
      }
      trace.note(
          () ->
              at
                  + "pattern "
                  + match.pattern().id()
                  + " ["
                  + match.pattern().text()
                  + "]; sources "
                  + codes(sources)
                  + "; targets "
                  + codes(match.targets())
                  + "; "
                  + verdict.modality()
                  + ", "
                  + verdict.polarity());
      if (speculativeWords(s, t.index(), match.pattern().code())) {
        trace.note(() -> at + "not coded: words that only might be said");
        continue;
      }
      List<Resolved> targets = match.targets();
      String rule = match.pattern().id();
      if (Integer.parseInt(match.pattern().code().substring(0, 2)) >= 10) {
        conflictual.add(t.index());
      }
      boolean pressed =
          verdict.threat()
              || (verdict.modality() == Modality.CONDITIONAL
                  && Integer.parseInt(match.pattern().code().substring(0, 2)) >= 10);
      if (targets.isEmpty() && pressed) {
        List<Resolved> conditioned = conditionTargets(scope, memory, t.index(), sourceCodes);
        if (!conditioned.isEmpty()) {
          targets = conditioned;
          rule = rule + ">condition";
          trace.note(() -> at + "act under a condition: aimed at " + codes(conditioned));
        }
      }
      String patternCode = match.pattern().code();
      for (ActRefiner.Refined r : refiner.refine(s, t.index(), patternCode, sources)) {
        patternCode = r.code();
        rule = rule + r.suffix();
        trace.note(() -> at + r.why() + ": coded " + r.code());
      }
      if (targets.isEmpty()) {
        boolean paired = sources.size() >= 2 && cooperative(patternCode);
        Optional<TargetFinder.Found> beyond =
            finder.beyondSlots(scope, memory, t.index(), patternCode, sources, sourceCodes, paired);
        if (beyond.isPresent()) {
          TargetFinder.Found found = beyond.get();
          targets = found.actors();
          rule = rule + found.suffix();
          trace.note(() -> at + found.why() + ": aimed at " + codes(found.actors()));
        }
      }
      List<Event> made = events(doc, scope, t, patternCode, rule, sources, targets, verdict);
      if (made.isEmpty()) {
        trace.note(
            () ->
                at
                    + "no event: no target actor, source and target the same, or a role with no owner");
      } else if (made.stream().anyMatch(e -> !e.target().code().isEmpty())) {
        fired.add(t.index());
        for (Pattern.Constraint c : match.pattern().pattern().required()) {
          if (c.relation().equals("xcomp")) {
            consumed.addAll(s.children(t.index(), "xcomp"));
          }
        }
      }
      for (Event e : made) {
        String key =
            e.source().code() + "|" + e.target().code() + "|" + e.code() + "|" + e.polarity();
        if (seen.add(key)) {
          out.add(e);
        }
      }
    }
    List<Event> constructions =
        new ArrayList<>(intentWithoutPattern(doc, scope, memory, fired, conflictual, trace));
    constructions.addAll(receivedFrom(doc, scope, memory, fired, trace));
    constructions.addAll(nominalEvents(doc, scope, memory, fired, trace));
    constructions.addAll(reportedObligation(doc, scope, memory, trace));
    constructions.addAll(reportedConflict(doc, scope, memory, trace));
    for (Event e : constructions) {
      String key =
          e.source().code() + "|" + e.target().code() + "|" + e.code() + "|" + e.polarity();
      // A construction that restates an act a verb already coded for the same pair (the hunger
      // strike "to protest X", once as a strike and once as the protest) adds nothing.
      boolean restated =
          out.stream()
              .anyMatch(
                  o ->
                      o.source().code().equals(e.source().code())
                          && o.target().code().equals(e.target().code())
                          && o.code().regionMatches(0, e.code(), 0, 2)
                          && o.polarity() == e.polarity());
      if (!restated && seen.add(key)) {
        out.add(e);
      }
    }
    return withoutVaguerTwins(withoutProtestPurposes(s, out));
  }

  /**
   * "continued their hunger strike to demand the resignation of X", "staged rallies against X,
   * saying he must resign": the demand is what the protest is for; the protest is the event.
   */
  private List<Event> withoutProtestPurposes(AnnotatedSentence s, List<Event> events) {
    Set<Integer> protests = new HashSet<>();
    for (Event e : events) {
      if (e.code().startsWith("14")) {
        int t = tokenAt(s, e.evidence().triggerBegin());
        if (t >= 0) {
          protests.add(t);
          protests.add(s.head(t)); // a protest noun's verb: "continued their hunger strike"
        }
      }
    }
    if (protests.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean purpose = false;
      if (e.code().startsWith("10")) {
        int x = tokenAt(s, e.evidence().triggerBegin());
        for (int step = 0; step < 3 && x >= 0 && !purpose; step++) {
          String r = s.relation(x);
          boolean clause =
              r.equals("xcomp") || r.startsWith("advcl") || r.equals("dep") || r.startsWith("acl");
          if (!clause) {
            break;
          }
          x = s.head(x);
          purpose = protests.contains(x);
        }
        purpose =
            purpose
                && events.stream()
                    .anyMatch(
                        p ->
                            p.code().startsWith("14")
                                && p.source().code().equals(e.source().code())
                                && entity(p.target().code()).equals(entity(e.target().code())));
      }
      if (!purpose) {
        out.add(e);
      }
    }
    return out;
  }

  private static int tokenAt(AnnotatedSentence s, int begin) {
    for (Token t : s.tokens()) {
      if (t.begin() == begin) {
        return t.index();
      }
    }
    return -1;
  }

  /**
   * Drops an event whose twin in the same sentence says the same with more detail: same act root
   * and polarity, one side the same, the other side the same country once bare and once with a role
   * ("PRK -> KOR" beside "PRK -> KORGOV": keep the second).
   */
  private List<Event> withoutVaguerTwins(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean vaguer =
          events.stream()
              .anyMatch(
                  o ->
                      o != e
                          && o.code().regionMatches(0, e.code(), 0, 2)
                          && o.polarity() == e.polarity()
                          && (refines(o.target().code(), e.target().code())
                                  && o.source().code().equals(e.source().code())
                              || refines(o.source().code(), e.source().code())
                                  && o.target().code().equals(e.target().code())));
      if (!vaguer) {
        out.add(e);
      }
    }
    return out;
  }

  /** True when {@code specific} is {@code bare} (a 3-letter country) with a role after it. */
  private static boolean refines(String specific, String bare) {
    return bare.length() == 3 && specific.length() > 3 && specific.startsWith(bare);
  }

  /** An adjective that is a clause's predicate ("Iran is open to talks", "was critical of"). */
  private static boolean copularAdjective(AnnotatedSentence s, int t) {
    return s.token(t).pos().startsWith("JJ") && !s.children(t, "cop").isEmpty();
  }

  /** True for a sentence that asks ("Would China invade Taiwan?"), closing quotes aside. */
  private static boolean question(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "\"'\u201d\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.endsWith("?");
  }

  /**
   * "X agreed / promised / is ready to <act>" where the act has no pattern (or coded nothing): the
   * governor itself is coded 030 toward the first actor of the act's clause.
   */
  private List<Event> intentWithoutPattern(
      Document doc,
      SentenceScope scope,
      DocumentMemory memory,
      Set<Integer> fired,
      Set<Integer> conflictual,
      CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    List<Event> out = new ArrayList<>();
    for (Token g : s.tokens()) {
      if (!words.is("intent.cooperative", g.lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Integer> acts = new ArrayList<>(s.children(g.index(), "xcomp"));
      if (g.lemma().equalsIgnoreCase("agree")) {
        // "agreed that their countries should cooperate": a commitment to a future act.
        for (int c : s.children(g.index(), "ccomp")) {
          if (s.children(c, "aux").stream().anyMatch(a -> prospective(s, a))) {
            acts.add(c);
          }
        }
      }
      for (int c : acts) {
        if (!s.token(c).isVerb() || firedBelow(s, c, fired) || conflictual.contains(c)) {
          // "prepared to impose martial law": a conflictual act is no intent to cooperate.
          continue;
        }
        ClauseAnalysis.Verdict verdict = verdictOf(scope, g.index());
        if (verdict.dropReason().isPresent()) {
          continue;
        }
        List<Resolved> sources = sources(scope, memory, g.index());
        if (sources.isEmpty()) {
          continue;
        }
        Set<String> own = new HashSet<>();
        sources.forEach(r -> own.add(entity(r.code())));
        List<Resolved> targets = firstActorBelow(scope, memory, c, own);
        String at = "sentence " + s.index() + " intent '" + g.word() + "' (" + g.index() + "): ";
        trace.note(
            () ->
                at
                    + "act '"
                    + s.token(c).word()
                    + "' has no pattern; coded 030 toward "
                    + codes(targets));
        ClauseAnalysis.Verdict intended =
            new ClauseAnalysis.Verdict(
                Modality.INTENDED,
                clauses.negated(s, c) ? org.vigil.core.event.Polarity.NEGATIVE : verdict.polarity(),
                Optional.empty(),
                false);
        out.addAll(
            events(
                doc,
                scope,
                g,
                "030",
                "intent." + g.lemma().toLowerCase(java.util.Locale.ROOT),
                sources,
                targets,
                intended));
      }
    }
    return out;
  }

  /**
   * "threatened to launch an offensive unless Baghdad accepted", "will withdraw its force unless
   * the president arranges a ceasefire": the actor the condition is put to is the target.
   */
  private List<Resolved> conditionTargets(
      SentenceScope scope, DocumentMemory memory, int t, Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    // The condition may hang on any verb of the chain of complements: "threatened to stop
    // negotiations to reduce weapons if the United States goes ahead" puts it under "reduce".
    List<Integer> chain = new ArrayList<>();
    for (int x = t, step = 0; step < 3 && x >= 0; step++) {
      chain.add(x);
      x = s.relationIs(x, "xcomp") ? s.head(x) : -1;
    }
    for (int i = 0; i < chain.size() && chain.size() < 6; i++) {
      for (int c : s.children(chain.get(i), "xcomp")) {
        if (!chain.contains(c)) {
          chain.add(c);
        }
      }
    }
    for (int x : chain) {
      for (int c : s.children(x)) {
        if (s.relation(c).startsWith("advcl") && clauses.hasMark(s, c, "condition")) {
          List<Resolved> out = new ArrayList<>();
          for (int h : s.children(c, "nsubj")) {
            out.addAll(resolver.resolve(scope, memory, h));
          }
          out.removeIf(r -> sourceCodes.contains(r.code()));
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
    }
    return List.of();
  }

  /** The country or organisation part of a code ({@code BLRGOV} -> {@code BLR}). */
  private String entity(String code) {
    String c = code;
    while (c.length() > 3 && roleCodes.contains(c.substring(c.length() - 3))) {
      c = c.substring(0, c.length() - 3);
    }
    return c;
  }

  /** How the clause of token {@code t} asserts its act (objects that are actors block). */
  private ClauseAnalysis.Verdict verdictOf(SentenceScope scope, int t) {
    AnnotatedSentence s = scope.sentence;
    return clauses.analyse(s, t, i -> !scope.at(i).isEmpty() || s.token(i).isPronoun());
  }

  /** The verbs of saying in a sentence. */
  private List<Token> sayVerbs(AnnotatedSentence s) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.isVerb() && words.is("say", t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean firedBelow(AnnotatedSentence s, int clause, Set<Integer> fired) {
    for (int f : fired) {
      for (int x = f, steps = 0; x >= 0 && steps < 50; x = s.head(x), steps++) {
        if (x == clause) {
          return true;
        }
        if (s.relation(x).startsWith("acl")) {
          break; // "hand over two nationals suspected by the West": an act that describes a noun
        }
      }
    }
    return false;
  }

  /**
   * "Ukraine received weapons from the United States": the giver's act toward the receiver, coded
   * as the giving pattern whose object is the thing received ("send weapons" -> 072).
   */
  private List<Event> receivedFrom(
      Document doc,
      SentenceScope scope,
      DocumentMemory memory,
      Set<Integer> fired,
      CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    List<Event> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      if (!v.isVerb()
          || fired.contains(v.index())
          || !words.is("receive", v.lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int o : s.children(v.index(), "obj")) {
        List<Integer> from = new ArrayList<>();
        for (int n : List.of(v.index(), o)) {
          for (int c : s.children(n)) {
            String r = s.relation(c);
            if ((r.startsWith("obl") || r.startsWith("nmod"))
                && ActorResolver.hasCase(s, c, "from")) {
              from.add(c);
            }
          }
        }
        Optional<PatternEntry> giving = givingPattern(ClauseAnalysis.lemma(s, o));
        if (from.isEmpty() || giving.isEmpty()) {
          continue;
        }
        ClauseAnalysis.Verdict verdict = verdictOf(scope, v.index());
        if (verdict.dropReason().isPresent()) {
          continue;
        }
        List<Resolved> receivers = sources(scope, memory, v.index());
        List<Resolved> givers = new ArrayList<>();
        for (int f : from) {
          givers.addAll(resolver.resolve(scope, memory, f));
        }
        if (receivers.isEmpty() || givers.isEmpty()) {
          continue;
        }
        PatternEntry p = giving.get();
        trace.note(
            () ->
                "sentence "
                    + s.index()
                    + " '"
                    + v.word()
                    + "' from "
                    + codes(givers)
                    + ": coded as "
                    + p.id()
                    + " toward "
                    + codes(receivers));
        out.addAll(
            events(doc, scope, v, p.code(), "receive:" + p.id(), givers, receivers, verdict));
      }
    }
    return out;
  }

  private static final Set<String> NOMINAL_TARGET_CASES = Set.of("on", "against", "upon", "of");

  /**
   * Acts named by a noun with an explicit agent: "Russian shelling killed five Ukrainian
   * civilians", "Israel's attack on Gaza", "air strikes by NATO against Serbia".
   */
  private List<Event> nominalEvents(
      Document doc,
      SentenceScope scope,
      DocumentMemory memory,
      Set<Integer> fired,
      CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    List<Event> out = new ArrayList<>();
    for (Token n : s.tokens()) {
      boolean gerund =
          n.pos().equals("VBG")
              && (s.relation(n.index()).startsWith("nsubj")
                  || s.relationIs(n.index(), "obj")
                  || s.relation(n.index()).startsWith("obl"));
      if (!(n.pos().startsWith("NN") || gerund) || fired.contains(s.head(n.index()))) {
        continue; // a noun, or a gerund used as one ("Fighting between X and Y raged")
      }
      String lemma = n.lemma().toLowerCase(java.util.Locale.ROOT);
      String word = n.word().toLowerCase(java.util.Locale.ROOT);
      boolean candidate =
          nominalCodes.containsKey(lemma)
              || nominalCodes.containsKey(word)
              || lemma.equals("strike")
              || lemma.equals("hunger-strike")
              || lemma.equals("raid");
      if (!candidate) {
        continue;
      }
      for (int c : s.children(n.index(), "compound")) {
        String part = ClauseAnalysis.lemma(s, c);
        if (part.equals("air") || part.equals("hunger")) {
          lemma = part + "-" + lemma; // "air strikes", "air raid", "hunger strike"
          word = lemma;
        }
      }
      Optional<String> code =
          Optional.ofNullable(nominalCodes.getOrDefault(lemma, nominalCodes.get(word)));
      if (code.isEmpty() || (code.get().startsWith("14") && n.pos().startsWith("NNP"))) {
        continue; // "in March" is a month, not a protest
      }
      int x = n.index();
      boolean ordnance = code.get().startsWith("183") && refiner.militaryMunition(s, x);
      if (ordnance) {
        code = Optional.of("190"); // "a minefield explosion", "a mortar blast": military force
      }
      List<Resolved> agents = new ArrayList<>();
      List<Resolved> targets = new ArrayList<>();
      for (int c : s.children(x)) {
        String r = s.relation(c);
        boolean owner =
            r.equals("amod")
                || r.equals("compound")
                || r.equals("nmod:poss")
                || (r.startsWith("nmod") && ActorResolver.hasCase(s, c, "by"))
                || (r.startsWith("nmod")
                    && code.get().startsWith("10")
                    && ActorResolver.hasCase(s, c, "from")); // "pressure from Congress"
        boolean patient = false;
        for (String prep : NOMINAL_TARGET_CASES) {
          patient |= r.startsWith("nmod") && ActorResolver.hasCase(s, c, prep);
        }
        if (owner) {
          agents.addAll(resolver.resolve(scope, memory, c));
        } else if (patient) {
          targets.addAll(resolver.resolve(scope, memory, c));
        } else if (r.startsWith("nmod") && ActorResolver.hasCase(s, c, "between")) {
          // "fighting between Sudan's army and the RSF": each side acts on the other.
          List<Resolved> sides = new ArrayList<>(resolver.resolve(scope, memory, c));
          for (int j : s.children(c, "conj")) {
            sides.addAll(resolver.resolve(scope, memory, j));
          }
          if (sides.size() >= 2) {
            agents.addAll(sides);
            targets.addAll(sides);
          }
        }
      }
      int g = s.head(x);
      if (targets.isEmpty()
          && g >= 0
          && s.relationIs(x, "nsubj")
          && words.is("harm", ClauseAnalysis.lemma(s, g))) {
        for (int o : s.children(g, "obj")) {
          targets.addAll(resolver.resolve(scope, memory, o));
        }
      }
      if (targets.isEmpty()
          && g >= 0
          && s.relation(x).startsWith("obl")
          && words.is("harm", ClauseAnalysis.lemma(s, g))) {
        // "Four children were killed in Israeli shelling": the harmed are the passive subject.
        for (int o : s.children(g, "nsubj:pass")) {
          targets.addAll(resolver.resolve(scope, memory, o));
        }
      }
      if (targets.isEmpty()
          && code.get().startsWith("10")
          && g >= 0
          && words.is("pressure.bearer", ClauseAnalysis.lemma(s, g))) {
        // "Obama faces pressure from Congress": the pressure is on the subject.
        targets.addAll(sources(scope, memory, g));
      }
      if (code.get().startsWith("14")) {
        // "Fundamentalists continued their hunger strike to demand X": the protest is the
        // subject's, aimed at whom it names, else at the government where it happens.
        boolean carried =
            g >= 0
                && (s.relationIs(x, "obj") || s.relation(x).startsWith("obl"))
                && words.is("protest.support", ClauseAnalysis.lemma(s, g));
        if (agents.isEmpty() && carried) {
          agents.addAll(sources(scope, memory, g));
        }
        if (targets.isEmpty() && !agents.isEmpty()) {
          Set<String> own = new HashSet<>();
          agents.forEach(a -> own.add(a.code()));
          targets.addAll(finder.protestPurposeTarget(scope, memory, x, own));
          if (targets.isEmpty() && carried) {
            targets.addAll(finder.protestPurposeTarget(scope, memory, g, own));
          }
          if (targets.isEmpty()) {
            targets.addAll(finder.implicitProtestTarget(scope, carried ? g : x, agents));
          }
        }
      }
      if (agents.isEmpty()
          && !targets.isEmpty()
          && (code.get().startsWith("18") || ordnance)
          && g >= 0
          && words.is("harm", ClauseAnalysis.lemma(s, g))) {
        // "A roadside bombing near Samarra killed a U.S. soldier": a bombing whose authors the
        // text does not name is the act of unidentified forces of the country where it happened.
        Optional<Resolved> place = scope.placeCountry(g);
        if (place.isEmpty()) {
          place = scope.placeCountry(x);
        }
        place.ifPresent(
            p ->
                agents.add(
                    new Resolved(
                        p.code() + "UAF",
                        ActorKind.COUNTRY,
                        false,
                        List.of("unidentified:" + p.code()),
                        x,
                        x)));
      }
      if (code.get().startsWith("14")) {
        agents.replaceAll(a -> domesticProtester(scope, a, targets));
      }
      // "Russian troops shelling": one author.
      List<Resolved> authors = new ArrayList<>(ActorResolver.oneOwner(scope, agents));
      agents.clear();
      agents.addAll(authors);
      if (g >= 0 && words.is("harm", ClauseAnalysis.lemma(s, g))) {
        // "Four children were killed in Russian artillery shelling in Kharkiv": the harmed are
        // of the country where the harm was done.
        Optional<Resolved> place = scope.placeCountry(g);
        Set<String> own = new HashSet<>();
        agents.forEach(a -> own.add(entity(a.code())));
        if (place.isPresent() && !own.contains(place.get().code())) {
          targets.replaceAll(
              t ->
                  t.bareRole() && !words.is("role.foreign", t.code())
                      ? scope.owned(t, place.get())
                      : t);
        }
      }
      if (agents.isEmpty() || targets.isEmpty()) {
        continue;
      }
      ClauseAnalysis.Verdict verdict =
          g >= 0 && s.token(g).isVerb() ? verdictOf(scope, g) : ClauseAnalysis.Verdict.PLAIN;
      if (verdict.dropReason().isPresent()) {
        continue;
      }
      String at = "sentence " + s.index() + " nominal '" + n.word() + "': ";
      if (g >= 0 && s.relationIs(x, "obj") && words.is("block", ClauseAnalysis.lemma(s, g))) {
        // "will not tolerate rallies", "banned protests": the act named is not one that happened.
        trace.note(() -> at + "not coded, object of '" + s.token(g).word() + "'");
        continue;
      }
      String c = code.get();
      trace.note(() -> at + c + " by " + codes(agents) + " on " + codes(targets));
      String rule = "nominal." + lemma;
      out.addAll(events(doc, scope, n, c, rule, agents, targets, verdict));
    }
    return out;
  }

  /**
   * "Islamic fundamentalists continued their hunger strike to demand the resignation of the
   * Algerian president": protesters with no country protest in the country their target belongs to,
   * when the sentence names no other.
   */
  private Resolved domesticProtester(SentenceScope scope, Resolved agent, List<Resolved> targets) {
    if (!agent.bareRole() || words.is("role.foreign", agent.code())) {
      return agent;
    }
    Set<String> homes = new HashSet<>();
    targets.forEach(t -> homes.add(entity(t.code())));
    String home = homes.size() == 1 ? homes.iterator().next() : "";
    if (home.length() != 3 || namesOtherCountry(scope, home)) {
      return agent;
    }
    return scope.owned(agent, new Resolved(home, ActorKind.COUNTRY, false, List.of(), -1, -1));
  }

  /** The first pattern of a giving verb that requires {@code thing} as its object. */
  private Optional<PatternEntry> givingPattern(String thing) {
    for (String verb : words.members("give")) {
      for (PatternEntry p : kb.index().forLemma(verb)) {
        for (Pattern.Constraint c : p.pattern().required()) {
          if (c.relation().equals("obj") && c.lemmas().contains(thing)) {
            return Optional.of(p);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "X said (that) Y must / should <act>" is a demand by X on Y (100), whatever the act: the
   * speaker states an obligation of another actor.
   */
  private List<Event> reportedObligation(
      Document doc, SentenceScope scope, DocumentMemory memory, CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    List<Event> out = new ArrayList<>();
    for (Token say : sayVerbs(s)) {
      for (int c : s.children(say.index(), "ccomp")) {
        boolean obliged = false;
        for (int aux : s.children(c, "aux")) {
          obliged |= words.is("obligation", ClauseAnalysis.lemma(s, aux));
        }
        if (!obliged) {
          continue;
        }
        ClauseAnalysis.Verdict verdict = verdictOf(scope, say.index());
        if (verdict.dropReason().isPresent()) {
          continue;
        }
        List<Resolved> sources = sources(scope, memory, say.index());
        List<Resolved> targets = new ArrayList<>();
        for (int h : s.children(c, "nsubj")) {
          targets.addAll(resolver.resolve(scope, memory, h));
        }
        if (sources.isEmpty() || targets.isEmpty()) {
          continue;
        }
        trace.note(
            () ->
                "sentence "
                    + s.index()
                    + " '"
                    + say.word()
                    + "' + obligation '"
                    + s.token(c).word()
                    + "': demand 100 toward "
                    + codes(targets));
        out.addAll(
            events(
                doc,
                scope,
                say,
                "100",
                "obligation." + say.lemma().toLowerCase(java.util.Locale.ROOT),
                sources,
                targets,
                verdict));
      }
    }
    return out;
  }

  /**
   * "X said / claimed that Y attacked Z": besides Y's reported act, X accuses Y (112). Applies to
   * conflictual acts (roots 10-20) reported by a different actor.
   */
  private List<Event> reportedConflict(
      Document doc, SentenceScope scope, DocumentMemory memory, CodingTrace trace) {
    AnnotatedSentence s = scope.sentence;
    List<Event> out = new ArrayList<>();
    for (Token say : sayVerbs(s)) {
      List<Resolved> speakers = null;
      for (int c : s.children(say.index(), "ccomp")) {
        if (c < say.index()) {
          continue; // "Y attacked Z, officials said": attribution of a report, not an accusation
        }
        for (int t : clauseVerbs(s, c)) {
          List<PatternEntry> patterns =
              kb.index().forLemma(s.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
          if (patterns.isEmpty() || clauses.negated(s, t)) {
            continue;
          }
          Match m = match(scope, memory, t, patterns, CodingTrace.NONE, "");
          if (m == null || Integer.parseInt(m.pattern().code().substring(0, 2)) < 10) {
            continue;
          }
          if (speakers == null) {
            ClauseAnalysis.Verdict v = verdictOf(scope, say.index());
            speakers =
                v.dropReason().isPresent()
                    ? List.of()
                    : new ArrayList<>(sources(scope, memory, say.index()));
            // Only principals accuse: not unnamed officials, witnesses or the media.
            speakers.removeIf(r -> r.bareRole() || r.code().endsWith("MED"));
          }
          List<Resolved> accused = new ArrayList<>(sources(scope, memory, t));
          Set<String> own = new HashSet<>();
          speakers.forEach(r -> own.add(entity(r.code())));
          accused.removeIf(r -> own.contains(entity(r.code())));
          if (speakers.isEmpty() || accused.isEmpty()) {
            continue;
          }
          trace.note(
              () ->
                  "sentence "
                      + s.index()
                      + " '"
                      + say.word()
                      + "' reports "
                      + m.pattern().id()
                      + ": accusation 112 toward "
                      + codes(accused));
          ClauseAnalysis.Verdict asserted = ClauseAnalysis.Verdict.PLAIN;
          out.addAll(
              events(
                  doc,
                  scope,
                  say,
                  "112",
                  "report.accuse:" + m.pattern().id(),
                  speakers,
                  accused,
                  asserted));
        }
      }
    }
    return out;
  }

  /** The verbs of a clause: its head and conjoined heads (not nested clauses). */
  private static List<Integer> clauseVerbs(AnnotatedSentence s, int clause) {
    List<Integer> out = new ArrayList<>();
    for (int v : ActorResolver.conjuncts(s, clause)) {
      if (s.token(v).isVerb()) {
        out.add(v);
      }
    }
    return out;
  }

  /** The first actor among the objects and obliques of a clause, two levels deep. */
  private List<Resolved> firstActorBelow(
      SentenceScope scope, DocumentMemory memory, int clause, Set<String> exclude) {
    AnnotatedSentence s = scope.sentence;
    List<Integer> frontier = List.of(clause);
    for (int depth = 0; depth < 3; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int n : frontier) {
        for (int c : s.children(n)) {
          String r = s.relation(c);
          boolean argument =
              r.startsWith("obj")
                  || r.startsWith("iobj")
                  || (r.startsWith("obl") && !r.equals("obl:tmod"))
                  || (r.startsWith("nmod") && !r.equals("nmod:poss"));
          if (argument) {
            List<Resolved> found = new ArrayList<>(resolver.resolve(scope, memory, c));
            found.removeIf(f -> exclude.contains(entity(f.code())));
            if (!found.isEmpty()) {
              return found;
            }
          }
          if (argument || r.equals("xcomp") || r.startsWith("advcl")) {
            next.add(c);
          }
        }
      }
      frontier = next;
    }
    return List.of();
  }

  private record Match(PatternEntry pattern, List<Resolved> targets) {}

  private static List<String> codes(List<Resolved> actors) {
    return actors.stream().map(r -> r.code() + " " + r.entries()).toList();
  }

  private Match match(
      SentenceScope scope,
      DocumentMemory memory,
      int t,
      List<PatternEntry> patterns,
      CodingTrace trace,
      String at) {
    return match(scope, memory, t, patterns, trace, at, Set.of());
  }

  /** The pattern to use, skipping target slots that only hold the source itself. */
  private Match match(
      SentenceScope scope,
      DocumentMemory memory,
      int t,
      List<PatternEntry> patterns,
      CodingTrace trace,
      String at,
      Set<String> sourceCodes) {
    AnnotatedSentence s = scope.sentence;
    boolean stative =
        Slots.passive(s, t)
            && Slots.agents(s, t).isEmpty()
            && words.is("stative", ClauseAnalysis.lemma(s, t));
    Match fallback = null;
    for (PatternEntry p : patterns) {
      Optional<List<Integer>> anchors = anchors(s, t, p.pattern());
      if (anchors.isEmpty()) {
        trace.note(() -> at + "  tried " + p.id() + ": required/forbidden dependents do not fit");
        continue;
      }
      int patternRoot = Integer.parseInt(p.code().substring(0, 2));
      boolean material = patternRoot >= 17 || patternRoot == 15;
      if (patternRoot == 2 || patternRoot == 10) {
        // "insisted on a complete Israeli withdrawal", "called for Russia's withdrawal": the
        // demand is made of the actor whose act the noun names.
        List<Resolved> agents = new ArrayList<>();
        for (int a : anchors.get()) {
          if (!words.is("act.noun", ClauseAnalysis.lemma(s, a))) {
            continue;
          }
          for (int c : s.children(a)) {
            if (s.relationIs(c, "amod") || s.relationIs(c, "nmod:poss")) {
              agents.addAll(resolver.resolve(scope, memory, c));
            }
          }
        }
        agents.removeIf(r -> sourceCodes.contains(r.code()) || r.bareRole());
        if (!agents.isEmpty()) {
          return new Match(p, agents);
        }
      }
      for (String slot : p.pattern().slots()) {
        List<Resolved> targets = new ArrayList<>();
        List<Integer> heads =
            stative && slot.equals("obj")
                ? stanceComplements(s, t)
                : Slots.target(s, t, anchors.get(), slot, i -> !scope.at(i).isEmpty());
        for (int h : heads) {
          List<Resolved> found = resolver.resolve(scope, memory, h);
          if (found.isEmpty() && material) {
            found = placeTarget(scope, h, sourceCodes);
          }
          targets.addAll(found);
        }
        targets.removeIf(r -> sourceCodes.contains(r.code()));
        if (!targets.isEmpty()) {
          return new Match(p, targets);
        }
      }
      trace.note(
          () -> at + "  tried " + p.id() + ": fits, but no actor in slots " + p.pattern().slots());
      if (fallback == null) {
        fallback = new Match(p, List.of());
      }
    }
    return fallback;
  }

  /**
   * "shelled Kharkiv", "struck Rafah": a city the knowledge base does not name as an actor stands
   * for its country as the target of a material conflict act (not when it is the source's own
   * country: "Syrian forces shelled Aleppo" says nothing about whom).
   */
  private List<Resolved> placeTarget(SentenceScope scope, int h, Set<String> sourceCodes) {
    return scope
        .cityCountry(h)
        .filter(c -> sourceCodes.stream().noneMatch(src -> src.startsWith(c.code())))
        .map(List::of)
        .orElse(List.of());
  }

  private static final Set<String> STANCE_PREPOSITIONS =
      Set.of("to", "about", "over", "of", "with", "at", "toward", "towards");

  /** "is opposed to X", "is concerned about X": the object of a stance participle. */
  private static List<Integer> stanceComplements(AnnotatedSentence s, int t) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(t)) {
      if (!s.relation(c).startsWith("obl")) {
        continue;
      }
      for (String prep : STANCE_PREPOSITIONS) {
        if (ActorResolver.hasCase(s, c, prep)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The dependents that satisfy the required elements, or empty when the pattern fails. */
  private Optional<List<Integer>> anchors(AnnotatedSentence s, int t, Pattern p) {
    List<Integer> anchors = new ArrayList<>();
    for (Pattern.Constraint c : p.required()) {
      int found = -1;
      List<Integer> candidates = s.children(t, c.relation());
      for (int k : candidates) {
        if (c.accepts(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
          found = k;
          break;
        }
      }
      for (int i = 0; found < 0 && i < candidates.size(); i++) {
        // "hosted a fresh round of peace talks", "bought a record volume of Russian oil": a
        // container noun stands for what it contains.
        int inner = contentOf(s, candidates.get(i));
        if (inner >= 0 && c.lemmas().contains(ClauseAnalysis.lemma(s, inner))) {
          found = inner;
        }
      }
      for (int i = 0; found < 0 && i < candidates.size(); i++) {
        // "summoned the ambassador Brah Mohamane": a name counts by the title before it.
        int k = candidates.get(i);
        if (s.token(k).pos().startsWith("NNP") && titledBy(s, k, c.lemmas())) {
          found = k;
        }
      }
      for (int i = 0; found < 0 && i < candidates.size(); i++) {
        // "provided photographs and intelligence to X": a conjoined object counts too.
        int k = candidates.get(i);
        if (!s.hasConjunct(k)) {
          continue;
        }
        for (int j : s.children(k)) {
          if (s.relationIs(j, "conj")
              && c.lemmas().contains(s.token(j).lemma().toLowerCase(java.util.Locale.ROOT))) {
            found = k;
            break;
          }
        }
      }
      if (found < 0) {
        return Optional.empty();
      }
      anchors.add(found);
    }
    for (Pattern.Constraint c : p.forbidden()) {
      for (int k : s.children(t, c.relation())) {
        int inner = contentOf(s, k);
        if (c.accepts(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
            || (inner >= 0 && c.accepts(ClauseAnalysis.lemma(s, inner)))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(anchors);
  }

  /** The noun a container noun holds ("a round of talks" -> talks), or -1. */
  private int contentOf(AnnotatedSentence s, int k) {
    // Hot path (every pattern of every trigger): no allocation before the class lookup.
    if (!s.token(k).isNoun() || !words.is("container.noun", s.token(k).lemma())) {
      return -1;
    }
    for (int c : s.children(k)) {
      if (s.relation(c).startsWith("nmod") && ActorResolver.hasCase(s, c, "of")) {
        return c;
      }
    }
    return -1;
  }

  /** True when name token {@code k} has a compound before it with one of {@code lemmas}. */
  private static boolean titledBy(AnnotatedSentence s, int k, Set<String> lemmas) {
    for (int j : s.children(k)) {
      if (j < k
          && s.relationIs(j, "compound")
          && lemmas.contains(s.token(j).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private List<Resolved> sources(SentenceScope scope, DocumentMemory memory, int t) {
    AnnotatedSentence s = scope.sentence;
    List<Resolved> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    int governor = s.head(t);
    if (s.relationIs(t, "xcomp")
        && governor >= 0
        && words.is("implicative", ClauseAnalysis.lemma(s, governor))) {
      heads.addAll(s.children(governor, "obj")); // "prompting Seoul to suspend"
    }
    if (heads.isEmpty()) {
      heads.addAll(Slots.sources(s, t));
    }
    if (heads.isEmpty() && Slots.passive(s, t) && words.is("stative", ClauseAnalysis.lemma(s, t))) {
      heads.addAll(s.children(t, "nsubj:pass"));
    }
    if (heads.isEmpty() && Slots.passive(s, t)) {
      for (int c : s.children(t, "obl")) {
        boolean violence = words.is("violence.noun", ClauseAnalysis.lemma(s, c));
        if (violence
            && (ActorResolver.hasCase(s, c, "in") || ActorResolver.hasCase(s, c, "during"))) {
          heads.add(c);
        }
      }
    }
    for (int h : heads) {
      out.addAll(resolver.resolve(scope, memory, h));
    }
    if (out.isEmpty() && heads.size() == 1 && s.relation(t).startsWith("acl")) {
      int noun = heads.get(0);
      int verb = s.head(noun);
      if (verb >= 0) {
        for (int h : Slots.sources(s, verb)) {
          out.addAll(resolver.resolve(scope, memory, h));
        }
      }
    }
    List<Resolved> fixed = new ArrayList<>();
    for (Resolved r : out) {
      fixed.add(r.bareRole() ? speaker(scope, memory, t).orElse(r) : r);
    }
    return fixed;
  }

  /**
   * The speaker of a reporting verb around the trigger, when it is a person who speaks for the
   * group ("The ministers, said Borrell, ..."); media and other reporters are not owners.
   */
  private Optional<Resolved> speaker(SentenceScope scope, DocumentMemory memory, int t) {
    AnnotatedSentence s = scope.sentence;
    List<Integer> sayers = new ArrayList<>();
    for (int c : s.children(t)) {
      if (s.relationIs(c, "parataxis") && words.is("say", ClauseAnalysis.lemma(s, c))) {
        sayers.add(c);
      }
    }
    int g = s.head(t);
    if (g >= 0 && words.is("say", ClauseAnalysis.lemma(s, g))) {
      sayers.add(g);
    }
    for (int say : sayers) {
      List<Integer> speakers = new ArrayList<>(s.children(say, "nsubj"));
      speakers.addAll(s.children(say, "obj"));
      for (int h : speakers) {
        for (Resolved r : resolver.resolve(scope, memory, h)) {
          if (r.kind() == ActorKind.PERSON) {
            return Optional.of(r);
          }
        }
      }
    }
    return Optional.empty();
  }

  private List<Event> events(
      Document doc,
      SentenceScope scope,
      Token trigger,
      String patternCode,
      String patternId,
      List<Resolved> sources,
      List<Resolved> targets,
      ClauseAnalysis.Verdict verdict) {
    String code = patternCode;
    String rule = patternId;
    if (Integer.parseInt(code.substring(0, 2)) >= 18
        && refiner.preparing(scope.sentence, trigger.index())) {
      // "The army prepared to resume shelling": getting ready for force is mobilizing it.
      code = "154";
      rule = rule + ">preparation";
    }
    boolean announced =
        verdict.modality() == Modality.INTENDED || verdict.modality() == Modality.CONDITIONAL;
    Optional<String> refusal =
        announced && verdict.polarity() == org.vigil.core.event.Polarity.NEGATIVE
            ? IntentRecoder.refusal(code)
            : Optional.empty();
    if (refusal.isPresent()) {
      // "will not / would not provide aid": a refusal, asserted (12x), not a negated act.
      rule = rule + ">refusal";
      code = refusal.get();
      verdict =
          new ClauseAnalysis.Verdict(
              verdict.modality(), org.vigil.core.event.Polarity.POSITIVE, Optional.empty(), false);
    } else if (announced) {
      String recoded = IntentRecoder.recode(code);
      if (verdict.threat() && !recoded.startsWith("13")) {
        recoded = "130";
      }
      if (!recoded.equals(code)) {
        rule = rule + ">intent";
        code = recoded;
      }
    }
    List<Resolved[]> pairs = new ArrayList<>();
    // "Lawmakers endorsed an agreement with the EU": one side's acceptance, not a signing by both.
    boolean bothWays =
        reciprocal(code)
            && !words.is("act.one-sided", trigger.lemma().toLowerCase(java.util.Locale.ROOT));
    for (Resolved src : sources) {
      for (Resolved tgt : targets) {
        if (!src.code().equals(tgt.code())) {
          pairs.add(new Resolved[] {src, tgt});
          if (bothWays) {
            pairs.add(new Resolved[] {tgt, src});
          }
        }
      }
    }
    if (targets.isEmpty()) {
      boolean mutual =
          cooperative(code)
              || (words.is(
                      "reciprocal.conflict", trigger.lemma().toLowerCase(java.util.Locale.ROOT))
                  && Integer.parseInt(code.substring(0, 2)) >= 18)
              || jointComplement(scope.sentence, trigger.index());
      if (sources.size() >= 2 && mutual) {
        for (Resolved a : sources) {
          for (Resolved b : sources) {
            if (!a.code().equals(b.code())) {
              pairs.add(new Resolved[] {a, b});
            }
          }
        }
      } else if ((!options.requireTarget() && mainClause(scope.sentence, trigger.index()))
          || (words.is("act.untargeted", code) && statedClause(scope.sentence, trigger.index()))) {
        // "Five hundred rebels surrendered, an official said": a retreat or surrender needs no
        // named target.
        for (Resolved src : sources) {
          pairs.add(new Resolved[] {src, null});
        }
      }
    }
    String act = code;
    boolean ownPeople = TargetFinder.domestic(patternCode);
    pairs.replaceAll(
        p -> withSentenceCountry(scope, trigger.index(), scope.dateline, p, act, ownPeople));
    pairs.removeIf(p -> p[1] != null && (p[0].code().equals(p[1].code()) || samePerson(p)));
    String finalCode = code;
    pairs.removeIf(p -> p[1] != null && selfDirected(scope.sentence, p, finalCode));
    if (!options.keepBareRoles()) {
      // "officials", "police" with no country or organisation: not analysable as a dyad. Refugees
      // and migrants are kept as targets: they are a group of their own, not a country's.
      pairs.removeIf(
          p ->
              p[0].bareRole()
                  || (p[1] != null && p[1].bareRole() && !words.is("role.foreign", p[1].code())));
    }
    AnnotatedSentence s = scope.sentence;
    Evidence evidence = new Evidence(s.text(), trigger.word(), trigger.begin(), trigger.end());
    List<Event> out = new ArrayList<>();
    for (Resolved[] pair : pairs) {
      out.add(event(doc, s, pair[0], pair[1], code, rule, verdict, evidence));
      if (code.equals(HOST_VISIT) && pair[1] != null) {
        // "Xi received Orban in Beijing": the guest's visit is the other half of the hosting.
        out.add(event(doc, s, pair[1], pair[0], MAKE_VISIT, rule + ">visit", verdict, evidence));
      }
    }
    return out;
  }

  private static final String HOST_VISIT = "043";
  private static final String MAKE_VISIT = "042";

  private Event event(
      Document doc,
      AnnotatedSentence s,
      Resolved source,
      Resolved target,
      String code,
      String rule,
      ClauseAnalysis.Verdict verdict,
      Evidence evidence) {
    EventCodeInfo info =
        cameo.find(code).orElseThrow(() -> new IllegalStateException("unknown code in KB"));
    return new Event(
        doc.id(),
        s.index(),
        doc.date(),
        ref(s, source),
        target == null ? ActorRef.NONE : ref(s, target),
        code,
        info.quadClass(),
        info.goldstein(),
        info.plover(),
        verdict.polarity(),
        verdict.modality(),
        evidence,
        rule,
        kb.version(),
        Optional.empty());
  }

  /**
   * A role with no owner takes the country of the act's place phrase ("killed militants in Mali"),
   * else the only country the sentence names ("Police in the Kenyan capital fired on protesters"),
   * else the country of the article's dateline ("PARIS, Texas -- Local police arrested ..."),
   * unless the role is a state organ and that country is the other side itself ("the ministers
   * accused Belarus") in an act that is not one on its own people (a curfew is), or the role is one
   * of foreigners by nature (refugees, migrants).
   */
  private Resolved[] withSentenceCountry(
      SentenceScope scope,
      int trigger,
      Optional<Resolved> dateline,
      Resolved[] pair,
      String code,
      boolean ownPeople) {
    Resolved[] out = pair.clone();
    if (!out[0].bareRole() && (out[1] == null || !out[1].bareRole())) {
      return out;
    }
    Optional<Resolved> sole = scope.placeCountry(trigger);
    boolean placed = sole.isPresent();
    if (sole.isEmpty()) {
      sole = scope.soleCountry(trigger);
    }
    if (sole.isEmpty()) {
      sole = dateline;
    }
    if (sole.isEmpty()) {
      return out;
    }
    for (int i = 0; i < 2; i++) {
      Resolved r = out[i];
      Resolved other = pair[1 - i];
      boolean otherSide =
          other != null
              && (other.code().equals(sole.get().code())
                  || (other.kind() == ActorKind.PERSON
                      && entity(other.code()).equals(sole.get().code())));
      // The victims of violence are not taken to be the attacker's own people when the sentence
      // names another country: "Russian forces killed civilians in areas around Kyiv".
      // An ethnic community carries its demonym's entry and lives where the text puts it.
      boolean ethnic = r != null && r.entries().stream().anyMatch(e -> e.startsWith("country."));
      boolean ownVictims =
          i == 1
              && !placed
              && !ethnic
              && other != null
              && Integer.parseInt(code.substring(0, 2)) >= 18
              && entity(other.code()).equals(sole.get().code())
              && namesOtherCountry(scope, sole.get().code());
      boolean free =
          r != null
              && r.bareRole()
              && !words.is("role.foreign", r.code())
              && !ownVictims
              && (!otherSide || ownPeople || !words.is("role.state", r.code()));
      if (free) {
        out[i] = scope.owned(r, sole.get());
      }
    }
    return out;
  }

  /** True when {@code t} heads the sentence or a clause conjoined with it. */
  /** A main clause, or the clause a verb of saying reports ("X surrendered, an official said"). */
  private boolean statedClause(AnnotatedSentence s, int t) {
    if (mainClause(s, t)) {
      return true;
    }
    int x = t;
    while (s.relationIs(x, "conj")) {
      x = s.head(x);
    }
    int g = s.head(x);
    boolean reported =
        s.relationIs(x, "ccomp")
            || s.relation(x).startsWith("advcl")
            || s.relationIs(x, "parataxis");
    return reported && g >= 0 && words.is("say", ClauseAnalysis.lemma(s, g)) && mainClause(s, g);
  }

  private static boolean mainClause(AnnotatedSentence s, int t) {
    int x = t;
    while (s.relationIs(x, "conj")) {
      x = s.head(x);
    }
    return s.head(x) < 0;
  }

  /** An auxiliary that puts its clause in the future or makes it due: will, would, should. */
  private boolean prospective(AnnotatedSentence s, int aux) {
    String a = ClauseAnalysis.lemma(s, aux);
    return words.is("future", a) || words.is("obligation", a) || a.equals("would");
  }

  /**
   * True when an act is aimed at its own author: "Russia suspended its mission" (a target owned by
   * a possessive), or a country and its own government on either side of an appeal, a cooperative
   * act or a cut in relations ("RUS -> RUSGOV"), an artefact of finding owners. Statements,
   * investigations, accusations, protests, yielding, threats, repression and violence inside one
   * country are real and kept.
   */
  private boolean selfDirected(AnnotatedSentence s, Resolved[] p, String code) {
    String a = entity(p[0].code());
    String b = entity(p[1].code());
    if (!a.equals(b)) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root == 8 || root == 13 || root == 14 || root >= 17) {
      return false;
    }
    if (p[1].start() >= 0 && s.token(p[1].start()).pos().equals("PRP$")) {
      return true;
    }
    boolean bare =
        (p[0].code().equals(a) && p[1].code().equals(b + "GOV"))
            || (p[1].code().equals(b) && p[0].code().equals(a + "GOV"));
    // Investigating, blaming or demanding of one's own government is real: only appeals,
    // cooperation, aid and cuts in relations between a country and its own government are not.
    return bare && ((root >= 2 && root <= 7) || root == 16);
  }

  /** True when the sentence names a country other than {@code code}. */
  private static boolean namesOtherCountry(SentenceScope scope, String code) {
    for (org.vigil.core.kb.Mention m : scope.mentions) {
      Optional<Resolved> c = scope.country(m);
      if (c.isPresent() && !c.get().code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** True when both sides are one person ("Trump ... on his first day"), whatever their codes. */
  private static boolean samePerson(Resolved[] pair) {
    return pair[0].entries().stream()
        .anyMatch(e -> e.startsWith("person.") && pair[1].entries().contains(e));
  }

  /** Acts that both sides perform: meeting, talking, negotiating, signing (not visits). */
  private static final Set<String> RECIPROCAL = Set.of("040", "041", "044", "046", "057");

  /**
   * "Palestinians and Israelis failed to reach agreement": the complement is an act two sides do
   * together, so the failure (or refusal) is each side's toward the other.
   */
  private boolean jointComplement(AnnotatedSentence s, int t) {
    for (int c : s.children(t, "xcomp")) {
      if (words.is("joint.act", ClauseAnalysis.lemma(s, c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The tanks might want Obama to head back", "Moscow may call for talks": a statement, appeal,
   * demand, criticism or rejection under "may", "might" or "could" is a guess at words not yet
   * said. (A use of force under them stays a threat: "Iran may retaliate".)
   */
  private boolean speculativeWords(AnnotatedSentence s, int t, String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    boolean verbal = root <= 2 || (root >= 10 && root <= 12);
    if (!verbal) {
      return false;
    }
    for (int aux : s.children(t, "aux")) {
      if (words.is("speculative", ClauseAnalysis.lemma(s, aux))) {
        return true;
      }
    }
    return false;
  }

  private static boolean reciprocal(String code) {
    return RECIPROCAL.contains(code);
  }

  private static boolean cooperative(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return (root >= 3 && root <= 6) || code.startsWith("0871");
  }

  private static ActorRef ref(AnnotatedSentence s, Resolved r) {
    int start = Math.max(0, r.start());
    int end = Math.min(s.size() - 1, r.end());
    return new ActorRef(
        r.code(), s.textOf(start, end), s.token(start).begin(), s.token(end).end(), r.entries());
  }

  /**
   * A dateline ("KYIV, Ukraine (AP) —", "WARSAW, Nov 16 --") at the start of a document names a
   * place, never an actor: its mentions are dropped.
   */
  static List<Mention> withoutDateline(AnnotatedSentence s, List<Mention> mentions) {
    int end = Dateline.end(s);
    return end < 0 ? mentions : mentions.stream().filter(m -> m.start() > end).toList();
  }

  /**
   * A country name that is also a personal name, after a first name, or a country or capital before
   * a masthead word, is part of another proper name and no actor: "Michael Jordan", "Mary Georgia",
   * "the Washington Post". The first name must be a capitalised word the knowledge base does not
   * know and not a place qualifier ("South Lebanon"); other names stay ("Nazi Germany", "Air
   * France", "Chad President Deby", "Montenegro Assembly" are the country's).
   */
  List<Mention> withoutNameParts(AnnotatedSentence s, List<Mention> mentions) {
    boolean[] known = new boolean[s.size()];
    for (Mention m : mentions) {
      for (int i = m.start(); i <= m.end(); i++) {
        known[i] = true;
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean place = m.form() == PhraseForm.NAME || m.form() == PhraseForm.SEAT;
      boolean country = m.candidates().stream().allMatch(e -> e.kind() == ActorKind.COUNTRY);
      int after = m.end() + 1;
      boolean part =
          place
              && country
              && ((m.start() == m.end()
                      && words.is("name.personal", s.token(m.start()).word())
                      && unknownProperNoun(s, known, m.start() - 1))
                  || (after < s.size()
                      && !known[after]
                      && words.is("name.masthead", s.token(after).word())));
      if (!part) {
        out.add(m);
      }
    }
    return out;
  }

  private boolean unknownProperNoun(AnnotatedSentence s, boolean[] known, int i) {
    if (i < 0 || i >= s.size() || known[i]) {
      return false;
    }
    Token t = s.token(i);
    return t.pos().startsWith("NNP")
        && !words.is("place.qualifier", t.word())
        && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0))
        && t.word().chars().anyMatch(Character::isLowerCase);
  }

  /** The country of the dateline's place ("KYIV, Ukraine (AP) —"), if the document has one. */
  private Optional<Resolved> datelineCountry(
      AnnotatedSentence s, List<Mention> mentions, Optional<java.time.LocalDate> date) {
    int end = Dateline.end(s);
    if (end < 0) {
      return Optional.empty();
    }
    SentenceScope all = new SentenceScope(s, mentions, date, roleCodes, Optional.empty(), places);
    for (Mention m : mentions) {
      if (m.start() < end) {
        Optional<Resolved> c = all.country(m);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /** The first discard rule of the given scope that matches the sentence. */
  private Optional<DiscardRule> discard(AnnotatedSentence s, boolean documentScope) {
    DiscardRule.Forms forms = null;
    for (DiscardRule r : kb.discards()) {
      if (r.document() != documentScope) {
        continue;
      }
      if (forms == null) {
        forms = DiscardRule.Forms.of(s);
      }
      if (r.matches(s, forms)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Mentions of the knowledge base in a sentence (for explain and tests). */
  public List<Mention> mentions(AnnotatedSentence s) {
    return withoutNameParts(s, kb.lexicon().find(s));
  }
}
