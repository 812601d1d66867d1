package io.github.vnnews.text;

/**
 * How Vietnamese a text looks (spec §3.4): valid syllables count for it, invalid tokens with
 * non-ASCII letters and windows-1252 symbols stuck to letters count against it.
 */
final class Scoring {
  private Scoring() {}

  /**
   * The counts of one text.
   *
   * @param good tokens with a non-ASCII letter that are valid syllables
   * @param bad tokens with a non-ASCII letter that are not
   * @param moj mojibake symbols next to a letter, U+FFFD and C1 controls
   */
  record Score(int good, int bad, int moj) {
    int value() {
      return good - 2 * bad - 3 * moj;
    }

    /** Whether the text reads as Vietnamese at all: most non-ASCII tokens are syllables. */
    boolean plausible() {
      return good >= 1 && good >= 3 * bad + moj;
    }
  }

  static Score score(CharSequence s) {
    int good = 0;
    int bad = 0;
    int moj = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        boolean nonAscii = false;
        while (i < n && (Character.isLetter(s.charAt(i)) || isMark(s.charAt(i)))) {
          nonAscii |= s.charAt(i) >= 0x80;
          i++;
        }
        if (nonAscii) {
          if (Syllables.isValid(s, start, i)) {
            good++;
          } else {
            bad++;
          }
        }
        continue;
      }
      if (c == '\uFFFD' || (c >= 0x80 && c < 0xA0)) {
        moj++;
      } else if (isMojibakeSymbol(c)) {
        boolean prevLetter = i > 0 && Character.isLetter(s.charAt(i - 1));
        boolean nextLetter = i + 1 < n && Character.isLetter(s.charAt(i + 1));
        if (prevLetter || nextLetter) {
          moj++;
        }
      }
      i++;
    }
    return new Score(good, bad, moj);
  }

  private static boolean isMark(char c) {
    return c >= 0x300 && c < 0x370;
  }

  /** Windows-1252 symbols that mojibake puts next to letters (spec §3.4). */
  static boolean isMojibakeSymbol(char c) {
    if (c >= 0xA0 && c <= 0xBF) {
      return true;
    }
    return switch (c) {
      case '\u00D7', '\u00F7', '\u20AC', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020',
          '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u017D', '\u2018',
          '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122',
          '\u0161', '\u203A', '\u0153', '\u017E', '\u0178' -> true;
      default -> false;
    };
  }
}
