package io.github.vnnews.bench;

import io.github.vnnews.internal.html.HtmlExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time (not wall time) of one extraction of the {@link HtmlExtractBenchmark} page after
 * warm-up: a figure that stays meaningful on a machine shared with other jobs, where JMH's wall
 * time also counts the time the thread waits for a core.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.github.vnnews.bench.HtmlExtractCpuTime}
 */
public final class HtmlExtractCpuTime {
  private HtmlExtractCpuTime() {}

  /**
   * Measures and prints.
   *
   * @param args ignored
   * @throws Exception when the page cannot be built
   */
  public static void main(String[] args) throws Exception {
    String page = HtmlExtractBenchmark.buildPage();
    HtmlExtractor extractor = HtmlExtractor.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 200; i++) {
      extractor.extract(page, "");
    }
    int n = 200;
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < n; i++) {
      extractor.extract(page, "");
    }
    System.out.printf(Locale.ROOT, "page %d chars: %.1f ms CPU per extraction (%.1f ms wall)%n",
        page.length(), (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n,
        (System.nanoTime() - wall) / 1e6 / n);
  }
}
