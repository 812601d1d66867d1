package io.github.vnnews.normalize;

/**
 * Recognises personal names as bylines print them: capitalised syllables ({@code Diệu Hoa}), all
 * capitals ({@code VĂN HUY}), initials ({@code H.Y.T.}, {@code QM}), several names joined by
 * {@code , - – / và}.
 *
 * <p>Stateless and thread-safe; linear in the length of the input.
 */
final class Names {

  /** Most words a byline may have. */
  static final int MAX_WORDS = 10;

  private Names() {}

  /**
   * Whether {@code s} is one or more personal names.
   *
   * @param s the candidate, stripped
   * @return true for a name list
   */
  static boolean isNameList(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    String[] tokens = s.split(" ");
    int names = 0;
    int perName = 0;
    if (tokens.length > MAX_WORDS) {
      return false;
    }
    for (String raw : tokens) {
      if (raw.equals("-") || raw.equals("–") || raw.equals("/") || raw.equals("và")
          || raw.equals("&")) {
        if (perName == 0) {
          return false;
        }
        perName = 0;
        continue;
      }
      boolean comma = raw.endsWith(",");
      String w = comma ? raw.substring(0, raw.length() - 1) : raw;
      int slash = w.indexOf('/');
      if (slash > 0 && isOutletCode(w.substring(slash + 1))) {
        w = w.substring(0, slash);
      }
      if (!isNameWord(w)) {
        return false;
      }
      perName++;
      if (perName > 5) {
        return false;
      }
      if (perName == 1) {
        names++;
      }
      if (comma) {
        perName = 0;
      }
    }
    return names > 0 && perName > 0;
  }

  /** An agency code after a slash ({@code TTXVN}, {@code VNA}, {@code Vietnam+}). */
  static boolean isOutletCode(String w) {
    if (w.length() < 2 || w.length() > 12) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isUpperCase(c) || c == '+' || c == '.' || Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word, an all-capitals word, or initials. */
  static boolean isNameWord(String w) {
    if (w.isEmpty() || w.length() > 15 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetter(c) || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name list has two or more names with lower-case letters: a phrase, not a name. */
  static boolean capitalisedWords(String s) {
    for (String w : s.split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
