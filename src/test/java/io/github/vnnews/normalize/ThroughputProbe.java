package io.github.vnnews.normalize;

import io.github.vnnews.load.SourceLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rough single-thread throughput of the normaliser over the given files (a profiling aid). */
public final class ThroughputProbe {
  private ThroughputProbe() {}

  /**
   * Entry point.
   *
   * @param args plain-text article files
   * @throws Exception on errors
   */
  public static void main(String[] args) throws Exception {
    List<List<SourceLine>> docs = new ArrayList<>();
    long bytes = 0;
    for (String a : args) {
      String s = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
      String[] parts = s.split("\r\n|\r|\n", -1);
      List<SourceLine> l = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        l.add(new SourceLine(i + 1, parts[i]));
      }
      docs.add(l);
    }
    TextNormalizer n = new TextNormalizer();
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      int reps = 200;
      for (int r = 0; r < reps; r++) {
        for (List<SourceLine> d : docs) {
          n.normalize(d);
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%.1f MB/s%n", bytes * reps / s / 1e6);
    }
  }
}
