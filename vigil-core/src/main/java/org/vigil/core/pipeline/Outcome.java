package org.vigil.core.pipeline;

import java.util.List;
import org.vigil.core.event.Event;
import org.vigil.core.problem.Problem;

/** What the pipeline made of one document. */
public sealed interface Outcome {
  /**
   * The document was coded.
   *
   * @param docId the document id
   * @param events coded events (negated ones included, with their polarity)
   * @param sentences number of sentences
   * @param parsed number of sentences the cascade sent to the parser
   */
  record Coded(String docId, List<Event> events, int sentences, int parsed) implements Outcome {
    /** Copies the events. */
    public Coded {
      events = List.copyOf(events);
    }
  }

  /** The document could not be coded. */
  record Rejected(Problem problem) implements Outcome {}
}
