package io.github.vnnews.internal.text;

import io.github.vnnews.ToneStyle;
import java.util.Locale;

/**
 * Comparison forms of Vietnamese text, for deduplication and search.
 *
 * <p>Two spellings of one text ({@code "Thành ủy"}, {@code "THÀNH UỶ"}, {@code "Tha\u0300nh
 * u\u0309y"}, {@code "Thành\u00A0uỷ"}) have the same {@link #matchingKey(String)}.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class VietnameseText {
  private static final TextRepair MODERN = TextRepair.of(ToneStyle.MODERN);
  private static final TextRepair CLASSIC = TextRepair.of(ToneStyle.CLASSIC);

  private VietnameseText() {}

  /**
   * The canonical matching key of a text: repaired like {@link TextRepair} does (mojibake, marks,
   * NFC, invisible characters), tones placed in the {@link ToneStyle#MODERN} style, lowercased
   * with {@link Locale#ROOT}, and runs of whitespace made one space with none at either end.
   * Diacritics are kept: {@code "ma"}, {@code "má"} and {@code "mà"} are different words.
   *
   * <p>Example: {@code matchingKey("Hòa  Bình") == matchingKey("HOÀ BÌNH") == "hoà bình"}.
   *
   * @param text any text; not null
   * @return the key, in NFC
   */
  public static String matchingKey(String text) {
    String repaired = MODERN.repair(text).text();
    String lower = repaired.toLowerCase(Locale.ROOT);
    // the tone position does not depend on case, so lowercasing keeps the style
    var sb = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whether a word is one well-formed Vietnamese syllable, in any letter case: {@code "Nguyễn"},
   * {@code "HOÀNG"}, {@code "thu"} are; foreign words and names ({@code "Zealand"}, {@code
   * "Hazard"}, {@code "Cannes"}) and words with digits or marks out of place are not.
   *
   * @param word the word: letters only, in NFC; not null
   * @return true for a syllable
   */
  public static boolean isSyllable(CharSequence word) {
    return Syllables.isValid(word, 0, word.length());
  }

  /**
   * The text with every open oa/oe/uy syllable in the given style (see {@link ToneStyle}), after
   * the usual repairs.
   *
   * @param text any text; not null
   * @param style the style; {@link ToneStyle#KEEP} only repairs
   * @return the text
   */
  public static String withToneStyle(String text, ToneStyle style) {
    return switch (style) {
      case KEEP -> TextRepair.of(ToneStyle.KEEP).repair(text).text();
      case CLASSIC -> CLASSIC.repair(text).text();
      case MODERN -> MODERN.repair(text).text();
    };
  }

  /**
   * The text in NFC with every syllable's tone placed in the given style, and nothing else done:
   * no mojibake detection, no invisible-character cleanup (for text that was repaired already,
   * such as an article's; {@link #withToneStyle} repairs first, and on a short run of symbols may
   * take it for mojibake). Deterministic and idempotent.
   *
   * <p>Example: {@code placeTones("Thủy điện Hòa Bình", ToneStyle.MODERN) == "Thuỷ điện Hoà Bình"}.
   *
   * @param text any text; not null
   * @param style the style; {@link ToneStyle#KEEP} fixes only doubled tones and missing horns
   * @return the text
   */
  public static String placeTones(String text, ToneStyle style) {
    String s = java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)
        ? text : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    return TextRepair.placeTones(s, style);
  }

  /**
   * How many of the words of a text are Vietnamese syllables: every run of letters (with the
   * combining marks inside it) is a word; a word is a syllable when it is well formed by the
   * spec's syllable grammar (§2.2-2.4: onset, nucleus and coda that exist, one tone at most, a
   * stop coda only with the acute or dot-below tone, onsets that suit the vowel), in any case.
   * Digits and punctuation are not words.
   *
   * <table>
   *   <caption>Examples</caption>
   *   <tr><th>text</th><th>words</th><th>syllables</th><th>marked</th></tr>
   *   <tr><td>{@code Hà Nội mưa to}</td><td>4</td><td>4</td><td>3</td></tr>
   *   <tr><td>{@code The cat is on the mat}</td><td>6</td><td>3 (the, on, the)</td><td>0</td></tr>
   *   <tr><td>{@code COVID-19 tại TP.HCM}</td><td>4 (COVID, tại, TP, HCM)</td><td>1</td><td>1</td></tr>
   * </table>
   *
   * @param text any text; not null
   * @return the counts
   */
  public static SyllableCount countSyllables(CharSequence text) {
    int words = 0;
    int syllables = 0;
    int marked = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      while (i < n && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
        nonAscii |= text.charAt(i) >= 0x80;
        i++;
      }
      words++;
      if (Syllables.isValid(text, start, i)) {
        syllables++;
        if (nonAscii) {
          marked++;
        }
      }
    }
    return new SyllableCount(words, syllables, marked);
  }

  /**
   * Whether the letters {@code text[start, end)} are one well-formed Vietnamese syllable, in any
   * case: the test {@link #countSyllables(CharSequence)} applies to each run of letters.
   *
   * @param text the text
   * @param start the first letter
   * @param end after the last letter
   * @return whether it is a syllable
   */
  public static boolean isSyllable(CharSequence text, int start, int end) {
    return Syllables.isValid(text, start, end);
  }

  private static boolean isMark(char c) {
    return c >= 0x300 && c < 0x370;
  }

  /**
   * The counts of {@link #countSyllables(CharSequence)}.
   *
   * @param words the words (runs of letters)
   * @param syllables the words that are well-formed Vietnamese syllables
   * @param marked the syllables that carry a Vietnamese letter or tone mark (not plain ASCII)
   */
  public record SyllableCount(int words, int syllables, int marked) {
    /**
     * The share of words that are syllables, 0 when there is no word.
     *
     * @return a number from 0 to 1
     */
    public double share() {
      return words == 0 ? 0 : (double) syllables / words;
    }
  }
}
