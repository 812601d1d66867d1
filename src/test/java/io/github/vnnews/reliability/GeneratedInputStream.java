package io.github.vnnews.reliability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made on the fly and never stored: a prefix, a pattern repeated up to a length,
 * and a suffix. Used for the 100 MB line and the million articles.
 */
final class GeneratedInputStream extends InputStream {
  private final byte[] prefix;
  private final byte[] pattern;
  private final long bodyLength;
  private final byte[] suffix;
  private final long total;
  private long pos;

  /**
   * A stream of {@code prefix + (pattern repeated to bodyLength bytes) + suffix}.
   *
   * @param prefix the first bytes
   * @param pattern the repeated bytes
   * @param bodyLength how many bytes of repeated pattern
   * @param suffix the last bytes
   */
  GeneratedInputStream(byte[] prefix, byte[] pattern, long bodyLength, byte[] suffix) {
    this.prefix = prefix.clone();
    this.pattern = pattern.clone();
    this.bodyLength = bodyLength;
    this.suffix = suffix.clone();
    this.total = prefix.length + bodyLength + suffix.length;
  }

  /**
   * The same, with text given as UTF-8.
   *
   * @param prefix the first text
   * @param pattern the repeated text
   * @param bodyLength how many bytes of repeated pattern
   * @param suffix the last text
   * @return the stream
   */
  static GeneratedInputStream of(String prefix, String pattern, long bodyLength, String suffix) {
    return new GeneratedInputStream(
        prefix.getBytes(StandardCharsets.UTF_8), pattern.getBytes(StandardCharsets.UTF_8), bodyLength,
        suffix.getBytes(StandardCharsets.UTF_8));
  }

  /** The total length in bytes. */
  long length() {
    return total;
  }

  @Override
  public int read() {
    if (pos >= total) {
      return -1;
    }
    return byteAt(pos++) & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos >= total) {
      return -1;
    }
    int n = (int) Math.min(len, total - pos);
    int done = 0;
    while (done < n) {
      long p = pos + done;
      long q = p - prefix.length;
      if (q >= 0 && q < bodyLength) {
        // copy whole runs of the pattern at a time
        int at = (int) (q % pattern.length);
        int run = (int) Math.min(Math.min(pattern.length - at, bodyLength - q), n - done);
        System.arraycopy(pattern, at, b, off + done, run);
        done += run;
      } else {
        b[off + done] = byteAt(p);
        done++;
      }
    }
    pos += n;
    return n;
  }

  private byte byteAt(long p) {
    if (p < prefix.length) {
      return prefix[(int) p];
    }
    long q = p - prefix.length;
    if (q < bodyLength) {
      return pattern[(int) (q % pattern.length)];
    }
    return suffix[(int) (q - bodyLength)];
  }
}
