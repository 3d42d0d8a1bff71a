package org.vigil.core.kb;

import java.util.List;

/**
 * A phrase of the knowledge base found in a sentence.
 *
 * @param start first token
 * @param end last token (inclusive)
 * @param form how the phrase is used (name, adjective, seat, role noun ...)
 * @param candidates entries with this phrase (several when dated entries share a name)
 */
public record Mention(int start, int end, PhraseForm form, List<ActorEntry> candidates) {
  /** Copies the fields. */
  public Mention {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty() || end < start) {
      throw new IllegalArgumentException("empty mention");
    }
  }

  /** True when the mention is a role noun. */
  public boolean isAgent() {
    return form == PhraseForm.NOUN;
  }

  /** True when token {@code i} is inside the mention. */
  public boolean covers(int i) {
    return i >= start && i <= end;
  }
}
