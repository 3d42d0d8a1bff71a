package org.vigil.core.problem;

/** Stable problem codes. Never rename one: users grep logs and rejected files for them. */
public enum ProblemCode {
  /** The input has no text (empty or only whitespace). */
  INPUT_EMPTY,
  /** The input looks binary (NUL bytes or many control characters). */
  INPUT_BINARY,
  /** The input is not valid UTF-8. */
  INPUT_ENCODING,
  /** The input is larger than the configured limit. */
  INPUT_TOO_LARGE,
  /** A JSON line could not be parsed. */
  INPUT_BAD_JSON,
  /** A required field is missing or has the wrong type. */
  INPUT_MISSING_FIELD,
  /** A date is not a valid YYYY-MM-DD date. */
  INPUT_BAD_DATE,
  /** The input file could not be read. */
  INPUT_UNREADABLE,
  /** A record's language field names no ISO 639 language. */
  INPUT_BAD_LANGUAGE,
  /** The NLP stage failed on this input. */
  NLP_FAILED,
  /** A knowledge-base file has a bad header. */
  KB_HEADER,
  /** A knowledge-base line has the wrong number of columns. */
  KB_COLUMNS,
  /** An id is malformed. */
  KB_BAD_ID,
  /** An id is used twice. */
  KB_DUPLICATE_ID,
  /** An actor, role or event code is malformed or unknown. */
  KB_BAD_CODE,
  /** A date is malformed, or from is not before until. */
  KB_BAD_DATE,
  /** A phrase list has an empty or badly spaced phrase. */
  KB_BAD_PHRASE,
  /** The same phrase maps to different codes in overlapping periods. */
  KB_PHRASE_CONFLICT,
  /** A pattern does not parse. */
  KB_BAD_PATTERN,
  /** A pattern has no positive or no negative example. */
  KB_MISSING_EXAMPLE,
  /** A required cell is empty. */
  KB_EMPTY_CELL,
  /** A file could not be read. */
  KB_UNREADABLE
}
