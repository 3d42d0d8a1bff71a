/**
 * Evaluation: reads gold JSON lines and scores predictions exactly as {@code SCORING.md} says
 * (entity matching, root/code/plover levels, one-to-one matching, optional events, reciprocal
 * reversals). Imports {@code cameo}.
 */
package org.vigil.core.eval;
