package io.github.vnnews.eval;

import io.github.vnnews.load.SourceLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Exposes the gold corpus line reader to other test packages. */
public final class GoldCorpusAccess {
  private GoldCorpusAccess() {}

  /**
   * Reads a file as numbered lines.
   *
   * @param file the file
   * @return its lines
   * @throws IOException on I/O errors
   */
  public static List<SourceLine> lines(String file) throws IOException {
    return GoldCorpus.readLines(Path.of(file));
  }
}
