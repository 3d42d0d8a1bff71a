/**
 * Stage 0, sources: turns raw bytes (text files, JSON lines, stdin) into {@link
 * org.vigil.core.text.Document}s or {@link org.vigil.core.problem.Problem}s: empty, binary,
 * oversized, badly encoded, malformed or badly dated input never reaches the NLP stage.
 */
package org.vigil.core.source;
