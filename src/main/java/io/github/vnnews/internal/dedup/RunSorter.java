package io.github.vnnews.internal.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of {@code (long key, int value)} records in bounded memory: records are
 * buffered, radix-sorted and spilled as runs to files under a directory, then merged. Keys are
 * compared unsigned; equal keys keep the order they were added in (the sort is stable and the
 * merge breaks ties by run). Memory: two buffers of {@code bufferRecords × 12} bytes.
 *
 * <p>Not thread-safe. Usage: {@code add} records, then {@link #finish()} once and read the cursor.
 */
final class RunSorter implements Closeable {
  private final Path dir;
  private final String name;
  private long[] keys;
  private int[] values;
  private int size;
  private final List<Path> runs = new ArrayList<>();
  private long total;
  private long spilledBytes;
  private boolean finished;

  RunSorter(Path dir, String name, int bufferRecords) {
    this.dir = dir;
    this.name = name;
    this.keys = new long[bufferRecords];
    this.values = new int[bufferRecords];
  }

  void add(long key, int value) throws IOException {
    if (finished) {
      throw new IllegalStateException("sorter " + name + " is finished");
    }
    if (size == keys.length) {
      spill();
    }
    keys[size] = key;
    values[size] = value;
    size++;
    total++;
  }

  /** Records added so far. */
  long count() {
    return total;
  }

  /** Bytes written to run files so far. */
  long spilledBytes() {
    return spilledBytes;
  }

  private void spill() throws IOException {
    sort(keys, values, size);
    Path run = dir.resolve(name + "-" + runs.size() + ".run");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
      for (int i = 0; i < size; i++) {
        out.writeLong(keys[i]);
        out.writeInt(values[i]);
      }
    }
    spilledBytes += 12L * size;
    runs.add(run);
    size = 0;
  }

  /**
   * Sorts what is buffered and returns a cursor over every record in key order.
   *
   * @return the cursor; close it to release its files
   */
  Cursor finish() throws IOException {
    finished = true;
    if (runs.isEmpty()) {
      sort(keys, values, size);
      long[] k = keys;
      int[] v = values;
      int n = size;
      keys = null;
      values = null;
      return new Cursor() {
        int i = -1;

        @Override
        public boolean next() {
          return ++i < n;
        }

        @Override
        public long key() {
          return k[i];
        }

        @Override
        public int value() {
          return v[i];
        }

        @Override
        public void close() {}
      };
    }
    if (size > 0) {
      spill();
    }
    keys = null;
    values = null;
    return new Merge(runs);
  }

  @Override
  public void close() throws IOException {
    keys = null;
    values = null;
    for (Path r : runs) {
      Files.deleteIfExists(r);
    }
  }

  /** Records in key order. */
  interface Cursor extends Closeable {
    /** Moves to the next record; false at the end. */
    boolean next() throws IOException;

    long key();

    int value();
  }

  /** A k-way merge of sorted run files; ties go to the earlier run. */
  private static final class Merge implements Cursor {
    private final PriorityQueue<Run> queue =
        new PriorityQueue<>((a, b) -> {
          int c = Long.compareUnsigned(a.key, b.key);
          return c != 0 ? c : Integer.compare(a.index, b.index);
        });
    private final List<Run> all = new ArrayList<>();
    private long key;
    private int value;

    Merge(List<Path> files) throws IOException {
      for (int i = 0; i < files.size(); i++) {
        Run r = new Run(i, files.get(i));
        all.add(r);
        if (r.advance()) {
          queue.add(r);
        }
      }
    }

    @Override
    public boolean next() throws IOException {
      Run r = queue.poll();
      if (r == null) {
        return false;
      }
      key = r.key;
      value = r.value;
      if (r.advance()) {
        queue.add(r);
      }
      return true;
    }

    @Override
    public long key() {
      return key;
    }

    @Override
    public int value() {
      return value;
    }

    @Override
    public void close() throws IOException {
      for (Run r : all) {
        r.in.close();
      }
    }
  }

  private static final class Run {
    final int index;
    final DataInputStream in;
    long key;
    int value;

    Run(int index, Path file) throws IOException {
      this.index = index;
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    boolean advance() throws IOException {
      try {
        key = in.readLong();
      } catch (EOFException e) {
        return false;
      }
      value = in.readInt();
      return true;
    }
  }

  /** A stable LSD radix sort of the first {@code n} records by unsigned key, 8 bits a pass. */
  static void sort(long[] keys, int[] values, int n) {
    if (n < 2) {
      return;
    }
    if (n < 64) {
      insertionSort(keys, values, n);
      return;
    }
    long[] k2 = new long[n];
    int[] v2 = new int[n];
    long[] srcK = keys;
    int[] srcV = values;
    long[] dstK = k2;
    int[] dstV = v2;
    int[] counts = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) ((srcK[i] >>> shift) & 0xFF) + 1]++;
      }
      if (counts[(int) ((srcK[0] >>> shift) & 0xFF) + 1] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      for (int b = 0; b < 256; b++) {
        counts[b + 1] += counts[b];
      }
      for (int i = 0; i < n; i++) {
        int at = counts[(int) ((srcK[i] >>> shift) & 0xFF)]++;
        dstK[at] = srcK[i];
        dstV[at] = srcV[i];
      }
      long[] tk = srcK;
      srcK = dstK;
      dstK = tk;
      int[] tv = srcV;
      srcV = dstV;
      dstV = tv;
    }
    if (srcK != keys) {
      System.arraycopy(srcK, 0, keys, 0, n);
      System.arraycopy(srcV, 0, values, 0, n);
    }
  }

  private static void insertionSort(long[] keys, int[] values, int n) {
    for (int i = 1; i < n; i++) {
      long k = keys[i];
      int v = values[i];
      int j = i - 1;
      while (j >= 0 && Long.compareUnsigned(keys[j], k) > 0) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }
}
