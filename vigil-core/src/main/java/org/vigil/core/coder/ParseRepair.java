package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Undoes attachments the parser gets wrong in news style. Each repair moves an arc or two and is
 * reported to the trace; a sentence with nothing to repair is returned as it is.
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
    int n = s.size();
    int[] head = new int[n];
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = s.head(i);
      rel[i] = s.relation(i);
    }
    boolean changed = false;
    for (int t = 0; t < n; t++) {
      int verb = s.head(t);
      if (verb < 0 || !s.token(verb).isVerb() || !timeNoun(s, t)) {
        continue;
      }
      if (!(s.relation(t).startsWith("obl") || s.relationIs(t, "nmod"))) {
        continue;
      }
      boolean hasObject = !s.children(verb, "obj").isEmpty();
      for (int c : s.children(t)) {
        String r = s.relation(c);
        if (c > t && !hasObject && (r.equals("dep") || r.equals("appos")) && noun(s, c)) {
          head[c] = verb;
          rel[c] = "obj";
          hasObject = true;
          changed = true;
          note.accept(
              "repair: '"
                  + s.token(c).word()
                  + "' is the object of '"
                  + s.token(verb).word()
                  + "', not a dependent of '"
                  + s.token(t).word()
                  + "'");
        } else if (c > t && r.startsWith("nmod") && !r.equals("nmod:poss") && !ofPhrase(s, c)) {
          head[c] = verb;
          rel[c] = "obl";
          changed = true;
          note.accept(
              "repair: '"
                  + s.token(c).word()
                  + "' is a phrase of '"
                  + s.token(verb).word()
                  + "', not of '"
                  + s.token(t).word()
                  + "'");
        }
      }
    }
    for (int x = 0; x < n; x++) {
      int verb = s.head(x);
      boolean participle = s.token(x).pos().equals("VBN") && s.relationIs(x, "xcomp");
      if (!participle || verb < 0 || !s.token(verb).isVerb() || head[x] != verb) {
        continue;
      }
      boolean hasObject = false;
      for (int i = 0; i < n; i++) {
        hasObject |= head[i] == verb && rel[i].equals("obj");
      }
      for (int c : s.children(x, "nsubj")) {
        if (!hasObject && !s.relationIs(c, "nsubj:pass") && verb < c && c < x && noun(s, c)) {
          // "released the mayor of Nablus, a member of Hamas, jailed a year ago": a complement
          // has no subject of its own; the noun is the object and the participle describes it.
          head[c] = verb;
          rel[c] = "obj";
          head[x] = c;
          rel[x] = "acl";
          hasObject = true;
          changed = true;
          note.accept(
              "repair: '"
                  + s.token(c).word()
                  + "' is the object of '"
                  + s.token(verb).word()
                  + "', and '"
                  + s.token(x).word()
                  + "' describes it");
        }
      }
    }
    for (int v = 1; v < n; v++) {
      int h = v - 1;
      boolean gerund =
          s.token(v).pos().equals("VBG")
              && head[v] == h
              && rel[v].equals("amod")
              && s.token(h).isNoun()
              && nominalEvent(s.token(v).word().toLowerCase(Locale.ROOT));
      if (!gerund || head[h] < 0) {
        continue;
      }
      // "killed in Israeli tank shelling": the event noun, mistagged as a participle, is the head
      // and the noun before it its modifier.
      for (int c = 0; c < n; c++) {
        if (head[c] == h && c != v) {
          head[c] = v;
        }
      }
      head[v] = head[h];
      rel[v] = rel[h];
      head[h] = v;
      rel[h] = "compound";
      changed = true;
      note.accept(
          "repair: '"
              + s.token(v).word()
              + "' is the head of its phrase, '"
              + s.token(h).word()
              + "' modifies it");
    }
    List<Token> tokens = s.tokens();
    for (int v = 0; v < n; v++) {
      Token t = tokens.get(v);
      if (!t.pos().equals("NN") || !modalHead(s, v)) {
        continue;
      }
      // "they would blockade Paris": a noun with a subject and a modal is the verb it spells.
      if (tokens == s.tokens()) {
        tokens = new ArrayList<>(s.tokens()); // copied only when a tag changes
      }
      tokens.set(v, new Token(t.index(), t.word(), t.lemma(), "VB", t.ner(), t.begin(), t.end()));
      changed = true;
      note.accept("repair: '" + t.word() + "' is a verb after '" + modalOf(s, v) + "'");
    }
    if (!changed) {
      return s;
    }
    List<Dependency> arcs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      arcs.add(new Dependency(head[i], i, rel[i]));
    }
    return new AnnotatedSentence(s.docId(), s.index(), s.text(), s.begin(), tokens, arcs);
  }

  private boolean timeNoun(AnnotatedSentence s, int i) {
    return s.token(i).isNoun()
        && words.is("time.noun", s.token(i).lemma().toLowerCase(Locale.ROOT));
  }

  /** True when noun {@code v} heads a clause with a subject and a modal ("they would blockade"). */
  private static boolean modalHead(AnnotatedSentence s, int v) {
    if (modalOf(s, v).isEmpty()) {
      return false;
    }
    for (int c : s.children(v)) {
      if (s.relationIs(c, "nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static String modalOf(AnnotatedSentence s, int v) {
    for (int a : s.children(v)) { // no allocation: this runs for every noun
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

  private static boolean noun(AnnotatedSentence s, int i) {
    return s.token(i).isNoun();
  }

  private static boolean ofPhrase(AnnotatedSentence s, int c) {
    return ActorResolver.hasCase(s, c, "of");
  }
}
