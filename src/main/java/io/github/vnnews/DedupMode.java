package io.github.vnnews;

/**
 * What the CLI and the Spark job do about duplicates.
 *
 * <table>
 *   <caption>Modes</caption>
 *   <tr><th>mode</th><th>output</th><th>cost</th></tr>
 *   <tr><td>{@link #OFF} (default)</td><td>every article, {@code duplicate: null}</td><td>none:
 *       articles stream out as they are read</td></tr>
 *   <tr><td>{@link #MARK}</td><td>every article; those in a cluster get their {@code duplicate}
 *       object</td><td>the output waits for the whole corpus (a cluster's canonical article may
 *       come last); disk for a copy of the output and the signatures</td></tr>
 *   <tr><td>{@link #DROP}</td><td>canonical and unique articles; the others go to the rejected
 *       report with their cluster</td><td>as MARK</td></tr>
 * </table>
 */
public enum DedupMode {
  /** No deduplication. */
  OFF,
  /** Every article out, clusters marked. */
  MARK,
  /** Only the canonical article of each cluster out; the rest reported. */
  DROP
}
