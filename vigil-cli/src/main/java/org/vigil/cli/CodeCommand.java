package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.core.event.Event;
import org.vigil.core.event.Polarity;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.problem.Problem;
import org.vigil.core.source.TextChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil code}: text in, events out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes articles into events.",
      "Inputs: .txt files (one article each; date from --date or the file name), .jsonl files "
          + "({\"id\",\"date\",\"text\"} per line), directories, or - for stdin.",
      "Exit codes: 0 all coded, 1 some inputs rejected, 2 usage, 3 knowledge base invalid, 4 failure."
    })
final class CodeCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "INPUT", description = "Files, directories or - (stdin; the default).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Date of text inputs (overrides dates in file names and fills missing JSON dates).")
  LocalDate date;

  @Option(
      names = "--in-format",
      paramLabel = "FMT",
      description = "auto (by extension), text or jsonl. Default: ${DEFAULT-VALUE}.")
  Inputs.Format inFormat = Inputs.Format.AUTO;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      description = "json (JSON lines), csv or table. Default: ${DEFAULT-VALUE}.")
  EventWriter.Format format = EventWriter.Format.JSON;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write events to FILE instead of stdout.")
  Path output;

  @Option(
      names = "--rejected",
      paramLabel = "FILE",
      description =
          "Write inputs that could not be processed, with their problem code, as JSON lines.")
  Path rejected;

  @Option(
      names = "--include-negated",
      description = "Also output negated acts (polarity \"negative\").")
  boolean includeNegated;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
  int maxBytes = TextChecks.DEFAULT_MAX_BYTES;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    EventPipeline pipeline = Engine.pipeline(engine, System.err);
    Inputs sources = new Inputs(inFormat, Optional.ofNullable(date), maxBytes, () -> System.in);
    BatchRunner runner = new BatchRunner(pipeline, engine.threads, System.err);
    try (PrintWriter out = open(output);
        PrintWriter rej = rejected == null ? null : open(rejected)) {
      EventWriter writer = new EventWriter(format, out);
      runner.run(
          sources.items(inputs),
          o -> {
            if (o instanceof Outcome.Coded c) {
              for (Event e : c.events()) {
                if (includeNegated || e.polarity() == Polarity.POSITIVE) {
                  writer.write(e);
                }
              }
            } else if (rej != null) {
              rej.println(rejectedJson(((Outcome.Rejected) o).problem()));
            }
          });
      out.flush();
      if (out.checkError()) {
        throw new UserException(ExitCodes.FAILURE, "could not write the output");
      }
    }
    System.err.println(runner.summary());
    return runner.rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
  }

  static String rejectedJson(Problem p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("location", p.location());
    o.put("code", p.code().name());
    o.put("stage", p.stage());
    o.put("reason", p.reason());
    return o.toString();
  }

  static PrintWriter open(Path file) {
    if (file == null) {
      java.io.OutputStream keepOpen =
          new java.io.FilterOutputStream(System.out) {
            @Override
            public void close() throws IOException {
              flush();
            }
          };
      return new PrintWriter(
          new BufferedWriter(new OutputStreamWriter(keepOpen, StandardCharsets.UTF_8)), false);
    }
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserException(ExitCodes.FAILURE, file + ": cannot write: " + e.getMessage());
    }
  }
}
