package io.github.vnnews.internal.cli;

import io.github.vnnews.DedupMode;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.quality.QualityFilter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The deduplication and quality-filter options shared by {@code ingest} and the Spark job: a
 * picocli mixin. {@link #filter()} and {@link #dedupOptions()} turn them into the library's
 * settings.
 */
public final class CleanOptions {
  @Option(names = "--dedup", paramLabel = "MODE", defaultValue = "off",
      description = {"Duplicates (exact and near: the same story re-published): off (default), mark (every article, "
          + "clusters in its 'duplicate' field), drop (keep each cluster's canonical article: the earliest published, "
          + "then the first read; the others go to --errors with their cluster).",
          "off by default because mark and drop hold the whole output back until the corpus is read "
          + "(a cluster's canonical article may be the last one) and spill a copy of it to --temp-dir."})
  DedupMode dedup;

  @Option(names = "--dedup-threshold", paramLabel = "J", defaultValue = "" + DedupOptions.DEFAULT_THRESHOLD,
      description = "Jaccard similarity of the syllable-pair sets from which two articles are duplicates "
          + "(default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where --dedup mark/drop spills its sorted files (default: the system temp directory). "
          + "Needs about the output's size plus 0.6 KB an article.")
  Path tempDir;

  @Mixin FilterOptions filters;

  /**
   * The quality filter the filter flags ask for ({@link FilterOptions#filter()}).
   *
   * @return the filter; {@link QualityFilter#none()} when no flag is given
   * @throws IllegalArgumentException when a value is out of range
   */
  public QualityFilter filter() {
    return filters.filter();
  }

  /**
   * The deduplication settings.
   *
   * @return the settings
   * @throws IllegalArgumentException when the threshold is out of range
   */
  public DedupOptions dedupOptions() {
    return DedupOptions.builder().threshold(threshold).build();
  }

  /**
   * The deduplication mode.
   *
   * @return the mode
   */
  public DedupMode mode() {
    return dedup;
  }

  /**
   * The directory for spilled files.
   *
   * @return the directory
   */
  public Path tempDir() {
    return tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
  }
}
