/**
 * Stage 1: text. Takes raw input (an article's id, date and text) and holds it as a {@link
 * org.vigil.core.text.Document}; the NLP adapter turns a document into {@link
 * org.vigil.core.text.AnnotatedSentence}s made of {@link org.vigil.core.text.Token}s and {@link
 * org.vigil.core.text.Dependency} arcs. Imports nothing from later stages.
 */
package org.vigil.core.text;
