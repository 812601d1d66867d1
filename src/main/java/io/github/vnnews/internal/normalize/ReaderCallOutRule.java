package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.List;

/**
 * Removes the call to readers that closes an article with the desk's e-mail address: {@code Mọi
 * phản ánh, ý kiến, thông tin nóng, bài vở cộng tác của độc giả có thể gửi cho chúng tôi theo địa
 * chỉ: Email: … Hotline: …}, {@code Bạn đọc muốn gửi các câu hỏi thắc mắc về các vấn đề pháp luật,
 * xin gửi về địa chỉ …@vietnamnet.vn (…) Ban Bạn đọc}, {@code Hãy gửi ngay những tâm sự của bạn tới
 * mail …}. In the 35,440-article crawl 113 articles close with an e-mail address, from at least
 * seven outlets' desks; most are such calls. The call is the unit ({@link Units}: a sentence, or a
 * piece glued on without a stop) that holds the last address, to the end of the text, when the
 * address stands in the last {@value #MAX_AFTER_WORDS} words and the unit speaks to the reader
 * ({@code bạn đọc}, {@code độc giả}, {@code chúng tôi}, {@code của bạn}, {@code hãy}, {@code
 * xin}, {@code vui lòng}); an address in a sentence of the story ({@code … cho biết qua email
 * …}) or a company's contact block stays. Cut as {@link RemovedKind#FOOTER}.
 *
 * <p>Immutable and thread-safe.
 */
final class ReaderCallOutRule implements Rule {
  /** Most words after the address (a hotline, a note in brackets, the desk's name). */
  static final int MAX_AFTER_WORDS = 25;
  /** Most words of the call up to the address. */
  static final int MAX_CALL_WORDS = 60;
  /** How far back from the address units are looked for, in characters. */
  static final int WINDOW = 600;

  private static final DraftLine.Needle AT = new DraftLine.Needle("@");
  private static final String[] CUES = {
    "bạn đọc", "Bạn đọc", "độc giả", "Độc giả", "chúng tôi", "của bạn", "Hãy ", "hãy ", "xin ",
    "Xin ", "vui lòng"};

  @Override
  public String name() {
    return "ReaderCallOutRule";
  }

  @Override
  public void apply(Draft draft) {
    Piece last = Closing.lastPiece(draft);
    if (last == null || !last.line.mayContain(AT)) {
      return;
    }
    String t = last.line.text;
    int at = t.lastIndexOf('@', last.end - 1);
    if (at <= last.start || !isAddress(t, at, last.end)
        || Sentences.words(t, at, last.end, MAX_AFTER_WORDS + 2) > MAX_AFTER_WORDS + 1) {
      return;
    }
    int from = Math.max(last.start, at - WINDOW);
    while (from > last.start && t.charAt(from - 1) != ' ') {
      from--;
    }
    List<Units.Unit> units = Units.split(last.line, from, last.end);
    int start = -1;
    for (Units.Unit u : units) {
      if (u.start() <= at && at < u.end()) {
        start = u.start();
        break;
      }
    }
    if (start < 0 || start == from && from > last.start
        || Sentences.words(t, start, at, MAX_CALL_WORDS + 1) > MAX_CALL_WORDS
        || !speaksToReader(t, start, last.end)) {
      return;
    }
    last.line.cut(last, start, bylineStart(t, at, last.end), Label.CHROME, RemovedKind.FOOTER,
        name());
  }

  /**
   * Where a byline closing the text after the call starts ({@code … @gmail.com Ngọc Nga}, {@code
   * … Độc giả Đoàn Khánh}: the name is left for {@link BylineRule}; not a credit's name after
   * its colon), or {@code end}.
   */
  private static int bylineStart(String t, int at, int end) {
    while (end > at && t.charAt(end - 1) == ' ') {
      end--;
    }
    int best = end;
    int k = end;
    for (int words = 1; words <= 4; words++) {
      int sp = t.lastIndexOf(' ', k - 1);
      if (sp <= at) {
        break;
      }
      k = sp;
      String run = t.substring(sp + 1, end);
      if (words >= 2 && BylineRule.author(run) != null && t.charAt(sp - 1) != ':') {
        best = sp + 1;
      }
    }
    return best;
  }

  /** Whether an e-mail address holds the {@code @} at {@code at}: a word before it, a dot after. */
  private static boolean isAddress(String t, int at, int end) {
    if (!Character.isLetterOrDigit(t.charAt(at - 1))) {
      return false;
    }
    for (int i = at + 1; i < end; i++) {
      char c = t.charAt(i);
      if (c == '.' && i > at + 1 && i + 1 < end && Character.isLetter(t.charAt(i + 1))) {
        return true;
      }
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
        return false;
      }
    }
    return false;
  }

  private static boolean speaksToReader(String t, int from, int to) {
    String span = t.substring(from, to);
    for (String cue : CUES) {
      if (span.contains(cue)) {
        return true;
      }
    }
    return false;
  }
}
