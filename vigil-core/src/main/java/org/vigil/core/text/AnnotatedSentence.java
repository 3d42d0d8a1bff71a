package org.vigil.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable sentence with tokens and (optionally) a dependency tree. A sentence that the cascade
 * did not parse has no dependencies ({@link #parsed()} is false).
 *
 * <p>A final class rather than a record because it pre-computes head and children indexes.
 */
public final class AnnotatedSentence {
  private final String docId;
  private final int index;
  private final String text;
  private final int begin;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;
  private final boolean[] conjoined;

  /**
   * Creates a sentence.
   *
   * @param docId the document id
   * @param index 0-based sentence index in the document
   * @param text the sentence text
   * @param begin character offset of the sentence in the document
   * @param tokens tokens in order, {@code tokens.get(i).index() == i}
   * @param dependencies the tree's arcs (one per token) or empty when not parsed
   */
  public AnnotatedSentence(
      String docId,
      int index,
      String text,
      int begin,
      List<Token> tokens,
      List<Dependency> dependencies) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.index = index;
    this.text = Objects.requireNonNull(text, "text");
    this.begin = begin;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    for (int i = 0; i < this.tokens.size(); i++) {
      if (this.tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    int n = this.tokens.size();
    heads = new int[n];
    relations = new String[n];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "");
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    for (Dependency d : this.dependencies) {
      if (d.dependent() >= n || d.head() >= n) {
        throw new IllegalArgumentException("arc outside sentence: " + d);
      }
      heads[d.dependent()] = d.head();
      relations[d.dependent()] = d.relation();
      if (d.head() >= 0) {
        kids.get(d.head()).add(d.dependent());
      }
    }
    List<List<Integer>> frozen = new ArrayList<>();
    for (List<Integer> k : kids) {
      Collections.sort(k);
      frozen.add(List.copyOf(k));
    }
    this.children = List.copyOf(frozen);
    this.conjoined = new boolean[n];
    for (Dependency d : this.dependencies) {
      if (d.head() >= 0 && relationIs(d.dependent(), "conj")) {
        conjoined[d.head()] = true;
      }
    }
  }

  /** True when token {@code i} has a conjoined dependent ("photographs and intelligence"). */
  public boolean hasConjunct(int i) {
    return conjoined[i];
  }

  public String docId() {
    return docId;
  }

  public int index() {
    return index;
  }

  public String text() {
    return text;
  }

  public int begin() {
    return begin;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** True when the sentence has a dependency tree. */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  /** The head of token {@code i}, -1 for the root or when not parsed. */
  public int head(int i) {
    return heads[i];
  }

  /** The relation of token {@code i} to its head, {@code ""} when not parsed. */
  public String relation(int i) {
    return relations[i];
  }

  /** True when token {@code i}'s relation is {@code prefix} or a subtype of it. */
  public boolean relationIs(int i, String prefix) {
    String r = relations[i];
    // No concatenation: this runs for most tokens of every sentence, many times.
    return r.startsWith(prefix)
        && (r.length() == prefix.length() || r.charAt(prefix.length()) == ':');
  }

  /** Dependents of token {@code i} in token order. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Dependents of token {@code i} whose relation is {@code prefix} or a subtype of it. */
  public List<Integer> children(int i, String prefix) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (relationIs(c, prefix)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text covered by tokens {@code from..to} inclusive, as written in the sentence. */
  public String textOf(int from, int to) {
    int b = tokens.get(from).begin() - begin;
    int e = tokens.get(to).end() - begin;
    if (b < 0 || e > text.length() || b > e) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i <= to; i++) {
        sb.append(i > from ? " " : "").append(tokens.get(i).word());
      }
      return sb.toString();
    }
    return text.substring(b, e);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnotatedSentence s
        && s.docId.equals(docId)
        && s.index == index
        && s.text.equals(text)
        && s.begin == begin
        && s.tokens.equals(tokens)
        && s.dependencies.equals(dependencies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, index, text, begin, tokens, dependencies);
  }

  @Override
  public String toString() {
    return "AnnotatedSentence[" + docId + "#" + index + ": " + text + "]";
  }
}
