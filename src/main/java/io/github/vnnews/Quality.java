package io.github.vnnews;

/**
 * Quality signals of one article's body: the statistics behind the Gopher and FineWeb-2 filters
 * (FineWeb-2 sets per-language thresholds on them; see {@link io.github.vnnews.internal.quality.QualityFilter})
 * and the share of Vietnamese syllables. Nothing is thrown away because of them unless a filter
 * is asked for; they travel with the article so users can filter later (as RedPajama-v2 does).
 *
 * <p>Computed by {@link io.github.vnnews.internal.quality.QualityScorer} on the paragraphs (the body: the
 * title, captions and removed text are left out), each paragraph a line. A word is a
 * whitespace-separated token with its leading and trailing punctuation cut off (tokens that are
 * only punctuation are not words); Vietnamese words are syllables here, as FineWeb-2 counts them.
 * Fractions are numbers from 0 to 1, rounded to four decimals; an empty body has 0 words and every
 * fraction 0.
 *
 * <p>Example: {@code Quality[words=412, meanWordLength=3.62, duplicateLineFraction=0.0, …,
 * vietnamese=0.9612]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param words how many words the body has
 * @param meanWordLength the mean length of a word in characters (code points)
 * @param duplicateLineFraction the share of lines that repeat an earlier line of the body
 * @param top2GramFraction the characters of the most frequent word 2-gram (times its count) over
 *     the body's characters
 * @param top3GramFraction the same for 3-grams
 * @param top4GramFraction the same for 4-grams
 * @param duplicate5GramFraction the characters in 5-grams that repeat an earlier 5-gram over the
 *     body's characters
 * @param duplicate6GramFraction the same for 6-grams
 * @param duplicate7GramFraction the same for 7-grams
 * @param duplicate8GramFraction the same for 8-grams
 * @param duplicate9GramFraction the same for 9-grams
 * @param duplicate10GramFraction the same for 10-grams
 * @param nonAlphaWordFraction the share of words without a letter (numbers, symbols)
 * @param linesEndingInPunctuation the share of lines that end in a sentence stop ({@code . ! ?
 *     " ' … ”} and the like)
 * @param vietnamese the share of the body's words (runs of letters) that are well-formed
 *     Vietnamese syllables
 */
public record Quality(
    int words,
    double meanWordLength,
    double duplicateLineFraction,
    double top2GramFraction,
    double top3GramFraction,
    double top4GramFraction,
    double duplicate5GramFraction,
    double duplicate6GramFraction,
    double duplicate7GramFraction,
    double duplicate8GramFraction,
    double duplicate9GramFraction,
    double duplicate10GramFraction,
    double nonAlphaWordFraction,
    double linesEndingInPunctuation,
    double vietnamese) {

  /**
   * Checks the invariants.
   *
   * @param words how many words the body has
   * @param meanWordLength the mean length of a word in characters (code points)
   * @param duplicateLineFraction the share of lines that repeat an earlier line of the body
   * @param top2GramFraction the characters of the most frequent word 2-gram (times its count) over
   *     the body's characters
   * @param top3GramFraction the same for 3-grams
   * @param top4GramFraction the same for 4-grams
   * @param duplicate5GramFraction the characters in 5-grams that repeat an earlier 5-gram over the
   *     body's characters
   * @param duplicate6GramFraction the same for 6-grams
   * @param duplicate7GramFraction the same for 7-grams
   * @param duplicate8GramFraction the same for 8-grams
   * @param duplicate9GramFraction the same for 9-grams
   * @param duplicate10GramFraction the same for 10-grams
   * @param nonAlphaWordFraction the share of words without a letter (numbers, symbols)
   * @param linesEndingInPunctuation the share of lines that end in a sentence stop ({@code . ! ?
   *     " ' … ”} and the like)
   * @param vietnamese the share of the body's words (runs of letters) that are well-formed
   *     Vietnamese syllables
   */
  public Quality {
    if (words < 0) {
      throw new IllegalArgumentException("words < 0: " + words);
    }
  }

  /**
   * The top n-gram character fraction for {@code n} of 2, 3 or 4.
   *
   * @param n the n-gram length
   * @return the fraction
   * @throws IllegalArgumentException for another n
   */
  public double topNGramFraction(int n) {
    return switch (n) {
      case 2 -> top2GramFraction;
      case 3 -> top3GramFraction;
      case 4 -> top4GramFraction;
      default -> throw new IllegalArgumentException("top n-grams are 2, 3 or 4, not " + n);
    };
  }

  /**
   * The duplicate n-gram character fraction for {@code n} from 5 to 10.
   *
   * @param n the n-gram length
   * @return the fraction
   * @throws IllegalArgumentException for another n
   */
  public double duplicateNGramFraction(int n) {
    return switch (n) {
      case 5 -> duplicate5GramFraction;
      case 6 -> duplicate6GramFraction;
      case 7 -> duplicate7GramFraction;
      case 8 -> duplicate8GramFraction;
      case 9 -> duplicate9GramFraction;
      case 10 -> duplicate10GramFraction;
      default -> throw new IllegalArgumentException("duplicate n-grams are 5 to 10, not " + n);
    };
  }
}
