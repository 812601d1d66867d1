package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the notes that a serialised story prints where a part ends: {@code (Còn nữa)}, {@code
 * (còn tiếp...)}, {@code (Hết)}, {@code (Xem tiếp)}, with a rule of underscores or asterisks
 * before them, as {@link RemovedKind#CHROME}; and the announcement of the next part with its
 * headline ({@code Kỳ tới: Thực hư người ngoài hành tinh}, {@code Kỳ sau: …}), which closes the
 * text, as {@link RemovedKind#RELATED}. A note must open a sentence; a bracketed note is never
 * text. A byline after a note is left for {@link BylineRule}.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>removed</th></tr>
 *   <tr><td>{@code … nổ súng. (Còn tiếp) Di Linh}</td><td>{@code (Còn tiếp)}</td></tr>
 *   <tr><td>{@code … thấy. ___ (Còn nữa)}</td><td>{@code ___ (Còn nữa)}</td></tr>
 *   <tr><td>{@code … mỏi. Kỳ tới: Kim Tử Long muốn thoát “vòng vây”}</td><td>{@code Kỳ tới: …}</td></tr>
 *   <tr><td>{@code … còn tiếp tục điều tra.}</td><td>nothing</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class ContinuationRule implements Rule {
  private static final Pattern NOTE =
      Pattern.compile(
          "(?:[_*]{3,} ?)?\\((?:(?iu)còn nữa|còn tiếp|hết|xem tiếp|kỳ sau|còn)(?: ?\\.{2,3}|…)?\\)\\.?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NEXT =
      Pattern.compile(
          "(?:[_*]{3,} ?)?(?:Đón đọc |Mời đọc )?(?:Kỳ tới|Kỳ sau|Bài tới|Bài sau|KỲ TỚI|KỲ SAU|kỳ tới|kỳ sau)"
              + " ?: ?(?=\\S)",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** Most words of the next part's announcement (its headline, a byline glued to it). */
  static final int MAX_NEXT_WORDS = 40;

  private static final DraftLine.Needle[] HINTS =
      DraftLine.Needle.of("òn nữa", "òn tiếp", "ÒN NỮA", "ÒN TIẾP", "(Hết", "(hết", "em tiếp",
          "(Còn", "(còn", "ỳ tới", "ỳ sau", "ài tới", "ài sau", "Ỳ TỚI", "Ỳ SAU");

  @Override
  public String name() {
    return "ContinuationRule";
  }

  @Override
  public void apply(Draft draft) {
    int last = draft.lastContentLine();
    for (int li = 0; li < draft.lines.size(); li++) {
      DraftLine line = draft.lines.get(li);
      if (!hinted(line)) {
        continue;
      }
      int cuts = 0;
      for (int pi = 0; pi < line.pieces.size() && cuts < MAX_CUTS; pi++) {
        Piece p = line.pieces.get(pi);
        if (p.decided()) {
          continue;
        }
        Piece cut = note(line, p);
        if (cut == null && li == last) {
          cut = next(line, p);
        }
        if (cut != null) {
          pi = line.pieces.indexOf(cut);
          cuts++;
        }
      }
    }
  }

  private static boolean hinted(DraftLine line) {
    for (DraftLine.Needle h : HINTS) {
      if (line.mayContain(h) && line.text.contains(h.text)) {
        return true;
      }
    }
    return false;
  }

  /** Cuts the first bracketed note of the piece that opens a sentence; null when none. */
  private Piece note(DraftLine line, Piece p) {
    Matcher m = NOTE.matcher(line.text).region(p.start, p.end);
    while (m.find()) {
      if (opensSentence(line.text, m.start(), p.start)) {
        return line.cut(p, m.start(), m.end(), Label.CHROME, RemovedKind.CHROME, name());
      }
    }
    return null;
  }

  /** Cuts the announcement of the next part, to the end of the piece; null when none. */
  private Piece next(DraftLine line, Piece p) {
    Matcher m = NEXT.matcher(line.text).region(p.start, p.end);
    while (m.find()) {
      if (opensSentence(line.text, m.start(), p.start)
          && Sentences.words(line.text, m.start(), p.end, MAX_NEXT_WORDS + 1) <= MAX_NEXT_WORDS
          && line.blank(p.end, line.text.length())) {
        return line.cut(p, m.start(), p.end, Label.CHROME, RemovedKind.RELATED, name());
      }
    }
    return null;
  }

  /**
   * Whether a note at {@code at} opens a sentence: the piece starts there, or a sentence end, a
   * closing quote or bracket, a name (the byline it follows: {@code Vũ Phượng (Còn tiếp)}) or a
   * rule stands before it.
   */
  private static boolean opensSentence(String t, int at, int from) {
    int k = at - 1;
    while (k >= from && t.charAt(k) == ' ') {
      k--;
    }
    if (k < from) {
      return true;
    }
    char c = t.charAt(k);
    if (c == '.' || c == '!' || c == '?' || c == '…' || c == '”' || c == '"' || c == ')'
        || c == ':' || c == '_' || c == '*') {
      return true;
    }
    if (t.charAt(at) != '(') {
      return false;
    }
    int ws = t.lastIndexOf(' ', k) + 1;
    return Character.isLetter(c) && Character.isUpperCase(t.charAt(Math.max(ws, from)));
  }
}
