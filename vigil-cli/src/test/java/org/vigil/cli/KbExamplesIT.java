package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.pipeline.EventPipeline;

/** Every pattern example of the built-in knowledge base, through the real parser and coder. */
class KbExamplesIT {
  @Test
  void everyPatternExamplePasses() {
    EngineOptions o = new EngineOptions();
    EventPipeline pipeline = Engine.pipeline(o, System.err);
    KbTestCommand.Report r = KbTestCommand.run(pipeline, "", o.threads);
    assertThat(r.total()).isGreaterThan(1000);
    assertThat(r.failures()).as(String.join("\n", r.failures())).isEmpty();
  }
}
