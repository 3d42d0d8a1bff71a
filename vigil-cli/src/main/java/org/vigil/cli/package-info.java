/**
 * The {@code vigil} command line: one small picocli class per command, wiring sources, the NLP
 * adapter, the coder and the writers. {@link org.vigil.cli.Main} is the one place that maps errors
 * to exit codes.
 */
package org.vigil.cli;
