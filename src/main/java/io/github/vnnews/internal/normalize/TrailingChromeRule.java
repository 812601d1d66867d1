package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Removes what a page prints after the byline: once a whole-line byline closes the text, every
 * later short line (related headlines, section links, newsletter prompts) is chrome, as long as no
 * paragraph of text follows. A byline above all text (the author under the headline, the Thanh
 * Niên and Tuổi Trẻ layout) closes nothing.
 *
 * <p>Immutable and thread-safe.
 */
final class TrailingChromeRule implements Rule {
  @Override
  public String name() {
    return "TrailingChromeRule";
  }

  @Override
  public void apply(Draft draft) {
    int byline = -1;
    for (int k = draft.lines.size() - 1; k >= 0; k--) {
      DraftLine l = draft.lines.get(k);
      if (l.pieces.get(0).label == Label.BYLINE && !l.pieces.get(0).inline()) {
        byline = k;
        break;
      }
    }
    if (byline < 0 || BylineRule.lastParagraph(draft) > byline || !textBefore(draft, byline)) {
      return;
    }
    for (int k = byline + 1; k < draft.lines.size(); k++) {
      DraftLine l = draft.lines.get(k);
      if (l.hasBody() && l.words() > BylineRule.SHORT_LINE) {
        return;
      }
    }
    for (int k = byline + 1; k < draft.lines.size(); k++) {
      Piece p = draft.lines.get(k).wholeUndecided();
      if (p != null) {
        p.decide(Label.CHROME, RemovedKind.RELATED, name());
      }
    }
  }

  private static boolean textBefore(Draft draft, int line) {
    for (int k = 0; k < line; k++) {
      if (draft.lines.get(k).hasBody()) {
        return true;
      }
    }
    return false;
  }
}
