package io.github.vnnews.internal.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A table of fixed-width numbers (one per article) in a memory-mapped file: the per-article state
 * of deduplication lives in the page cache, not on the Java heap, so a corpus of any size needs
 * no more heap. Mapped in chunks of 128 MiB.
 *
 * <p>Reads are thread-safe once writing is over; writes are not.
 */
final class Column implements Closeable {
  private static final int CHUNK_SHIFT = 27;
  private static final long CHUNK = 1L << CHUNK_SHIFT;
  private final FileChannel channel;
  private final MappedByteBuffer[] chunks;
  private final int width;
  private final long entries;

  private Column(FileChannel channel, long entries, int width) throws IOException {
    this.channel = channel;
    this.width = width;
    this.entries = entries;
    long bytes = entries * width;
    int n = (int) ((bytes + CHUNK - 1) >>> CHUNK_SHIFT);
    chunks = new MappedByteBuffer[n];
    for (int i = 0; i < n; i++) {
      long start = (long) i << CHUNK_SHIFT;
      long len = Math.min(CHUNK, bytes - start);
      chunks[i] = channel.map(FileChannel.MapMode.READ_WRITE, start, len);
    }
  }

  /**
   * A column over a file: a new one of {@code entries} zeros (mapping extends the file), or an
   * existing file of big-endian numbers (as {@link java.io.DataOutputStream} writes them).
   *
   * @param file the file
   * @param entries how many numbers
   * @param width 4 (int) or 8 (long)
   */
  static Column map(Path file, long entries, int width) throws IOException {
    if (width != 4 && width != 8) {
      throw new IllegalArgumentException("width must be 4 or 8, not " + width);
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    return new Column(ch, entries, width);
  }

  long entries() {
    return entries;
  }

  long getLong(long i) {
    long at = i * 8;
    return chunks[(int) (at >>> CHUNK_SHIFT)].getLong((int) (at & (CHUNK - 1)));
  }

  void putLong(long i, long v) {
    long at = i * 8;
    chunks[(int) (at >>> CHUNK_SHIFT)].putLong((int) (at & (CHUNK - 1)), v);
  }

  int getInt(long i) {
    long at = i * 4;
    return chunks[(int) (at >>> CHUNK_SHIFT)].getInt((int) (at & (CHUNK - 1)));
  }

  void putInt(long i, int v) {
    long at = i * 4;
    chunks[(int) (at >>> CHUNK_SHIFT)].putInt((int) (at & (CHUNK - 1)), v);
  }

  void fillInt(int v) {
    for (long i = 0; i < entries; i++) {
      putInt(i, v);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
