package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Cuts JavaScript that a crawl kept as text: the code of an ad slot whose text node the crawler
 * joined with the article's ({@code … khu vực sản xuất kinh doanh”. if (!ismobile){try { if
 * (Web_AdsArticleMiddle != undefined && …) {document.write(Web_AdsArticleMiddle); …} } catch (e)
 * { }} Theo một thống kê …}). Found by form, not by phrase: an anchor that only code holds
 * ({@code document.write(}, {@code googletag.}), then the statement around it, from a statement
 * keyword that starts a word ({@code if (}, {@code try {}, {@code (function}, {@code var }), or
 * the anchor itself after a sentence end, to where its brackets close and no {@code else}, {@code
 * catch} or {@code finally} goes on. Removed as {@link RemovedKind#ADVERTISEMENT}.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>removed</th></tr>
 *   <tr><td>{@code … doanh”. if (!ismobile){try { document.write(A); } catch (e) { }} Theo …}</td>
 *       <td>{@code if (!ismobile){…}}}</td></tr>
 *   <tr><td>{@code … tăng. try {document.write( ADS_20);ADS_20.start();}catch(e){} Ông …}</td>
 *       <td>{@code try {…}catch(e){}}</td></tr>
 *   <tr><td>{@code Bấm vào document.write để xem.}</td><td>nothing (no bracket follows)</td></tr>
 * </table>
 *
 * <p>In the quancq-news crawl the ad slot stands in 1,130 of 1,210 Tiền Phong records (and in
 * one RongBay record); the 35,440-article baomoi crawl has no JavaScript in its text.
 *
 * <p>Immutable and thread-safe.
 */
final class ScriptTextRule implements Rule {
  private static final DraftLine.Needle[] ANCHORS =
      DraftLine.Needle.of("document.write(", "googletag.");
  /** Statement openings that a code span may start with, besides an anchor. */
  private static final String[] OPENINGS = {"if (", "if(", "try {", "try{", "(function", "var "};
  /** Farthest a statement's opening may stand before its anchor. */
  static final int MAX_LEAD = 400;
  /** Longest code span cut. */
  static final int MAX_SPAN = 2000;

  @Override
  public String name() {
    return "ScriptTextRule";
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      for (DraftLine.Needle anchor : ANCHORS) {
        if (!line.mayContain(anchor)) {
          continue;
        }
        int from = 0;
        int cuts = 0;
        while (cuts < Rule.MAX_CUTS) {
          int at = line.text.indexOf(anchor.text, from);
          if (at < 0) {
            break;
          }
          from = at + anchor.text.length();
          int[] span = span(line.text, at);
          if (span != null && line.cutSpan(span[0], span[1], Label.CHROME,
              RemovedKind.ADVERTISEMENT, name()) != null) {
            from = Math.max(from, span[1]);
            cuts++;
          }
        }
      }
    }
  }

  /**
   * The code statement holding the anchor at {@code anchor}: {@code [start, end)}, or null when
   * no statement opening leads to it or its brackets do not close.
   */
  static int[] span(String t, int anchor) {
    int lead = Math.max(0, anchor - MAX_LEAD);
    // the earliest opening after a sentence end whose statement reaches past the anchor
    for (int s = lead; s <= anchor; s++) {
      // a statement's keyword may follow a crosshead or a table with no stop; the anchor alone
      // opens a statement only after a sentence end
      boolean keyword = s < anchor && opening(t, s);
      if (!(keyword && (s == 0 || t.charAt(s - 1) == ' '))
          && !(s == anchor && afterSentence(t, s))) {
        continue;
      }
      int end = statementEnd(t, s);
      if (end > anchor) {
        return new int[] {s, end};
      }
    }
    return null;
  }

  private static boolean opening(String t, int at) {
    for (String o : OPENINGS) {
      if (t.startsWith(o, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text before {@code at} ends a sentence or a statement (or there is none). */
  private static boolean afterSentence(String t, int at) {
    int k = at - 1;
    if (k >= 0 && t.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == ':' || c == ';'
        || c == '}' || c == ')' || c == '…';
  }

  /**
   * Where the statement that starts at {@code s} ends: after the bracket that brings the depth
   * back to zero (and a {@code ;}), when no {@code else}, {@code catch}, {@code finally}, member
   * access or call goes on; -1 when the brackets never close or the span is too long, or nothing
   * was opened.
   */
  static int statementEnd(String t, int s) {
    int depth = 0;
    boolean opened = false;
    int limit = Math.min(t.length(), s + MAX_SPAN);
    for (int i = s; i < limit; i++) {
      char c = t.charAt(i);
      if (c == '{' || c == '(' || c == '[') {
        depth++;
        opened = true;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
        if (depth < 0) {
          return -1;
        }
        if (depth == 0 && c != ')') {
          int j = i + 1;
          if (j < t.length() && t.charAt(j) == ';') {
            j++;
          }
          if (!goesOn(t, j)) {
            return j;
          }
        }
      } else if (c == ';' && depth == 0 && opened) {
        if (!goesOn(t, i + 1)) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** Whether the code goes on at {@code j}: {@code else}, {@code catch}, {@code finally}, {@code .x}, a bracket. */
  private static boolean goesOn(String t, int j) {
    while (j < t.length() && t.charAt(j) == ' ') {
      j++;
    }
    if (j >= t.length()) {
      return false;
    }
    char c = t.charAt(j);
    return c == '{' || c == '(' || c == '.' || c == ';' || c == '}'
        || t.startsWith("else", j) || t.startsWith("catch", j) || t.startsWith("finally", j);
  }
}
