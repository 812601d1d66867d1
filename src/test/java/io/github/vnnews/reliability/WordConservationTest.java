package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.IngestError;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.load.DocumentReader;
import io.github.vnnews.internal.text.TextRepair;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "nothing lost" invariant ({@link WordConservation}) over every plain-text fixture, the
 * seeds, the dev corpus and 10,000 seeded random scrapes.
 */
class WordConservationTest {
  private static final Path BASE = Path.of(System.getProperty("vnnews.basedir", "."));

  @Test
  void wordsAreLetterAndDigitRunsAfterNfc() {
    assertThat(WordConservation.words("Hà Nội, 28/7/2023: giá vàng tăng 1,5%!"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "Hà", 1, "Nội", 1, "28", 1, "7", 1, "2023", 1, "giá", 1, "vàng", 1, "tăng", 1, "1", 1, "5", 1));
    assertThat(WordConservation.words("Nội\u00a0nội Nội")).isEqualTo(Map.of("Nội", 2, "nội", 1));
    // NFD and NFC spell the same word
    assertThat(WordConservation.words("Ho\u0300a ho\u0300a")).isEqualTo(Map.of("Hòa", 1, "hòa", 1));
    // a mark that does not compose stays with its letter
    assertThat(WordConservation.words("q\u0301 x")).isEqualTo(Map.of("q\u0301", 1, "x", 1));
    assertThat(WordConservation.words("--- | /. ...")).isEmpty();
  }

  @Test
  void diffNamesWhatWasLostAndAdded() {
    assertThat(WordConservation.diff(WordConservation.words("a b b c"), WordConservation.words("a b d")))
        .hasValue("words lost: [b x1, c x1]; words added: [d x1]");
    assertThat(WordConservation.diff(WordConservation.words("a b"), WordConservation.words("b, a"))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyPlainTextFixtureAndSeed() throws IOException {
    List<Path> files = new ArrayList<>();
    collect(BASE.resolve("src/test/resources"), files);
    collect(BASE.resolve("seeds"), files);
    assumeTrue(!files.isEmpty(), "no fixtures found under " + BASE);
    return files.stream().map(f -> DynamicTest.dynamicTest(BASE.relativize(f).toString(), () -> checkFile(f)));
  }

  @TestFactory
  Stream<DynamicTest> devCorpus() throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
    List<Path> files = new ArrayList<>();
    collect(dev, files);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> checkFile(f)));
  }

  /** 10,000 seeded random scrapes in ten blocks of 1,000 (a failure names its seed). */
  @ParameterizedTest(name = "seeds {0}000-{0}999")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void tenThousandRandomScrapes(int block) {
    Normalizer normalizer = Normalizer.defaults();
    var config = Options.defaults().loaderConfig();
    TextRepair repair = TextRepair.of(config.toneStyle());
    int articles = 0;
    for (int i = 0; i < 1_000; i++) {
      long seed = block * 1_000L + i;
      VietnameseNoise noise = new VietnameseNoise(seed);
      String file = noise.file();
      List<IngestError> errors = new ArrayList<>();
      List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open("random-" + seed + ".txt",
          new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), config, null, errors::add));
      if (!errors.stream().allMatch(e -> e.kind() == IngestError.Kind.EMPTY)) {
        fail(where(seed, file) + ": unexpected errors " + errors);
      }

      // the loader loses nothing: the words of the file are those of its articles and delimiters
      // (text repair judges one article at a time, so the expectation is repaired likewise)
      Map<String, Integer> loaded = new TreeMap<>();
      for (RawDocument d : docs) {
        for (SourceLine l : d.lines()) {
          WordConservation.addAll(loaded, WordConservation.words(l.text()));
        }
      }
      for (String delimiter : noise.delimitersUsed()) {
        WordConservation.addAll(loaded, WordConservation.words(delimiter));
      }
      Map<String, Integer> expected = new TreeMap<>();
      for (List<String> article : SplitOracle.articles(file)) {
        WordConservation.addAll(expected, WordConservation.words(repair.repair(String.join("\n", article)).text()));
      }
      for (String delimiter : SplitOracle.delimiters(file)) {
        WordConservation.addAll(expected, WordConservation.words(delimiter));
      }
      WordConservation.diff(expected, loaded).ifPresent(d -> fail("loader, " + where(seed, file) + ": " + d));
      assertThat(SplitOracle.delimiters(file)).as(where(seed, file)).hasSameSizeAs(noise.delimitersUsed());

      // the normaliser loses nothing
      for (RawDocument d : docs) {
        Article a = normalizer.normalize(d);
        WordConservation.check(d, a)
            .ifPresent(diff -> fail("normaliser, " + where(seed, file) + ", article " + d.index() + ": " + diff));
        articles++;
      }
    }
    assertThat(articles).isGreaterThan(1_000);
  }

  private static String where(long seed, String file) {
    return "seed " + seed + " (" + file.replace("\n", "\\n").replace("\r", "\\r").replace("\f", "\\f") + ")";
  }

  private static void checkFile(Path file) throws IOException {
    Normalizer normalizer = Normalizer.defaults();
    try (Corpus corpus = Corpus.read(List.of(file), Options.defaults())) {
      Iterator<RawDocument> docs = corpus.documents();
      while (docs.hasNext()) {
        RawDocument d = docs.next();
        if (d.isHtml()) {
          continue;
        }
        Article a = normalizer.normalize(d);
        assertThat(WordConservation.check(d, a)).as("%s article %d", file, d.index()).isEmpty();
      }
    }
  }

  /** Plain-text files (.txt, .txt.gz, no extension) under a directory, sorted. */
  private static void collect(Path dir, List<Path> out) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString();
            return n.endsWith(".txt") || n.endsWith(".txt.gz");
          })
          .sorted()
          .forEach(out::add);
    }
  }
}
