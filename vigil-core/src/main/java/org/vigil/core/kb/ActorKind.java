package org.vigil.core.kb;

/** What a named actor entry stands for. */
public enum ActorKind {
  COUNTRY,
  REGION,
  ORGANIZATION,
  PERSON,
  /** A role noun (agent), combined with an owner to form a code. */
  AGENT
}
