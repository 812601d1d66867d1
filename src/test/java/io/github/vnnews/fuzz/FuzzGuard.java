package io.github.vnnews.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The hang guard of the fuzz targets: while fuzzing ({@code JAZZER_FUZZ} set), an input whose check
 * takes more than {@link #LIMIT_NANOS} of this thread's CPU time, twice in a row, is a finding.
 * CPU time rather than wall-clock time, so that a machine shared with other work does not turn
 * waiting into findings; twice, to rule out class loading and JIT compilation. In the normal build
 * (regression mode over the seeds) nothing is timed, so a slow machine never fails the build.
 */
final class FuzzGuard {
  /** The most one input may take while fuzzing: 1 s. */
  static final long LIMIT_NANOS = 1_000_000_000L;

  private static final boolean FUZZING =
      System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private FuzzGuard() {}

  /**
   * Runs one input's check, timing it while fuzzing.
   *
   * @param check the check
   */
  static void run(Runnable check) {
    if (!FUZZING) {
      check.run();
      return;
    }
    long took = timed(check);
    if (took > LIMIT_NANOS) {
      long again = timed(check);
      if (again > LIMIT_NANOS) {
        throw new AssertionError("one input took " + took / 1_000_000 + " ms, then " + again / 1_000_000
            + " ms of CPU time (limit 1 s): a hang");
      }
    }
  }

  private static long timed(Runnable check) {
    boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
    long started = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    check.run();
    return (cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - started;
  }
}
