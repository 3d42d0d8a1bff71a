package org.vigil.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.kb.Mention;

/**
 * What earlier sentences of the document said about actors, computed from tokens only (never from
 * the parse) so that the parse cascade cannot change the result. Immutable: {@link #remember}
 * returns a new memory.
 */
final class DocumentMemory {
  /** How many sentences back pronouns and definite role nouns may look. */
  static final int WINDOW = 3;

  /**
   * One actor seen earlier.
   *
   * @param sentence sentence index
   * @param resolved the actor
   * @param agentId the role noun's id when the actor was a role noun with an owner
   */
  record Salient(int sentence, Resolved resolved, Optional<String> agentId) {}

  static final DocumentMemory EMPTY = new DocumentMemory(List.of());

  private final List<Salient> items;

  private DocumentMemory(List<Salient> items) {
    this.items = List.copyOf(items);
  }

  /** A memory that also holds the actors of {@code scope}. */
  DocumentMemory remember(SentenceScope scope) {
    List<Salient> next = new ArrayList<>(items);
    for (Mention m : scope.mentions) {
      Optional<Resolved> r = scope.tokenLevel(m);
      if (r.isPresent()) {
        Optional<String> agent =
            m.isAgent() ? Optional.of(m.candidates().get(0).id()) : Optional.empty();
        next.add(new Salient(scope.sentence.index(), r.get(), agent));
      }
    }
    int oldest = scope.sentence.index() - WINDOW;
    next.removeIf(s -> s.sentence() < oldest);
    return new DocumentMemory(next);
  }

  /**
   * The antecedent of a pronoun from earlier sentences: the first suitable actor of the most recent
   * sentence that has one.
   */
  Optional<Resolved> antecedent(int sentence, boolean person) {
    for (int s = sentence - 1; s >= sentence - WINDOW; s--) {
      for (Salient item : items) {
        if (item.sentence() == s && item.resolved().person() == person) {
          return Optional.of(item.resolved());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The most recent organisation of an earlier sentence ("NATO urged ... The alliance also ..."),
   * only an intergovernmental one when {@code intergovernmental}.
   */
  Optional<Resolved> organisation(int sentence, boolean intergovernmental) {
    for (int k = items.size() - 1; k >= 0; k--) {
      Salient item = items.get(k);
      Resolved r = item.resolved();
      boolean fits =
          r.kind() == org.vigil.core.kb.ActorKind.ORGANIZATION
              && (!intergovernmental || r.code().startsWith("IGO"));
      if (item.sentence() < sentence && fits) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The most recent owner-qualified use of the same role noun ("the ministers"). */
  Optional<Resolved> sameRole(String agentId, int sentence) {
    for (int k = items.size() - 1; k >= 0; k--) {
      Salient item = items.get(k);
      if (item.sentence() < sentence && item.agentId().filter(agentId::equals).isPresent()) {
        return Optional.of(item.resolved());
      }
    }
    return Optional.empty();
  }
}
