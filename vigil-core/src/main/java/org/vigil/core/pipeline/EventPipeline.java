package org.vigil.core.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.vigil.core.coder.Coder;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;
import org.vigil.core.text.TextAnnotator;

/** Annotates a document (parsing only what the coder can use) and codes it. Thread-safe. */
public final class EventPipeline {
  private final TextAnnotator annotator;
  private final Coder coder;
  private final boolean cascade;
  private final org.vigil.core.geo.Geolocator geolocator;

  /**
   * Creates a pipeline.
   *
   * @param annotator the NLP adapter
   * @param coder the coder
   * @param cascade parse only sentences that may yield an event (same output, faster)
   */
  public EventPipeline(TextAnnotator annotator, Coder coder, boolean cascade) {
    this(
        annotator,
        coder,
        cascade,
        new org.vigil.core.geo.Geolocator(org.vigil.core.geo.Gazetteer.NONE));
  }

  /**
   * Creates a pipeline that also places events.
   *
   * @param annotator the NLP adapter
   * @param coder the coder
   * @param cascade parse only sentences that may yield an event
   * @param geolocator places each event
   */
  public EventPipeline(
      TextAnnotator annotator,
      Coder coder,
      boolean cascade,
      org.vigil.core.geo.Geolocator geolocator) {
    this.annotator = annotator;
    this.coder = coder;
    this.cascade = cascade;
    this.geolocator = geolocator;
  }

  /** The coder in use. */
  public Coder coder() {
    return coder;
  }

  /** Codes one document; NLP failures become a rejected outcome. */
  public Outcome process(Document doc) {
    Predicate<AnnotatedSentence> filter = cascade ? coder::mayYieldEvent : s -> true;
    List<AnnotatedSentence> sentences;
    try {
      sentences = annotator.annotate(doc, filter);
    } catch (TextAnnotator.AnnotationException e) {
      return new Outcome.Rejected(
          new Problem(ProblemCode.NLP_FAILED, doc.id(), "nlp", String.valueOf(e.getCause())));
    }
    int parsed = (int) sentences.stream().filter(AnnotatedSentence::parsed).count();
    List<org.vigil.core.event.Event> events =
        geolocator.locate(sentences, coder.code(doc, sentences));
    return new Outcome.Coded(
        doc.id(),
        events,
        sentences.size(),
        parsed,
        sentences.stream().map(org.vigil.core.text.SentenceSpan::of).toList());
  }
}
