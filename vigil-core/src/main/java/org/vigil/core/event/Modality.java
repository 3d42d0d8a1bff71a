package org.vigil.core.event;

/** How the act is asserted. */
public enum Modality {
  /** The text asserts the act happened. */
  ASSERTED,
  /** The act is reported inside another actor's statement. */
  REPORTED,
  /** An intention, readiness, decision, promise or future act (re-coded 03x or 13x). */
  INTENDED,
  /** The act depends on a condition ("if ...") (re-coded 03x or 13x). */
  CONDITIONAL
}
