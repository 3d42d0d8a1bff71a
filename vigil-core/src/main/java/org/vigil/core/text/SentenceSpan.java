package org.vigil.core.text;

/**
 * Where one sentence lies in its document: character offsets (UTF-16, as {@link String#substring})
 * into {@link Document#text()}, not a copy of the text.
 *
 * @param index 0-based sentence index in the document
 * @param begin offset of the first character
 * @param end offset after the last character
 */
public record SentenceSpan(int index, int begin, int end) {
  /** Validates the offsets. */
  public SentenceSpan {
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "bad sentence span " + index + " [" + begin + ", " + end + ")");
    }
  }

  /** The span of an annotated sentence. */
  public static SentenceSpan of(AnnotatedSentence s) {
    return new SentenceSpan(s.index(), s.begin(), s.begin() + s.text().length());
  }
}
