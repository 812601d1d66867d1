package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes source lines and records the outlet they name: {@code Nguồn: dangcongsan.vn}, {@code
 * Theo TTXVN}, {@code (Theo Reuters)}, {@code (theo makeuseof)}, {@code Nguồn Tuổi trẻ}, on a line
 * of their own or closing the last paragraph, up to {@value #MAX_TAIL} in a row. At the end a
 * source may also follow the byline ({@code Tứ Quý, Theo Thời Đại}, {@code VĂN VIỆT Theo
 * Yonhap}), and an outlet in brackets closing a byline or the text is one ({@code Đình Văn (Lao
 * Động)}, {@code … tại Hà Nội. (TTXVN)}). A source is never the author. {@code "Theo Báo cáo hội
 * nghị, …"} and {@code "…, theo Reuters."} are body.
 *
 * <p>Immutable and thread-safe.
 */
final class SourceRule implements Rule {
  private static final Pattern LINE =
      Pattern.compile(
          "^(?:\\( ?(?:[Tt]heo|[Nn]guồn ?:?) ?([^()]{1,40}?) ?\\)|(?:[Tt]heo|Nguồn ?:?|NGUỒN ?:?) ?"
              + "((?:\\p{Lu}|[\\w-]+\\.[a-z]{2,}|\\[)[^,;!?()]{0,40}?))\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** Most words in a source line. */
  static final int MAX_WORDS = 7;

  @Override
  public String name() {
    return "SourceRule";
  }

  /** The outlet named by a source line, or null. */
  static String outlet(String text) {
    if (text.length() > 80 || Sentences.words(text) > MAX_WORDS) {
      return null;
    }
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return lowerCaseOutlet(text);
    }
    String o = m.group(1) != null ? m.group(1) : m.group(2);
    return withoutAddress(o.strip());
  }

  /**
   * The outlet of {@code Theo vnexpress}, {@code Theo dantri}, {@code theo daydaycook}: a source
   * naming its outlet by the site's name in lower case (50 of the 35,440 crawl articles close so,
   * naming seven sites), or null. The name is one word of ASCII letters and digits that is no
   * Vietnamese syllable ({@code Theo anh} is no source).
   */
  private static String lowerCaseOutlet(String text) {
    if (!text.startsWith("Theo ") && !text.startsWith("theo ")) {
      return null;
    }
    int end = text.endsWith(".") ? text.length() - 1 : text.length();
    if (end - 5 < 3) {
      return null;
    }
    for (int i = 5; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return null;
      }
    }
    String o = text.substring(5, end);
    return VietnameseText.isSyllable(o) ? null : o;
  }

  /**
   * An outlet with the web address after it left out ({@code VTV http://cafef.vn/…}: {@code VTV}),
   * or the address's host when it is all there is ({@code http://cafef.vn/…}: {@code cafef.vn}).
   */
  static String withoutAddress(String outlet) {
    int sp = outlet.lastIndexOf(' ');
    String last = outlet.substring(sp + 1);
    if (!isAddress(last)) {
      return outlet;
    }
    return sp < 0 ? host(last) : outlet.substring(0, sp).strip();
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      Piece p = line.wholeUndecided();
      if (p != null) {
        String o = outlet(p.text());
        if (o != null && !o.equalsIgnoreCase("đó")) {
          p.decide(Label.CHROME, RemovedKind.SOURCE, name());
          draft.sourceOutlet = o;
        } else if (isAddress(p.text()) && p.text().indexOf(' ') < 0) {
          p.decide(Label.CHROME, RemovedKind.SOURCE, name()); // a web address alone on a line
        }
      }
    }
    boolean afterParen = false;
    for (int round = 0; round < MAX_TAIL; round++) {
      Piece last = Closing.lastPiece(draft);
      if (last == null || last.end - last.start < 20 && round == 0 && last.start == 0) {
        return; // a short last line of its own was looked at above; a short piece cut off the
                // end of a line ("…/. Theo VNE" after the end mark) was not
      }
      int cut = tail(draft, last, afterParen);
      if (cut == 0) {
        return;
      }
      afterParen = cut == 2;
    }
  }

  /** Most source pieces peeled off the end of an article ({@code … (Tổng hợp) (Khám phá)}). */
  static final int MAX_TAIL = 3;

  /**
   * Cuts the source that closes {@code last}, if any: 0 when none, 2 for an outlet in brackets,
   * 1 for another source. After an outlet in brackets, {@code Theo} and a personal name is the
   * byline ({@code Theo Đình Văn (Lao Động)}), not a source.
   */
  private int tail(Draft draft, Piece last, boolean afterParen) {
    String t = last.line.text;
    int from = Math.max(last.start, last.end - 90);
    for (int k = from; k < last.end; k++) {
      char c = t.charAt(k);
      if ((c == 'T' || c == 't' || c == 'N' || c == '(') && (k == last.start
          || " (.!?”\")".indexOf(t.charAt(k - 1)) >= 0)) {
        String cand = t.substring(k, last.end).strip();
        String o = outlet(cand);
        if (o != null && afterParen && Names.isNameList(o) && !cand.startsWith("(")) {
          return 0;
        }
        boolean paren = false;
        if (o == null && c == '(') {
          o = bracketedOutlet(cand);
          paren = o != null;
        }
        if (o != null && !o.equalsIgnoreCase("đó")
            && (paren ? closesByline(t, k, last.start)
                : precededByBoundary(t, k, last.start) || afterHardBreak(last.line, k, last.start))) {
          // only after Theo, which BylineRule strips from the name ("Nguồn: X/Y" stays whole)
          int slash = paren || c != 'T' && c != 't' ? -1 : bylineSlash(t, k, last.end, o);
          if (slash > 0) {
            // "Theo Hà Anh/Reatimes": the outlet after the slash is the source, the name before
            // it the byline (as in "Theo Đình Văn (Lao Động)"), left to BylineRule
            last.line.cut(last, slash, last.end, Label.CHROME, RemovedKind.SOURCE, name());
            draft.sourceOutlet = withoutAddress(o.substring(o.indexOf('/') + 1).strip());
            return 2;
          }
          last.line.cut(last, k, last.end, Label.CHROME, RemovedKind.SOURCE, name());
          draft.sourceOutlet = o;
          return paren ? 2 : 1;
        }
      }
    }
    int refs = references(t, last.start, last.end);
    if (refs >= 0) {
      last.line.cut(last, refs, last.end, Label.CHROME, RemovedKind.SOURCE, name());
      return 1;
    }
    int address = addressLine(last);
    if (address >= 0) {
      Piece cut = last.line.cut(last, address, last.end, Label.CHROME, RemovedKind.SOURCE, name());
      String label = cut.text().substring(0, cut.text().lastIndexOf(' ') + 1).strip();
      String o = label.isEmpty() ? null : outlet(label);
      draft.sourceOutlet = o != null ? o : host(cut.text().substring(label.length()).strip());
      return 1;
    }
    // an outlet's name alone after the last sentence ("… quân sự. VnExpress")
    int tail = Closing.tailStart(last);
    if (tail > last.start && LinePatternRule.MASTHEAD.matches(t.substring(tail, last.end).strip())) {
      Piece cut = last.line.cut(last, tail, last.end, Label.CHROME, RemovedKind.SOURCE, name());
      draft.sourceOutlet = cut.text();
      return 1;
    }
    int named = namedOutlet(t, tail, last.end);
    if (named > 0) {
      Piece cut = last.line.cut(last, named, last.end, Label.CHROME, RemovedKind.SOURCE, name());
      draft.sourceOutlet = cut.text();
      return 1;
    }
    return 0;
  }

  /**
   * Whether a personal name of two to four words ends at {@code end}, after a boundary: {@code Đông
   * Hùng}; not a marker and its object ({@code Ảnh Reuters}, {@code Theo Nhân Dân}) nor the tail
   * of a slashed byline ({@code THÀNH ĐỒNG/Người Lao Động}).
   */
  private static boolean nameBefore(String t, int end, int from) {
    int start = end;
    int words = 0;
    for (int k = end; k > from && words < 5; k = start - 1) {
      int ws = Math.max(t.lastIndexOf(' ', k - 1) + 1, from);
      if (ws >= k || !Names.isVietnameseNameWord(t.substring(ws, k))) {
        break;
      }
      words++;
      start = ws;
    }
    if (words < 2 || words > 4) {
      return false;
    }
    String run = t.substring(start, end);
    return !run.startsWith("Theo ") && !run.startsWith("Ảnh ") && !run.startsWith("Nguồn ")
        && precededByBoundary(t, start, from) && BylineRule.author(run) != null;
  }

  /** Most characters of a byline and the outlet after it. */
  static final int MAX_NAMED = 60;

  /**
   * Start of an outlet's name closing the text after its byline, or -1: {@code … trước khi xung
   * trận. Đông Hùng Thể thao & Văn hóa} (the name is left for {@link BylineRule}). The outlet is
   * one of the lexicon's; the words before it must be a name.
   */
  private static int namedOutlet(String t, int from, int end) {
    while (end > from && t.charAt(end - 1) == ' ') {
      end--;
    }
    for (int sp = t.indexOf(' ', Math.max(from, end - MAX_NAMED)); sp > 0 && sp < end;
        sp = t.indexOf(' ', sp + 1)) {
      if (Character.isUpperCase(t.charAt(sp + 1))
          && LinePatternRule.MASTHEAD.matches(t.substring(sp + 1, end))) {
        return nameBefore(t, sp, from) ? sp + 1 : -1;
      }
    }
    return -1;
  }

  /** A label opening a list of references ({@code Tài liệu tham khảo: [1] http://…}). */
  private static final Pattern REFERENCES =
      Pattern.compile("(?:Tài liệu tham khảo|TÀI LIỆU THAM KHẢO|Nguồn tham khảo|Tham khảo) ?:",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** Most words of a list of references. */
  static final int MAX_REFERENCE_WORDS = 400;

  /**
   * Start of a list of references closing the text: its label at a sentence start, then up to
   * {@value #MAX_REFERENCE_WORDS} words holding a web address; or -1.
   */
  private static int references(String t, int from, int end) {
    int r = t.indexOf("ham khảo", from);
    if (r < 0 || r >= end) {
      r = t.indexOf("HAM KHẢO", from);
      if (r < 0 || r >= end) {
        return -1;
      }
    }
    Matcher m = REFERENCES.matcher(t).region(from, end);
    while (m.find()) {
      if (precededByBoundary(t, m.start(), from) && Character.isUpperCase(t.charAt(m.start()))
          && (t.indexOf("://", m.end()) > 0 && t.indexOf("://", m.end()) < end
              || t.indexOf("www.", m.end()) > 0 && t.indexOf("www.", m.end()) < end)
          && Sentences.words(t, m.start(), end, MAX_REFERENCE_WORDS + 1) <= MAX_REFERENCE_WORDS) {
        return m.start();
      }
    }
    return -1;
  }

  /**
   * Start of a web address closing the text as a source line does, or -1: the address alone after
   * a sentence end ({@code … . http://phunuvietnam.vn/…}), or after a label ({@code image:},
   * {@code Website:}) or a source ({@code Theo VTV http://cafef.vn/…}) that follows one. An address
   * inside a sentence ({@code … tại địa chỉ http://thiquocgia.vn.}) is text.
   */
  private static int addressLine(Piece last) {
    String t = last.line.text;
    int from = last.start;
    int end = last.end;
    while (end > from && t.charAt(end - 1) == ' ') {
      end--;
    }
    int sp = t.lastIndexOf(' ', end - 1);
    int us = sp < from ? from : sp + 1;
    if (us == from || !isAddress(t.substring(us, end))) {
      return -1;
    }
    int tail = Closing.tailStart(new Piece(last.line, from, us));
    String label = t.substring(tail, us).strip();
    if (label.isEmpty()) {
      return precededByBoundary(t, us, from) ? us : -1;
    }
    boolean labelled = label.endsWith(":") && Sentences.words(label) <= 3 || outlet(label) != null;
    return labelled && precededByBoundary(t, tail, from) ? tail : -1;
  }

  /** A web address: {@code http://…}, {@code https://…}, {@code www.…}. */
  static boolean isAddress(String w) {
    return w.length() > 6 && (w.startsWith("http://") || w.startsWith("https://")
        || w.startsWith("www.") || w.startsWith("ttp://"));
  }

  /** The host of a web address ({@code http://cafef.vn/a.html}: {@code cafef.vn}). */
  static String host(String address) {
    String a = address;
    int scheme = a.indexOf("://");
    if (scheme >= 0) {
      a = a.substring(scheme + 3);
    }
    int slash = a.indexOf('/');
    a = slash >= 0 ? a.substring(0, slash) : a;
    while (a.endsWith(".") || a.endsWith(",")) {
      a = a.substring(0, a.length() - 1);
    }
    return a.startsWith("www.") ? a.substring(4) : a;
  }

  /**
   * The outlet in a bracket closing a byline ({@code (Lao Động)}, {@code (TTXVN)}, {@code
   * (VnExpress.net)}), or null: not a compilation, continuation or role note, which other rules
   * read.
   */
  static String bracketedOutlet(String cand) {
    if (!cand.endsWith(")") || cand.indexOf('(', 1) >= 0 || cand.length() > 45) {
      return null;
    }
    String inner = cand.substring(1, cand.length() - 1).strip();
    if (NOT_OUTLET.matcher(inner).lookingAt() || !BylineRule.outletLike(inner)) {
      return null;
    }
    return inner;
  }

  private static final Pattern NOT_OUTLET =
      Pattern.compile("(?iu)(?:tổng hợp|t/h|th\\b|th$|còn |hết|kỳ |thực hiện|ghi|theo |nguồn)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Whether an outlet in brackets at {@code at} closes a byline or the text: it follows a full
   * stop (a wire service's mark: {@code … tại Hà Nội. (TTXVN)}), another bracket, or a name
   * ({@code Đình Văn (Lao Động)}, {@code Theo Đình Văn (Lao Động)}).
   */
  private static boolean closesByline(String t, int at, int pieceStart) {
    int k = at - 1;
    while (k >= pieceStart && t.charAt(k) == ' ') {
      k--;
    }
    if (k < pieceStart) {
      return false; // a bracket alone: a line of its own is no byline's
    }
    char c = t.charAt(k);
    if (c == '.' || c == '!' || c == '?' || c == '…' || c == ')' || c == '”' || c == '"') {
      return true;
    }
    return namesBefore(t, k + 1, pieceStart);
  }

  /** Whether one to four name words end at {@code end} (an author before a source). */
  private static boolean namesBefore(String t, int end, int pieceStart) {
    while (end > pieceStart && t.charAt(end - 1) == ' ') {
      end--;
    }
    int ws = end;
    int words = 0;
    int k = end;
    while (k > pieceStart && words < 6) {
      int sp = t.lastIndexOf(' ', k - 1);
      int s = Math.max(sp + 1, pieceStart);
      String w = t.substring(s, k);
      if (!Names.isVietnameseNameWord(BylineRule.stripSeparators(w)) && !w.contains("/")) {
        break;
      }
      words++;
      ws = s;
      k = sp < pieceStart ? pieceStart : sp;
    }
    if (words == 0) {
      return false;
    }
    String run = t.substring(ws, end).strip();
    return BylineRule.author(run) != null || run.startsWith("Theo ")
        && BylineRule.author(run.substring(5)) != null
        || BylineRule.mediaCredit(run); // "Ảnh BD Theo Kienthuc": a credit, then the source
  }

  /**
   * Text before {@code at} ends a sentence, or is a name (a byline then the source, {@code VĂN
   * VIỆT Theo Yonhap}, {@code Tứ Quý, Theo Thời Đại}, {@code Minh Tuệ (T/h) Theo Đời sống Plus}).
   */
  static boolean precededByBoundary(String t, int at, int pieceStart) {
    int k = at - 1;
    while (k >= pieceStart && t.charAt(k) == ' ') {
      k--;
    }
    if (k < pieceStart) {
      return true;
    }
    char c = t.charAt(k);
    if (c == '.' || c == '!' || c == '?' || c == '”' || c == ':' || c == '"' || c == '…'
        || c == ')' || c == ']') {
      return true;
    }
    if (t.charAt(at) == '(' && Character.isLetter(c)) {
      return true;
    }
    if (!Character.isUpperCase(t.charAt(at))) {
      return false; // "…, theo Reuters": an attribution inside the sentence
    }
    if (c == ',' || c == '/' || c == '-' || c == '–' || c == '|') {
      return namesBefore(t, k, pieceStart);
    }
    return Character.isLetter(c)
        && (namesBefore(t, k + 1, pieceStart) || afterCredit(t, k + 1, pieceStart));
  }

  /**
   * Where the slash of {@code Theo Name/Outlet} stands in {@code t[from, end)}, or -1: the outlet
   * {@code o} read from it holds a personal name (no outlet of the lexicon) before its first
   * slash and an outlet after it ({@code Theo Hà Anh/Reatimes}, {@code theo Sơn Hòa/Vnexpress};
   * 512 of the 35,440 crawl articles had taken the whole for their source).
   */
  private static int bylineSlash(String t, int from, int end, String o) {
    int os = o.indexOf('/');
    if (os <= 0) {
      return -1;
    }
    String who = o.substring(0, os).strip();
    String outlet = o.substring(os + 1).strip();
    if (outlet.isEmpty() || !BylineRule.outletLike(outlet) || !vietnameseNames(who)
        || LinePatternRule.MASTHEAD.matches(who)) {
      return -1;
    }
    int slash = t.indexOf('/', from);
    return slash > from && slash < end ? slash : -1;
  }

  /**
   * Whether {@code s} is Vietnamese personal names, two name words at least, joined by {@code -},
   * {@code –} or {@code ,} ({@code Hà Anh}, {@code Thế Kha - Tuấn Hợp}); not a foreign site's
   * name ({@code Genk}, {@code Mashable}) nor a place ({@code Biển Đông} is left to the caller).
   */
  private static boolean vietnameseNames(String s) {
    int words = 0;
    for (String w : s.split(" ")) {
      if (w.equals("-") || w.equals("–") || w.equals(",")) {
        continue;
      }
      String x = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      if (!Names.isVietnameseNameWord(x) || LinePatternRule.MASTHEAD.matches(x)) {
        return false; // "AFP Mai Liên": the agency is no part of the name
      }
      words++;
    }
    return words >= 2 && !Names.isPlace(s) && Names.isNameList(s);
  }

  /**
   * Whether a hard break of the crawl (where it joined two lines of the page) stands right before
   * {@code at}: {@code … tuyệt trần  Theo Trí Thức Trẻ}, the source line after a gallery whose
   * captions have no stop.
   */
  private static boolean afterHardBreak(DraftLine line, int at, int pieceStart) {
    int k = at - 1;
    while (k >= pieceStart && line.text.charAt(k) == ' ') {
      if (line.hardBreaks.get(k)) {
        return Character.isUpperCase(line.text.charAt(at));
      }
      k--;
    }
    return false;
  }

  /**
   * Whether a photo credit ends at {@code end}: a marker a few words before, no stop between
   * ({@code … tàu chuyển bánh. Ảnh: Xinhua Theo Vnexpress}: the source after the last caption).
   */
  private static boolean afterCredit(String t, int end, int pieceStart) {
    String credit = PhotoCreditRule.closingCredit(t, pieceStart, end);
    return credit != null && !credit.endsWith(".");
  }
}
