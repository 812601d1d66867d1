package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.List;

/**
 * Finds the captions of a gallery that a crawl glued after the text: {@code … Một số hình ảnh gà
 * cúng Rằm tháng Giêng: Gà cúng đứng trên quả địa cầu … Gà cưỡi mình rùa đẹp mắt Gà quỳ, thế gà dễ
 * làm nhất trong gà cúng …}. An article that ends in its pictures introduces them with a lead-in
 * that names them and ends in a colon ({@code Một số hình ảnh …:}, {@code Những hình ảnh mới nhất
 * của …:}, {@code cùng xem thêm một vài hình ảnh …:}); the crawl keeps each picture's caption,
 * with no final stop, one after another to the end of the text. The tail after the lead-in is cut
 * into units ({@link Units}, in gallery mode: a caption that ends in a name is followed by the next
 * caption's common word) and each unit becomes a caption.
 *
 * <table>
 *   <caption>The tail after a lead-in is a gallery when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>lead-in</td><td>a unit ending in a colon with the word {@code ảnh} among its last
 *       {@value #LEAD_WORDS} words, after a word that counts or classes pictures ({@link
 *       #PICTURE_WORDS}: {@code hình ảnh}, {@code chùm ảnh}; not {@code nhiếp ảnh}, nor {@code
 *       những ảnh hưởng}) or opening the lead-in, and no word of saying after it ({@link #SPEECH}:
 *       a quotation's colon); at least {@value #MIN_LEAD_WORDS} words, not ending in a credit's
 *       marker ({@code Ảnh:}, {@code Bài ảnh:}, {@code Bài và ảnh:})</td></tr>
 *   <tr><td>place</td><td>in the line's last undecided piece; the tail runs to its end (a byline
 *       or source after it is already decided)</td></tr>
 *   <tr><td>units</td><td>none after the lead-in ends in a stop except the last (body sentences
 *       after a list end in stops), each at most {@value #MAX_WORDS} words, none with a colon (a
 *       list of labelled items)</td></tr>
 *   <tr><td>one unit</td><td>at least {@value #MIN_SINGLE_WORDS} words ({@code Ảnh sử dụng
 *       trong bài: Facebook nhân vật.} is a source)</td></tr>
 *   <tr><td>last unit</td><td>left to the byline and credit rules when it is a signature: at
 *       most {@value #SIGNATURE_WORDS} words, each capitalised or with a slash</td></tr>
 * </table>
 *
 * <p>Runs before {@link FusedCaptionRule}, which weighs single units one by one and cannot see
 * that a whole tail follows a lead-in. On the 35,410 free articles of the baomoi crawl it takes 94
 * captions in 36 articles (sport, show business, accidents, ceremonies, cars, health; 1,474 words
 * leave the body); of 30 drawn at random (seed 2026) all 30 are captions, 6 of them two or three
 * captions run together or with a signature glued on ({@code … bóng chuyền Việt T.A}), where
 * {@link Units} finds no cut.
 *
 * <p>Immutable and thread-safe.
 */
final class GalleryTailRule implements Rule {
  /** Most words between the word {@code ảnh} and the lead-in's colon. */
  static final int LEAD_WORDS = 12;
  /** Fewest words of a lead-in. */
  static final int MIN_LEAD_WORDS = 3;
  /** Most words of one caption of the gallery. */
  static final int MAX_WORDS = 40;
  /**
   * Words before {@code ảnh} that make it pictures: a kind or a count of them, or a caption's label
   * ({@code Chú thích ảnh:}).
   */
  static final java.util.Set<String> PICTURE_WORDS = java.util.Set.of(
      "hình", "bức", "chùm", "bộ", "loạt", "tấm", "những", "các", "vài", "số", "mấy", "thích");
  /**
   * Words of saying: between the word {@code ảnh} and the colon, they introduce a quotation, not
   * the pictures.
   */
  static final java.util.Set<String> SPEECH = java.util.Set.of(
      "nói", "hỏi", "bảo", "kể", "viết", "biết", "sẻ", "rằng", "đáp");
  /** Fewest words of a gallery's caption when it is the only one. */
  static final int MIN_SINGLE_WORDS = 5;
  /** Most words of a name or credit after a gallery. */
  static final int SIGNATURE_WORDS = 4;

  @Override
  public String name() {
    return "GalleryTailRule";
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      Piece last = lastUndecided(line);
      if (last == null || !mayHoldLeadIn(line.text, last.start, last.end)) {
        continue; // the cheap test first: most lines have no lead-in, and cutting units costs
      }
      int tail = tailStart(line, last);
      if (tail < 0) {
        continue;
      }
      List<Units.Unit> units = Units.split(line, tail, last.end, true);
      if (!gallery(line.text, units)) {
        continue;
      }
      int n = units.size();
      if (signature(line.text, units.get(n - 1))) {
        n--; // a name or credit after the pictures: the byline's and the credit rules' to judge
      }
      if (n == 1 && Sentences.words(line.text, units.get(0).start(), units.get(0).end(),
          MIN_SINGLE_WORDS) < MIN_SINGLE_WORDS) {
        continue; // "Ảnh sử dụng trong bài: Facebook nhân vật.": a source, not a caption
      }
      for (int k = 0; k < n; k++) {
        line.cutSpan(units.get(k).start(), units.get(k).end(), Label.CAPTION, null, name());
      }
    }
  }

  /** The line's last undecided piece, or null. */
  private static Piece lastUndecided(DraftLine line) {
    for (int k = line.pieces.size() - 1; k >= 0; k--) {
      Piece p = line.pieces.get(k);
      if (!p.decided()) {
        return p;
      }
    }
    return null;
  }

  /**
   * Where the tail after the piece's last lead-in starts, or -1: the start of the unit after the
   * last unit that is a lead-in ({@link #leadIn}).
   */
  private static int tailStart(DraftLine line, Piece p) {
    List<Units.Unit> units = Units.split(line, p.start, p.end);
    for (int k = units.size() - 2; k >= 0; k--) {
      Units.Unit u = units.get(k);
      if (leadIn(line.text, u.start(), u.end())) {
        return units.get(k + 1).start();
      }
      if (u.terminated()) {
        return -1; // a sentence with a stop before the tail's end: no gallery after it
      }
    }
    return -1;
  }

  /**
   * Whether some colon of {@code s[from, to)} may end a lead-in: {@link #leadIn} of the text from
   * {@code from} to the colon, with a capital {@code Ảnh} taken anywhere (the unit it would have to
   * open is not known yet). False proves that no unit of the span is a lead-in.
   */
  static boolean mayHoldLeadIn(String s, int from, int to) {
    for (int c = s.indexOf(':', from); c >= 0 && c < to; c = s.indexOf(':', c + 1)) {
      if (leadIn(s, from, c + 1, true)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[from, to)} ends in a colon and names pictures just before it. */
  static boolean leadIn(String s, int from, int to) {
    return leadIn(s, from, to, false);
  }

  /**
   * {@link #leadIn(String, int, int)}, or with {@code anywhere} a capital {@code Ảnh} that does
   * not open the span too.
   */
  private static boolean leadIn(String s, int from, int to, boolean anywhere) {
    int b = to;
    while (b > from && s.charAt(b - 1) == ' ') {
      b--;
    }
    if (b - from < 2 || s.charAt(b - 1) != ':') {
      return false;
    }
    if (Sentences.words(s, from, b, MIN_LEAD_WORDS) < MIN_LEAD_WORDS
        || creditMarker(s, from, b - 1)) {
      return false;
    }
    // the words before the colon, last first
    int end = b - 1;
    int after = -1; // start of the word after the current one, for "ảnh hưởng"
    for (int n = 0; n <= LEAD_WORDS && end > from; n++) {
      int start = s.lastIndexOf(' ', end - 1) + 1;
      if (start < from) {
        start = from;
      }
      if (isAnh(s, start, end)) {
        return (after < 0 || !startsWith(s, after, "hưởng")) && pictures(s, from, start, anywhere);
      }
      if (SPEECH.contains(s.substring(start, end))) {
        return false; // "… chỉ vào bà mẹ trong ảnh rồi nói với chồng: Anh xem này …": a quotation
      }
      after = start;
      end = start - 1;
      while (end > from && s.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return false;
  }

  /**
   * Whether {@code s[from, end)} ends in a credit's marker before its colon: a capital {@code Ảnh}
   * ({@code … Hardwell HC/ Ảnh: Dương Winamp}, glued after the text) or {@code ảnh} after {@code
   * bài} or {@code và} ({@code … Thủ Lễ Bài ảnh: Nguyễn Đình Chiến}, {@code Bài và ảnh:}).
   */
  private static boolean creditMarker(String s, int from, int end) {
    int a = end - 3;
    if (a < from || !isAnh(s, a, end) || a > from && s.charAt(a - 1) != ' '
        && s.charAt(a - 1) != '/') {
      return false;
    }
    if (s.charAt(a) == 'Ả') {
      return true;
    }
    int pe = a - 1;
    while (pe > from && (s.charAt(pe - 1) == ' ' || s.charAt(pe - 1) == ',')) {
      pe--;
    }
    int ps = s.lastIndexOf(' ', pe - 1) + 1;
    String prev = s.substring(Math.max(ps, from), pe);
    return prev.equals("bài") || prev.equals("Bài") || prev.equals("và");
  }

  /**
   * Whether the word {@code ảnh} at {@code at} names pictures: it opens the lead-in with a capital
   * ({@code Ảnh chi tiết …:}) or follows a word that counts or classes pictures ({@link
   * #PICTURE_WORDS}: {@code hình ảnh}, {@code bức ảnh}, {@code chùm ảnh}); {@code nhiếp ảnh}
   * (photography) and {@code ảnh hưởng} do not.
   */
  private static boolean pictures(String s, int from, int at, boolean anywhere) {
    if (s.charAt(at) == 'Ả') {
      if (anywhere) {
        return true;
      }
      int a = from;
      while (a < at && s.charAt(a) == ' ') {
        a++;
      }
      return a == at;
    }
    int pe = at - 1;
    while (pe > from && s.charAt(pe - 1) == ' ') {
      pe--;
    }
    int ps = Math.max(s.lastIndexOf(' ', pe - 1) + 1, from);
    return pe > ps
        && PICTURE_WORDS.contains(s.substring(ps, pe).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether {@code s[from, to)} is the word {@code ảnh} (either case). */
  private static boolean isAnh(String s, int from, int to) {
    return to - from == 3 && (s.charAt(from) == 'ả' || s.charAt(from) == 'Ả')
        && s.charAt(from + 1) == 'n' && s.charAt(from + 2) == 'h';
  }

  private static boolean startsWith(String s, int at, String word) {
    return s.startsWith(word, at)
        && (at + word.length() == s.length() || !Character.isLetter(s.charAt(at + word.length())));
  }

  /**
   * Whether the tail's units are a gallery's captions: none but the last ends in a stop, none is
   * longer than {@value #MAX_WORDS} words, none holds a colon (a list of labelled items, {@code
   * Stylist: … Trang điểm: …}, {@code Đội hình ra sân: …}).
   */
  private static boolean gallery(String s, List<Units.Unit> units) {
    if (units.isEmpty()) {
      return false;
    }
    for (int k = 0; k < units.size(); k++) {
      Units.Unit u = units.get(k);
      if (u.terminated() && k < units.size() - 1
          || Sentences.words(s, u.start(), u.end(), MAX_WORDS + 1) > MAX_WORDS
          || s.indexOf(':', u.start()) >= 0 && s.indexOf(':', u.start()) < u.end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the unit is a signature rather than a caption: at most {@value #SIGNATURE_WORDS}
   * words, each capitalised or with a slash ({@code Bình Minh/VOV.VN}, {@code Nam Nguyễn}).
   */
  static boolean signature(String s, Units.Unit u) {
    int a = u.start();
    int e = u.end();
    int words = 0;
    while (a < e) {
      while (a < e && s.charAt(a) == ' ') {
        a++;
      }
      if (a >= e) {
        break;
      }
      int b = a;
      while (b < e && s.charAt(b) != ' ') {
        b++;
      }
      int slash = s.indexOf('/', a);
      if (++words > SIGNATURE_WORDS
          || !Character.isUpperCase(s.charAt(a)) && (slash < 0 || slash >= b)) {
        return false;
      }
      a = b;
    }
    return words > 0;
  }
}
