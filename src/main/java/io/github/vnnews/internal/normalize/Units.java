package io.github.vnnews.internal.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a fused line into units: its sentences ({@link Sentences}), and inside a sentence, the
 * places where a crawl glued an unpunctuated piece (a caption, a crosshead, a label) to the next
 * sentence. Such a place is a capitalised common word after a word with no punctuation: {@code …
 * bóng chạm 2 chân | Cú trượt chân tai hại | Bóng được đưa vào lưới …}. Whether a capital is a
 * common word opening a sentence or part of a name is read from {@link Capitalization}: the word
 * must be rare with a capital in mid-sentence, open sentences more often than it stands capitalised
 * inside one ({@link Capitalization#openerShare}: {@code Tàng} in {@code Tráng A Tàng} and {@code
 * Đồng} in {@code Lâm Đồng} are syllables of names, {@code Trong} opens sentences), be followed by
 * a lower-case word (a name goes on with capitals), and not follow a word that introduces a name
 * ({@code ông}, {@code tỉnh}).
 *
 * <p>A unit is a candidate, not a decision: a learned rule weighs what the unit looks like.
 *
 * <p>Stateless and thread-safe.
 */
final class Units {
  /** Highest mid-sentence capital rate of a word that opens a glued unit after a lower-case word. */
  static final double AFTER_LOWER = 0.06;
  /** The same after a lower-case word that follows a capitalised one (a name may go on). */
  static final double IN_NAME = 0.015;
  /** The same after a capitalised word or a number, by the rate after capitalised words. */
  static final double AFTER_CAPITAL = 0.2;
  /**
   * Lowest share of sentence openings among the word's capitals after a lower-case word. Judged on
   * the crawl: of 20 random cuts this bound removes, 17 were inside a name or a title ({@code
   * ngành | Kỹ thuật y sinh}, {@code hệ thống | Kiểm ngư}).
   */
  static final double OPENER_AFTER_LOWER = 0.5;
  /**
   * The same after a capitalised word, where a name going on is far likelier than a glued
   * sentence: of 40 random cuts there before this bound, 30 were inside a name ({@code Tráng A |
   * Tàng}, {@code Lâm | Đồng}, {@code Thụy | Sĩ}); of 20 it removes, 18 were.
   */
  static final double OPENER_AFTER_CAPITAL = 0.85;

  /** One unit: its span in the line, how it ends, how it starts. */
  record Unit(int start, int end, boolean terminated, boolean softStart, boolean softEnd) {}

  /** Words after which a capital opens a name, not a sentence. */
  static final java.util.Set<String> NAME_INTRODUCERS = java.util.Set.of(
      "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "cậu", "chàng", "nàng",
      "cháu", "vợ", "chồng", "chí", "tướng", "tá", "úy", "tỉnh", "huyện", "xã", "phường", "quận",
      "trấn", "phố", "làng", "thôn", "bản", "ấp", "sông", "núi", "hồ", "đảo", "vịnh", "đèo",
      "đường", "cầu", "chùa", "đền", "chợ", "tên");

  private Units() {}

  /**
   * The units of {@code line.text[from, to)}, in order, covering every non-space character.
   *
   * @param line the line
   * @param from start of the span
   * @param to end of the span
   * @return the units
   */
  static List<Unit> split(DraftLine line, int from, int to) {
    return split(line, from, to, false);
  }

  /**
   * {@link #split(DraftLine, int, int)}, or in a gallery's text ({@code gallery}, see {@link
   * GalleryTailRule}) with looser bounds: there captions follow one another, and a caption that
   * ends in a name ({@code … dòng họ Lê Quang | Gà cưỡi mình rùa}) or a common word ({@code … nắn
   * thế | Nhà thờ dòng họ …}) is followed by the next caption's opening word far more often than
   * by more of a name. A capitalised word followed by two lower-case words opens a unit there when
   * the lower of its two capital rates (after a lower-case word, after a capitalised one) is at
   * most {@value #AFTER_CAPITAL} and the higher of its two opener shares at least {@value
   * #OPENER_AFTER_LOWER}. A cut there only splits one caption in two.
   *
   * @param line the line
   * @param from start of the span
   * @param to end of the span
   * @param gallery whether the span is a gallery's captions
   * @return the units
   */
  static List<Unit> split(DraftLine line, int from, int to, boolean gallery) {
    String t = line.text;
    List<Unit> out = new ArrayList<>();
    boolean softStart = false;
    for (Sentences.Span s : Sentences.split(line, from, to)) {
      int start = s.start();
      int prevStart = -1;
      int prevEnd = -1;
      int i = s.start();
      while (i < s.end()) {
        while (i < s.end() && t.charAt(i) == ' ') {
          i++;
        }
        int j = i;
        while (j < s.end() && t.charAt(j) != ' ') {
          j++;
        }
        if (i >= j) {
          break;
        }
        if (prevStart >= 0 && i > start
            && gluedStart(t, start, prevStart, prevEnd, i, j, s.end(), gallery)) {
          out.add(new Unit(start, prevEnd, false, softStart, true));
          softStart = true;
          start = i;
        }
        prevStart = i;
        prevEnd = j;
        i = j;
      }
      out.add(new Unit(start, s.end(), !s.unterminated(), softStart, false));
      softStart = false;
    }
    return out;
  }

  /**
   * Whether the word {@code t[ws, we)} opens a glued unit after the word {@code t[ps, pe)}, in the
   * unit that starts at {@code unitStart}.
   */
  private static boolean gluedStart(String t, int unitStart, int ps, int pe, int ws, int we,
      int limit, boolean gallery) {
    // the words are tested in place in the line, not cut out (see Capitalization.isLowerWord)
    if (!Character.isUpperCase(t.charAt(ws)) || !Capitalization.isCapitalised(t, ws, we)) {
      return false;
    }
    boolean afterLower;
    if (Capitalization.isLowerWord(t, ps, pe)) {
      afterLower = true;
    } else if (Capitalization.isCapitalised(t, ps, pe) || isNumber(t, ps, pe)) {
      afterLower = false;
    } else if (t.charAt(pe - 1) == ':' && pe - ps > 1) {
      return true; // a lead-in ("Một số hình ảnh …:") before what it introduces
    } else {
      return false; // punctuation after the previous word: a clause, not a glued unit
    }
    if (afterLower) {
      String p = t.substring(ps, pe);
      if (NAME_INTRODUCERS.contains(p) || FusedCaptionRule.FUNCTION_WORDS.contains(p)) {
        return false; // "ông Trọng", "của Cơ quan": a name, or a sentence that cannot end there
      }
    }
    String w = t.substring(ws, we);
    if (gallery) {
      // in a gallery, the word's lower bound of capitals and higher share of openings, on either
      // side: "Nhà" after a lower-case word is mostly "Nhà Trắng", after a name mostly an opener
      double r = Math.min(Capitalization.rate(w), Capitalization.rateAfterCapital(w));
      if (r < 0 || r > AFTER_CAPITAL || Math.max(Capitalization.openerShare(w, false),
          Capitalization.openerShare(w, true)) < OPENER_AFTER_LOWER) {
        return false;
      }
      return lowerAfter(t, we, limit);
    }
    double r = afterLower ? Capitalization.rate(w) : Capitalization.rateAfterCapital(w);
    // inside a name ("Phó Bí thư Thường trực", "Hội Liên hiệp Phụ nữ") a capital goes on the name
    double limitRate = !afterLower ? AFTER_CAPITAL
        : chain(t, unitStart, ps) ? IN_NAME : AFTER_LOWER;
    if (r < 0 || r > limitRate) {
      return false;
    }
    if (Capitalization.openerShare(w, !afterLower)
        < (afterLower ? OPENER_AFTER_LOWER : OPENER_AFTER_CAPITAL)) {
      return false; // a syllable of names: it stands capitalised inside sentences more than it opens one
    }
    return lowerAfter(t, we, limit);
  }

  /**
   * Whether the two words after {@code t[.., we)} are in lower case (or the text ends after one),
   * as a sentence goes on, where a name goes on with capitals (Cơ quan Thông tin Năng lượng: a
   * capital every other word).
   */
  private static boolean lowerAfter(String t, int we, int limit) {
    int k = we;
    for (int n = 0; n < 2; n++) {
      while (k < limit && t.charAt(k) == ' ') {
        k++;
      }
      if (k >= limit) {
        return n > 0;
      }
      int e = k;
      while (e < limit && t.charAt(e) != ' ') {
        e++;
      }
      if (!Capitalization.isLowerWord(t, k, stripTrailing(t, k, e))) {
        return false;
      }
      k = e;
    }
    return true;
  }

  /**
   * Whether the word before the one starting at {@code prevStart} (within the unit) is
   * capitalised: the previous word may then be the lower-case part of a name.
   */
  private static boolean chain(String t, int unitStart, int prevStart) {
    int e = prevStart - 1;
    while (e > unitStart && t.charAt(e) == ' ') {
      e--;
    }
    if (e <= unitStart) {
      return false;
    }
    int b = t.lastIndexOf(' ', e) + 1;
    if (b < unitStart) {
      return false;
    }
    return Capitalization.isCapitalised(t, b, e + 1);
  }

  /** Whether {@code t[from, to)} is digits only. */
  private static boolean isNumber(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The end of {@code t[from, to)} without its trailing characters that are not letters or digits. */
  private static int stripTrailing(String t, int from, int to) {
    int e = to;
    while (e > from && !Character.isLetterOrDigit(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
