package org.vigil.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One expected event.
 *
 * @param source gold source actor code
 * @param target gold target actor code, {@code ""} when absent
 * @param code CAMEO code (or PLOVER type for PLOVER gold)
 * @param altCodes accepted alternative codes
 * @param altSources accepted alternative sources
 * @param altTargets accepted alternative targets
 * @param optional neither a hit nor a miss
 */
public record GoldEvent(
    String source,
    String target,
    String code,
    List<String> altCodes,
    List<String> altSources,
    List<String> altTargets,
    boolean optional) {
  /** Copies the fields. */
  public GoldEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    altCodes = List.copyOf(altCodes);
    altSources = List.copyOf(altSources);
    altTargets = List.copyOf(altTargets);
  }
}
