package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Removes the list under a related-news heading at the end of an article: after a line such as
 * {@code Tin liên quan}, every following short line is a related headline, as long as no paragraph
 * of text follows.
 *
 * <p>Immutable and thread-safe.
 */
final class RelatedBlockRule implements Rule {
  /** Longest line that is taken as a related headline. */
  static final int MAX_WORDS = 30;

  @Override
  public String name() {
    return "RelatedBlockRule";
  }

  @Override
  public void apply(Draft draft) {
    int heading = -1;
    for (int i = 0; i < draft.lines.size(); i++) {
      Piece p = draft.lines.get(i).pieces.get(0);
      if (p.kind == RemovedKind.RELATED && !p.inline()) {
        heading = i;
        break;
      }
    }
    if (heading < 0) {
      return;
    }
    for (int i = heading + 1; i < draft.lines.size(); i++) {
      Piece p = draft.lines.get(i).wholeUndecided();
      if (p != null && p.words(MAX_WORDS + 1) > MAX_WORDS) {
        return;
      }
    }
    for (int i = heading + 1; i < draft.lines.size(); i++) {
      Piece p = draft.lines.get(i).wholeUndecided();
      if (p != null) {
        p.decide(Label.CHROME, RemovedKind.RELATED, name());
      }
    }
  }
}
