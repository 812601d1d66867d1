package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.text.VietnameseText;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the byline and takes the author from it: a short personal-name line closing the article
 * ({@code Diệu Hoa}), or closing its last paragraph ({@code … mất trắng. Khánh An}), also glued to
 * the final stop ({@code … tăng trưởng.Hà Linh}) or, with no stop at all, to the last words of a
 * caption or gallery ({@code … Rằm tháng Giêng Lê Minh}); {@code PV}, {@code Nhóm PV}; names
 * joined by {@code , - /}; {@code Bài và ảnh: X}; {@code X - Outlet | time date} (author X, the
 * time is a dateline); a name with its outlet after a slash or in brackets; or a name line right
 * under the headline. Source lines are never bylines ({@link SourceRule} runs first), nor is an
 * outlet's name ({@code VnExpress}, {@code Thanh Niên}).
 *
 * <table>
 *   <caption>Author values</caption>
 *   <tr><th>byline</th><th>author</th></tr>
 *   <tr><td>{@code Thu Chung - Minh Hà}</td><td>{@code Thu Chung - Minh Hà}</td></tr>
 *   <tr><td>{@code Tiểu Lam - Thể thao Việt Nam | 11:02 06/02/2017}</td><td>{@code Tiểu Lam}</td></tr>
 *   <tr><td>{@code Bài, ảnh: Diễm My}</td><td>{@code Diễm My}</td></tr>
 *   <tr><td>{@code PV•28/01/2025 08:22}</td><td>{@code PV}</td></tr>
 *   <tr><td>{@code Xuân Chi/Báo tin Tức}</td><td>{@code Xuân Chi}</td></tr>
 *   <tr><td>{@code Theo Đình Văn} (before {@code (Lao Động)})</td><td>{@code Đình Văn}</td></tr>
 *   <tr><td>{@code Phương Thúy (Thực hiện)}</td><td>{@code Phương Thúy}</td></tr>
 *   <tr><td>{@code Hải Minh Hải Minh}</td><td>{@code Hải Minh}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class BylineRule implements Rule {
  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern PV =
      Pattern.compile(
          "^(PV|CTV|BTV|Nhóm PV|Nhóm phóng viên|Phóng viên|P\\.V\\.?)(?: ?[-–/•·|] ?(.{0,60}))?$", U);
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:(?:Bài|Tin)(?:, | và |-| - | ?& ?| )ảnh|Bài|Tin|Thực hiện|Nhóm thực hiện|Tác giả"
              + "|Bài viết) ?: ?(\\p{Lu}.{0,60})$",
          U);
  /**
   * A name followed by its role: {@code TRẦN HUỲNH thực hiện}, {@code Hoài Thu (ghi)}, {@code
   * Phan Linh (clip)}; the name must be in capitals or the role in brackets ({@code Hà Nội thực
   * hiện} is a sentence), and what the name made of the pictures is always in brackets.
   */
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "^(\\p{Lu}[^()]{1,60}?) (?:\\(?(?:(?iu)thực hiện|ghi|lược ghi|ghi nhận|chuyển ngữ|biên dịch)\\)?"
              + "|\\((?iu)(?:clip|ảnh|video)\\))$",
          U);
  private static final Pattern COMPILED =
      Pattern.compile(" ?\\((?:[Tt]ổng hợp|TỔNG HỢP|[Tt]/[Hh]|TH)\\)\\.?$", U);
  /** Lines up to this many words count as short (chrome-like) at the end of an article. */
  static final int SHORT_LINE = 30;
  private static final Pattern STAMP_SUFFIX =
      Pattern.compile(" ?[|•·-] ?((?:\\d{1,2}:\\d{2}(?::\\d{2})? )?\\d{1,2}/\\d{1,2}/\\d{4}(?: \\d{1,2}:\\d{2})?)$",
          U);
  /**
   * The article's photo credit closing the text after its byline ({@code … thị trường này. Hoàng
   * Cường Ảnh: Carscoop}: text by Hoàng Cường, photos from Carscoop): the credit is left to {@link
   * PhotoCreditRule}, the name before it is the byline.
   */
  private static final Pattern PHOTO_SUFFIX =
      Pattern.compile(" (?:Ảnh|ẢNH) ?: ?\\p{Lu}[^:!?“”\"]{0,30}$", U);

  @Override
  public String name() {
    return "BylineRule";
  }

  @Override
  public void apply(Draft draft) {
    Piece last = Closing.lastPiece(draft);
    if (last != null && tryPiece(draft, last, true)) {
      return;
    }
    if (afterLastParagraph(draft)) {
      return;
    }
    int title = draft.titleLine();
    if (title >= 0) {
      int next = TitleRule.nextContent(draft, title);
      if (next >= 0 && TitleRule.nextContent(draft, next) >= 0) {
        Piece p = draft.lines.get(next).wholeUndecided();
        if (p != null && Sentences.words(p.text()) <= 6 && author(p.text()) != null) {
          take(draft, p, p.start, p.end);
        }
      }
    }
    if (draft.author == null && draft.region != null) {
      draft.author = draft.region.headAuthor(); // a page copy's byline under its headline
    }
  }

  /**
   * A name line after the last paragraph of text, followed only by short lines (related headlines
   * and other chrome the other rules did not know).
   */
  private boolean afterLastParagraph(Draft draft) {
    int lastLong = lastParagraph(draft);
    if (lastLong < 0) {
      return false;
    }
    for (int k = lastLong + 1; k < draft.lines.size(); k++) {
      DraftLine line = draft.lines.get(k);
      Piece q = line.wholeUndecided();
      if (q == null) {
        continue;
      }
      String t = q.text();
      if (line.words() > SHORT_LINE) {
        return false;
      }
      Matcher note = COMPILED.matcher(t);
      int nameEnd = t.length();
      if (note.find() && note.start() > 0) {
        nameEnd = note.start();
      }
      String name = t.substring(0, nameEnd).strip();
      if (line.words() <= 8 && author(name) != null) {
        if (nameEnd < t.length()) {
          line.cut(q, nameEnd, t.length(), Label.CHROME, RemovedKind.COMPILED, name());
          q = line.pieces.get(0);
        }
        take(draft, q, q.start, q.start + nameEnd);
        return true;
      }
    }
    return false;
  }

  /** Index of the last line holding a long paragraph ending in a full stop, or -1. */
  static int lastParagraph(Draft draft) {
    for (int k = draft.lines.size() - 1; k >= 0; k--) {
      for (Piece q : draft.lines.get(k).pieces) {
        if (!q.decided() && q.words(SHORT_LINE + 1) > SHORT_LINE
            && Sentences.endsTerminal(q.line.text, q.start, q.end)) {
          return k;
        }
      }
    }
    return -1;
  }

  private boolean tryPiece(Draft draft, Piece p, boolean allowTail) {
    String t = p.line.text;
    int end = p.end;
    while (end > p.start && t.charAt(end - 1) == ' ') {
      end--;
    }
    int stampStart = -1;
    Matcher sm = STAMP_SUFFIX.matcher(t.substring(Math.max(p.start, end - 40), end));
    if (sm.find()) {
      stampStart = Math.max(p.start, end - 40) + sm.start();
    }
    if (stampStart < 0 && allowTail
        && (creditedName(draft, p, end) || echoedCredit(draft, p, end))) {
      return true;
    }
    int nameEnd = stampStart >= 0 ? stampStart : end;
    int start = allowTail ? Closing.tailStart(end < p.end ? new Piece(p.line, p.start, end) : p)
        : p.start;
    if (stampStart >= 0 && start >= stampStart) {
      start = Closing.tailStart(new Piece(p.line, p.start, stampStart));
    }
    if (start > nameEnd) {
      return false; // no room for a name before the stamp (fuzz finding)
    }
    boolean note = beforeSourceNote(p);
    String cand = t.substring(start, nameEnd).strip();
    String name = cand.isEmpty() ? null : authorOf(cand, note);
    if (name == null && allowTail && start > p.start && stampStart < 0) {
      name = closingRole(cand);
      Matcher theo = NAME_THEO.matcher(cand);
      if (name == null && theo.matches() && outletLike(theo.group(2))) {
        name = closingName(theo.group(1)); // "Anh Thư theo Phonearena"
        if (name != null && draft.sourceOutlet == null) {
          draft.sourceOutlet = theo.group(2);
        }
      }
      if (name == null && gluedTail(draft, p, start, nameEnd)) {
        return true;
      }
    }
    if (name == null && allowTail) {
      int later = laterStart(t, start, nameEnd, note, stampStart >= 0 || outletSuffix(cand));
      if (later >= 0) {
        start = later;
        name = authorOf(t.substring(start, nameEnd), note);
      }
    }
    if (name == null && stampStart < 0 && note) {
      start = trailingNameStart(t, start, nameEnd);
      name = authorOf(t.substring(start, nameEnd), note);
    }
    if (name == null && allowTail && p.words(SHORT_LINE + 1) > SHORT_LINE) {
      int glued = gluedNameStart(draft, t, p.start, nameEnd, stampStart >= 0);
      if (glued >= 0) {
        start = glued;
        name = gluedAuthor(t.substring(start, nameEnd));
      }
    }
    if (name == null && allowTail && start > p.start && stampStart < 0
        && (MEDIA_MARKERS.contains(cand) || mediaCredit(cand))) {
      // "… ngoại ô al-Bab. Ảnh Reuters", "… cho hay. VIDEO": a credit or a media label closes
      // the text, no byline
      p.line.cut(p, start, nameEnd, Label.CHROME,
          cand.indexOf(' ') > 0 ? RemovedKind.PHOTO_CREDIT : RemovedKind.EMBED_LABEL, name());
      return true;
    }
    if (name == null) {
      return false;
    }
    if (stampStart >= 0) {
      String stampText = t.substring(stampStart, end);
      Optional<VietnameseDates.Stamp> st = VietnameseDates.find(stampText);
      if (st.isEmpty()) {
        return false;
      }
      int ds = stampStart + st.get().start();
      int de = stampStart + st.get().end();
      Piece stamp = p.line.cut(p, ds, de, Label.DATELINE, RemovedKind.DATELINE, name());
      if (draft.publishedAt == null) {
        draft.publishedAt = st.get().time();
      }
      Piece rest = pieceAt(p.line, stampStart);
      if (rest != null && !rest.decided()
          && !PunctuationRule.hasLetterOrDigit(t.substring(stampStart, ds))
          && !t.substring(stampStart, ds).isBlank()) {
        p.line.cut(rest, stampStart, ds, Label.CHROME, RemovedKind.PUNCTUATION, name());
      }
      p = pieceAt(p.line, start);
      if (p == null || stamp == null) {
        return true;
      }
    }
    take(draft, p, start, nameEnd, name);
    return true;
  }

  /**
   * A byline right before the photo credit that closes the text ({@link #PHOTO_SUFFIX}): the name
   * alone after the last sentence, no stop between it and the credit; takes it and leaves the
   * credit to {@link PhotoCreditRule}.
   */
  private boolean creditedName(Draft draft, Piece p, int end) {
    String t = p.line.text;
    int from = Math.max(p.start, end - 40);
    Matcher cm = PHOTO_SUFFIX.matcher(t.substring(from, end));
    if (!cm.find() || Sentences.words(cm.group()) > PhotoCreditRule.MAX_CREDIT_WORDS + 1) {
      return false;
    }
    int creditStart = from + cm.start();
    if (creditStart <= p.start || !Character.isLetter(t.charAt(creditStart - 1))) {
      return false; // a caption sentence before the credit, or nothing
    }
    int start = Closing.tailStart(new Piece(p.line, p.start, creditStart));
    String name = authorOf(t.substring(start, creditStart).strip(), false);
    if (name == null || start == p.start) {
      return false; // a line that is only a name and a credit is a caption
    }
    take(draft, p, start, creditStart, name);
    return true;
  }

  /**
   * A byline printed right after the photo credit that closes the text, naming the same person
   * ({@code … giải cứu". Ảnh: T.S Trường Sơn}, {@code Ảnh: Quang Huy Quang Huy}, {@code Ảnh: M.Q
   * MINH QUÂN}, {@code Ảnh: VGP/Quang Hiếu Quang Hiếu}): the reporter took the photos, so the
   * words after the credit repeat it, spell out its initials or repeat its last words. Takes the
   * name and leaves the credit to {@link PhotoCreditRule}. Without the echo, words after a credit
   * are part of it ({@code Ảnh: Nguyễn Văn An}).
   */
  private boolean echoedCredit(Draft draft, Piece p, int end) {
    String t = p.line.text;
    int cs = PhotoCreditRule.lastPlainCredit(t, Math.max(p.start, end - 60), end);
    if (cs < 0) {
      return false;
    }
    String[] words = t.substring(cs, end).strip().split(" +");
    if (words.length < 3 || words.length > PhotoCreditRule.MAX_CREDIT_WORDS + 4) {
      return false;
    }
    for (int k = 1; k <= words.length - 2; k++) {
      if (words.length - k > 4) {
        continue;
      }
      String credit = String.join(" ", Arrays.copyOfRange(words, 0, k));
      String named = String.join(" ", Arrays.copyOfRange(words, k, words.length));
      String name = echoes(credit, named) ? author(named) : null;
      if (name != null) {
        take(draft, p, end - named.length(), end, name);
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words {@code named} after a photo credit name the person the credit names: the
   * same name (any letter case), the credit's last words, or the initials the credit abbreviates.
   */
  static boolean echoes(String credit, String named) {
    for (int i = 0; i < named.length(); i++) {
      char c = named.charAt(i);
      if (i == 0 || named.charAt(i - 1) == ' ') {
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    String c = InlineImageAltRule.fold(credit);
    String n = InlineImageAltRule.fold(named);
    if (n.indexOf(' ') < 0 || c.isEmpty()) {
      return false;
    }
    if (c.equals(n) || c.endsWith(" " + n) && credit.indexOf('/') > 0) {
      return true;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : n.split(" ")) {
      initials.append(w.charAt(0));
    }
    String compact = c.replace(" ", "");
    return compact.length() <= 4 && compact.contentEquals(initials)
        && credit.equals(credit.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The author named by a closing candidate: {@link #author}, and where a source or compilation
   * note follows, also a name after {@code Theo} ({@code Theo Đình Văn (Lao Động)}: the author
   * from the outlet in brackets).
   */
  private static String authorOf(String cand, boolean note) {
    String a = author(cand);
    if (a == null && note && (cand.startsWith("Theo ") || cand.startsWith("theo "))) {
      a = author(cand.substring(5));
    }
    return a;
  }

  /**
   * The author of a name with its role closing the text after its last sentence ({@code … đã
   * làm sai. Thắng Quang ghi}, {@code … Xin cảm ơn ông! Văn Chương thực hiện}, {@code Hải Hà tổng
   * hợp}), or null. {@link #author} takes an unbracketed role only after a name in capitals,
   * since a line such as {@code Hà Nội thực hiện} may be text; after the last full stop of an
   * article, a name of two to four words and a role with no stop of their own close it as its
   * byline does (13 of the 35,440 crawl articles, none of them text).
   */
  private static String closingRole(String tail) {
    Matcher role = CLOSING_ROLE.matcher(tail);
    if (!role.matches()) {
      return null;
    }
    return closingName(role.group(1));
  }

  /**
   * The name of a closing byline: two to four name words, or one code in capitals ({@code HT
   * Tổng hợp}); null for anything else.
   */
  private static String closingName(String name) {
    int words = Sentences.words(name);
    if (words > 4 || words == 1 && !(name.length() >= 2
        && name.equals(name.toUpperCase(java.util.Locale.ROOT)))) {
      return null;
    }
    for (String w : name.split(" ")) {
      if (!Names.isVietnameseNameWord(w)) {
        return null;
      }
    }
    return nameOf(name);
  }

  /**
   * Takes a byline the crawl glued to what closes the text after it, with no space between ({@code
   * … thuở nào. Trần DũngThể thao & Văn hóa}, {@code Nhã PhongTổng hợp}, {@code Duy AnTheo
   * Reuters}, {@code Nguyễn Minh(theo DigitalTrends)}, {@code Nghệ NhiẢnh: Linh Lê Chí}): a name of
   * two to four words after the last sentence, then, from the first lower-case letter followed by
   * a capital or a bracket, a compilation note, a source, a photo credit or an outlet's name (55 of
   * the 35,440 crawl articles close so). A cut never splits a word, so the whole tail is the byline
   * piece; the name is the author and a source's outlet (also where a credit is glued after it:
   * {@code Duy AnTheo Daily MailẢnh: Cosmopolitan}) the source outlet. Two glued names ({@code Kim
   * HồBi Heo}) are left alone: which one wrote the text is not known.
   */
  private boolean gluedTail(Draft draft, Piece p, int start, int end) {
    String t = p.line.text;
    int g = -1;
    for (int i = start + 1; i < end; i++) {
      char c = t.charAt(i);
      if ((Character.isUpperCase(c) || c == '(') && Character.isLowerCase(t.charAt(i - 1))) {
        g = i;
        break;
      }
    }
    if (g < 0) {
      return false;
    }
    String left = t.substring(start, g).strip();
    int words = Sentences.words(left);
    String name = words >= 2 && words <= 4 ? author(left) : null;
    if (name == null) {
      return false;
    }
    int rightEnd = end;
    int credit = t.indexOf("Ảnh", g + 1);
    if (credit > g && credit < end && Character.isLetter(t.charAt(credit - 1))) {
      rightEnd = credit;
    }
    String right = t.substring(g, rightEnd).strip();
    String outlet = null;
    if (!GLUED_NOTE.matcher(right).matches() && !right.startsWith("Ảnh:")
        && !right.startsWith("Ảnh :")) {
      outlet = SourceRule.outlet(right);
      if (outlet == null && LinePatternRule.MASTHEAD.matches(right)) {
        outlet = right;
      }
      if (outlet == null) {
        return false;
      }
    }
    take(draft, p, start, end, name);
    if (outlet != null && draft.sourceOutlet == null) {
      draft.sourceOutlet = outlet;
    }
    return true;
  }

  /** A compilation note glued after a byline ({@code Tổng hợp}, {@code (Lược dịch)}). */
  private static final Pattern GLUED_NOTE =
      Pattern.compile("\\(?(?:[Tt]ổng [Hh]ợp|TỔNG HỢP|[Ll]ược dịch|[Tt]/[Hh])\\)?\\.?", U);

  /**
   * A name and an unbracketed role ({@code ghi}, {@code thực hiện}, {@code tổng hợp}, {@code Tổng
   * hợp}: 32 more crawl articles close with the capitalised note after the name).
   */
  private static final Pattern CLOSING_ROLE =
      Pattern.compile("(\\p{Lu}[^()]{1,40}?) (?:thực hiện|ghi|lược ghi|tổng hợp|Tổng hợp|lược dịch"
          + "|biên dịch)", U);
  /** A name and its source in lower case: {@code Anh Thư theo Phonearena}, {@code Hà Minh | theo X}. */
  private static final Pattern NAME_THEO =
      Pattern.compile("(\\p{Lu}[^()|]{1,40}?) (?:\\| )?theo (\\p{Lu}[^()]{1,40})", U);

  /**
   * Where a byline starts later in the tail than its first sentence boundary, or -1: after a full
   * stop that looked like an initial ({@code … hạng A. Hiểu Nguyệt}), after a stop glued to the
   * name ({@code … tăng trưởng.Hà Linh}), or, when a stamp or an outlet follows the name ({@code
   * Costa: Phúc Vũ - Thể thao Việt Nam | 21:20 06/02/2017}), after a colon. The earliest such start
   * that gives an author wins.
   */
  private static int laterStart(String t, int from, int end, boolean note, boolean marked) {
    for (int i = from + 2; i < end; i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        continue;
      }
      char prev = t.charAt(i - 1);
      char stop = t.charAt(i - 2);
      boolean after;
      if (prev == ' ') {
        // a closing bracket ends a note or credit: "(Theo CNN/Yonhap) Gia Bảo", "(Ảnh: chinhphu.vn)
        // Minh An/VOV.VN"
        after = stop == '.' || stop == '!' || stop == '?' || stop == '…' || stop == ')'
            || marked && stop == ':';
      } else {
        // glued: a lower-case word or a closing quote, a stop, then the name (two words or more)
        int space = t.indexOf(' ', i);
        after = (prev == '.' || prev == '!' || prev == '?' || prev == '”' || prev == '"')
            && (Character.isLowerCase(stop) || Character.isDigit(stop)
                || prev == '.' && (stop == '”' || stop == '"'))
            && space > 0 && space < end;
      }
      if (after && authorOf(t.substring(i, end), note) != null) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a candidate closes with {@code - Outlet} ({@code … Phúc Vũ - Thể thao Việt Nam}). */
  private static boolean outletSuffix(String cand) {
    int k = Math.max(cand.lastIndexOf("- "), cand.lastIndexOf("– "));
    if (k < 0 || k + 2 >= cand.length()) {
      return false;
    }
    String outlet = cand.substring(k + 2).strip();
    return Character.isUpperCase(outlet.charAt(0)) && Sentences.words(outlet) <= 6
        && outlet.indexOf('.') < 0 && !hasNumberWord(outlet) && outletLike(outlet);
  }

  /** Whether a word of {@code s} is a bare number ({@code Mbappe 69 Lê Minh}: a score, no outlet). */
  private static boolean hasNumberWord(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      int e = s.indexOf(' ', i);
      if (e < 0) {
        e = n;
      }
      boolean digits = e > i;
      for (int j = i; j < e && digits; j++) {
        digits = Character.isDigit(s.charAt(j));
      }
      if (digits) {
        return true;
      }
      i = e + 1;
    }
    return false;
  }

  /**
   * Start of a byline glued without punctuation to the end of the text before it ({@code … trong
   * ngày Rằm tháng Giêng Lê Minh}, {@code … như trận đấu với U20 New Zealand Duy Nguyễn}), or -1.
   * The byline is the run of two to four capitalised Vietnamese syllables closing the piece,
   * optionally followed by a role ({@code XUÂN HOÀNG thực hiện}): a word that is no Vietnamese
   * syllable ({@code Zealand}) ends the run, and a run of three or more that does not open with a
   * common surname starts at one inside it ({@code Giêng Lê Minh}: {@code Lê Minh}), else at its
   * last two words ({@code Việt Nam Văn Chương}: {@code Văn Chương}). The word
   * before the run must be a word of the text that does not introduce a name ({@code tại Hà Nội},
   * {@code của Huyền My}, {@code đường Cộng Hòa} are the text's own), the run must not be in the
   * headline, and the piece must be a paragraph (more than {@value #SHORT_LINE} words), not a
   * short line such as a related headline.
   */
  private static int gluedNameStart(Draft draft, String t, int from, int end, boolean stamped) {
    int e = end;
    int roleFrom = Math.max(from, end - 20);
    Matcher role = GLUED_ROLE.matcher(t.substring(roleFrom, end));
    if (role.find()) {
      e = roleFrom + role.start();
    }
    int minWords = 2;
    int dash = Math.max(t.lastIndexOf(" - ", e), t.lastIndexOf(" – ", e));
    if (dash > from && e - dash <= 45 && outletSuffix(t.substring(dash, e).strip())) {
      // "… Hazard Xú - Thể thao Việt Nam": the name ends before the outlet
      e = dash;
      minWords = stamped ? 1 : 2;
    }
    int[] starts = new int[MAX_GLUED + 1];
    int n = 0;
    int k = e;
    int before = -1;
    while (n <= MAX_GLUED) {
      while (k > from && t.charAt(k - 1) == ' ') {
        k--;
      }
      int ws = k;
      while (ws > from && t.charAt(ws - 1) != ' ') {
        ws--;
      }
      if (ws >= k) {
        break;
      }
      String w = t.substring(ws, k);
      if (!Names.isNameWord(w) || w.indexOf('.') >= 0 || !VietnameseText.isSyllable(w)) {
        before = ws;
        break;
      }
      starts[n++] = ws;
      k = ws;
    }
    if (n < minWords || n > MAX_GLUED || before < 0
        || !endsText(t.substring(before, starts[n - 1]).strip())) {
      return -1;
    }
    if (PLACE_INTRODUCERS.contains(word(t, before, starts[n - 1]).toLowerCase(java.util.Locale.ROOT))
        && !SURNAMES.contains(word(t, starts[n - 1], e))) {
      return -1; // "4 nước Châu Âu": a place; "xuống nước Nguyễn Tuấn": a surname, a byline
    }
    // starts[] runs backwards: starts[n - 1] opens the run; a name of three words or more opens
    // with a surname, so a longer run is cut at one ("Giêng Lê Minh"), else to its last two words
    int first = n - 1;
    if (n >= 3 && !SURNAMES.contains(word(t, starts[n - 1], e))) {
      first = 1;
      for (int j = n - 2; j >= 1; j--) {
        if (SURNAMES.contains(word(t, starts[j], e))) {
          first = j;
          break;
        }
      }
    }
    if (first + 1 > 4) {
      return -1;
    }
    if (word(t, starts[n - 1], e).equals("Theo")) {
      return -1; // "… tuyệt trần Theo Trí Thức Trẻ": a source, no name ("Thức Trẻ")
    }
    int s = starts[first];
    String run = t.substring(s, e).strip();
    if (draft.title != null && draft.title.contains(run) || namedBefore(t, run, s)
        || !stamped && Names.isPlace(run)) {
      return -1; // "… ngày 26/5 Đà Nẵng": the text's place, no byline (before a stamp, the
                 // stamp still closes the text)
    }
    return s;
  }

  /**
   * Whether the text before {@code limit} names {@code run} other than as a photo credit: then
   * it is a name the article is about ({@code Việt Nam}, a person it quotes), not its author.
   */
  private static boolean namedBefore(String t, String run, int limit) {
    for (int k = t.indexOf(run); k >= 0 && k < limit; k = t.indexOf(run, k + 1)) {
      if (!(k >= 2 && t.charAt(k - 2) == ':')) {
        return true;
      }
    }
    return false;
  }

  /** The word that starts at {@code at} (up to the next space or {@code limit}). */
  private static String word(String t, int at, int limit) {
    int we = t.indexOf(' ', at);
    return t.substring(at, we < 0 || we > limit ? limit : we);
  }

  /** Words after which capitals name a country or region ({@code 4 nước Châu Âu}, {@code miền Tây}). */
  private static final java.util.Set<String> PLACE_INTRODUCERS = java.util.Set.of("nước", "miền");

  /**
   * Whether a word can end the text a byline is glued to: a lower-case word that introduces no
   * name ({@code tại}, {@code của}, {@code ông}, {@code tỉnh} do), a number ({@code 69}, {@code 54%},
   * {@code 97/179}: the last cell of a table of figures), a closing bracket or
   * quote, or a word that is no Vietnamese syllable (a foreign name: {@code … Cannes Cát Tường
   * Vy}). An enumeration ({@code A, B}), a label ({@code Nhóm 5:}), a separator or an outlet
   * ({@code (t/h)/Báo Tin Tức}) cannot.
   */
  private static boolean endsText(String prev) {
    if (prev.isEmpty()) {
      return false;
    }
    char last = prev.charAt(prev.length() - 1);
    int slash = prev.lastIndexOf('/');
    if (slash >= 0 && hasLetter(prev)
        && !(last == ')' && prev.indexOf(')') == prev.length() - 1)) {
      return false; // "(t/h)/Báo": an outlet; a slash inside a closed bracket or a number is text
    }
    if (last == ')' || last == '”' || last == '"') {
      return true;
    }
    if (last == '%' && prev.length() > 1 && Character.isDigit(prev.charAt(prev.length() - 2))) {
      return true; // "Tổng số điểm 54% Thế Anh": a figure of a table
    }
    if (!Character.isLetterOrDigit(last)) {
      return false;
    }
    if (Capitalization.isLowerWord(prev)) {
      String lower = prev.toLowerCase(java.util.Locale.ROOT);
      return !Units.NAME_INTRODUCERS.contains(lower)
          && !FusedCaptionRule.FUNCTION_WORDS.contains(lower);
    }
    for (int i = 0; i < prev.length(); i++) {
      if (Character.isDigit(prev.charAt(i))) {
        return true;
      }
    }
    return Character.isUpperCase(prev.charAt(0)) && Capitalization.isWord(prev)
        && !VietnameseText.isSyllable(prev);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author of a glued byline run: the run, without its role; an unbracketed {@code thực hiện}
   * (also a verb) only after a name in capitals.
   */
  private static String gluedAuthor(String g) {
    Matcher role = GLUED_ROLE.matcher(g);
    if (!role.find()) {
      return author(g);
    }
    String run = g.substring(0, role.start()).strip();
    if (role.group().equals(" thực hiện") && !run.equals(run.toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    return author(run);
  }

  /** Most words of a glued byline run looked at. */
  private static final int MAX_GLUED = 6;
  /** A role closing a glued byline ({@code XUÂN HOÀNG thực hiện}). */
  private static final Pattern GLUED_ROLE =
      Pattern.compile(" (?:thực hiện|ghi|lược ghi|\\((?:[Tt]hực hiện|[Gg]hi)\\))$", U);
  /**
   * Common Vietnamese surnames that are rarely given names: where one stands inside a run of
   * capitalised words closing the text, the byline starts there.
   */
  static final java.util.Set<String> SURNAMES = java.util.Set.of(
      "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
      "Ngô", "Lý", "Đào", "Đinh", "Trương", "Lương", "Lưu", "Tạ", "Đoàn", "Trịnh", "Phùng",
      "Quách", "Triệu", "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG",
      "BÙI", "ĐỖ", "HỒ", "NGÔ");

  /** Whether the piece is directly followed by a source or compilation note ("(theo X)"). */
  private static boolean beforeSourceNote(Piece p) {
    int i = p.line.pieces.indexOf(p);
    if (i + 1 >= p.line.pieces.size()) {
      return false;
    }
    Piece next = p.line.pieces.get(i + 1);
    return next.kind == RemovedKind.SOURCE || next.kind == RemovedKind.COMPILED;
  }

  /** Start of the run of two to four name words that ends at {@code end}, or {@code end}. */
  private static int trailingNameStart(String t, int from, int end) {
    int e = end;
    while (e > from && t.charAt(e - 1) == ' ') {
      e--;
    }
    int start = e;
    int words = 0;
    int k = e;
    while (k > from && words < 4) {
      int sp = t.lastIndexOf(' ', k - 1);
      int ws = Math.max(sp + 1, from);
      if (!Names.isVietnameseNameWord(t.substring(ws, k))) {
        break;
      }
      words++;
      start = ws;
      k = sp < from ? from : sp;
    }
    return words >= 2 ? start : end;
  }

  private static Piece pieceAt(DraftLine line, int offset) {
    for (Piece q : line.pieces) {
      if (offset >= q.start && offset < q.end && !q.decided()) {
        return q;
      }
    }
    for (Piece q : line.pieces) {
      if (q.start >= offset && !q.decided()) {
        return q;
      }
    }
    return null;
  }

  private void take(Draft draft, Piece p, int from, int to) {
    take(draft, p, from, to, null);
  }

  private void take(Draft draft, Piece p, int from, int to, String name) {
    Piece by = p.line.cut(p, from, to, Label.BYLINE, RemovedKind.BYLINE, name());
    if (by != null && draft.author == null) {
      draft.author = name != null ? name : author(by.text());
    }
  }

  /**
   * The author named by a byline, or null when the text is not a byline.
   *
   * @param text the candidate
   * @return the author
   */
  static String author(String text) {
    String s = stripSeparators(text.strip());
    if (s.isEmpty() || s.length() > 90) {
      return null;
    }
    int marker = mediaMarker(s);
    if (marker > 0) {
      return marker < s.length() ? author(s.substring(marker)) : null;
    }
    Matcher pv = PV.matcher(s);
    if (pv.matches()) {
      return pv.group(1);
    }
    Matcher credit = CREDIT_LINE.matcher(s);
    if (credit.matches()) {
      return nameOf(credit.group(1).strip());
    }
    Matcher role = ROLE_SUFFIX.matcher(s);
    if (role.matches()) {
      String name = role.group(1).strip();
      boolean marked = s.endsWith(")") || name.equals(name.toUpperCase(java.util.Locale.ROOT));
      return marked ? nameOf(name) : null;
    }
    if (SourceRule.outlet(s) != null) {
      return null;
    }
    int theo = theoSuffix(s);
    if (theo > 0) {
      return nameOf(stripSeparators(s.substring(0, theo).strip()));
    }
    String name = nameOf(s);
    if (name != null) {
      return name;
    }
    for (String dash : new String[] {" - ", " – "}) {
      int k = s.indexOf(dash);
      if (k > 0) {
        name = s.substring(0, k).strip();
        String outlet = s.substring(k + dash.length()).strip();
        if (Names.isNameList(name) && !outlet.isEmpty() && Character.isUpperCase(outlet.charAt(0))
            && Sentences.words(outlet) <= 6 && outlet.indexOf('.') < 0) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * Where a source suffix {@code Theo X} starts after a name ({@code PP, Theo Trí Thức Trẻ}, {@code
   * Minh Hà - Theo VnExpress}), or -1: the name before it a name list, the outlet after it
   * outlet-like.
   *
   * @param s a byline's text
   * @return the offset of {@code Theo}, or -1
   */
  static int theoSuffix(String s) {
    int k = s.indexOf(" Theo ");
    if (k <= 0 || !outletLike(s.substring(k + 6).strip())) {
      return -1;
    }
    String name = stripSeparators(s.substring(0, k).strip());
    if (name.isEmpty() || !Names.isNameList(name)) {
      return -1;
    }
    for (String w : name.split(" ")) {
      if (w.equals("Theo") || w.equals("Nguồn") || MEDIA_MARKERS.contains(w)) {
        return -1; // "Theo New York Times Theo Tường Vy": two sources, no name before
      }
    }
    return k + 1;
  }

  /**
   * Where a byline's text starts after the media marker that opens it, or 0: a marker and a dash
   * ({@code Video - Hòa Nguyễn}) give the name after them; a marker and words ({@code Ảnh
   * Reuters}, {@code Clip VFF}: a credit, 20 crawl articles took one for their author) give the
   * length of the text (no author).
   */
  private static int mediaMarker(String s) {
    int sp = s.indexOf(' ');
    if (sp < 0 || !MEDIA_MARKERS.contains(s.substring(0, sp))) {
      return MEDIA_MARKERS.contains(s) ? s.length() : 0;
    }
    if (s.startsWith("- ", sp + 1) || s.startsWith("– ", sp + 1)) {
      return sp + 3;
    }
    return s.length();
  }

  /**
   * Whether the text is a media marker and a name or an outlet ({@code Ảnh BD}, {@code Ảnh Trần
   * Tĩnh/TTXVN}, {@code Ảnh Reuters}).
   */
  static boolean mediaCredit(String s) {
    int sp = s.indexOf(' ');
    if (sp < 0 || !MEDIA_MARKERS.contains(s.substring(0, sp))) {
      return false;
    }
    String who = s.substring(sp + 1);
    return author(who) != null || LinePatternRule.MASTHEAD.matches(who);
  }

  private static final java.util.Set<String> MEDIA_MARKERS =
      java.util.Set.of("Ảnh", "ẢNH", "Clip", "CLIP", "Video", "VIDEO");

  /**
   * The name a byline gives, or null: a list of names ({@code Thu Chung - Minh Hà}), printed twice
   * by the crawl ({@code Hải Minh Hải Minh}: once), or a name and its outlet after a slash or in
   * brackets ({@code Xuân Chi/Báo tin Tức}, {@code TTXVN/Tin tức}, {@code Lê Vân (Báo Tin Tức)}:
   * the name).
   */
  static String nameOf(String s) {
    if (LinePatternRule.MASTHEAD.matches(s)) {
      return null; // an outlet's name ("Thanh Niên", "VnExpress") is no author
    }
    int slash = s.indexOf('/');
    if (slash > 0) {
      String name = withoutTheo(s.substring(0, slash).strip());
      String rest = s.substring(slash + 1).strip();
      // "Xuân Chi/Báo Tin Tức"; spaced, the slash also joins two names ("Hà An / Minh Thu"), so
      // there what follows must be an outlet and no name ("Chi Anh / Ngôi sao", "Kế Nguyễn /
      // Điều tra")
      boolean spaced = s.indexOf(" / ") == slash - 1;
      if (Names.isNameList(name) && outletLike(rest)
          && (!spaced || LinePatternRule.MASTHEAD.matches(rest) || !Names.isNameList(rest))) {
        return name;
      }
    }
    if (Names.isNameList(s)) {
      int dash = Math.max(s.lastIndexOf(" - "), s.lastIndexOf(" – "));
      if (dash > 0) {
        String last = s.substring(dash + 3).strip();
        if (Sentences.words(last) >= 4 && !SURNAMES.contains(word(last, 0, last.length()))) {
          return s.substring(0, dash).strip(); // "Hoàng Tâm - Thể Thao Việt Nam": an outlet
        }
      }
      return once(s);
    }
    if (s.endsWith(")")) {
      int open = s.lastIndexOf('(');
      if (open > 0) {
        String name = withoutTheo(s.substring(0, open).strip());
        if (Names.isNameList(name) && outletLike(s.substring(open + 1, s.length() - 1).strip())) {
          return once(name);
        }
      }
    }
    return null;
  }

  /**
   * A name without the {@code Theo} that baomoi prints before an author followed by the outlet
   * ({@code Theo Đình Văn (Lao Động)}, {@code Theo Nhật Linh/Dịch từ Dailymail}).
   */
  private static String withoutTheo(String s) {
    return s.startsWith("Theo ") ? s.substring(5).strip() : s;
  }

  /**
   * A name list printed twice in a row ({@code Hải Minh Hải Minh}, {@code PV PV}) as printed once;
   * a one-word name in lower case repeated ({@code An An}) is a name of its own.
   */
  private static String once(String s) {
    int half = s.length() / 2;
    if (s.length() % 2 == 1 && s.charAt(half) == ' '
        && s.regionMatches(0, s, half + 1, half)) {
      String one = s.substring(0, half);
      if (one.indexOf(' ') > 0 || one.equals(one.toUpperCase(java.util.Locale.ROOT))) {
        return one;
      }
    }
    return s;
  }

  /**
   * An outlet's name as bylines print it after the author: one to six words opening with a
   * capital ({@code Báo Tin Tức}, {@code Dịch từ Dailymail}), an agency code ({@code TTXVN}) or a
   * domain ({@code VOV.VN}, {@code vnexpress.net}); no sentence.
   */
  static boolean outletLike(String o) {
    if (o.isEmpty() || o.length() > 40 || Sentences.words(o) > 6) {
      return false;
    }
    char c = o.charAt(0);
    if (!Character.isUpperCase(c) && !(Character.isLetter(c) && o.indexOf('.') > 0)) {
      return false;
    }
    for (int i = 0; i < o.length(); i++) {
      char x = o.charAt(i);
      if (x == '!' || x == '?' || x == ';' || x == ':' || x == '"' || x == '“'
          || x == '.' && (i + 1 >= o.length() || !Character.isLetter(o.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** The text without separators and spaces at its end ({@code Hồ Xuân Mai -}, {@code Tứ Quý,}). */
  static String stripSeparators(String s) {
    int e = s.length();
    while (e > 0) {
      char c = s.charAt(e - 1);
      if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '|' || c == '-' || c == '–') {
        e--;
      } else {
        break;
      }
    }
    return e == s.length() ? s : s.substring(0, e);
  }
}
