/**
 * Vigil events in Apache Spark. Takes the files that {@code vigil export} writes (Parquet, CSV) and
 * produces Spark {@code Dataset<Row>}s whose columns are the documented export schema ({@code
 * docs/event-schema.md}, <em>Store exports</em>), checked on read. The only package that sees Spark
 * types; Spark is a {@code provided} dependency, so nothing here reaches the CLI.
 */
package org.vigil.spark;
