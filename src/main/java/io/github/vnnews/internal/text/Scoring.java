package io.github.vnnews.internal.text;

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
   * @param weight the good tokens weighed: 1 for a syllable the grammar allows, up to 4 for one
   *     that is frequent in news text
   */
  record Score(int good, int bad, int moj, int weight) {
    int value() {
      return weight - 2 * bad - 3 * moj;
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
    int weight = 0;
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
            weight += 1 + Lexicon.weight(s, start, i);
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
    return new Score(good, bad, moj, weight);
  }

  /** Frequent syllables of news text, from {@code syllables.tsv}. */
  private static final class Lexicon {
    private static final java.util.Map<String, Integer> WEIGHTS = load();

    private static java.util.Map<String, Integer> load() {
      var map = new java.util.HashMap<String, Integer>();
      try (var in = Scoring.class.getResourceAsStream("syllables.tsv")) {
        if (in == null) {
          throw new IllegalStateException("missing resource syllables.tsv");
        }
        String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : all.split("\n")) {
          int tab = line.indexOf('\t');
          if (line.startsWith("#") || tab < 0) {
            continue;
          }
          int count = Integer.parseInt(line.substring(tab + 1).trim());
          map.put(line.substring(0, tab), count >= 100 ? 3 : count >= 10 ? 2 : 1);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return map;
    }

    static int weight(CharSequence s, int start, int end) {
      String token = s.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
      return WEIGHTS.getOrDefault(token, 0);
    }
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
