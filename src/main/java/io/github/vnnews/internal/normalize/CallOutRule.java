package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes another story's teaser that a link's call to action closes at the end of the article:
 * its headline and sapo, glued without a stop, then {@code Bấm xem >>} or {@code Bấm xem ngay >>}
 * ({@code … Ấn định ngày Ronaldo ra tòa vụ trốn thuế Cơ quan điều tra chính thức phát lệnh triệu
 * tập với siêu sao người Bồ. Bấm xem >> Đăng Đức}). The teaser is the sentence before the call to
 * action, back to the previous sentence end (at most {@value #MAX_TEASER_WORDS} words), cut as
 * {@link RemovedKind#RELATED} with the call; a source after the call ({@code Bấm xem >> Theo
 * VTV}) is cut here, a byline is left for {@link BylineRule}. In the 35,440-article crawl the call stands in 223 articles,
 * 221 times in the last paragraph with at most six words after it.
 *
 * <p>Immutable and thread-safe.
 */
final class CallOutRule implements Rule {
  private static final Pattern CALL =
      Pattern.compile("(?:Bấm|Nhấn|Click|Kích) (?:xem|vào)(?: ngay| thêm)? ?>>+",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** Most words of a teaser: a headline and a sapo. */
  static final int MAX_TEASER_WORDS = 80;
  /** Most words after the call: a byline or a source. */
  static final int MAX_AFTER_WORDS = 6;

  private static final DraftLine.Needle HINT = new DraftLine.Needle(">>");

  @Override
  public String name() {
    return "CallOutRule";
  }

  @Override
  public void apply(Draft draft) {
    Piece last = Closing.lastPiece(draft);
    if (last == null || !last.line.mayContain(HINT)) {
      return;
    }
    String t = last.line.text;
    int at = t.lastIndexOf(">>", last.end);
    if (at < last.start) {
      return;
    }
    int from = Math.max(last.start, at - 20);
    Matcher m = CALL.matcher(t).region(from, Math.min(last.end, at + 8));
    int call = -1;
    int callEnd = -1;
    while (m.find()) {
      call = m.start();
      callEnd = m.end();
    }
    if (call < 0 || Sentences.words(t, callEnd, last.end, MAX_AFTER_WORDS + 1) > MAX_AFTER_WORDS) {
      return;
    }
    int teaser = teaserStart(t, last.start, call);
    if (teaser < 0) {
      return;
    }
    last.line.cut(last, teaser, callEnd, Label.CHROME, RemovedKind.RELATED, name());
    String after = t.substring(callEnd, last.end).strip();
    String outlet = after.isEmpty() ? null : SourceRule.outlet(after);
    if (outlet != null) { // "Bấm xem >> Theo VTV": too short a piece for SourceRule's tail
      last.line.cutSpan(callEnd, last.end, Label.CHROME, RemovedKind.SOURCE, name());
      draft.sourceOutlet = outlet;
    }
  }

  /**
   * Start of the teaser that ends with a sentence end right before the call at {@code call}: after
   * the full stop, question or exclamation mark or ellipsis before that (a quote inside the
   * headline is no boundary), or the piece start; -1 when no sentence ends right before the
   * call or the teaser would be longer than {@value #MAX_TEASER_WORDS} words.
   */
  private static int teaserStart(String t, int from, int call) {
    int k = call - 1;
    while (k >= from && t.charAt(k) == ' ') {
      k--;
    }
    if (k < from || !isStop(t.charAt(k))) {
      return -1;
    }
    int start = from;
    for (int i = k - 1; i > from; i--) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…') && t.charAt(i + 1) == ' ') {
        start = i + 1;
        break;
      }
    }
    return Sentences.words(t, start, call, MAX_TEASER_WORDS + 1) <= MAX_TEASER_WORDS ? start : -1;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '”' || c == '"';
  }
}
