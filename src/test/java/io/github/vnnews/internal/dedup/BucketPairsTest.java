package io.github.vnnews.internal.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketPairsTest {
  private static List<String> pairs(int n, int allPairs) throws IOException {
    List<String> out = new ArrayList<>();
    BucketPairs.forEach(n, allPairs, (i, j) -> out.add(i + "-" + j));
    return out;
  }

  @Test
  void smallBucketsPairUpFully() throws IOException {
    assertThat(pairs(3, 8)).containsExactly("0-1", "0-2", "1-2");
    assertThat(pairs(8, 8)).hasSize(28);
    assertThat(pairs(1, 8)).isEmpty();
  }

  @Test
  void largeBucketsPairWithTheEarliestAndThePrevious() throws IOException {
    List<String> p = pairs(10, 8);
    assertThat(p).hasSize(17).doesNotHaveDuplicates().contains("0-9", "8-9", "0-1", "1-2").doesNotContain("2-9");
    assertThat(pairs(100_000, 8)).hasSize(2 * 100_000 - 3);
  }
}
