package org.vigil.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the actors table: an actor code and the totals of its asserted events.
 *
 * @param code CAMEO actor code
 * @param name label from the knowledge base, empty when it has none
 * @param entity country or organisation part of the code
 * @param role role blocks after the entity ({@code ""} for none)
 * @param firstSeen date of its first event, empty when none is dated
 * @param lastSeen date of its last event, empty when none is dated
 * @param events events as source or target (an event with the code on both sides counts twice)
 * @param asSource events as source
 * @param asTarget events as target
 */
public record ActorRow(
    String code,
    Optional<String> name,
    String entity,
    String role,
    Optional<LocalDate> firstSeen,
    Optional<LocalDate> lastSeen,
    int events,
    int asSource,
    int asTarget) {}
