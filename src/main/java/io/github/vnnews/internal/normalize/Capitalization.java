package io.github.vnnews.internal.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often Vietnamese news writes a syllable with a capital in the middle of a sentence, counted
 * over a crawl of 35,000 articles ({@code capitalization.tsv}, made by the test tool {@code
 * CapitalizationStats}). Vietnamese capitalises names ({@code Hà Nội}, {@code Bộ Công an}) but
 * not common words; so where a crawl glued a caption or a crosshead to the next sentence without
 * punctuation ({@code … bóng chạm 2 chân Cú trượt chân tai hại Bóng được đưa vào lưới …}), a
 * capitalised common word after a lower-case word ({@code Cú}, {@code Bóng}: capitalised there in
 * 1-2 % of their occurrences) marks where a new unit starts, while a name ({@code Mahrez}: always)
 * or a word that opens names ({@code Bộ}: 41 %) does not.
 *
 * <table>
 *   <caption>Examples (rate = capitalised / all mid-sentence occurrences)</caption>
 *   <tr><th>syllable</th><th>rate</th></tr>
 *   <tr><td>cú, bóng, trọng, tại, các</td><td>0.005 - 0.03</td></tr>
 *   <tr><td>bộ, thủ, phó, nam</td><td>0.2 - 0.5</td></tr>
 *   <tr><td>việt, mahrez</td><td>0.99 - 1</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class Capitalization {
  static final String RESOURCE = "capitalization.tsv";
  /** Fewest occurrences for a rate to count as known. */
  static final int MIN_COUNT = 20;

  /**
   * Per syllable: the rate after a lower-case word, then after a capitalised word, then the share
   * of sentence openings among its capitals after a lower-case word and after a capitalised word
   * (-1: unknown); loaded on first use (the word tests below need no table).
   */
  private static final class Rates {
    static final Map<String, float[]> MAP = load();
  }

  private Capitalization() {}

  private static Map<String, float[]> load() {
    Map<String, float[]> m = new HashMap<>();
    try (InputStream in = Capitalization.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6) {
          throw new IllegalStateException(RESOURCE + ": expected 6 fields, got " + f.length
              + " in: " + line);
        }
        int starts = Integer.parseInt(f[5]);
        m.put(f[0], new float[] {rate(f[1], f[2]), rate(f[3], f[4]),
            share(starts, Integer.parseInt(f[2])), share(starts, Integer.parseInt(f[4]))});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  private static float rate(String lower, String capital) {
    int l = Integer.parseInt(lower);
    int c = Integer.parseInt(capital);
    return l + c >= MIN_COUNT ? (float) c / (l + c) : -1;
  }

  private static float share(int starts, int capitals) {
    return starts + capitals == 0 ? -1 : (float) starts / (starts + capitals);
  }

  /**
   * Among a syllable's capitalised occurrences that open a sentence or follow a word with no
   * punctuation, the share that open a sentence: near 1 for common words that start sentences
   * ({@code Trong}, {@code Sau}: 0.97), low for syllables of names ({@code Tàng} in {@code Tráng A
   * Tàng}: 0; {@code Sĩ} in {@code Thụy Sĩ}: 0.06). A capital where a crawl glued two pieces
   * together is a sentence opening; a capital inside a name is the other kind.
   *
   * @param syllable the syllable in any case
   * @param afterCapital whether the capitals counted are those after a capitalised word (else
   *     after a lower-case word)
   * @return the share in [0, 1], or -1 when the crawl saw it neither way
   */
  static double openerShare(String syllable, boolean afterCapital) {
    float[] r = Rates.MAP.get(syllable.toLowerCase(Locale.ROOT));
    return r == null ? -1 : r[afterCapital ? 3 : 2];
  }

  /**
   * The share of a syllable's mid-sentence occurrences written with a capital.
   *
   * @param syllable the syllable in any case
   * @return the rate in [0, 1], or -1 when the crawl saw it too rarely
   */
  static double rate(String syllable) {
    float[] r = Rates.MAP.get(syllable.toLowerCase(Locale.ROOT));
    return r == null ? -1 : r[0];
  }

  /**
   * The share of a syllable's occurrences after a capitalised word (a name going on, or a glued
   * sentence start after a name) that are written with a capital: high for syllables of names
   * ({@code trọng} in {@code Nguyễn Phú Trọng}), low for common words.
   *
   * @param syllable the syllable in any case
   * @return the rate in [0, 1], or -1 when the crawl saw it too rarely there
   */
  static double rateAfterCapital(String syllable) {
    float[] r = Rates.MAP.get(syllable.toLowerCase(Locale.ROOT));
    return r == null ? -1 : r[1];
  }

  /** Letters and digits only. */
  static boolean isWord(String t) {
    return isWord(t, 0, t.length());
  }

  /** {@link #isWord(String)} of {@code t[from, to)}. */
  static boolean isWord(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A word with at least one letter and no capital. */
  static boolean isLowerWord(String t) {
    return isLowerWord(t, 0, t.length());
  }

  /**
   * {@link #isLowerWord(String)} of {@code t[from, to)}: the word tests take a span of the line
   * so that a caller does not cut a word out first (a cut ASCII word is a Latin-1 string where the
   * line is UTF-16, and the JIT's code for the loops below, compiled for one kind, was thrown away
   * and compiled again each time the other kind came).
   */
  static boolean isLowerWord(String t, int from, int to) {
    if (!isWord(t, from, to)) {
      return false;
    }
    boolean letter = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** A word whose first letter is a capital and whose other letters are not. */
  static boolean isCapitalised(String t) {
    return isCapitalised(t, 0, t.length());
  }

  /** {@link #isCapitalised(String)} of {@code t[from, to)}. */
  static boolean isCapitalised(String t, int from, int to) {
    if (!isWord(t, from, to) || !Character.isUpperCase(t.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
