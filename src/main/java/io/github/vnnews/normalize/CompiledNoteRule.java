package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a compilation note ({@code (Tổng hợp)}, {@code (t/h)}) off the end of the article; the
 * name before it, if any, is then left for {@link BylineRule}. A last line that is a compilation
 * phrase of the shared {@link ChromeLexicon} alone ({@code Tổng hợp}) is removed whole.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledNoteRule implements Rule {
  private static final Pattern NOTE =
      Pattern.compile(
          "\\((?:[Tt]ổng hợp|TỔNG HỢP|[Tt]/[Hh]|TH|[Tt]ổng hợp từ [^()]{1,40})\\)\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);

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
    int from = Math.max(last.start, last.end - 60);
    Matcher m = NOTE.matcher(t.substring(from, last.end).stripTrailing());
    if (m.find()) {
      int s = from + m.start();
      if (last.line.text.substring(last.start, s).isBlank()) {
        last.decide(Label.CHROME, RemovedKind.COMPILED, name());
      } else {
        last.line.cut(last, s, from + m.end(), Label.CHROME, RemovedKind.COMPILED, name());
      }
    }
  }
}
