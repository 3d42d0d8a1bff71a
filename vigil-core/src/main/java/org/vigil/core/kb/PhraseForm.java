package org.vigil.core.kb;

/** The grammatical use of a phrase. */
public enum PhraseForm {
  NAME,
  ADJECTIVE,
  DEMONYM,
  /** A capital or seat of government, standing for the government when it acts. */
  SEAT,
  /** A role noun. */
  NOUN
}
