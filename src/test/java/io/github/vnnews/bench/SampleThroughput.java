package io.github.vnnews.bench;

import io.github.vnnews.Corpus;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Options;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Articles per second of vnnews over the sample articles of a generated corpus ({@code sample.txt},
 * {@code #####}-delimited), measured like the peers in {@code bench/peers.sh}: the bytes are in
 * memory before the clock starts; warm-up passes for 3 s, then timed passes for at least 3 s, each
 * loading, repairing, normalising and encoding every article as JSON (into a stream that discards
 * it). CPU time is the process's (all threads, JIT and GC included).
 *
 * <p>Usage: {@code SampleThroughput SAMPLE.txt [THREADS]}. Prints {@code vnnews-tN articles
 * seconds articles/s cpu-seconds articles/cpu-s}.
 */
public final class SampleThroughput {
  private SampleThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args the sample file, then the thread count (default 1)
   * @throws IOException never in practice (the input is in memory)
   */
  public static void main(String[] args) throws IOException {
    byte[] sample = Files.readAllBytes(Path.of(args[0]));
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long warm = System.nanoTime();
    do {
      run(sample, threads);
    } while (System.nanoTime() - warm < 3_000_000_000L);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long n = 0;
    do {
      n += run(sample, threads);
    } while (System.nanoTime() - t0 < 3_000_000_000L);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "vnnews-t%d %d %.3f %.1f %.3f %.1f%n", threads, n, secs, n / secs, cpu, n / cpu);
  }

  private static long run(byte[] sample, int threads) throws IOException {
    OutputStream discard = OutputStream.nullOutputStream();
    try (Corpus c = Corpus.read("sample.txt", new ByteArrayInputStream(sample), Options.defaults(), IngestListener.NONE)
            .parallel(threads);
        ArticleJsonWriter w = ArticleJsonWriter.jsonLines(discard)) {
      c.articles(ArticleJsonWriter::encode).forEach(w::writeEncoded);
      return w.count();
    }
  }
}
