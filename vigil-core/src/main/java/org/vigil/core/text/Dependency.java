package org.vigil.core.text;

import java.util.Objects;

/**
 * One arc of a Universal Dependencies tree.
 *
 * @param head index of the governing token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation UD relation name, with subtype ({@code nsubj:pass}, {@code compound:prt})
 */
public record Dependency(int head, int dependent, String relation) {
  /** Validates the fields. */
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
  }

  /** True when the relation is {@code prefix} or a subtype of it. */
  public boolean is(String prefix) {
    return relation.equals(prefix) || relation.startsWith(prefix + ":");
  }
}
