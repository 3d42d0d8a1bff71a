package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that code text. */
final class EngineOptions {
  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description = "Extra knowledge-base directory layered over the built-in one (repeatable).")
  List<Path> kbDirs = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ner", description = "Run CoreNLP's named-entity recognizer (slower).")
  boolean ner;

  @Option(
      names = "--no-cascade",
      description =
          "Parse every sentence, not only those that may yield an event (same output, slower).")
  boolean noCascade;

  @Option(
      names = "--allow-untargeted",
      description = "Also code events whose target could not be found (target code \"\").")
  boolean allowUntargeted;

  @Option(
      names = "--keep-bare-roles",
      description =
          "Also code events whose source or target is a role with no country or organisation"
              + " (\"police\", \"officials\"): their codes are bare roles such as COP.")
  boolean keepBareRoles;
}
