package io.github.vnnews.bench;

import io.github.vnnews.text.TextRepair;
import io.github.vnnews.text.ToneStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
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
 * The repair stage against plain NFC normalisation, on the five seed articles (UTF-8, already
 * NFC): the loader repairs every article, so KEEP must stay within 2x of {@code
 * Normalizer.normalize(s, NFC)}. Run with {@code bench/jmh.sh RepairBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepairBenchmark {
  private List<String> articles;
  private final TextRepair keep = TextRepair.of(ToneStyle.KEEP);
  private final TextRepair modern = TextRepair.of(ToneStyle.MODERN);

  /** Reads the seeds from {@code seeds/} under the working directory (or {@code vnnews.basedir}). */
  @Setup
  public void setup() throws IOException {
    Path dir = Path.of(System.getProperty("vnnews.basedir", "."), "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      articles =
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(
                  p -> {
                    try {
                      return Files.readString(p, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no seeds in " + dir.toAbsolutePath());
    }
  }

  /** Baseline: JDK NFC of each article. */
  @Benchmark
  public void nfc(Blackhole bh) {
    for (String a : articles) {
      bh.consume(Normalizer.normalize(a, Normalizer.Form.NFC));
    }
  }

  /** The loader's repair stage, default tone style. */
  @Benchmark
  public void repairKeep(Blackhole bh) {
    for (String a : articles) {
      bh.consume(keep.repair(a));
    }
  }

  /** Repair with tone canonicalisation (every syllable parsed). */
  @Benchmark
  public void repairModern(Blackhole bh) {
    for (String a : articles) {
      bh.consume(modern.repair(a));
    }
  }
}
