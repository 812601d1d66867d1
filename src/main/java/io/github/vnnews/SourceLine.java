package io.github.vnnews;

import java.util.Objects;

/**
 * One line of an input file, after decoding and text repair, with its 1-based line number.
 *
 * @param number the 1-based line number in the file
 * @param text the line's text without its terminator; never null
 */
public record SourceLine(int number, String text) {
  /**
   * Checks the invariants.
   *
   * @param number the 1-based line number in the file
   * @param text the line's text without its terminator; never null
   */
  public SourceLine {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Whether the line holds only white space.
   *
   * @return true for a blank line
   */
  public boolean isBlank() {
    return text.isBlank();
  }
}
