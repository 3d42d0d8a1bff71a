/**
 * The end-to-end stage chain for one document: {@code Document -> AnnotatedSentence -> Event}, with
 * the parse cascade, returning a {@link org.vigil.core.pipeline.Outcome}. Imports every earlier
 * core stage; never the store, server or CLI.
 */
package org.vigil.core.pipeline;
