package io.github.vnnews.text;

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
}
