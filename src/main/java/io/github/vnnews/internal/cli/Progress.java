package io.github.vnnews.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error, drawn only when standard error itself is a
 * terminal (whatever standard input and output are: {@code ingest big > out.jsonl} shows it,
 * {@code 2> log} never fills a log with carriage returns), and only once a run has taken more than
 * {@value #DELAY_NANOS} ns: bytes read of the bytes known, percent, a smoothed rate, the time
 * left, articles and rejections.
 *
 * <pre>  1.2 GB of 3.4 GB  35%  48.1 MB/s  0:46 left  120,345 articles  12 rejected</pre>
 *
 * <p>The total is known once every input has been listed (a walk of the inputs on a thread of its
 * own); until then, and for standard input, the line shows what was read and the rate.
 */
final class Progress {
  /** How long a run goes before the line appears. */
  static final long DELAY_NANOS = 1_000_000_000L;
  /** How often the line is drawn at most. */
  private static final long EVERY_NANOS = 250_000_000L;
  /** The time constant of the smoothed rate. */
  private static final double SMOOTHING_SECONDS = 5.0;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private LongSupplier bytesRead = () -> 0;
  private volatile long total = -1;
  private long last;
  private long lastBytes;
  private double rate = -1;
  private long articles;
  private long rejected;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  /**
   * The progress display of a run: drawn when not quiet and standard error is a terminal.
   *
   * @param err standard error
   * @param quiet {@code -q}
   * @return the display
   */
  static Progress create(PrintWriter err, boolean quiet) {
    return new Progress(err, !quiet && stderrIsTerminal(), System::nanoTime);
  }

  /** Whether anything is drawn at all (else nothing needs to be counted or walked for it). */
  boolean enabled() {
    return enabled;
  }

  /** Where the bytes read so far come from (the corpus's count). */
  void bytesRead(LongSupplier read) {
    this.bytesRead = read;
  }

  /** The total size of the inputs, once known (from any thread). */
  void total(long bytes) {
    this.total = bytes;
  }

  void article() {
    articles++;
    if ((articles & 63) == 0) {
      draw();
    }
  }

  void rejected() {
    rejected++;
    draw();
  }

  /** Draws the line if it is due (called on every event; cheap when it is not). */
  void draw() {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
      return;
    }
    long bytes = bytesRead.getAsLong();
    double dt = (now - last) / 1e9;
    double instant = (bytes - lastBytes) / dt;
    rate = rate < 0 ? bytes / ((now - start) / 1e9) : rate + (instant - rate) * (1 - Math.exp(-dt / SMOOTHING_SECONDS));
    last = now;
    lastBytes = bytes;
    err.print("\r" + line(bytes, total, rate, articles, rejected) + "\033[K");
    err.flush();
    drawn = true;
  }

  /** The text of the line (without the carriage return and the clearing of the rest of it). */
  static String line(long bytes, long total, double rate, long articles, long rejected) {
    StringBuilder sb = new StringBuilder(size(bytes));
    if (total > 0) {
      long shown = Math.min(bytes, total);
      sb.append(" of ").append(size(total))
          .append(String.format(Locale.ROOT, "  %d%%", shown * 100 / total));
    }
    sb.append("  ").append(size((long) rate)).append("/s");
    if (total > 0 && rate > 0) {
      sb.append("  ").append(duration((Math.max(0, total - bytes)) / rate)).append(" left");
    }
    sb.append("  ").append(Plural.of(articles, "article"));
    if (rejected > 0) {
      sb.append(String.format(Locale.ROOT, "  %,d rejected", rejected));
    }
    return sb.toString();
  }

  /** A size in B, kB, MB, GB or TB (powers of 1000), three significant digits. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB", "PB"};
    double v = bytes;
    int u = -1;
    while (v >= 999.95 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, v < 9.995 ? "%.2f %s" : v < 99.95 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }

  /** A duration as m:ss or h:mm:ss. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Takes the line away (before a message, and at the end). */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  /**
   * Whether this process's standard error is a terminal: on Linux, where descriptor 2 leads
   * ({@code /proc/self/fd/2}); elsewhere on Unix, {@code [ -t 2 ]} in a shell that inherits it;
   * on Windows, whether the JVM has a console. {@code TERM=dumb} draws nothing.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return System.console() != null;
    }
    try {
      Process p = new ProcessBuilder("sh", "-c", "[ -t 2 ]")
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether a device path names a terminal: {@code /dev/pts/3}, {@code /dev/tty1}, the console. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
