package io.github.vnnews.internal.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunSorter}: in memory and spilled, against a stable sort of the same records. */
class RunSorterTest {
  @TempDir Path dir;

  @Test
  void sortsLikeAStableSortByUnsignedKeyWhetherItSpillsOrNot() throws IOException {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 1 + r.nextInt(20_000);
      long[] pool = new long[1 + r.nextInt(500)];
      for (int i = 0; i < pool.length; i++) {
        pool[i] = r.nextBoolean() ? r.nextLong() : r.nextLong(1000) - 500; // negatives sort last
      }
      List<long[]> records = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        records.add(new long[] {pool[r.nextInt(pool.length)], i});
      }
      List<long[]> expected = new ArrayList<>(records);
      expected.sort(Comparator.comparing((long[] x) -> x[0], Long::compareUnsigned)); // stable
      for (int buffer : new int[] {1024, 4096, 1 << 16}) {
        assertThat(sorted(records, buffer)).as("seed %d, buffer %d", seed, buffer)
            .containsExactlyElementsOf(expected.stream().map(x -> x[0] + ":" + x[1]).toList());
      }
    }
    try (var files = Files.list(dir)) {
      assertThat(files).as("runs deleted on close").isEmpty();
    }
  }

  private List<String> sorted(List<long[]> records, int buffer) throws IOException {
    List<String> out = new ArrayList<>();
    try (RunSorter s = new RunSorter(dir, "t", buffer)) {
      for (long[] x : records) {
        s.add(x[0], (int) x[1]);
      }
      assertThat(s.count()).isEqualTo(records.size());
      try (RunSorter.Cursor c = s.finish()) {
        while (c.next()) {
          out.add(c.key() + ":" + c.value());
        }
      }
      if (records.size() > buffer) {
        assertThat(s.spilledBytes()).isEqualTo(12L * records.size());
      }
    }
    return out;
  }
}
