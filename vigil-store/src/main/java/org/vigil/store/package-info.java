/**
 * The embedded event store: DuckDB in one file, a versioned schema migrated on open, idempotent
 * ingest of coded documents and named SQL queries (resources under {@code vigil/store/queries}).
 * The only package that sees JDBC and DuckDB; imports core.
 */
package org.vigil.store;
