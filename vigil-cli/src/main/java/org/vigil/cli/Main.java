package org.vigil.cli;

import org.vigil.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vigil} command. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    version = "vigil 0.1.0",
    description = "Turns news text into political event data (CAMEO/PLOVER).",
    subcommands = {
      CodeCommand.class,
      EvalCommand.class,
      DemoCommand.class,
      KbCommand.class,
      BenchCommand.class,
      ExplainCommand.class,
      IngestCommand.class,
      SeriesCommand.class,
      AlertsCommand.class,
      ExportCommand.class,
      EventsCommand.class,
      ActorCommand.class,
      RecodeCommand.class,
      StoreBenchCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(
        java.time.LocalDate.class,
        s -> {
          try {
            return java.time.LocalDate.parse(s);
          } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a YYYY-MM-DD date");
          }
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserException u) {
            commandLine.getErr().println("vigil: " + u.getMessage());
            return u.exitCode();
          }
          if (ex instanceof StoreException s) {
            commandLine.getErr().println("vigil: " + s.getMessage());
            return s.reason() == StoreException.Reason.LOCKED
                ? ExitCodes.STORE_BUSY
                : ExitCodes.FAILURE;
          }
          commandLine.getErr().println("vigil: internal error: " + ex);
          return ExitCodes.FAILURE;
        });
    cli.setParameterExceptionHandler(
        (ex, args2) -> {
          ex.getCommandLine().getErr().println("vigil: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'vigil " + ex.getCommandLine().getCommandName() + " --help'.");
          return ExitCodes.USAGE;
        });
    return cli.execute(args);
  }
}
