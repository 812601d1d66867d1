package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the captions of portraits and named scenes that a crawl fused between two sentences of a
 * collapsed body line: {@code … vợ trước mặt mọi người. Đại gia Cao Toàn Mỹ và Hoa hậu Phương
 * Nga. Người xưa có câu: …}, {@code … sau khi sử dụng. Đại biểu Nguyễn Thanh Hồng (Bình Dương).
 * Tuy nhiên, …}. Such a caption is a short sentence that only names: a few words of a post or a
 * kind ({@code Bộ trưởng}, {@code Người đẹp}, {@code Phối cảnh dự án}) and a name of at least two
 * capitalised words to its end; a sentence of the body that short says something about the name
 * (a verb, a comma, a number) or ends in a lower-case word.
 *
 * <table>
 *   <caption>A unit ({@link Units}) of a line of at least {@value
 *   FusedCaptionRule#MIN_LINE_WORDS} words is a name caption when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>place</td><td>between two units, before one that opens with a capital or a quote,
 *       after one that ends a sentence (one full stop, a
 *       question or an exclamation mark after a word that is no abbreviation or initial; not an
 *       ellipsis, a list's number or a photo marker {@code Ảnh.})</td></tr>
 *   <tr><td>words</td><td>{@value #MIN_WORDS} to {@value #MAX_WORDS}</td></tr>
 *   <tr><td>shape</td><td>opens with a capital, ends with one full stop; no digit, colon,
 *       quote, question or exclamation mark, no slash (an agency's credit, {@code Thế
 *       Lập/TTXVN.}); every bracket closed; not a credit or a source
 *       ({@code Ảnh …}, {@code Nguồn …}, {@code Theo …}) nor opened by a preposition or a
 *       conjunction that goes on from the sentence before, nor a quiz's option or an initial
 *       ({@code B.Miền Trung.}); no stop inside but in its first word; no discourse word ({@link
 *       UnmarkedCaptionRule#DISCOURSE}, {@code là})</td></tr>
 *   <tr><td>name</td><td>ends in a run of at least {@value #MIN_NAME} capitalised words (a
 *       bracket, a dash, a comma or {@code và} inside it), after at most {@value #MAX_PREFIX}
 *       words without a comma, at most one comma in all (more is a list of names); its last word has a lower-case letter and no stop inside (not an
 *       initial or an abbreviation the unit was cut at)</td></tr>
 * </table>
 *
 * <p>On the baomoi crawl (the 35,410 articles outside the reserved list) it cuts 332 captions in
 * 262 articles (portraits of officials, artists, players and defendants, galleries of contestants,
 * places and models); a seeded sample of 30 held 29 captions, the miss a crosshead cut in two.
 * A lead-in of four or five words before the name had been as often a sentence of the body.
 *
 * <p>Immutable and thread-safe.
 */
final class NameCaptionRule implements Rule {
  /** Fewest words of a name caption. */
  static final int MIN_WORDS = 2;
  /** Most words of a name caption. */
  static final int MAX_WORDS = 9;
  /** Fewest capitalised words of the name that ends it. */
  static final int MIN_NAME = 2;
  /**
   * Most words before the name (a post, a kind, a scene): on the crawl, a longer lead-in before a
   * name was as often a sentence of the body ({@code Kim sinh ra tại Quebec, Canada.}, {@code
   * Điều đó đến từ Jose Mourinho.}) as a caption.
   */
  static final int MAX_PREFIX = 3;
  /**
   * Words that open a credit or a source line ({@code Ảnh}, {@code Nguồn}), or a sentence that
   * goes on from the one before ({@code Ngoại trừ Zlatan Ibrahimovic.}), not a caption.
   */
  private static final List<String> NOT_OPENERS = List.of("Ảnh", "Nguồn", "Theo", "Clip",
      "Ngoại", "Trừ", "Với", "Cùng", "Tại", "Trong", "Sau", "Trước", "Khi", "Nhưng", "Và", "Còn",
      "Hay", "Hoặc", "Do", "Vì", "Bởi", "Nhờ", "Từ", "Đến", "Cả", "Kể", "Riêng", "Thậm", "Rồi", "Trở");

  @Override
  public String name() {
    return "NameCaptionRule";
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      if (line.words() < FusedCaptionRule.MIN_LINE_WORDS || !mayHold(line.text)) {
        continue;
      }
      List<int[]> cuts = null;
      for (Piece p : line.pieces) {
        if (p.decided()) {
          continue;
        }
        List<Units.Unit> units = Units.split(line, p.start, p.end);
        for (int k = 1; k + 1 < units.size(); k++) {
          Units.Unit u = units.get(k);
          if (!units.get(k - 1).terminated() || !u.terminated()
              || !endsSentence(line.text, units.get(k - 1))
              || !opensSentence(line.text, units.get(k + 1))) {
            continue;
          }
          int a = u.start();
          int b = u.end();
          while (a < b && Character.isWhitespace(line.text.charAt(a))) {
            a++;
          }
          while (b > a && Character.isWhitespace(line.text.charAt(b - 1))) {
            b--;
          }
          if (a < b && isNameCaption(line.text.substring(a, b))) {
            if (cuts == null) {
              cuts = new ArrayList<>();
            }
            cuts.add(new int[] {a, b});
          }
        }
      }
      if (cuts != null) {
        for (int[] c : cuts) {
          line.cutSpan(c[0], c[1], Label.CAPTION, null, name());
        }
      }
    }
  }

  /**
   * The cheap pre-test, one pass over the line: whether it has a stretch of at most {@value
   * #MAX_WORDS} words between two full stops that are followed by a space, which opens with a
   * capital, holds no digit and whose last word does not open with a lower-case letter (a short
   * sentence between two that may only name). Most long lines have none, and are never cut into
   * units.
   */
  static boolean mayHold(String s) {
    int stop = -1; // the last ". " followed by a capital
    int spaces = 0;
    boolean digit = false;
    int lastWord = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        spaces++;
        lastWord = i + 1;
      } else if (c == '.' && s.charAt(i + 1) == ' ') {
        if (stop >= 0 && spaces <= MAX_WORDS && !digit && lastWord > stop + 2
            && !Character.isLowerCase(s.charAt(lastWord))) {
          return true;
        }
        stop = i + 2 < s.length() && Character.isUpperCase(s.charAt(i + 2)) ? i : -1;
        spaces = 0;
        digit = false;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      }
    }
    return false;
  }

  /**
   * Whether the unit ends a sentence of its own: one stop, a question or an exclamation mark, no
   * closing quote after it (the sentence may go on after the quote: {@code … bởi “nữ hoàng quái
   * chiêu” Lady Gaga.}), no ellipsis (it runs on: {@code … nhân ngày 8/3 ở... ĐH Bách Khoa.}),
   * after a last word that is no abbreviation or initial ({@code mẫu I.D. Crozz Concept.}); and
   * it is neither a list's number ({@code 8. HEMTT, Mỹ.}) nor a photo marker whose photographer
   * follows ({@code … Ảnh. Hồ Nam.}).
   */
  static boolean endsSentence(String s, Units.Unit u) {
    int b = u.end();
    while (b > u.start() && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    int a = u.start();
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    if (b - a < 2) {
      return false;
    }
    char end = s.charAt(b - 1);
    if (end != '.' && end != '?' && end != '!' || s.charAt(b - 2) == '.'
        || s.charAt(b - 2) == '…') {
      return false; // a quote or a bracket may close a sentence or a phrase: not known which
    }
    int last = s.lastIndexOf(' ', b - 1) + 1;
    if (last <= a) {
      return false; // one word: a list's number (8.) or a marker
    }
    for (int i = last; i < b - 1; i++) {
      if (s.charAt(i) == '.') {
        return false; // an abbreviation or initials (I.D., TP.): the sentence may go on
      }
    }
    if (b - last <= 2 && Character.isUpperCase(s.charAt(last))) {
      return false; // an initial (George W.)
    }
    return !s.startsWith("Ảnh", a) || b - a > 8;
  }

  /**
   * Whether the next unit opens a sentence: with a capital or a quote (a number, a dash or a
   * lower-case word go on from a unit cut at an abbreviation: {@code Jackson Pollock – No. 5, năm
   * 1948 …}, {@code Trung tướng Carlito Galvez Jr. - Chỉ huy trưởng … - đã chỉ trích …}).
   */
  static boolean opensSentence(String s, Units.Unit u) {
    int a = u.start();
    while (a < u.end() && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    if (a == u.end()) {
      return false;
    }
    char c = s.charAt(a);
    return c == '"' || c == '“' || Character.isUpperCase(s.codePointAt(a));
  }

  /** Whether the stripped unit {@code t} is a name caption (see the class's table). */
  static boolean isNameCaption(String t) {
    int n = t.length();
    if (n < 4 || t.charAt(n - 1) != '.' || t.charAt(n - 2) == '.'
        || !Character.isUpperCase(t.codePointAt(0)) || !LeadCaptionRule.balanced(t)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == ':' || c == '"' || c == '“' || c == '”' || c == '?'
          || c == '!' || c == ';' || c == '/') {
        return false;
      }
    }
    String[] words = t.substring(0, n - 1).split(" ");
    for (int k = 1; k < words.length; k++) {
      if (words[k].indexOf('.') >= 0) {
        return false; // a stop inside: two pieces fused (Minh Tú Shikin. và Maureen.)
      }
    }
    if (words.length < MIN_WORDS || words.length > MAX_WORDS
        || NOT_OPENERS.contains(words[0]) || words[0].indexOf('.') >= 0
            && words[0].indexOf('.') <= 2) {
      return false; // … or a quiz's option (B.Miền Trung.) or an initial
    }
    for (String w : words) {
      if (w.isEmpty() || w.equals("là")) {
        return false;
      }
    }
    // the name: capitalised words to the end; a bracket, a dash or a comma may stand inside it,
    // and và between two of its capitalised words
    int names = 0;
    int i = words.length - 1;
    while (i >= 0) {
      String w = words[i];
      if (w.equals("-") || w.equals("–")) {
        i--;
        continue;
      }
      if (w.equals("và") && i > 0 && capitalised(words[i - 1]) && i + 1 < words.length
          && capitalised(words[i + 1])) {
        i--;
        continue;
      }
      if (!capitalised(w)) {
        break;
      }
      names++;
      i--;
    }
    if (names < MIN_NAME || i + 1 > MAX_PREFIX || !lastWordIsName(words[words.length - 1])) {
      return false;
    }
    int commas = 0;
    for (int k = 0; k < words.length; k++) {
      if (words[k].indexOf(',') >= 0 && (k <= i || ++commas > 1)) {
        return false; // a comma before the name, or a list of names
      }
    }
    return !UnmarkedCaptionRule.DISCOURSE.foundIn(t);
  }

  /**
   * Whether the last word ends a name: two letters or more, one of them lower-case, no stop
   * inside ({@code U.S}, {@code A.A}: the unit was cut at an initial or an abbreviation).
   */
  private static boolean lastWordIsName(String w) {
    boolean lower = false;
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.') {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    return letters >= 2 && lower;
  }

  /** Whether the word, brackets aside, opens with a capital letter. */
  private static boolean capitalised(String w) {
    int i = 0;
    while (i < w.length() && (w.charAt(i) == '(' || w.charAt(i) == '[')) {
      i++;
    }
    return i < w.length() && Character.isUpperCase(w.codePointAt(i));
  }
}
