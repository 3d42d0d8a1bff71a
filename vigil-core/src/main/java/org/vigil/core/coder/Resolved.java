package org.vigil.core.coder;

import java.util.List;
import org.vigil.core.kb.ActorKind;

/**
 * An actor code with how it was found.
 *
 * @param code the CAMEO actor code, or a bare role code ({@code GOV}) when no owner was found
 * @param kind the kind of the entry that gave the entity (AGENT for a bare role)
 * @param person true when it can be referred to as "he"/"she" (a person, or one office holder)
 * @param entries knowledge-base ids used
 * @param start first token of the actor text
 * @param end last token of the actor text
 */
record Resolved(
    String code, ActorKind kind, boolean person, List<String> entries, int start, int end) {
  Resolved {
    entries = List.copyOf(entries);
  }

  /** True when only a role was found (no country, organisation or person). */
  boolean bareRole() {
    return kind == ActorKind.AGENT;
  }

  Resolved withSpan(int s, int e) {
    return new Resolved(code, kind, person, entries, s, e);
  }
}
