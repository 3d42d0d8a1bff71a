/**
 * Stage signals: turns event counts over time into escalation alerts. Pure functions over immutable
 * series ({@link org.vigil.core.signals.EscalationDetector}); the store feeds them.
 */
package org.vigil.core.signals;
