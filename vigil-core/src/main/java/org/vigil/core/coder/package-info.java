/**
 * Stage coding: turns {@link org.vigil.core.text.AnnotatedSentence}s of one document into {@link
 * org.vigil.core.event.Event}s using the compiled knowledge base. Imports {@code text}, {@code kb},
 * {@code cameo} and {@code event}; never the store, server or CLI.
 */
package org.vigil.core.coder;
