package org.vigil.core.eval;

/** Scoring level of the protocol. */
public enum Level {
  /** Same two-digit root (the headline figure). */
  ROOT,
  /** Same code (a 2-digit alternative accepts its whole root). */
  CODE,
  /** Same PLOVER-2016 type, for PLOVER gold. */
  PLOVER
}
