package org.vigil.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One stored event as the events query reads it.
 *
 * @param docId document id
 * @param sentenceIndex sentence index in the document
 * @param date event date, empty when unknown
 * @param source source actor code
 * @param target target actor code
 * @param code CAMEO event code
 * @param quadClass quad class 1..4
 * @param goldstein Goldstein value
 * @param place location name, empty when the event was not placed
 * @param country location country code, empty when the event was not placed
 * @param rule the pattern id that coded it
 * @param sentence the evidence sentence
 */
public record EventRow(
    String docId,
    int sentenceIndex,
    Optional<LocalDate> date,
    String source,
    String target,
    String code,
    int quadClass,
    double goldstein,
    Optional<String> place,
    Optional<String> country,
    String rule,
    String sentence) {}
