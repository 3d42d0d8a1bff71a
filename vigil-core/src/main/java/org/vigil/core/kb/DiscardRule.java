package org.vigil.core.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Token;

/**
 * A discard rule: sentences (or whole documents) about sports, entertainment or markets are not
 * political events ("Brazil beat Argentina 2-1"). A rule has alternatives; an alternative is a set
 * of phrases that must all occur in the sentence. Phrases match words or lemmas without case;
 * {@code #score} matches a score token such as {@code 2-1}.
 *
 * @param id stable id
 * @param document true when a match discards the whole document, false for the sentence only
 * @param alternatives each a list of phrases (each a list of lowercase words) that must all occur
 * @param note free text
 * @param source where it was written
 */
public record DiscardRule(
    String id,
    boolean document,
    List<List<List<String>>> alternatives,
    String note,
    SourceLine source) {
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern DASH = Pattern.compile("[-\u2013]");

  /** Validates and copies the fields. */
  public DiscardRule {
    Objects.requireNonNull(id, "id");
    alternatives =
        List.copyOf(
            alternatives.stream()
                .map(a -> List.copyOf(a.stream().map(List::copyOf).toList()))
                .toList());
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
  }

  /** Parses the phrases cell: {@code alt|alt}, an alternative is {@code phrase & phrase}. */
  static List<List<List<String>>> parse(String cell) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String alt : cell.split("\\|", -1)) {
      List<List<String>> phrases = new ArrayList<>();
      for (String phrase : alt.split("&", -1)) {
        String p = phrase.trim();
        if (p.isEmpty()) {
          throw new IllegalArgumentException("empty phrase in '" + cell + "'");
        }
        List<String> words = new ArrayList<>();
        for (String w : p.split("\\s+")) {
          words.add(PhraseLexicon.normalize(w));
        }
        phrases.add(words);
      }
      out.add(phrases);
    }
    return out;
  }

  /**
   * The normalized words and lemmas of a sentence, computed once for all rules.
   *
   * @param words normalized words
   * @param lemmas lower-case lemmas
   */
  public record Forms(List<String> words, List<String> lemmas, java.util.Set<String> vocabulary) {
    /** Copies the fields. */
    public Forms {
      words = List.copyOf(words);
      lemmas = List.copyOf(lemmas);
      vocabulary = java.util.Set.copyOf(vocabulary);
    }

    /** Forms from words and lemmas; the vocabulary is both. */
    public Forms(List<String> words, List<String> lemmas) {
      this(words, lemmas, union(words, lemmas));
    }

    private static java.util.Set<String> union(List<String> a, List<String> b) {
      java.util.Set<String> out = new java.util.HashSet<>(a);
      out.addAll(b);
      return out;
    }

    /** The forms of a sentence. */
    public static Forms of(AnnotatedSentence s) {
      List<String> w = new ArrayList<>();
      List<String> l = new ArrayList<>();
      for (Token t : s.tokens()) {
        w.add(PhraseLexicon.normalize(t.word()));
        l.add(t.lemma().toLowerCase(Locale.ROOT));
      }
      return new Forms(w, l);
    }
  }

  /** True when one alternative has all its phrases in the sentence. */
  public boolean matches(AnnotatedSentence s) {
    return matches(s, Forms.of(s));
  }

  /** True when one alternative has all its phrases in the sentence (forms precomputed). */
  public boolean matches(AnnotatedSentence s, Forms forms) {
    for (List<List<String>> alt : alternatives) {
      boolean all = true;
      for (List<String> phrase : alt) {
        if (!contains(s, forms, phrase)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(AnnotatedSentence s, Forms forms, List<String> phrase) {
    List<Token> tokens = s.tokens();
    if (phrase.equals(List.of("#score"))) {
      for (int i = 0; i < tokens.size(); i++) {
        boolean split =
            i + 2 < tokens.size()
                && DIGITS.matcher(tokens.get(i).word()).matches()
                && DASH.matcher(tokens.get(i + 1).word()).matches()
                && DIGITS.matcher(tokens.get(i + 2).word()).matches();
        if (split || SCORE.matcher(tokens.get(i).word()).matches()) {
          return true;
        }
      }
      return false;
    }
    String first = phrase.get(0);
    if (!first.equals("#score") && !forms.vocabulary().contains(first)) {
      return false; // the common case: one set lookup instead of a scan
    }
    for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
      boolean ok = true;
      for (int k = 0; k < phrase.size() && ok; k++) {
        ok = fits(tokens.get(i + k), forms, i + k, phrase.get(k));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Token t, Forms forms, int i, String word) {
    if (word.equals("#score")) {
      return SCORE.matcher(t.word()).matches();
    }
    return forms.words().get(i).equals(word) || forms.lemmas().get(i).equals(word);
  }
}
