package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the byline and takes the author from it: a short personal-name line closing the article
 * ({@code Diệu Hoa}), or closing its last paragraph ({@code … mất trắng. Khánh An}); {@code PV},
 * {@code Nhóm PV}; names joined by {@code , - /}; {@code Bài và ảnh: X}; {@code X - Outlet | time
 * date} (author X, the time is a dateline); or a name line right under the headline. Source lines
 * are never bylines ({@link SourceRule} runs first).
 *
 * <table>
 *   <caption>Author values</caption>
 *   <tr><th>byline</th><th>author</th></tr>
 *   <tr><td>{@code Thu Chung - Minh Hà}</td><td>{@code Thu Chung - Minh Hà}</td></tr>
 *   <tr><td>{@code Tiểu Lam - Thể thao Việt Nam | 11:02 06/02/2017}</td><td>{@code Tiểu Lam}</td></tr>
 *   <tr><td>{@code Bài, ảnh: Diễm My}</td><td>{@code Diễm My}</td></tr>
 *   <tr><td>{@code PV•28/01/2025 08:22}</td><td>{@code PV}</td></tr>
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
          "^(?:Bài(?:,| và)? ảnh|Tin(?:,| và)? ảnh|Bài|Tin|Thực hiện|Nhóm thực hiện|Tác giả|Bài viết)"
              + " ?: ?(\\p{Lu}.{0,60})$",
          U);
  /**
   * A name followed by its role: {@code TRẦN HUỲNH thực hiện}, {@code Hoài Thu (ghi)}; the name
   * must be in capitals or the role in brackets ({@code Hà Nội thực hiện} is a sentence).
   */
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "^(\\p{Lu}[^()]{1,60}?) \\(?(?:thực hiện|ghi|lược ghi|ghi nhận|chuyển ngữ|biên dịch)\\)?$",
          U);
  private static final Pattern COMPILED =
      Pattern.compile(" ?\\((?:[Tt]ổng hợp|TỔNG HỢP|[Tt]/[Hh]|TH)\\)\\.?$", U);
  /** Lines up to this many words count as short (chrome-like) at the end of an article. */
  static final int SHORT_LINE = 30;
  private static final Pattern STAMP_SUFFIX =
      Pattern.compile(" ?[|•·-] ?((?:\\d{1,2}:\\d{2}(?::\\d{2})? )?\\d{1,2}/\\d{1,2}/\\d{4}(?: \\d{1,2}:\\d{2})?)$",
          U);

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
    int nameEnd = stampStart >= 0 ? stampStart : end;
    int start = allowTail ? Closing.tailStart(p) : p.start;
    if (stampStart >= 0 && start >= stampStart) {
      start = Closing.tailStart(new Piece(p.line, p.start, stampStart));
    }
    if (start > nameEnd) {
      return false; // no room for a name before the stamp (fuzz finding)
    }
    String cand = t.substring(start, nameEnd).strip();
    if (!cand.isEmpty() && author(cand) == null && stampStart < 0 && beforeSourceNote(p)) {
      start = trailingNameStart(t, start, nameEnd);
      cand = t.substring(start, nameEnd).strip();
    }
    if (cand.isEmpty() || author(cand) == null) {
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
    take(draft, p, start, nameEnd);
    return true;
  }

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
      if (!Names.isNameWord(t.substring(ws, k))) {
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
    Piece by = p.line.cut(p, from, to, Label.BYLINE, RemovedKind.BYLINE, name());
    if (by != null && draft.author == null) {
      draft.author = author(by.text());
    }
  }

  /**
   * The author named by a byline, or null when the text is not a byline.
   *
   * @param text the candidate
   * @return the author
   */
  static String author(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 90) {
      return null;
    }
    Matcher pv = PV.matcher(s);
    if (pv.matches()) {
      return pv.group(1);
    }
    Matcher credit = CREDIT_LINE.matcher(s);
    if (credit.matches()) {
      String name = credit.group(1).strip();
      return Names.isNameList(name) ? name : null;
    }
    Matcher role = ROLE_SUFFIX.matcher(s);
    if (role.matches()) {
      String name = role.group(1).strip();
      boolean marked = s.endsWith(")") || name.equals(name.toUpperCase(java.util.Locale.ROOT));
      return marked && Names.isNameList(name) ? name : null;
    }
    if (SourceRule.outlet(s) != null) {
      return null;
    }
    if (Names.isNameList(s)) {
      return s;
    }
    for (String dash : new String[] {" - ", " – "}) {
      int k = s.indexOf(dash);
      if (k > 0) {
        String name = s.substring(0, k).strip();
        String outlet = s.substring(k + dash.length()).strip();
        if (Names.isNameList(name) && !outlet.isEmpty() && Character.isUpperCase(outlet.charAt(0))
            && Sentences.words(outlet) <= 6 && outlet.indexOf('.') < 0) {
          return name;
        }
      }
    }
    return null;
  }
}
