package org.vigil.core.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who did what to whom, when, with its evidence and provenance. The JSON form is
 * documented in {@code docs/event-schema.md}.
 *
 * @param docId the document id
 * @param sentenceIndex 0-based sentence index in the document
 * @param date the document date, empty when unknown
 * @param source the actor who acts
 * @param target the actor acted upon ({@link ActorRef#NONE} when absent)
 * @param code CAMEO event code
 * @param quadClass GDELT quad class 1..4
 * @param goldstein Goldstein value
 * @param plover PLOVER 2021 event type, empty for 01x/02x
 * @param polarity positive or negated
 * @param modality asserted, reported, intended or conditional
 * @param evidence sentence and trigger
 * @param rule the pattern id that fired (with a suffix for coder re-coding, e.g. {@code
 *     p.070.send>intent})
 * @param kbVersion the knowledge-base version that coded it
 * @param location where it happened, empty until geolocated or when unknown
 */
public record Event(
    String docId,
    int sentenceIndex,
    Optional<LocalDate> date,
    ActorRef source,
    ActorRef target,
    String code,
    int quadClass,
    double goldstein,
    Optional<String> plover,
    Polarity polarity,
    Modality modality,
    Evidence evidence,
    String rule,
    String kbVersion,
    Optional<org.vigil.core.geo.Location> location) {
  /** Validates the fields. */
  public Event {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kbVersion, "kbVersion");
    Objects.requireNonNull(location, "location");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class " + quadClass);
    }
  }

  /** The same event at a location. */
  public Event withLocation(Optional<org.vigil.core.geo.Location> where) {
    return new Event(
        docId,
        sentenceIndex,
        date,
        source,
        target,
        code,
        quadClass,
        goldstein,
        plover,
        polarity,
        modality,
        evidence,
        rule,
        kbVersion,
        where);
  }

  /** The two-digit CAMEO root. */
  public String rootCode() {
    return code.substring(0, 2);
  }
}
