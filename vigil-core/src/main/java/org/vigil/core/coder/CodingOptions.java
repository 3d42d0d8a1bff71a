package org.vigil.core.coder;

/**
 * Coder settings.
 *
 * @param requireTarget code only events with a target actor (compound subjects of cooperative acts
 *     still yield pairwise events)
 * @param keepBareRoles also code events whose source or target is a role with no country or
 *     organisation ("police", "officials") after every way of finding its owner failed
 */
public record CodingOptions(boolean requireTarget, boolean keepBareRoles) {
  /** The defaults: targets required, bare roles dropped. */
  public static final CodingOptions DEFAULTS = new CodingOptions(true, false);
}
