package org.vigil.nlp;

/**
 * Settings of the CoreNLP adapter.
 *
 * @param ner run the (slow) named-entity recognizer, "lite" configuration
 * @param maxParseTokens sentences longer than this are never parsed (protects memory and time)
 */
public record NlpSettings(boolean ner, int maxParseTokens) {
  /** Defaults: no NER, parse sentences up to 120 tokens. */
  public static final NlpSettings DEFAULTS = new NlpSettings(false, 120);

  /** Validates the fields. */
  public NlpSettings {
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be positive");
    }
  }
}
