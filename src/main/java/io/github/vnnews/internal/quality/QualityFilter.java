package io.github.vnnews.internal.quality;

import io.github.vnnews.Article;
import io.github.vnnews.Dropped;
import io.github.vnnews.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Optional filters on the {@link Quality} signals and the language: an article that fails one is
 * left out of the export and reported with the check, its value and the threshold. No filter is
 * on by default. Checks run in the order they were added; the first failure is the reason.
 *
 * <p>{@link Builder#fineweb2()} adds the thresholds of FineWeb-2's Vietnamese configuration
 * ({@code huggingface/fineweb-2 configs/vie_Latn.yml}) on the signals vnnews computes:
 *
 * <table>
 *   <caption>FineWeb-2 vie_Latn checks</caption>
 *   <tr><th>check</th><th>fails when</th></tr>
 *   <tr><td>duplicateLineFraction</td><td>&gt; 0.293</td></tr>
 *   <tr><td>top2GramFraction, top3GramFraction, top4GramFraction</td>
 *       <td>&gt; 0.223, 0.197, 0.171</td></tr>
 *   <tr><td>duplicate5GramFraction … duplicate10GramFraction</td>
 *       <td>&gt; 0.178, 0.163, 0.15, 0.136, 0.124, 0.111</td></tr>
 *   <tr><td>minMeanWordLength, maxMeanWordLength</td><td>&lt; 3, &gt; 11</td></tr>
 *   <tr><td>nonAlphaWordFraction</td><td>&gt; 0.197 (fewer than 0.803 of the words have a
 *       letter)</td></tr>
 *   <tr><td>linesEndingInPunctuation</td><td>&le; 0.333</td></tr>
 * </table>
 *
 * <p>FineWeb-2's other steps (GlotLID language score, stop words, new-line ratio, Gopher's
 * symbol and bullet ratios) are not reproduced.
 *
 * <p>Example: {@code QualityFilter.builder().minWords(50).minVietnamese(0.5).build().test(a)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityFilter {
  private static final QualityFilter NONE = builder().build();

  private final List<Check> checks;
  private final Set<String> languages;

  private QualityFilter(Builder b) {
    this.checks = List.copyOf(b.checks);
    this.languages = b.languages == null ? null : Set.copyOf(b.languages);
  }

  /**
   * The filter that keeps everything.
   *
   * @return the empty filter
   */
  public static QualityFilter none() {
    return NONE;
  }

  /**
   * A builder without checks.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The filter of the CLI's flags, its checks in the CLI's order (the first failure is the
   * reason): the language, {@code --min-words}, {@code --min-vietnamese}, then FineWeb-2's.
   *
   * @param languages the language tags kept ({@link #languageTag}); empty: any language
   * @param minWords the fewest words kept, or null for no such check
   * @param minVietnamese the lowest share of Vietnamese syllables kept, or null for no such check
   * @param fineweb2 whether FineWeb-2's thresholds apply
   * @return the filter
   * @throws IllegalArgumentException when a value is out of range
   */
  public static QualityFilter of(Set<String> languages, Integer minWords, Double minVietnamese, boolean fineweb2) {
    Builder b = builder();
    if (!languages.isEmpty()) {
      b.languages(languages);
    }
    if (minWords != null) {
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
   * A language tag as the filter compares it: stripped, in lower case, two or three letters.
   *
   * @param value the tag as given ({@code " VI"})
   * @return the tag ({@code vi})
   * @throws IllegalArgumentException when it is not two or three letters
   */
  public static String languageTag(String value) {
    String t = value.strip().toLowerCase(Locale.ROOT);
    if (!t.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("not a language tag: '" + value + "'");
    }
    return t;
  }

  /**
   * Whether the filter has no check.
   *
   * @return true when it keeps every article
   */
  public boolean isEmpty() {
    return checks.isEmpty() && languages == null;
  }

  /**
   * The names of the checks, in order.
   *
   * @return the names
   */
  public List<String> checkNames() {
    List<String> names = new ArrayList<>();
    if (languages != null) {
      names.add("language");
    }
    checks.forEach(c -> names.add(c.name()));
    return names;
  }

  /**
   * The thresholds of the signal checks, in order (the language check has none).
   *
   * @return one entry per check
   */
  public List<Threshold> thresholds() {
    List<Threshold> out = new ArrayList<>();
    for (Check c : checks) {
      String op = c.below() ? (c.inclusive() ? "<=" : "<") : (c.inclusive() ? ">=" : ">");
      out.add(new Threshold(c.name(), signalOf(c.name()), op, c.threshold()));
    }
    return out;
  }

  /**
   * A check's threshold: an article fails when {@code signal op value} holds.
   *
   * @param check the check's name ({@code minMeanWordLength})
   * @param signal the {@link Quality} component it reads ({@code meanWordLength})
   * @param op {@code <}, {@code <=}, {@code >} or {@code >=}
   * @param value the threshold
   */
  public record Threshold(String check, String signal, String op, double value) {}

  /** The signal a check reads: its name less a min/max prefix. */
  private static String signalOf(String check) {
    if (check.length() > 3 && (check.startsWith("min") || check.startsWith("max"))
        && Character.isUpperCase(check.charAt(3))) {
      return Character.toLowerCase(check.charAt(3)) + check.substring(4);
    }
    return check;
  }

  /**
   * Tests an article: the first check it fails, if any. An article without quality signals
   * passes the signal checks.
   *
   * @param article the article
   * @return the failure, or empty when it passes
   */
  public Optional<Failure> test(Article article) {
    if (languages != null && !languages.contains(article.language())) {
      return Optional.of(new Failure("language", Double.NaN, Double.NaN,
          "language " + article.language() + " is not " + String.join(" or ", languages.stream().sorted().toList())));
    }
    Quality q = article.quality();
    if (q == null) {
      return Optional.empty();
    }
    for (Check c : checks) {
      double v = c.signal().applyAsDouble(q);
      if (c.fails(v)) {
        return Optional.of(new Failure(c.name(), v, c.threshold(), c.describe(v)));
      }
    }
    return Optional.empty();
  }

  /**
   * Tests an article and makes the report record of a failure: what the CLI writes to {@code
   * --errors} for an article a filter leaves out.
   *
   * @param article the article
   * @return the record, or empty when the article passes
   */
  public Optional<Dropped> dropped(Article article) {
    return test(article).map(f -> Dropped.filtered(article, f.check(), f.value(), f.threshold(), f.message()));
  }

  /**
   * Every check an article's signals fail (for reports: how many articles each threshold flags).
   *
   * @param q the signals
   * @return the names of the failed checks, in order
   */
  public List<String> failures(Quality q) {
    List<String> out = new ArrayList<>();
    for (Check c : checks) {
      if (c.fails(c.signal().applyAsDouble(q))) {
        out.add(c.name());
      }
    }
    return out;
  }

  /**
   * Why an article was filtered.
   *
   * @param check the check's name ({@code minWords}, {@code top2GramFraction}, {@code language},
   *     …)
   * @param value the article's value (NaN for the language check)
   * @param threshold the threshold (NaN for the language check)
   * @param message a sentence for people
   */
  public record Failure(String check, double value, double threshold, String message) {
    /**
     * Checks the invariants.
     *
     * @param check the check's name ({@code minWords}, {@code top2GramFraction}, {@code language},
     *     …)
     * @param value the article's value (NaN for the language check)
     * @param threshold the threshold (NaN for the language check)
     * @param message a sentence for people
     */
    public Failure {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * One threshold on one signal.
   *
   * @param name the check's name
   * @param signal the signal
   * @param threshold the threshold
   * @param below true when values under the threshold fail (a minimum), false when values over it
   *     fail (a maximum)
   * @param inclusive true when the threshold itself fails too
   */
  record Check(String name, ToDoubleFunction<Quality> signal, double threshold, boolean below,
      boolean inclusive) {
    boolean fails(double v) {
      if (below) {
        return inclusive ? v <= threshold : v < threshold;
      }
      return inclusive ? v >= threshold : v > threshold;
    }

    String describe(double v) {
      String op = below ? (inclusive ? "at most" : "below") : (inclusive ? "at least" : "above");
      return String.format(Locale.ROOT, "%s %s is %s %s", name, format(v), op, format(threshold));
    }

    private static String format(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : Double.toString(d);
    }
  }

  /** Builds a {@link QualityFilter}. Not thread-safe. */
  public static final class Builder {
    private final List<Check> checks = new ArrayList<>();
    private Set<String> languages;

    private Builder() {}

    /**
     * Fails articles whose body has fewer words.
     *
     * @param n the fewest words kept, at least 0
     * @return this builder
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Builder minWords(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("--min-words must be at least 0, not " + n);
      }
      checks.add(new Check("minWords", Quality::words, n, true, false));
      return this;
    }

    /**
     * Fails articles whose share of Vietnamese syllables is lower.
     *
     * @param share the lowest share kept, from 0 to 1
     * @return this builder
     */
    public Builder minVietnamese(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("--min-vietnamese must be from 0 to 1, not " + share);
      }
      checks.add(new Check("minVietnamese", Quality::vietnamese, share, true, false));
      return this;
    }

    /**
     * Keeps only articles in these languages ({@code vi}, {@code en}, {@code und}).
     *
     * @param tags the language tags kept
     * @return this builder
     */
    public Builder languages(Set<String> tags) {
      if (tags.isEmpty()) {
        throw new IllegalArgumentException("no language to keep");
      }
      this.languages = Set.copyOf(tags);
      return this;
    }

    /**
     * Adds FineWeb-2's Vietnamese thresholds (see the class description).
     *
     * @return this builder
     */
    public Builder fineweb2() {
      checks.addAll(FINEWEB2);
      return this;
    }

    /**
     * The filter.
     *
     * @return the immutable filter
     */
    public QualityFilter build() {
      return new QualityFilter(this);
    }
  }

  /** FineWeb-2's vie_Latn thresholds, as checks. */
  static final List<Check> FINEWEB2 = List.of(
      new Check("duplicateLineFraction", Quality::duplicateLineFraction, 0.293, false, false),
      new Check("top2GramFraction", Quality::top2GramFraction, 0.223, false, false),
      new Check("top3GramFraction", Quality::top3GramFraction, 0.197, false, false),
      new Check("top4GramFraction", Quality::top4GramFraction, 0.171, false, false),
      new Check("duplicate5GramFraction", Quality::duplicate5GramFraction, 0.178, false, false),
      new Check("duplicate6GramFraction", Quality::duplicate6GramFraction, 0.163, false, false),
      new Check("duplicate7GramFraction", Quality::duplicate7GramFraction, 0.15, false, false),
      new Check("duplicate8GramFraction", Quality::duplicate8GramFraction, 0.136, false, false),
      new Check("duplicate9GramFraction", Quality::duplicate9GramFraction, 0.124, false, false),
      new Check("duplicate10GramFraction", Quality::duplicate10GramFraction, 0.111, false, false),
      new Check("minMeanWordLength", Quality::meanWordLength, 3, true, false),
      new Check("maxMeanWordLength", Quality::meanWordLength, 11, false, false),
      // vie_Latn asks that 0.803 of the words have a letter: at most 0.197 without one
      new Check("nonAlphaWordFraction", Quality::nonAlphaWordFraction, 0.197, false, false),
      new Check("linesEndingInPunctuation", Quality::linesEndingInPunctuation, 0.333, true, true));

  /**
   * The FineWeb-2 filter alone (for reports).
   *
   * @return the filter
   */
  public static QualityFilter fineweb2Only() {
    return builder().fineweb2().build();
  }
}
