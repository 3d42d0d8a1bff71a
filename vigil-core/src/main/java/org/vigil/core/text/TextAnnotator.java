package org.vigil.core.text;

import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a document into annotated sentences. Implementations (the NLP adapter) tokenize, tag and
 * lemmatize every sentence, and parse only the sentences that {@code needsParse} accepts: the
 * cascade that keeps the slow parser off sentences that cannot yield an event.
 */
public interface TextAnnotator {
  /**
   * Annotates a document.
   *
   * @param doc the document
   * @param needsParse decides, from tokens, POS and lemmas, whether a sentence gets a parse
   * @return the sentences in order
   * @throws AnnotationException when the NLP toolkit fails on this document
   */
  List<AnnotatedSentence> annotate(Document doc, Predicate<AnnotatedSentence> needsParse);

  /** A failure of the NLP toolkit on one document, wrapped once at the adapter. */
  final class AnnotationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps a toolkit failure with the document id. */
    public AnnotationException(String docId, Throwable cause) {
      super("NLP failed on " + docId + ": " + cause, cause);
    }
  }
}
