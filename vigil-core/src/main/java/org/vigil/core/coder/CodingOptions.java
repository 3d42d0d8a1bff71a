package org.vigil.core.coder;

/**
 * Coder settings.
 *
 * @param requireTarget code only events with a target actor (compound subjects of cooperative acts
 *     still yield pairwise events)
 */
public record CodingOptions(boolean requireTarget) {
  /** The defaults: targets required. */
  public static final CodingOptions DEFAULTS = new CodingOptions(true);
}
