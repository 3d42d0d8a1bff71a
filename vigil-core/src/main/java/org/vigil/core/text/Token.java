package org.vigil.core.text;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in the sentence
 * @param word the surface form
 * @param lemma the lemma, lower case for common words
 * @param pos Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, ...)
 * @param ner named-entity tag, {@code "O"} when none or not computed
 * @param begin character offset of the first character in the document
 * @param end character offset after the last character in the document
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int begin, int end) {
  /** Validates the fields. */
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token offsets: " + index + " " + begin + " " + end);
    }
  }

  /** True for verbs (tags starting with {@code VB}). */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** True for nouns and proper nouns. */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /** True for personal and possessive pronouns ({@code PRP}, {@code PRP$}). */
  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }
}
