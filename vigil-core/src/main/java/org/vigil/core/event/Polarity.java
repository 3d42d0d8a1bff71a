package org.vigil.core.event;

/** Whether the act happened or was negated ("did not attack"). */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
