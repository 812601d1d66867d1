package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a compilation note ({@code (Tổng hợp)}, {@code (t/h)}, {@code (Tổng hợp theo báo X)},
 * {@code (Lược dịch)}) off the end of the article, in any letter case; the name before it, if
 * any, is then left for {@link BylineRule}. A note may also stand before the byline ({@code …
 * (Tổng hợp) Duy Ngọc}, {@code … Tổng hợp Hoàng Hà}): then what follows it must be a byline. A
 * last line that is a compilation phrase of the shared {@link ChromeLexicon} alone ({@code Tổng
 * hợp}) is removed whole.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledNoteRule implements Rule {
  private static final Pattern NOTE =
      Pattern.compile(
          "\\((?:(?iu)tổng hợp(?: (?:từ|theo) [^()]{1,60}| [^()]{1,40})?|t/h|t\\.h|th|lược dịch"
              + "|lược thuật|biên dịch)\\)\\.?",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** A bare note before the byline, after a full stop ({@code … ông Hải ngừng ra quân. Tổng hợp}). */
  private static final Pattern BARE =
      Pattern.compile("(?<=[.!?…”\"] ?)(?:Tổng hợp|Tổng Hợp|TỔNG HỢP)(?= \\p{Lu})",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** How far from the end of the article a note is looked for. */
  static final int WINDOW = 90;

  @Override
  public String name() {
    return "CompiledNoteRule";
  }

  @Override
  public void apply(Draft draft) {
    Piece last = Closing.lastPiece(draft);
    if (last == null) {
      return;
    }
    String t = last.line.text;
    if (last.line.wholeUndecided() == last
        && "compiled".equals(ChromeLexicon.defaults().lineKind(last.text()))) {
      last.decide(Label.CHROME, RemovedKind.COMPILED, name()); // "Tổng hợp" alone closing the text
      return;
    }
    int from = Math.max(last.start, last.end - WINDOW);
    String window = t.substring(from, last.end);
    Matcher m = NOTE.matcher(window);
    int found = -1;
    int foundEnd = -1;
    while (m.find()) {
      String rest = window.substring(m.end()).strip();
      if (rest.isEmpty() || BylineRule.author(rest) != null) {
        found = from + m.start();
        foundEnd = from + m.end();
      }
    }
    if (found < 0) {
      Matcher b = BARE.matcher(window);
      while (b.find()) {
        if (BylineRule.author(window.substring(b.end()).strip()) != null) {
          found = from + b.start();
          foundEnd = from + b.end();
        }
      }
    }
    if (found < 0) {
      return;
    }
    if (t.substring(last.start, found).isBlank() && t.substring(foundEnd, last.end).isBlank()) {
      last.decide(Label.CHROME, RemovedKind.COMPILED, name());
    } else {
      last.line.cut(last, found, foundEnd, Label.CHROME, RemovedKind.COMPILED, name());
    }
  }
}
