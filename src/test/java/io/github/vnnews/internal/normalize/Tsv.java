package io.github.vnnews.internal.normalize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared TSV vectors ({@code docs/vietnamese/*.tsv}); skips when they are absent. */
final class Tsv {
  private Tsv() {}

  static List<String[]> rows(String name) throws IOException {
    Path p = Path.of(System.getProperty("vnnews.shared", "../shared"), "docs/vietnamese", name);
    assumeTrue(Files.isRegularFile(p), "shared vectors not present: " + p);
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    List<String[]> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(lines.get(i).split("\t", -1));
      }
    }
    return out;
  }
}
