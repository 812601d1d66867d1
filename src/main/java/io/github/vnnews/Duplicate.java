package io.github.vnnews;

import java.util.Objects;

/**
 * An article's place in a cluster of duplicates: the same story published more than once, word for
 * word or re-edited (a new headline, a changed lede, another outlet's chrome). Found by {@link
 * io.github.vnnews.internal.dedup.Deduplicator}; articles that are in no cluster have none.
 *
 * <p>Example: three outlets carry one wire story; the earliest is kept as the canonical article
 * and all three get {@code Duplicate(cluster = <its id>, size = 3, …)}; the canonical one has
 * {@code canonical = true, similarity = 1.0}, the others their similarity to it, say 0.83.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cluster the id of the cluster's canonical article (the one kept)
 * @param size how many articles the cluster has, at least 2
 * @param canonical true for the canonical article: the earliest published, then the first in
 *     input order
 * @param similarity the Jaccard similarity of this article's syllable shingles to the canonical
 *     article's, rounded to four decimals ({@code 1.0} for the canonical article itself)
 */
public record Duplicate(String cluster, int size, boolean canonical, double similarity) {

  /**
   * Checks the invariants.
   *
   * @param cluster the id of the cluster's canonical article (the one kept)
   * @param size how many articles the cluster has, at least 2
   * @param canonical true for the canonical article: the earliest published, then the first in
   *     input order
   * @param similarity the Jaccard similarity of this article's syllable shingles to the canonical
   *     article's, rounded to four decimals ({@code 1.0} for the canonical article itself)
   */
  public Duplicate {
    Objects.requireNonNull(cluster, "cluster");
    if (size < 2) {
      throw new IllegalArgumentException("a cluster has at least 2 articles, not " + size);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
    }
  }
}
