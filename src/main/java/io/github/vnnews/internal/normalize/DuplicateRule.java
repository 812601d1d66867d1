package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes text printed twice by the crawl: a line equal to an earlier line (an image caption
 * emitted both as figcaption and title), and an earlier line repeated at the start of a later one
 * (the sapo printed again at the top of the body). An outlet tag opening the repeated text is cut
 * apart as {@link RemovedKind#OUTLET_TAG}.
 *
 * <p>Immutable and thread-safe.
 */
final class DuplicateRule implements Rule {
  /** Shortest earlier line that counts as repeated at the start of a later one. */
  static final int MIN_PREFIX = 40;
  /** How many lines back a repeated sapo is looked for. */
  static final int LOOK_BACK = 3;

  @Override
  public String name() {
    return "DuplicateRule";
  }

  @Override
  public void apply(Draft draft) {
    // keyed by the whole text: String hashes every character (and caches it), so lines that agree
    // on their length and ends still spread over the table, and a run of near-identical lines
    // (rows of a table, numbered items) costs linear time, not quadratic
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < draft.lines.size(); i++) {
      DraftLine line = draft.lines.get(i);
      Piece whole = line.pieces.get(0).decided() ? null : line.pieces.get(0);
      if (whole == null) {
        seen.add(line.text);
        continue;
      }
      if (line.pieces.size() == 1 && seen.contains(line.text)
          && Sentences.words(line.text, 0, line.text.length(), 3) >= 3) {
        whole.decide(Label.CHROME, RemovedKind.DUPLICATE, name());
        continue;
      }
      for (int j = Math.max(0, i - LOOK_BACK); j < i; j++) {
        String earlier = draft.lines.get(j).text;
        if (earlier.length() >= MIN_PREFIX && line.text.length() > earlier.length() + 1
            && line.text.startsWith(earlier) && line.text.charAt(earlier.length()) == ' ') {
          int tag = OutletTagRule.tagLength(earlier);
          if (tag > 0) {
            line.cut(whole, 0, tag, Label.DATELINE, RemovedKind.OUTLET_TAG, name());
            whole = line.pieces.get(1);
          }
          line.cut(whole, tag, earlier.length(), Label.CHROME, RemovedKind.DUPLICATE, name());
          break;
        }
      }
      seen.add(line.text);
    }
  }
}
