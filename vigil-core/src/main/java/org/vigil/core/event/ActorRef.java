package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * An actor of an event.
 *
 * @param code CAMEO actor code, {@code ""} when absent
 * @param text the text that named the actor
 * @param begin character offset in the document, -1 when absent
 * @param end character offset after the actor text, -1 when absent
 * @param entries knowledge-base ids used to build the code (why the actor has this code)
 */
public record ActorRef(String code, String text, int begin, int end, List<String> entries) {
  /** The absent actor. */
  public static final ActorRef NONE = new ActorRef("", "", -1, -1, List.of());

  /** Copies the fields. */
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    entries = List.copyOf(entries);
  }

  /** True for the absent actor. */
  public boolean isEmpty() {
    return code.isEmpty();
  }
}
