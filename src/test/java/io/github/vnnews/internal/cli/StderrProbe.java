package io.github.vnnews.internal.cli;

/** Prints, on standard error, whether the CLI takes standard error for a terminal (ProgressTest). */
final class StderrProbe {
  private StderrProbe() {}

  public static void main(String[] args) {
    System.err.println("stderr is a terminal: " + Progress.stderrIsTerminal());
  }
}
