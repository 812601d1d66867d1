package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;

/**
 * Recovers a headline that a copy site printed after the text: when no title was found at the top,
 * a last short line without terminal punctuation, followed by nothing but chrome, cannot be a
 * crosshead (a crosshead always has text under it), so it is the headline.
 *
 * <p>Immutable and thread-safe.
 */
final class TrailingTitleRule implements Rule {
  @Override
  public String name() {
    return "TrailingTitleRule";
  }

  @Override
  public void apply(Draft draft) {
    if (draft.title != null || draft.region != null) {
      return;
    }
    int last = draft.lastContentLine();
    int first = draft.firstContentLine();
    if (last <= first || last < 0) {
      return;
    }
    Piece p = draft.lines.get(last).wholeUndecided();
    if (p == null) {
      return;
    }
    String t = p.text();
    int words = Sentences.words(t);
    char end = t.charAt(t.length() - 1);
    if (words >= 3 && words <= 20 && TitleRule.titleLike(t) && end != '?' && end != '!'
        && !TitleRule.credit(t)) {
      p.decide(Label.TITLE, null, name());
      draft.title = TitleRule.cleanTitle(t);
    }
  }
}
