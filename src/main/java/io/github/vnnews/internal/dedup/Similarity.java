package io.github.vnnews.internal.dedup;

/**
 * The similarity that verifies a candidate pair: the Jaccard similarity of the two shingle sets,
 * {@code |A ∩ B| / |A ∪ B|}, computed exactly (not estimated from MinHash values) by merging the
 * two sorted sets. It is Commons Text's {@code JaccardSimilarity} over the same sets (a test
 * checks they agree on every labelled pair and on seeded random sets), about a hundred times
 * faster: Commons Text boxes both sets into hash sets for each call (0.34 ms a pair on the crawl
 * against a few microseconds). Two sets of which one is empty have similarity 0 here (nothing to
 * compare is no evidence of a copy).
 *
 * <p>Thread-safe: static functions without state.
 */
public final class Similarity {
  private Similarity() {}

  /**
   * The Jaccard similarity of two shingle sets.
   *
   * @param a the first set: distinct values in ascending order
   * @param b the second set: distinct values in ascending order
   * @return a number from 0 to 1
   */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = intersection(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /**
   * The size of the intersection of two sorted sets.
   *
   * @param a distinct values in ascending order
   * @param b distinct values in ascending order
   * @return how many values both hold
   */
  public static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
