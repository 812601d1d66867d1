package io.github.vnnews.internal.cli;

import io.github.vnnews.DedupMode;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.quality.QualityFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  @Option(names = "--min-words", paramLabel = "N",
      description = "Leave out (and report in --errors) articles whose body has fewer than N words.")
  Integer minWords;

  @Option(names = "--min-vietnamese", paramLabel = "SHARE",
      description = "Leave out articles whose share of Vietnamese syllables (quality.vietnamese) is below SHARE (0 to 1).")
  Double minVietnamese;

  @Option(names = "--language", paramLabel = "TAG", split = ",",
      description = "Keep only articles in these languages (vi, en, und; repeatable or comma-separated).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--fineweb2-filters",
      description = "Leave out articles that FineWeb-2's Vietnamese thresholds flag (duplicate lines, top and "
          + "duplicate n-grams, mean word length, non-alphabetic words, lines ending in punctuation).")
  boolean fineweb2;

  /**
   * The quality filter these flags ask for.
   *
   * @return the filter; {@link QualityFilter#none()} when no flag is given
   * @throws IllegalArgumentException when a value is out of range
   */
  public QualityFilter filter() {
    QualityFilter.Builder b = QualityFilter.builder();
    if (!languages.isEmpty()) {
      LinkedHashSet<String> tags = new LinkedHashSet<>();
      for (String l : languages) {
        String t = l.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("[a-z]{2,3}")) {
          throw new IllegalArgumentException("--language: not a language tag: '" + l + "'");
        }
        tags.add(t);
      }
      b.languages(tags);
    }
    if (minWords != null) {
      if (minWords < 0) {
        throw new IllegalArgumentException("--min-words must be at least 0, not " + minWords);
      }
      b.minWords(minWords);
    }
    if (minVietnamese != null) {
      b.minVietnamese(minVietnamese);
    }
    if (fineweb2) {
      b.fineweb2();
    }
    return b.build();
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
