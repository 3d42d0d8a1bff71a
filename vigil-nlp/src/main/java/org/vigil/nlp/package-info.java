/**
 * The NLP adapter: the only package that sees Stanford CoreNLP. Takes a {@link
 * org.vigil.core.text.Document}, produces immutable {@link org.vigil.core.text.AnnotatedSentence}s
 * (tokens with offsets, lemma, POS, optional NER, and a UD tree for the sentences the cascade
 * selects).
 */
package org.vigil.nlp;
