package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Removes what repeats across the documents of the corpus ({@link Boilerplate}): whole lines
 * found in at least half of the corpus's sampled documents, and the words a crawler glued before
 * the first or after the last line of every article. Off when the normaliser was given no corpus
 * evidence (a single article).
 *
 * <p>Immutable and thread-safe.
 */
final class BoilerplateRule implements Rule {
  @Override
  public String name() {
    return "BoilerplateRule";
  }

  @Override
  public void apply(Draft draft) {
    Boilerplate b = draft.boilerplate;
    if (b == null || b.isEmpty()) {
      return;
    }
    for (DraftLine line : draft.lines) {
      Piece p = line.wholeUndecided();
      if (p != null && b.repeatedLine(line.text)) {
        p.decide(Label.CHROME, RemovedKind.CHROME, name());
      }
    }
    // the learner looked at the first and last few lines of each document: so does the rule
    int seen = 0;
    for (int i = 0; i < draft.lines.size() && seen < Boilerplate.END_LINES; i++) {
      DraftLine line = draft.lines.get(i);
      if (!line.hasBody()) {
        continue;
      }
      seen++;
      Piece p = line.pieces.get(0);
      if (!p.decided()) {
        int end = b.prefixEnd(p.text());
        if (end > 0) {
          line.cut(p, p.textStart(), p.textStart() + end, Label.CHROME, RemovedKind.CHROME, name());
        }
      }
    }
    seen = 0;
    for (int i = draft.lines.size() - 1; i >= 0 && seen < Boilerplate.END_LINES; i--) {
      DraftLine line = draft.lines.get(i);
      if (!line.hasBody()) {
        continue;
      }
      seen++;
      Piece p = line.pieces.get(line.pieces.size() - 1);
      if (!p.decided()) {
        int start = b.suffixStart(p.text());
        if (start > 0) {
          int at = p.textStart();
          line.cut(p, at + start, at + p.text().length(), Label.CHROME, RemovedKind.CHROME,
              name());
        }
      }
    }
  }
}
