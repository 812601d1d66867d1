package io.github.vnnews.internal.cli;

import io.github.vnnews.internal.quality.QualityFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The quality-filter options of {@code ingest} and of the Spark job ({@code --min-words}, {@code
 * --min-vietnamese}, {@code --language}, {@code --fineweb2-filters}): a picocli mixin, so both
 * commands parse and check them alike. {@link #filter()} turns them into the library's filter.
 */
public final class FilterOptions {
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
    return QualityFilter.of(languageTags(), minWords, minVietnamese, fineweb2);
  }

  /**
   * The {@code --language} tags, stripped and in lower case, in the order given.
   *
   * @return the tags; empty when the flag is not given
   * @throws IllegalArgumentException for a value that is not a language tag
   */
  public Set<String> languageTags() {
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (String l : languages) {
      try {
        tags.add(QualityFilter.languageTag(l));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--language: " + e.getMessage(), e);
      }
    }
    return tags;
  }

  /**
   * {@code --min-words}.
   *
   * @return the fewest words kept, or null when not given
   */
  public Integer minWords() {
    return minWords;
  }

  /**
   * {@code --min-vietnamese}.
   *
   * @return the lowest share kept, or null when not given
   */
  public Double minVietnamese() {
    return minVietnamese;
  }

  /**
   * {@code --fineweb2-filters}.
   *
   * @return whether FineWeb-2's thresholds apply
   */
  public boolean fineweb2() {
    return fineweb2;
  }
}
