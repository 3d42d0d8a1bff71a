package org.vigil.store;

/**
 * A dyad's totals.
 *
 * @param source source entity
 * @param target target entity
 * @param events events
 * @param conflict verbal and material conflict events
 * @param goldsteinMean mean Goldstein value
 */
public record Dyad(String source, String target, int events, int conflict, double goldsteinMean) {}
