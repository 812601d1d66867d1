package io.github.vnnews.internal.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.SimilarityInput;
import org.junit.jupiter.api.Test;

/** {@link Similarity#jaccard}: the merge gives what Commons Text's JaccardSimilarity gives. */
class SimilarityTest {
  @Test
  void agreesWithCommonsTextOnSeededRandomSets() {
    JaccardSimilarity reference = new JaccardSimilarity();
    for (long seed = 1; seed <= 500; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      int universe = 1 + r.nextInt(2000);
      int[] a = set(r, universe, 1 + r.nextInt(800));
      int[] b = r.nextInt(4) == 0 ? a.clone() : set(r, universe, 1 + r.nextInt(800));
      assertThat(Similarity.jaccard(a, b)).as("seed %d", seed).isEqualTo(reference.apply(input(a), input(b)));
    }
  }

  @Test
  void edges() {
    assertThat(Similarity.jaccard(new int[0], new int[0])).isEqualTo(0.0);
    assertThat(Similarity.jaccard(new int[] {1}, new int[0])).isEqualTo(0.0);
    assertThat(Similarity.jaccard(new int[] {-5, 1, 9}, new int[] {-5, 1, 9})).isEqualTo(1.0);
    assertThat(Similarity.jaccard(new int[] {1, 2}, new int[] {2, 3})).isEqualTo(1.0 / 3);
  }

  static int[] set(SplittableRandom r, int universe, int n) {
    return IntStream.generate(() -> r.nextInt(universe) - universe / 2).limit(n).distinct().sorted().toArray();
  }

  static SimilarityInput<Integer> input(int[] v) {
    return new SimilarityInput<>() {
      @Override
      public Integer at(int index) {
        return v[index];
      }

      @Override
      public int length() {
        return v.length;
      }
    };
  }
}
