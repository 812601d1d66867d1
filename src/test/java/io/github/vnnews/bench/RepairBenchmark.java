package io.github.vnnews.bench;

import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.text.TextRepair;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The repair stage against plain NFC normalisation on UTF-8 input: the loader repairs every
 * article, so KEEP must stay within 2x of {@code Normalizer.normalize(s, NFC)}. Run with {@code
 * bench/jmh.sh RepairBenchmark}; the ratio within one run is the figure that counts.
 *
 * <p>Inputs ({@code input} parameter):
 *
 * <ul>
 *   <li>{@code seeds}: the five seed articles under {@code seeds/} (clean NFC text, ~5 KB each);
 *   <li>{@code html-nld}, {@code html-dantri}: raw news pages of 300 and 470 KB (markup, scripts
 *       and the article) that are already NFC and need no repair ({@code
 *       nld_tnmcp_nld_article.html}, {@code dantri_tnmcp_dantri_article.html} of the shared dev
 *       corpus); the JDK's NFC check is several times slower on the second;
 *   <li>{@code html-nfd}: a raw 100 KB news page with decomposed tone marks and NBSP, where both
 *       NFC and repair have work to do ({@code laodong_docbao_776332.html}).
 * </ul>
 *
 * <p>The pages are read from {@code ../shared/corpus/dev} (or {@code vnnews.shared}); when absent
 * that case fails its setup with a message and JMH goes on with the others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepairBenchmark {
  /** Which input the benchmark runs on. */
  @Param({"seeds", "html-nld", "html-dantri", "html-nfd"})
  public String input;

  private List<String> articles;
  private final TextRepair keep = TextRepair.of(ToneStyle.KEEP);
  private final TextRepair modern = TextRepair.of(ToneStyle.MODERN);

  /** Reads the input: seeds from {@code seeds/} under {@code vnnews.basedir}, pages from shared. */
  @Setup
  public void setup() throws IOException {
    Path base = Path.of(System.getProperty("vnnews.basedir", "."));
    articles =
        switch (input) {
          case "seeds" -> seeds(base.resolve("seeds"));
          case "html-nld" -> page(base, "nld_tnmcp_nld_article.html");
          case "html-dantri" -> page(base, "dantri_tnmcp_dantri_article.html");
          case "html-nfd" -> page(base, "laodong_docbao_776332.html");
          default -> throw new IllegalArgumentException("unknown input " + input);
        };
  }

  private static List<String> seeds(Path dir) throws IOException {
    List<String> texts;
    try (Stream<Path> files = Files.list(dir)) {
      texts =
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(RepairBenchmark::read)
              .toList();
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no seeds in " + dir.toAbsolutePath());
    }
    return texts;
  }

  private static List<String> page(Path base, String name) {
    Path shared = Path.of(System.getProperty("vnnews.shared", base.resolve("../shared").toString()));
    Path file = shared.resolve("corpus/dev").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file.toAbsolutePath() + " is absent: this case is skipped");
    }
    return List.of(read(file));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Baseline: JDK NFC of each text. */
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

  /** Repair with tone canonicalisation (every syllable looked at). */
  @Benchmark
  public void repairModern(Blackhole bh) {
    for (String a : articles) {
      bh.consume(modern.repair(a));
    }
  }
}
