package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events to read (named query events): every filter is optional and they combine with AND.
 * Start from {@link #all()} and narrow with the {@code with...} methods.
 *
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param actor actor code prefix on the source or the target ({@code BLR} matches {@code BLRGOV})
 * @param dyadSource source code prefix of a directed dyad
 * @param dyadTarget target code prefix of a directed dyad
 * @param code CAMEO event code prefix ({@code 19} is the root, {@code 190} the code)
 * @param quadClass quad class 1..4
 * @param place location country code ({@code POL}) or place name ({@code Warsaw}), any case
 * @param text a substring of the evidence sentence, any case
 * @param limit most rows to return
 * @param offset rows to skip
 */
public record EventFilter(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> actor,
    Optional<String> dyadSource,
    Optional<String> dyadTarget,
    Optional<String> code,
    Optional<Integer> quadClass,
    Optional<String> place,
    Optional<String> text,
    int limit,
    int offset) {
  /** Validates the fields. */
  public EventFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(dyadSource, "dyadSource");
    Objects.requireNonNull(dyadTarget, "dyadTarget");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(text, "text");
    quadClass.ifPresent(
        q -> {
          if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quad class must be 1..4, not " + q);
          }
        });
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** Every asserted event, first 100 rows. */
  public static EventFilter all() {
    Optional<String> none = Optional.empty();
    return new EventFilter(
        Optional.empty(),
        Optional.empty(),
        none,
        none,
        none,
        none,
        Optional.empty(),
        none,
        none,
        100,
        0);
  }

  /** Events on or after {@code d}. */
  public EventFilter withFrom(LocalDate d) {
    return new EventFilter(
        Optional.of(d),
        to,
        actor,
        dyadSource,
        dyadTarget,
        code,
        quadClass,
        place,
        text,
        limit,
        offset);
  }

  /** Events on or before {@code d}. */
  public EventFilter withTo(LocalDate d) {
    return new EventFilter(
        from,
        Optional.of(d),
        actor,
        dyadSource,
        dyadTarget,
        code,
        quadClass,
        place,
        text,
        limit,
        offset);
  }

  /** Events whose source or target code starts with {@code prefix}. */
  public EventFilter withActor(String prefix) {
    return new EventFilter(
        from,
        to,
        Optional.of(prefix),
        dyadSource,
        dyadTarget,
        code,
        quadClass,
        place,
        text,
        limit,
        offset);
  }

  /** Events from a source code prefix to a target code prefix. */
  public EventFilter withDyad(String source, String target) {
    return new EventFilter(
        from,
        to,
        actor,
        Optional.of(source),
        Optional.of(target),
        code,
        quadClass,
        place,
        text,
        limit,
        offset);
  }

  /** Events whose CAMEO code starts with {@code prefix}. */
  public EventFilter withCode(String prefix) {
    return new EventFilter(
        from,
        to,
        actor,
        dyadSource,
        dyadTarget,
        Optional.of(prefix),
        quadClass,
        place,
        text,
        limit,
        offset);
  }

  /** Events of one quad class. */
  public EventFilter withQuadClass(int quad) {
    return new EventFilter(
        from,
        to,
        actor,
        dyadSource,
        dyadTarget,
        code,
        Optional.of(quad),
        place,
        text,
        limit,
        offset);
  }

  /** Events placed in a country (code) or at a named place. */
  public EventFilter withPlace(String countryOrName) {
    return new EventFilter(
        from,
        to,
        actor,
        dyadSource,
        dyadTarget,
        code,
        quadClass,
        Optional.of(countryOrName),
        text,
        limit,
        offset);
  }

  /** Events whose evidence sentence contains {@code substring}, in any case. */
  public EventFilter withText(String substring) {
    return new EventFilter(
        from,
        to,
        actor,
        dyadSource,
        dyadTarget,
        code,
        quadClass,
        place,
        Optional.of(substring),
        limit,
        offset);
  }

  /** One page of rows. */
  public EventFilter withPage(int newLimit, int newOffset) {
    return new EventFilter(
        from, to, actor, dyadSource, dyadTarget, code, quadClass, place, text, newLimit, newOffset);
  }
}
