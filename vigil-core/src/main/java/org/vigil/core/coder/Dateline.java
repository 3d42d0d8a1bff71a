package org.vigil.core.coder;

import java.util.Locale;
import org.vigil.core.text.AnnotatedSentence;

/**
 * The dateline that opens a wire story: "KYIV, Ukraine (AP) —", "WARSAW, Nov 16 --", "LYON:", "GAZA
 * CITY, Palestinian Territories:". It names a place, never an actor, and the parser often makes it
 * the head of the sentence.
 */
final class Dateline {
  private static final int MAX_TOKENS = 12;

  private Dateline() {}

  /**
   * The index of the dash or colon that ends the dateline of the document's first sentence, or -1.
   * The dateline starts with a capitalised place ("KYIV", "GAZA CITY") and holds no verb; a colon
   * ends one only when everything before it is that place and the region or country after a comma,
   * and the place is not a two-letter acronym ("UN: ...", "US: ..."), so that a headline such as
   * "Russia warns: ..." is not taken for one.
   */
  static int end(AnnotatedSentence s) {
    if (s.index() != 0 || s.size() < 3) {
      return -1;
    }
    String first = s.token(0).word();
    if (first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT))) {
      return -1;
    }
    for (int i = 1; i < Math.min(s.size() - 1, MAX_TOKENS); i++) {
      String w = s.token(i).word();
      if (s.token(i).isVerb()) {
        return -1;
      }
      if (w.equals("\u2014") || w.equals("--") || w.equals("\u2013") || w.equals("-")) {
        return i;
      }
      if (w.equals(":")) {
        return first.length() > 2 && placeOnly(s, i) ? i : -1;
      }
    }
    return -1;
  }

  /** True when tokens before {@code colon} are a capitalised place, optionally ", Region". */
  private static boolean placeOnly(AnnotatedSentence s, int colon) {
    boolean afterComma = false;
    for (int i = 0; i < colon; i++) {
      String w = s.token(i).word();
      if (w.equals(",")) {
        afterComma = true;
        continue;
      }
      boolean upper = w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
      boolean name = afterComma && s.token(i).pos().startsWith("NNP");
      if (!upper && !name) {
        return false;
      }
    }
    return true;
  }
}
