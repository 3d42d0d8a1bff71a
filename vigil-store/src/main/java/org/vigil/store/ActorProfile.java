package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the store knows about an actor (every code starting with a prefix).
 *
 * @param actor the code prefix asked for
 * @param codes the actors table rows of the matching codes, most events first
 * @param asSource events as source per quad class 1..4 (index 0 unused)
 * @param asTarget events as target per quad class 1..4 (index 0 unused)
 * @param partners the entities on the other side (the target when both sides match), most events
 *     first
 * @param eventCodes the CAMEO codes of its events, most frequent first
 * @param months events and mean Goldstein value per month
 */
public record ActorProfile(
    String actor,
    List<ActorRow> codes,
    int[] asSource,
    int[] asTarget,
    List<Partner> partners,
    List<CodeCount> eventCodes,
    List<Month> months) {
  /** Copies the fields. */
  public ActorProfile {
    codes = List.copyOf(codes);
    asSource = asSource.clone();
    asTarget = asTarget.clone();
    partners = List.copyOf(partners);
    eventCodes = List.copyOf(eventCodes);
    months = List.copyOf(months);
  }

  /** A partner entity and the events with it. */
  public record Partner(String entity, int events, int conflict, double goldsteinMean) {}

  /** An event code and its count. */
  public record CodeCount(String code, int events) {}

  /** One month of events. */
  public record Month(LocalDate month, int events, double goldsteinMean) {}

  /** The first day any matching code was seen. */
  public Optional<LocalDate> firstSeen() {
    return codes.stream().flatMap(c -> c.firstSeen().stream()).min(LocalDate::compareTo);
  }

  /** The last day any matching code was seen. */
  public Optional<LocalDate> lastSeen() {
    return codes.stream().flatMap(c -> c.lastSeen().stream()).max(LocalDate::compareTo);
  }

  /** True when the store has no event of the actor. */
  public boolean isEmpty() {
    return codes.isEmpty();
  }
}
