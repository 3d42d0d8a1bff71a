package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil export}: every stored event to Parquet, CSV or JSON lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Exports the stored events (Parquet for DuckDB/Spark, CSV for spreadsheets, JSON lines).")
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "FMT",
      description =
          "parquet, csv, jsonl, gdelt (GDELT 2.0 event columns, tab-separated) or plover (PLOVER JSON lines).")
  String format;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Output file.")
  Path output;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    String duck =
        switch (format) {
          case "parquet" -> "parquet";
          case "csv" -> "csv";
          case "jsonl" -> "json";
          case "gdelt" -> "gdelt";
          case "plover" -> "plover";
          default ->
              throw new UserException(
                  ExitCodes.USAGE, "--format must be parquet, csv, jsonl, gdelt or plover");
        };
    try (EventStore db = store.openReadOnly()) {
      long n = db.export(output, duck);
      System.err.printf("vigil: exported %d events to %s%n", n, output);
      return ExitCodes.OK;
    }
  }
}
