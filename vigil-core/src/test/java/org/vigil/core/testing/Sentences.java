package org.vigil.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Builds parsed sentences by hand from CoNLL-like rows {@code "word lemma POS head relation"}
 * (heads 1-based, 0 = root), so coder tests need no model.
 */
public final class Sentences {
  private Sentences() {}

  /** A parsed sentence; rows are separated by newlines. */
  public static AnnotatedSentence parse(String docId, int index, String rows) {
    return build(docId, index, rows, true);
  }

  /** The same sentence without its dependency tree (as the cascade leaves it). */
  public static AnnotatedSentence tokensOnly(String docId, int index, String rows) {
    return build(docId, index, rows, false);
  }

  private static AnnotatedSentence build(String docId, int index, String rows, boolean parsed) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int offset = 1000 * index;
    for (String row : rows.strip().split("\n")) {
      String[] f = row.strip().split("\\s+");
      if (f.length != 5) {
        throw new IllegalArgumentException("row needs word lemma POS head relation: " + row);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = offset + text.length();
      text.append(f[0]);
      int i = tokens.size();
      tokens.add(new Token(i, f[0], f[1], f[2], "O", begin, begin + f[0].length()));
      deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
    }
    return new AnnotatedSentence(
        docId, index, text.toString(), offset, tokens, parsed ? deps : List.of());
  }
}
