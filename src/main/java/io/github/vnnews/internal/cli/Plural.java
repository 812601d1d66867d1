package io.github.vnnews.internal.cli;

import java.util.Locale;

/** Counts with their noun in the right number: "1 file", "2 files", "1,234 articles". */
final class Plural {
  private Plural() {}

  /**
   * A count and its noun, the noun taking an {@code s} unless the count is 1.
   *
   * @param n the count
   * @param noun the noun in the singular, with a regular plural in {@code -s}
   * @return for example {@code "1 file"} or {@code "12,345 articles"}
   */
  static String of(long n, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
