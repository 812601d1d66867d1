package io.github.vnnews.fuzz;

/**
 * The hang guard of the fuzz targets: while fuzzing ({@code JAZZER_FUZZ} set), an input that takes
 * longer than {@link #LIMIT_NANOS} twice in a row is a finding (the second run rules out class
 * loading, JIT compilation and garbage collection pauses). In the normal build (regression mode
 * over the seeds) nothing is timed, so a slow machine never fails the build.
 */
final class FuzzGuard {
  /** The most one input may take while fuzzing: 1 s. */
  static final long LIMIT_NANOS = 1_000_000_000L;

  private static final boolean FUZZING =
      System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

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
        throw new AssertionError(
            "one input took " + took / 1_000_000 + " ms, then " + again / 1_000_000 + " ms (limit 1 s): a hang");
      }
    }
  }

  private static long timed(Runnable check) {
    long started = System.nanoTime();
    check.run();
    return System.nanoTime() - started;
  }
}
