package io.github.vnnews.internal.dedup;

import java.io.IOException;

/**
 * Which pairs of a bucket (articles sharing an LSH band or an exact key) are verified. The
 * members are numbered {@code 0 .. n-1} in the canonical order (earliest published first, then
 * input order). Up to {@code allPairs} members every pair is; beyond, each member pairs with the
 * earliest one (the likely canonical article) and with the one just before it, so a bucket of
 * {@code n} gives under {@code 2n} pairs instead of {@code n²/2}.
 *
 * <table>
 *   <caption>Pairs by bucket size (allPairs = 8)</caption>
 *   <tr><th>n</th><th>pairs</th></tr>
 *   <tr><td>3</td><td>(0,1) (0,2) (1,2)</td></tr>
 *   <tr><td>10</td><td>(0,1) … (0,9), (1,2) (2,3) … (8,9): 17</td></tr>
 * </table>
 *
 * <p>The CLI and the Spark job both use this, which is why their clusters are equal.
 *
 * <p>Thread-safe: a static function.
 */
public final class BucketPairs {
  private BucketPairs() {}

  /** Receives one pair of member numbers, {@code i < j}. */
  @FunctionalInterface
  public interface PairConsumer {
    /**
     * One pair.
     *
     * @param i the earlier member
     * @param j the later member
     * @throws IOException when the pair cannot be stored
     */
    void accept(int i, int j) throws IOException;
  }

  /**
   * Gives the pairs of a bucket.
   *
   * @param n the bucket's size
   * @param allPairs the largest bucket whose members all pair up
   * @param consumer receives each pair once
   * @throws IOException when the consumer throws
   */
  public static void forEach(int n, int allPairs, PairConsumer consumer) throws IOException {
    if (n <= allPairs) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          consumer.accept(i, j);
        }
      }
      return;
    }
    for (int j = 1; j < n; j++) {
      consumer.accept(0, j);
      if (j >= 2) {
        consumer.accept(j - 1, j);
      }
    }
  }
}
