package io.github.vnnews.internal.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than a set number of bytes have been read: the guard against gzip bombs. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && ++count > limit) {
      throw new LimitExceeded(limit);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new LimitExceeded(limit);
      }
    }
    return n;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Thrown when the limit is passed. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    LimitExceeded(long limit) {
      super("decompressed size exceeds " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }
}
