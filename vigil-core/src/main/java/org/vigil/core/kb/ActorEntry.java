package org.vigil.core.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named actor or a role noun from the knowledge base.
 *
 * @param id stable id ({@code country.blr}, {@code person.stoltenberg.nato}, {@code
 *     agent.minister})
 * @param code CAMEO actor code ({@code BLR}, {@code IGOWSTNAT}, {@code NORGOV}) or role code
 *     ({@code GOV})
 * @param kind what the entry stands for
 * @param phrases surface forms by their use
 * @param from first day of validity, inclusive
 * @param until end of validity, exclusive
 * @param note free text, sources of facts
 * @param source where the entry was written
 */
public record ActorEntry(
    String id,
    String code,
    ActorKind kind,
    Map<PhraseForm, List<String>> phrases,
    Optional<LocalDate> from,
    Optional<LocalDate> until,
    String note,
    SourceLine source) {
  /** Validates and copies the fields. */
  public ActorEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    phrases = Map.copyOf(phrases);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
  }

  /** True when the entry is valid on {@code date}. */
  public boolean validOn(LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true)
        && until.map(u -> date.isBefore(u)).orElse(true);
  }
}
