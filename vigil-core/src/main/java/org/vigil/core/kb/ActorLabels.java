package org.vigil.core.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.event.Entity;

/**
 * Human labels for CAMEO actor codes, from the knowledge base: a country, region or organisation
 * code gets the entry's first name ({@code BLR} -> {@code Belarus}); a code with role blocks gets
 * its entity's name followed by each role's first noun ({@code BLRGOV} -> {@code Belarus
 * government}). Immutable and thread-safe.
 */
public final class ActorLabels {
  private final Map<String, String> names;
  private final Map<String, String> roles;

  private ActorLabels(Map<String, String> names, Map<String, String> roles) {
    this.names = Map.copyOf(names);
    this.roles = Map.copyOf(roles);
  }

  /** The labels of a knowledge base (the first entry of a code wins, in file order). */
  public static ActorLabels of(KnowledgeBase kb) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    for (ActorEntry a : kb.actors()) {
      switch (a.kind()) {
        case COUNTRY, REGION, ORGANIZATION ->
            first(a, PhraseForm.NAME).ifPresent(n -> names.putIfAbsent(a.code(), n));
        case AGENT -> first(a, PhraseForm.NOUN).ifPresent(n -> roles.putIfAbsent(a.code(), n));
        case PERSON -> {}
      }
    }
    return new ActorLabels(names, roles);
  }

  private static Optional<String> first(ActorEntry a, PhraseForm form) {
    List<String> p = a.phrases().getOrDefault(form, List.of());
    return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
  }

  /** The label of {@code code}, empty when the knowledge base does not name its entity. */
  public Optional<String> label(String code) {
    if (names.containsKey(code)) {
      return Optional.of(names.get(code));
    }
    String entity = Entity.of(code);
    String name = names.get(entity);
    if (name == null) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(name);
    for (int i = entity.length(); i + 3 <= code.length(); i += 3) {
      String role = code.substring(i, i + 3);
      b.append(' ').append(roles.getOrDefault(role, role));
    }
    return Optional.of(b.toString());
  }
}
