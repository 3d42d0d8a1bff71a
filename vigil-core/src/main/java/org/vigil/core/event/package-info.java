/**
 * Stage events: the coded {@link org.vigil.core.event.Event} record with its actors, evidence and
 * provenance, and its JSON-lines form. Imports {@code text}, {@code kb} and {@code cameo}.
 */
package org.vigil.core.event;
