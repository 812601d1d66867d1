package io.github.vnnews.internal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Quality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link QualityScorer}: hand-counted vectors, and the fast scorer against a plain
 * re-implementation of the definitions (datatrove's loops, written the obvious way) on the seeds
 * and on seeded random texts full of repeats.
 */
class QualityScorerTest {
  @Test
  void handCountedBody() {
    // words: Hà Nội mưa to . | Hà Nội mưa to . | 5% giá tăng  (the "." tokens are not words)
    Quality q = QualityScorer.score(List.of("Hà Nội mưa to .", "Hà Nội mưa to .", "5% giá tăng"));
    assertThat(q.words()).isEqualTo(11);
    assertThat(q.duplicateLineFraction()).isEqualTo(QualityScorer.round(1.0 / 3));
    assertThat(q.nonAlphaWordFraction()).isEqualTo(QualityScorer.round(1.0 / 11));
    assertThat(q.linesEndingInPunctuation()).isEqualTo(QualityScorer.round(2.0 / 3));
    // body: 15 + 1 + 15 + 1 + 11 = 43 characters; "Hà Nội", "Nội mưa" and "mưa to" come twice
    // each: the first seen, "Hà Nội" (6 characters), is the top 2-gram
    assertThat(q.top2GramFraction()).isEqualTo(QualityScorer.round(12.0 / 43));
    // the 5-gram walk: "Hà Nội mưa to Hà" ... the second "Hà Nội mưa to 5" is new; no repeat
    assertThat(q.duplicate5GramFraction()).isEqualTo(0.0);
    assertThat(q.vietnamese()).isEqualTo(1.0);
    // mean over the 11 words: 2+3+3+2 twice, then 1 ("5"), 3, 4
    assertThat(q.meanWordLength()).isEqualTo(QualityScorer.round((10 * 2 + 1 + 3 + 4) / 11.0));
  }

  @Test
  void repeatedFiveGramsAreCountedOnceAndSkipped() {
    // ten words, then the same ten again: the second half is one repeated 5-gram after another
    String ten = "một hai ba bốn năm sáu bảy tám chín mười";
    Quality q = QualityScorer.score(List.of(ten + " " + ten));
    int len = (ten + " " + ten).length();
    // the walk meets "một hai ba bốn năm" again at word 10, adds it, jumps to word 15, adds
    // "sáu bảy tám chín mười": both halves of the repeat
    long expected = "một hai ba bốn năm".length() + "sáu bảy tám chín mười".length();
    assertThat(q.duplicate5GramFraction()).isEqualTo(QualityScorer.round((double) expected / len));
    assertThat(q.duplicate10GramFraction()).isEqualTo(QualityScorer.round((double) ten.length() / len));
  }

  @Test
  void emptyBodyHasZeroes() {
    Quality q = QualityScorer.score(List.of());
    assertThat(q).isEqualTo(new Quality(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void languageFromSyllables() throws IOException {
    assertThat(QualityScorer.assess(null, List.of("Hà Nội mưa to, đường phố ngập sâu.")).language())
        .isEqualTo("vi");
    String license = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);
    assertThat(QualityScorer.assess(null, List.of(license.split("\n"))).language()).isEqualTo("en");
    // names and numbers only: neither
    assertThat(QualityScorer.assess(null, List.of("Ronaldo Messi Neymar Mbappe 2017 Haaland")).language())
        .isEqualTo("und");
    // too few words in the body: the title decides
    assertThat(QualityScorer.assess("Giá vàng hôm nay tăng mạnh", List.of("SJC")).language()).isEqualTo("vi");
    assertThat(QualityScorer.assess(null, List.of("OK")).language()).isEqualTo("und");
  }

  static Stream<Path> seeds() throws IOException {
    return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsScoreAsThePlainDefinitionsDo(Path seed) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    assertThat(QualityScorer.score(lines)).isEqualTo(Reference.score(lines));
  }

  @Test
  void seededRandomTextsScoreAsThePlainDefinitionsDo() {
    String[] vocabulary = {
      "Hà", "Nội", "mưa", "to", "giá", "vàng", "tăng", "5%", "2017", "(Ảnh:", "TTXVN)", "-", "…", "“Tôi",
      "nói”", "COVID-19", "TP.HCM", "the", "of", "ngày", "đã", "được", "và", "!", "?", "thuỷ", "ủy", "hoà"
    };
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      int lines = r.nextInt(12);
      List<String> body = new ArrayList<>();
      List<String> earlier = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        if (!earlier.isEmpty() && r.nextInt(5) == 0) {
          body.add(earlier.get(r.nextInt(earlier.size()))); // a repeated line
          continue;
        }
        StringBuilder sb = new StringBuilder();
        int words = 1 + r.nextInt(40);
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            sb.append(r.nextInt(8) == 0 ? "  " : " ");
          }
          sb.append(vocabulary[r.nextInt(r.nextBoolean() ? 6 : vocabulary.length)]);
        }
        String line = sb.toString().strip();
        body.add(line);
        earlier.add(line);
      }
      assertThat(QualityScorer.score(body)).as("seed %d: %s", seed, body).isEqualTo(Reference.score(body));
    }
  }

  @Test
  void randomCharactersScoreAsThePlainDefinitionsDo() {
    // words cut from random characters: punctuation at either end or inside, combining marks
    // (alone, after a letter, after punctuation), digits among letters, NBSP and tabs as spaces;
    // the one-pass word scan against the definitions
    String alphabet = "aAđĐhoàẠyễ\u0301\u0323\u0300079.,()-“”%/:\u00A0\t     ";
    for (long seed = 1; seed <= 400; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> body = new ArrayList<>();
      int lines = 1 + r.nextInt(8);
      for (int i = 0; i < lines; i++) {
        StringBuilder sb = new StringBuilder();
        int chars = r.nextInt(120);
        for (int c = 0; c < chars; c++) {
          sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        body.add(sb.toString());
      }
      assertThat(QualityScorer.score(body)).as("seed %d: %s", seed, body).isEqualTo(Reference.score(body));
    }
  }

  @Test
  void longRepetitiveBodiesScoreAsThePlainDefinitionsDo() {
    // thousands of words from a few: long chains of repeated 5-grams, tables of every size in turn
    String[] vocabulary = {"Hà", "Nội", "mưa", "to", "giá", "vàng", "tăng", "5%", "ngày", "đã"};
    for (long seed = 1; seed <= 12; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> body = new ArrayList<>();
      int lines = 1 + r.nextInt(150);
      for (int i = 0; i < lines; i++) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + r.nextInt(60);
        for (int w = 0; w < words; w++) {
          sb.append(w > 0 ? " " : "").append(vocabulary[r.nextInt(2 + (int) (seed % 9))]);
        }
        body.add(sb.toString());
      }
      assertThat(QualityScorer.score(body)).as("seed %d", seed).isEqualTo(Reference.score(body));
    }
  }

  /** The definitions written the obvious way: strings, maps and datatrove's loops. */
  static final class Reference {
    static Quality score(List<String> lines) {
      String text = String.join("\n", lines);
      List<String> words = new ArrayList<>();
      int nonAlpha = 0;
      for (String tok : text.split("[\\s\\p{Z}]+")) {
        String w = tok.replaceAll("^[^\\p{L}\\p{Nd}\\u0300-\\u036F]+|[^\\p{L}\\p{Nd}\\u0300-\\u036F]+$", "");
        if (!w.isEmpty()) {
          words.add(w);
          if (!w.codePoints().anyMatch(Character::isLetter)) {
            nonAlpha++;
          }
        }
      }
      Set<String> seen = new HashSet<>();
      int dupLines = 0;
      int ending = 0;
      for (String l : lines) {
        if (!seen.add(l)) {
          dupLines++;
        }
        if (l.matches("(?s).*[.!?\"'…”’»]")) {
          ending++;
        }
      }
      int len = text.codePointCount(0, text.length());
      double[] top = new double[5];
      double[] dup = new double[11];
      for (int n = 2; n <= 10; n++) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + n <= words.size(); i++) {
          grams.add(String.join(" ", words.subList(i, i + n)));
        }
        if (grams.isEmpty() || len == 0) {
          continue;
        }
        if (n <= 4) {
          Map<String, Integer> counts = new LinkedHashMap<>();
          grams.forEach(g -> counts.merge(g, 1, Integer::sum));
          Map.Entry<String, Integer> best = null;
          for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
              best = e;
            }
          }
          top[n] = (double) best.getKey().codePointCount(0, best.getKey().length()) * best.getValue() / len;
        } else {
          Set<String> unique = new HashSet<>();
          long repeated = 0;
          int i = 0;
          while (i < grams.size()) {
            String g = grams.get(i);
            if (unique.contains(g)) {
              repeated += g.codePointCount(0, g.length());
              i += n;
            } else {
              unique.add(g);
              i++;
            }
          }
          dup[n] = (double) repeated / len;
        }
      }
      Map<String, Boolean> syllable = new HashMap<>();
      int runs = 0;
      int valid = 0;
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\u0300-\\u036F]*").matcher(text);
      while (m.find()) {
        runs++;
        if (syllable.computeIfAbsent(m.group(), s -> io.github.vnnews.internal.text.VietnameseText.isSyllable(s, 0, s.length()))) {
          valid++;
        }
      }
      long chars = words.stream().mapToLong(w -> w.codePointCount(0, w.length())).sum();
      int nw = words.size();
      return new Quality(nw, QualityScorer.round(nw == 0 ? 0 : (double) chars / nw),
          QualityScorer.round(lines.isEmpty() ? 0 : (double) dupLines / lines.size()),
          QualityScorer.round(top[2]), QualityScorer.round(top[3]), QualityScorer.round(top[4]),
          QualityScorer.round(dup[5]), QualityScorer.round(dup[6]), QualityScorer.round(dup[7]),
          QualityScorer.round(dup[8]), QualityScorer.round(dup[9]), QualityScorer.round(dup[10]),
          QualityScorer.round(nw == 0 ? 0 : (double) nonAlpha / nw),
          QualityScorer.round(lines.isEmpty() ? 0 : (double) ending / lines.size()),
          QualityScorer.round(runs == 0 ? 0 : (double) valid / runs));
    }
  }

  /**
   * Values to round: random fractions and magnitudes, ratios of small integers (what the signals
   * are), numbers a hair away from a half at the fourth decimal, and edges.
   */
  static double[] roundingCases() {
    SplittableRandom r = new SplittableRandom(4);
    List<Double> xs = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.00005, 0.00015, 0.00025, 2.5e-5,
        0.12345, 0.12355, 1e-20, 12345.67895, 2147483.64795, 1e12 + 0.00005, -0.00005, -3.14159265));
    for (int i = 0; i < 200_000; i++) {
      int den = 1 + r.nextInt(5000);
      xs.add((double) r.nextInt(den * 3) / den);
      xs.add(r.nextDouble() * Math.pow(10, r.nextInt(-6, 13)) * (r.nextBoolean() ? 1 : -1));
      double half = (r.nextInt(1_000_000) + 0.5) / 10_000;
      xs.add(half);
      xs.add(Math.nextUp(half));
      xs.add(Math.nextDown(half));
    }
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void roundAgreesWithBigDecimalHalfEven() {
    for (double x : roundingCases()) {
      double expected =
          new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
      assertThat(QualityScorer.round(x)).as("%s", x).isEqualTo(expected);
    }
  }

  @Test
  void decimalTextAgreesWithBigDecimal() {
    for (double x : roundingCases()) {
      for (double v : new double[] {x, QualityScorer.round(x)}) {
        String s = v == 0 ? "0.0"
            : new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
        String expected = s.indexOf('.') < 0 ? s + ".0" : s;
        assertThat(io.github.vnnews.json.ArticleJsonWriter.decimal(v)).as("%s", v)
            .isEqualTo(expected);
      }
    }
  }
}
