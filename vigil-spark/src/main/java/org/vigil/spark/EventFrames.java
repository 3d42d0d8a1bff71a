package org.vigil.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the event files of {@code vigil export} into Spark: one row per stored event, with the
 * columns of {@link #SCHEMA} in its order. Parquet is read as written and its schema checked; CSV
 * is read with the schema given and RFC 4180 quoting (a quote inside a cell is doubled, a cell may
 * span lines, an empty unquoted cell is null and {@code ""} is the empty string), which Spark's
 * defaults do not expect.
 */
public final class EventFrames {
  /** The export columns (docs/event-schema.md, "Store exports"): names, order and Spark types. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            column("doc_id", DataTypes.StringType),
            column("sentence_index", DataTypes.IntegerType),
            column("event_date", DataTypes.DateType),
            column("source_code", DataTypes.StringType),
            column("source_entity", DataTypes.StringType),
            column("source_text", DataTypes.StringType),
            column("target_code", DataTypes.StringType),
            column("target_entity", DataTypes.StringType),
            column("target_text", DataTypes.StringType),
            column("code", DataTypes.StringType),
            column("root_code", DataTypes.StringType),
            column("quad_class", DataTypes.IntegerType),
            column("goldstein", DataTypes.DoubleType),
            column("plover", DataTypes.StringType),
            column("polarity", DataTypes.StringType),
            column("modality", DataTypes.StringType),
            column("trigger", DataTypes.StringType),
            column("trigger_begin", DataTypes.IntegerType),
            column("trigger_end", DataTypes.IntegerType),
            column("sentence", DataTypes.StringType),
            column("rule", DataTypes.StringType),
            column("kb_version", DataTypes.StringType),
            column("location_name", DataTypes.StringType),
            column("location_country", DataTypes.StringType),
            column("location_admin1", DataTypes.StringType),
            column("lat", DataTypes.DoubleType),
            column("lon", DataTypes.DoubleType),
            column("location_precision", DataTypes.StringType)
          });

  /**
   * DuckDB writes a null as an empty unquoted cell and an empty string as {@code ""}; Spark turns
   * both into null unless its null marker is something else. The CSV parser reports an unquoted
   * empty cell as this marker, which then reads as null; a quoted empty cell stays {@code ""}.
   */
  private static final String NULL_IN_CSV = "\u0000";

  private EventFrames() {}

  private static StructField column(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /**
   * Reads a Parquet export.
   *
   * @throws SparkReadException if Spark cannot read it or its columns differ from {@link #SCHEMA}
   */
  public static Dataset<Row> readParquet(SparkSession spark, Path file) {
    Dataset<Row> events = read(file, () -> spark.read().parquet(file.toString()));
    List<String> problems = schemaProblems(events.schema());
    if (!problems.isEmpty()) {
      throw new SparkReadException(
          "Parquet file " + file + " is not a Vigil event export: " + String.join("; ", problems));
    }
    return events;
  }

  /**
   * Reads a CSV export (header line, RFC 4180 quoting). The header must name the columns of {@link
   * #SCHEMA} in order; a malformed row fails the read instead of becoming nulls.
   *
   * @throws SparkReadException if Spark cannot read it
   */
  public static Dataset<Row> readCsv(SparkSession spark, Path file) {
    return read(
        file,
        () ->
            spark
                .read()
                .schema(SCHEMA)
                .option("header", "true")
                .option("enforceSchema", "false")
                .option("multiLine", "true")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("nullValue", NULL_IN_CSV)
                .option("mode", "FAILFAST")
                .csv(file.toString()));
  }

  /** Differences between {@code actual} and {@link #SCHEMA} (names, order, types), or none. */
  public static List<String> schemaProblems(StructType actual) {
    List<String> problems = new ArrayList<>();
    StructField[] want = SCHEMA.fields();
    StructField[] got = actual.fields();
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      if (i >= got.length) {
        problems.add("missing column " + want[i].name());
      } else if (i >= want.length) {
        problems.add("unexpected column " + got[i].name());
      } else if (!want[i].name().equals(got[i].name())) {
        problems.add("column " + (i + 1) + " is " + got[i].name() + ", not " + want[i].name());
      } else if (!want[i].dataType().equals(got[i].dataType())) {
        problems.add(
            got[i].name()
                + " is "
                + got[i].dataType().simpleString()
                + ", not "
                + want[i].dataType().simpleString());
      }
    }
    return problems;
  }

  private static Dataset<Row> read(Path file, Supplier<Dataset<Row>> read) {
    if (!Files.isRegularFile(file)) {
      throw new SparkReadException("no export file " + file);
    }
    try {
      return read.get();
    } catch (RuntimeException e) {
      throw new SparkReadException("Spark cannot read " + file, e);
    }
  }
}
