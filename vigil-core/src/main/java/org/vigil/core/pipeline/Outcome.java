package org.vigil.core.pipeline;

import java.util.List;
import org.vigil.core.event.Event;
import org.vigil.core.problem.Problem;
import org.vigil.core.text.SentenceSpan;

/** What the pipeline made of one document. */
public sealed interface Outcome {
  /**
   * The document was coded.
   *
   * @param docId the document id
   * @param events coded events (negated ones included, with their polarity)
   * @param sentences number of sentences
   * @param parsed number of sentences the cascade sent to the parser
   * @param spans where each sentence lies in the document text, in order (empty when the producer
   *     did not record them)
   */
  record Coded(
      String docId, List<Event> events, int sentences, int parsed, List<SentenceSpan> spans)
      implements Outcome {
    /** Copies the events and spans. */
    public Coded {
      events = List.copyOf(events);
      spans = List.copyOf(spans);
      if (!spans.isEmpty() && spans.size() != sentences) {
        throw new IllegalArgumentException(spans.size() + " spans for " + sentences + " sentences");
      }
    }

    /** An outcome without sentence spans. */
    public Coded(String docId, List<Event> events, int sentences, int parsed) {
      this(docId, events, sentences, parsed, List.of());
    }
  }

  /** The document could not be coded. */
  record Rejected(Problem problem) implements Outcome {}
}
