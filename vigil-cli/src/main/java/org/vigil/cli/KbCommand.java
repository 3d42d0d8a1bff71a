package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.core.kb.KbLoader;
import org.vigil.core.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil kb}: validate and describe the knowledge base. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Knowledge-base tools.",
    subcommands = {KbCommand.Validate.class, KbCommand.Stats.class, KbTestCommand.class})
final class KbCommand implements Runnable {
  @Override
  public void run() {
    throw new UserException(ExitCodes.USAGE, "kb needs a subcommand: validate, stats or test");
  }

  /** The {@code --kb} option shared by the knowledge-base subcommands. */
  abstract static class KbDirs {
    @Option(
        names = "--kb",
        paramLabel = "DIR",
        description = "Extra knowledge-base directory (repeatable).")
    List<Path> dirs = new ArrayList<>();
  }

  /** {@code vigil kb validate}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Checks every file; prints each problem as file:line: CODE: reason.")
  static final class Validate extends KbDirs implements Callable<Integer> {
    @Override
    public Integer call() {
      KbLoader.Result r = Engine.loadKb(dirs);
      for (Problem p : r.problems()) {
        System.out.println(p.format());
      }
      int entries = r.kb().actors().size() + r.kb().patterns().size();
      System.err.printf(
          "vigil: knowledge base %s: %d entries, %d problem(s)%n",
          r.kb().version(), entries, r.problems().size());
      return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.KB_INVALID;
    }
  }

  /** {@code vigil kb stats}. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Counts entries per file and per category.")
  static final class Stats extends KbDirs implements Callable<Integer> {
    @Override
    public Integer call() {
      KbLoader.Result r = Engine.loadKb(dirs);
      System.out.println("knowledge base " + r.kb().version());
      System.out.println("per file:");
      for (Map.Entry<String, Integer> e : r.kb().fileCounts().entrySet()) {
        System.out.printf("  %-50s %6d%n", e.getKey(), e.getValue());
      }
      System.out.println("per category:");
      for (Map.Entry<String, Integer> e : r.kb().countsByKind().entrySet()) {
        System.out.printf("  %-50s %6d%n", e.getKey(), e.getValue());
      }
      System.out.printf("  %-50s %6d%n", "phrases compiled", r.kb().lexicon().phraseCount());
      System.out.printf("  %-50s %6d%n", "trigger lemmas", r.kb().index().triggers().size());
      return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.KB_INVALID;
    }
  }
}
