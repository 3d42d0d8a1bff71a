package org.vigil.core.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A document's language as an ISO 639-1 code, read from what the input record says: a code ({@code
 * en}, {@code EN}, {@code en-GB}, {@code en_US}), an ISO 639-2 code ({@code eng}) or an English
 * language name ({@code English}). No text-based detection: inputs without a language are English.
 */
public final class Languages {
  /** The language of documents whose record gives none. */
  public static final String DEFAULT = "en";

  private static final Map<String, String> KNOWN = known();

  private Languages() {}

  private static Map<String, String> known() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale l = new Locale(two);
      m.put(two, two);
      try {
        m.putIfAbsent(l.getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language: the two-letter one still works
      }
      String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals(two)) {
        m.putIfAbsent(name, two);
      }
    }
    return Map.copyOf(m);
  }

  /** The ISO 639-1 code for {@code value}, empty when it names no known language. */
  public static Optional<String> normalize(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    String primary = v.split("[-_]", 2)[0];
    String code = KNOWN.get(v);
    if (code == null && primary.length() <= 3) {
      code = KNOWN.get(primary);
    }
    return Optional.ofNullable(code);
  }
}
