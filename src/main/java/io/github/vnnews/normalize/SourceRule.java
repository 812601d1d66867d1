package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes source lines and records the outlet they name: {@code Nguồn: dangcongsan.vn}, {@code
 * Theo TTXVN}, {@code (Theo Reuters)}, {@code (theo makeuseof)}, on a line of their own or closing
 * the last paragraph. A source is never the author. {@code "Theo Báo cáo hội nghị, …"} is body.
 *
 * <p>Immutable and thread-safe.
 */
final class SourceRule implements Rule {
  private static final Pattern LINE =
      Pattern.compile(
          "^(?:\\( ?(?:[Tt]heo|[Nn]guồn ?:) ?([^()]{1,40}?) ?\\)|(?:Theo|Nguồn ?:|NGUỒN ?:) ?"
              + "((?:\\p{Lu}|[\\w-]+\\.[a-z]{2,})[^,;!?()]{0,40}?))\\.?$",
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
      return null;
    }
    String o = m.group(1) != null ? m.group(1) : m.group(2);
    return o.strip();
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
        }
      }
    }
    Piece last = Closing.lastPiece(draft);
    if (last == null || last.end - last.start < 20) {
      return;
    }
    String t = last.line.text;
    int from = Math.max(last.start, last.end - 70);
    for (int k = from; k < last.end; k++) {
      char c = t.charAt(k);
      if ((c == 'T' || c == 't' || c == 'N' || c == '(') && (k == 0 || t.charAt(k - 1) == ' ')) {
        String cand = t.substring(k, last.end).strip();
        String o = outlet(cand);
        if (o != null && precededByBoundary(t, k, last.start)) {
          last.line.cut(last, k, last.end, Label.CHROME, RemovedKind.SOURCE, name());
          draft.sourceOutlet = o;
          return;
        }
      }
    }
  }

  /** Text before {@code at} ends a sentence, or is a name (a byline then the source). */
  static boolean precededByBoundary(String t, int at, int pieceStart) {
    int k = at - 1;
    while (k >= pieceStart && t.charAt(k) == ' ') {
      k--;
    }
    if (k < pieceStart) {
      return true;
    }
    char c = t.charAt(k);
    if (c == '.' || c == '!' || c == '?' || c == '”' || c == ':' || c == '"' || c == '…') {
      return true;
    }
    return t.charAt(at) == '(' && Character.isLetter(c);
  }
}
