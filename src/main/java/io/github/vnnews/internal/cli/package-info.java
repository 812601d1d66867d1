/**
 * The {@code vnnews} command line ({@code ingest}, {@code explain}, {@code completion}), built on
 * picocli. <b>Internal:</b> the command line itself (its options, output and exit codes) is
 * supported as documented in the README, but these Java types are not API and may change in any
 * release; use {@link io.github.vnnews.Corpus} from code.
 */
package io.github.vnnews.internal.cli;
