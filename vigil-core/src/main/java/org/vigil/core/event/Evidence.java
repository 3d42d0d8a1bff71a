package org.vigil.core.event;

import java.util.Objects;

/**
 * The text behind an event.
 *
 * @param sentence the sentence text
 * @param trigger the trigger word
 * @param triggerBegin character offset of the trigger in the document
 * @param triggerEnd character offset after the trigger
 */
public record Evidence(String sentence, String trigger, int triggerBegin, int triggerEnd) {
  /** Validates the fields. */
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
  }
}
