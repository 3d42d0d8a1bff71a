package org.vigil.core.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Token;

/**
 * A compiled, immutable trie of actor phrases over token pieces. Tokens are split at hyphens (so
 * "Russian-Belarusian" yields two mentions) and compared without case and diacritics; a phrase
 * piece written with a capital requires a capital in the text.
 */
public final class PhraseLexicon {
  private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2013]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private record Hit(ActorEntry entry, PhraseForm form, boolean[] upper) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Hit> hits = new ArrayList<>();
  }

  private record Piece(int token, String key, boolean upper) {}

  private final Node root = new Node();
  private int phraseCount;

  /** Compiles the entries' phrases. */
  public PhraseLexicon(List<ActorEntry> entries) {
    for (ActorEntry e : entries) {
      for (Map.Entry<PhraseForm, List<String>> f : e.phrases().entrySet()) {
        for (String phrase : f.getValue()) {
          add(e, f.getKey(), phrase);
        }
      }
    }
  }

  private void add(ActorEntry entry, PhraseForm form, String phrase) {
    List<String> pieces = piecesOfPhrase(phrase);
    if (pieces.isEmpty()) {
      return;
    }
    Node n = root;
    boolean[] upper = new boolean[pieces.size()];
    for (int i = 0; i < pieces.size(); i++) {
      String p = pieces.get(i);
      upper[i] = Character.isUpperCase(p.codePointAt(0));
      n = n.next.computeIfAbsent(normalize(p), k -> new Node());
    }
    n.hits.add(new Hit(entry, form, upper));
    phraseCount++;
  }

  /** Number of phrases compiled. */
  public int phraseCount() {
    return phraseCount;
  }

  /** Lower-cases, removes diacritics and unifies apostrophes. */
  public static String normalize(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(d).replaceAll("").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  static List<String> piecesOfPhrase(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      String word = w.replace('\u2019', '\'');
      if (word.endsWith("'s") && word.length() > 2) {
        addPieces(out, word.substring(0, word.length() - 2));
        out.add("'s");
      } else {
        addPieces(out, word);
      }
    }
    return out;
  }

  private static void addPieces(List<String> out, String word) {
    for (String p : HYPHENS.split(word)) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
  }

  private static List<Piece> piecesOf(AnnotatedSentence sentence) {
    List<Piece> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      for (String p : HYPHENS.split(t.word())) {
        if (!p.isEmpty()) {
          out.add(new Piece(t.index(), normalize(p), Character.isUpperCase(p.codePointAt(0))));
        }
      }
    }
    return out;
  }

  /**
   * Finds mentions left to right, taking the longest phrase at each position; overlapping shorter
   * phrases are not reported.
   */
  public List<Mention> find(AnnotatedSentence sentence) {
    List<Piece> pieces = piecesOf(sentence);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Node n = root;
      int bestLen = 0;
      List<Hit> best = List.of();
      for (int j = i; j < pieces.size(); j++) {
        n = n.next.get(pieces.get(j).key());
        if (n == null) {
          break;
        }
        List<Hit> ok = new ArrayList<>();
        for (Hit h : n.hits) {
          if (caseFits(h.upper(), pieces, i)) {
            ok.add(h);
          }
        }
        if (!ok.isEmpty()) {
          bestLen = j - i + 1;
          best = ok;
        }
      }
      if (bestLen == 0) {
        i++;
        continue;
      }
      out.add(toMention(pieces.get(i).token(), pieces.get(i + bestLen - 1).token(), best));
      i += bestLen;
    }
    return out;
  }

  private static boolean caseFits(boolean[] upper, List<Piece> pieces, int start) {
    for (int k = 0; k < upper.length; k++) {
      if (upper[k] && !pieces.get(start + k).upper()) {
        return false;
      }
    }
    return true;
  }

  private static Mention toMention(int start, int end, List<Hit> hits) {
    PhraseForm form = hits.get(0).form();
    for (Hit h : hits) {
      if (h.form().ordinal() < form.ordinal()) {
        form = h.form();
      }
    }
    List<ActorEntry> entries = new ArrayList<>();
    for (Hit h : hits) {
      if (h.form() == form && !entries.contains(h.entry())) {
        entries.add(h.entry());
      }
    }
    entries.sort(java.util.Comparator.comparing(ActorEntry::id));
    return new Mention(start, end, form, entries);
  }
}
