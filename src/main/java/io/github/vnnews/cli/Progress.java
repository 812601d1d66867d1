package io.github.vnnews.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress indicator on standard error, drawn only when standard error is a terminal
 * and the input is large (more than {@value #MIN_BYTES} bytes or {@value #MIN_ARTICLES} articles).
 */
final class Progress {
  private static final long MIN_BYTES = 50L << 20;
  private static final long MIN_ARTICLES = 20_000;
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last;
  private long bytes;
  private long files;
  private long articles;
  private boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress create(PrintWriter err, boolean quiet) {
    return new Progress(err, !quiet && System.console() != null);
  }

  void file(long size) {
    files++;
    if (size > 0) {
      bytes += size;
    }
    draw();
  }

  void article() {
    articles++;
    if ((articles & 255) == 0) {
      draw();
    }
  }

  private void draw() {
    if (!enabled || (bytes < MIN_BYTES && articles < MIN_ARTICLES)) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    double secs = Math.max((now - start) / 1e9, 1e-3);
    err.printf(Locale.ROOT, "\r%,d articles, %,d files, %.1f MB, %.0f articles/s   ",
        articles, files, bytes / 1e6, articles / secs);
    err.flush();
    drawn = true;
  }

  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
