package org.vigil.core.source;

import org.vigil.core.problem.Problem;
import org.vigil.core.text.Document;

/** One input read from a source: a document, or the problem that stopped it. */
public sealed interface SourceItem {
  /** A readable document. */
  record Accepted(Document document) implements SourceItem {}

  /** An input that could not be read, with its location and code. */
  record Rejected(Problem problem) implements SourceItem {}
}
