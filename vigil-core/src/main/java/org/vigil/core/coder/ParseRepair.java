package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Undoes errors the parser makes in news style (ADR 7). Each repair moves a few arcs or changes one
 * tag and is reported to the trace; a sentence with nothing to repair is returned as it is.
 *
 * <ul>
 *   <li>"Beirut rejected Thursday a United Nations appeal": the object after the day is read as a
 *       dependent of the day; it is the verb's object.
 *   <li>"demonstrated on Tuesday in Serbia": the place phrase after the day is read as a modifier
 *       of the day; it is the verb's.
 *   <li>"released the mayor of Nablus, jailed a year ago": the object is read as the subject of a
 *       participle complement; a complement has no subject of its own.
 *   <li>"killed in Israeli tank shelling": the event noun is tagged as a participle modifying the
 *       noun before it; it is the head.
 *   <li>"they would blockade Paris": a verb tagged as a noun, with a subject and a modal, is
 *       retagged as a verb.
 *   <li>"GAZA CITY, Palestinian Territories: Four children were killed ...": the dateline is read
 *       as the head of the sentence; the clause after it is.
 *   <li>"The civilians imprisoned for X were released": a reduced relative clause is read as the
 *       clausal subject of the main verb, with the noun as its own subject; the noun is the main
 *       verb's subject and the participle describes it.
 *   <li>"faces pressure from Congress to help Iran", "came under pressure to allow aid": the
 *       infinitive is read as a complement of the verb; it belongs to the noun of pressure, request
 *       or plan before it.
 *   <li>"was pressured by Congress to help Iran": the infinitive is read as a modifier of the
 *       by-agent; it is the passive verb's complement.
 * </ul>
 */
final class ParseRepair {
  private final ClauseWords words;

  ParseRepair(ClauseWords words) {
    this.words = words;
  }

  /** The sentence with its attachments repaired; {@code note} hears each repair. */
  AnnotatedSentence repair(AnnotatedSentence s, Consumer<String> note) {
    if (!s.parsed()) {
      return s;
    }
    Draft d = new Draft(s, note);
    datelineHead(d);
    reducedRelatives(d);
    nounComplements(d);
    agentComplements(d);
    afterTimeNouns(d);
    participleSubjects(d);
    gerundHeads(d);
    modalNouns(d);
    return d.sentence();
  }

  /** "GAZA CITY, Palestinian Territories: Four children were killed ...". */
  private static void datelineHead(Draft d) {
    AnnotatedSentence s = d.s;
    int end = Dateline.end(s);
    if (end < 0) {
      return;
    }
    int root = -1;
    for (int i = 0; i < s.size(); i++) {
      if (d.head[i] < 0) {
        root = i;
        break;
      }
    }
    if (root < 0 || root > end) {
      return;
    }
    // The clause: the first verb after the dateline that hangs on it, else the first word that
    // does.
    int clause = -1;
    for (int i = end + 1; i < s.size(); i++) {
      boolean onDateline = d.head[i] >= 0 && d.head[i] <= end;
      if (onDateline && (clause < 0 || (s.token(i).isVerb() && !s.token(clause).isVerb()))) {
        clause = i;
      }
    }
    if (clause < 0) {
      return;
    }
    for (int i = end + 1; i < s.size(); i++) {
      if (i != clause && d.head[i] >= 0 && d.head[i] <= end) {
        d.attach(i, clause, d.rel[i]);
      }
    }
    d.attach(clause, -1, "root");
    d.attach(root, clause, "dep");
    d.note(d.w(clause) + " heads the sentence, not the dateline's " + d.w(root));
  }

  /** "The civilians imprisoned for acting against Moscow were released". */
  private static void reducedRelatives(Draft d) {
    AnnotatedSentence s = d.s;
    for (int x = 0; x < s.size(); x++) {
      int verb = s.head(x);
      boolean clausalSubject = s.relationIs(x, "csubj:pass") || s.relationIs(x, "csubj");
      if (!clausalSubject || !s.token(x).pos().equals("VBN") || verb < 0 || d.head[x] != verb) {
        continue;
      }
      if (!s.children(x, "aux").isEmpty() || !s.children(x, "aux:pass").isEmpty()) {
        continue; // "what was agreed" has a clause of its own
      }
      for (int c : s.children(x, "nsubj")) {
        if (c < x && s.token(c).isNoun() && !d.hasChild(verb, "nsubj")) {
          boolean passive = d.hasChild(verb, "aux:pass");
          d.attach(c, verb, passive ? "nsubj:pass" : "nsubj");
          d.attach(x, c, "acl");
          d.note(d.w(c) + " is the subject of " + d.w(verb) + ", and " + d.w(x) + " describes it");
          break;
        }
      }
    }
  }

  /** "faces pressure from Congress to help Iran", "came under pressure to allow aid". */
  private void nounComplements(Draft d) {
    AnnotatedSentence s = d.s;
    for (int x = 0; x < s.size(); x++) {
      int verb = s.head(x);
      if (!s.relationIs(x, "xcomp")
          || verb < 0
          || d.head[x] != verb
          || !ClauseAnalysis.hasMarkLemma(s, x, "to")) {
        continue;
      }
      for (int n : s.children(verb)) {
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        boolean argument = s.relationIs(n, "obj") || s.relation(n).startsWith("obl");
        boolean between = verb < n && n < x; // not "Despite warnings, X is refusing to lift"
        if (argument && between && s.token(n).isNoun() && words.is("unasserted.noun", lemma)) {
          d.attach(x, n, "acl");
          d.note(d.w(x) + " completes " + d.w(n) + ", not " + d.w(verb));
          break;
        }
      }
    }
  }

  /** "was pressured by Congress to help Iran". */
  private static void agentComplements(Draft d) {
    AnnotatedSentence s = d.s;
    for (int x = 0; x < s.size(); x++) {
      int agent = s.head(x);
      if (!s.relationIs(x, "acl") || agent < 0 || !ClauseAnalysis.hasMarkLemma(s, x, "to")) {
        continue;
      }
      int verb = s.head(agent);
      boolean byAgent =
          verb >= 0
              && s.relationIs(agent, "obl")
              && ActorResolver.hasCase(s, agent, "by")
              && !s.children(verb, "aux:pass").isEmpty()
              && s.children(verb, "xcomp").isEmpty();
      if (byAgent) {
        d.attach(x, verb, "xcomp");
        d.note(d.w(x) + " is the complement of " + d.w(verb) + ", not a modifier of " + d.w(agent));
      }
    }
  }

  /** "rejected Thursday a UN appeal", "demonstrated on Tuesday in Serbia". */
  private void afterTimeNouns(Draft d) {
    AnnotatedSentence s = d.s;
    for (int t = 0; t < s.size(); t++) {
      int verb = s.head(t);
      boolean phrase = s.relation(t).startsWith("obl") || s.relationIs(t, "nmod");
      if (verb < 0 || !s.token(verb).isVerb() || !phrase || !timeNoun(s, t)) {
        continue;
      }
      boolean hasObject = !s.children(verb, "obj").isEmpty();
      for (int c : s.children(t)) {
        String r = s.relation(c);
        if (c < t) {
          continue;
        }
        if (!hasObject && (r.equals("dep") || r.equals("appos")) && s.token(c).isNoun()) {
          d.attach(c, verb, "obj");
          hasObject = true;
          d.note(d.w(c) + " is the object of " + d.w(verb) + ", not a dependent of " + d.w(t));
        } else if (r.startsWith("nmod")
            && !r.equals("nmod:poss")
            && !ActorResolver.hasCase(s, c, "of")) {
          d.attach(c, verb, "obl");
          d.note(d.w(c) + " is a phrase of " + d.w(verb) + ", not of " + d.w(t));
        }
      }
    }
  }

  /** "released the mayor of Nablus ... jailed a year ago". */
  private static void participleSubjects(Draft d) {
    AnnotatedSentence s = d.s;
    for (int x = 0; x < s.size(); x++) {
      int verb = s.head(x);
      boolean participle = s.token(x).pos().equals("VBN") && s.relationIs(x, "xcomp");
      if (!participle || verb < 0 || !s.token(verb).isVerb() || d.head[x] != verb) {
        continue;
      }
      boolean hasObject = d.hasChild(verb, "obj");
      for (int c : s.children(x, "nsubj")) {
        boolean before = verb < c && c < x;
        if (!hasObject && !s.relationIs(c, "nsubj:pass") && before && s.token(c).isNoun()) {
          // A complement has no subject of its own: the noun is the object and the participle
          // describes it.
          d.attach(c, verb, "obj");
          d.attach(x, c, "acl");
          hasObject = true;
          d.note(d.w(c) + " is the object of " + d.w(verb) + ", and " + d.w(x) + " describes it");
        }
      }
    }
  }

  /** "killed in Israeli tank shelling": the mistagged event noun heads its phrase. */
  private void gerundHeads(Draft d) {
    AnnotatedSentence s = d.s;
    for (int v = 1; v < s.size(); v++) {
      int h = v - 1;
      boolean gerund =
          s.token(v).pos().equals("VBG")
              && d.head[v] == h
              && d.rel[v].equals("amod")
              && s.token(h).isNoun()
              && nominalEvent(s.token(v).word().toLowerCase(Locale.ROOT));
      if (!gerund || d.head[h] < 0) {
        continue;
      }
      for (int c = 0; c < s.size(); c++) {
        if (d.head[c] == h && c != v) {
          d.head[c] = v;
        }
      }
      d.attach(v, d.head[h], d.rel[h]);
      d.attach(h, v, "compound");
      d.note(d.w(v) + " is the head of its phrase, " + d.w(h) + " modifies it");
    }
  }

  /** "they would blockade Paris": a noun with a subject and a modal is the verb it spells. */
  private static void modalNouns(Draft d) {
    AnnotatedSentence s = d.s;
    for (int v = 0; v < s.size(); v++) {
      String modal = s.token(v).pos().equals("NN") ? modalOf(s, v) : "";
      if (!modal.isEmpty() && d.hasChild(v, "nsubj")) {
        d.retag(v, "VB");
        d.note(d.w(v) + " is a verb after '" + modal + "'");
      }
    }
  }

  private boolean timeNoun(AnnotatedSentence s, int i) {
    return s.token(i).isNoun()
        && words.is("time.noun", s.token(i).lemma().toLowerCase(Locale.ROOT));
  }

  /** The modal auxiliary of token {@code v}, or "" (no allocation: this runs for every token). */
  private static String modalOf(AnnotatedSentence s, int v) {
    for (int a : s.children(v)) {
      if (s.relationIs(a, "aux") && s.token(a).pos().equals("MD")) {
        return s.token(a).word();
      }
    }
    return "";
  }

  private boolean nominalEvent(String word) {
    for (String c : words.classesStartingWith("nominal.")) {
      if (words.is(c, word)) {
        return true;
      }
    }
    return false;
  }

  /** The arcs and tags of a sentence being repaired; built into a new sentence when changed. */
  private static final class Draft {
    final AnnotatedSentence s;
    final int[] head;
    final String[] rel;
    private final Consumer<String> note;
    private List<Token> tokens;
    private boolean changed;

    Draft(AnnotatedSentence s, Consumer<String> note) {
      this.s = s;
      this.note = note;
      this.tokens = s.tokens();
      head = new int[s.size()];
      rel = new String[s.size()];
      for (int i = 0; i < s.size(); i++) {
        head[i] = s.head(i);
        rel[i] = s.relation(i);
      }
    }

    void attach(int dependent, int newHead, String relation) {
      head[dependent] = newHead;
      rel[dependent] = relation;
      changed = true;
    }

    void retag(int i, String pos) {
      if (tokens == s.tokens()) {
        tokens = new ArrayList<>(s.tokens()); // copied only when a tag changes
      }
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.word(), t.lemma(), pos, t.ner(), t.begin(), t.end()));
      changed = true;
    }

    /** True when token {@code i} has a dependent with {@code relation} in the draft. */
    boolean hasChild(int i, String relation) {
      for (int c = 0; c < head.length; c++) {
        if (head[c] == i && (rel[c].equals(relation) || rel[c].startsWith(relation + ":"))) {
          return true;
        }
      }
      return false;
    }

    String w(int i) {
      return "'" + s.token(i).word() + "'";
    }

    void note(String what) {
      note.accept("repair: " + what);
    }

    AnnotatedSentence sentence() {
      if (!changed) {
        return s;
      }
      List<Dependency> arcs = new ArrayList<>(head.length);
      for (int i = 0; i < head.length; i++) {
        arcs.add(new Dependency(head[i], i, rel[i]));
      }
      return new AnnotatedSentence(s.docId(), s.index(), s.text(), s.begin(), tokens, arcs);
    }
  }
}
