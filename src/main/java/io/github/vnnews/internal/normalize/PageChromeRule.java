package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Removes the lines of a page copy that {@link PageRegionRule} put outside the article and that no
 * pattern rule (menus, share bars, footers, tags …) has claimed, with a kind read off their shape
 * and place.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>line</th><th>kind</th></tr>
 *   <tr><td>in a teaser list ({@link PageRegionRule#teaserLists})</td>
 *       <td>{@link RemovedKind#RELATED}</td></tr>
 *   <tr><td>headline-shaped (four or more words, no final stop) after the article's start, or
 *       next to another such line</td><td>{@link RemovedKind#RELATED}</td></tr>
 *   <tr><td>in a run of short lines</td><td>{@link RemovedKind#MENU}</td></tr>
 *   <tr><td>anything else</td><td>{@link RemovedKind#CHROME}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class PageChromeRule implements Rule {
  /** Fewest words of a related headline. */
  static final int HEADLINE_WORDS = 4;

  @Override
  public String name() {
    return "PageChromeRule";
  }

  @Override
  public void apply(Draft draft) {
    PageRegionRule.Region region = draft.region;
    if (region == null) {
      return;
    }
    for (int i = region.outside().nextSetBit(0); i >= 0; i = region.outside().nextSetBit(i + 1)) {
      DraftLine line = draft.lines.get(i);
      for (Piece p : line.pieces) {
        if (!p.decided()) {
          p.decide(Label.CHROME, kind(draft, i, region), name());
        }
      }
    }
  }

  private static RemovedKind kind(Draft draft, int i, PageRegionRule.Region region) {
    DraftLine line = draft.lines.get(i);
    int words = line.words();
    boolean stop = Sentences.endsTerminal(line.text, 0, line.text.length());
    if (region.teasers().get(i)) {
      return RemovedKind.RELATED; // a teaser list's headline or summary
    }
    if (headline(draft, i) && (i > region.start() || headline(draft, i - 1)
        || headline(draft, i + 1))) {
      return RemovedKind.RELATED;
    }
    boolean shortPrev = i > 0 && draft.lines.get(i - 1).words() <= PageShape.SHORT_WORDS;
    boolean shortNext =
        i + 1 < draft.lines.size() && draft.lines.get(i + 1).words() <= PageShape.SHORT_WORDS;
    if (words <= PageShape.SHORT_WORDS && !stop && (shortPrev || shortNext)) {
      return RemovedKind.MENU;
    }
    return RemovedKind.CHROME;
  }

  /** Headline-shaped: {@value #HEADLINE_WORDS} words or more, no final full stop. */
  private static boolean headline(Draft draft, int i) {
    if (i < 0 || i >= draft.lines.size()) {
      return false;
    }
    DraftLine line = draft.lines.get(i);
    return line.words() >= HEADLINE_WORDS
        && !Sentences.endsTerminal(line.text, 0, line.text.length());
  }
}
