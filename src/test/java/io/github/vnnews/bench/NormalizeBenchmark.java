package io.github.vnnews.bench;

import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.normalize.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The plain-text normaliser on the five seeds and, where {@code ../shared} is present, the
 * plain-text dev files (whole articles fused onto one line). Bytes per second = the UTF-8 size
 * printed by {@link #setup()} divided by the time of one {@link #normalizeAll} call. Run with
 * {@code bench/jmh.sh NormalizeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NormalizeBenchmark {
  private final List<List<SourceLine>> articles = new ArrayList<>();
  private final TextNormalizer normalizer = new TextNormalizer();

  /** Reads the articles and prints their total size. */
  @Setup
  public void setup() throws IOException {
    long bytes = 0;
    for (Path dir : List.of(Path.of(System.getProperty("vnnews.basedir", "."), "seeds"),
        Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String s = read(p);
          bytes += s.getBytes(StandardCharsets.UTF_8).length;
          String[] parts = s.split("\r\n|\r|\n", -1);
          List<SourceLine> lines = new ArrayList<>(parts.length);
          for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(i + 1, parts[i]));
          }
          articles.add(lines);
        }
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no articles found");
    }
    System.out.println("# " + articles.size() + " articles, " + bytes + " bytes");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Normalises every article once. */
  @Benchmark
  public void normalizeAll(Blackhole bh) {
    for (List<SourceLine> a : articles) {
      Extraction e = normalizer.normalize(a);
      bh.consume(e);
    }
  }
}
