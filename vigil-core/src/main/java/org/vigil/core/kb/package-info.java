/**
 * Stage knowledge: loads the knowledge-base files (actors, role nouns, verb patterns), validates
 * them (every problem with file:line), and compiles them into immutable, thread-safe matchers: a
 * {@link org.vigil.core.kb.PhraseLexicon} over tokens and a {@link org.vigil.core.kb.PatternIndex}
 * by trigger lemma. Imports {@code text}, {@code problem} and {@code cameo}.
 */
package org.vigil.core.kb;
