package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;

/**
 * Finds the captions of a gallery in a whole-page copy: a page that shows its pictures one after
 * another prints their captions one after another, and where one caption carries no marker and
 * no picture's blank lines ({@link PageCaptionRule}) it still stands between two captions. A
 * stretch of at most {@value #MAX_RUN} undecided lines whose neighbours on both sides are
 * captions (of any rule) is part of the gallery when every line of it is caption-shaped. Runs
 * only inside the article of a page copy ({@link PageRegionRule}), after the other caption rules.
 *
 * <table>
 *   <caption>A line between two captions is a caption when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>words</td><td>at most {@value PageCaptionRule#MAX_WORDS}, or at most {@value
 *       #MAX_LONG_WORDS} after a picture's blank lines (more than the text's paragraphs have, at
 *       most {@value PageCaptionRule#MAX_EXTRA} more)</td></tr>
 *   <tr><td>shape</td><td>no colon at its end (a label over a list or a step)</td></tr>
 *   <tr><td>run</td><td>at most {@value #MAX_RUN} such lines between the two captions</td></tr>
 * </table>
 *
 * <p>Examples from the dev page copies: {@code 23h, nhiều người ngồi trong nhà thờ chuẩn bị làm
 * lễ.} between {@code … Ảnh: Lê Hiếu.} and {@code Cổng vào nhà thờ … Ảnh: Lê Hiếu.} is a caption
 * (Zing); a 35-word line after a picture's blank lines between two captions of a fashion gallery
 * is one (Xinh); a 60-word paragraph one blank line after a caption and before the next is text
 * (every paragraph between two captions in the dev page copies has 58 words or more and its
 * paragraphs' blank lines).
 *
 * <p>Immutable and thread-safe.
 */
final class CaptionRunRule implements Rule {
  /** Most lines between two captions that can all be captions of the same gallery. */
  static final int MAX_RUN = 2;
  /** Most words of a gallery caption that stands after a picture's blank lines. */
  static final int MAX_LONG_WORDS = 70;

  @Override
  public String name() {
    return "CaptionRunRule";
  }

  @Override
  public void apply(Draft draft) {
    PageRegionRule.Region region = draft.region;
    if (region == null) {
      return;
    }
    int end = Math.min(region.end(), draft.lines.size() - 1);
    int measure = -2; // computed on the first candidate: most pages have no caption at all
    int afterCaption = -1; // the last caption line, while only undecided lines follow it
    int[] run = new int[MAX_RUN];
    int runLength = 0;
    for (int i = region.start() + 1; i <= end; i++) {
      if (region.outside().get(i)) {
        continue;
      }
      DraftLine line = draft.lines.get(i);
      if (isCaption(line)) {
        if (afterCaption >= 0 && runLength > 0) {
          if (measure == -2) {
            measure = PageCaptionRule.paragraphGap(draft, region, end);
          }
          if (allCaptionShaped(draft, run, runLength, measure)) {
            for (int k = 0; k < runLength; k++) {
              draft.lines.get(run[k]).wholeUndecided().decide(Label.CAPTION, null, name());
            }
          }
        }
        afterCaption = i;
        runLength = 0;
      } else if (afterCaption >= 0 && line.wholeUndecided() != null && runLength < MAX_RUN) {
        run[runLength++] = i;
      } else {
        afterCaption = -1;
        runLength = 0;
      }
    }
  }

  /** Whether every piece of the line is decided and one of them is a caption. */
  private static boolean isCaption(DraftLine line) {
    boolean caption = false;
    for (Piece p : line.pieces) {
      if (!p.decided()) {
        return false;
      }
      caption |= p.label == Label.CAPTION;
    }
    return caption;
  }

  private static boolean allCaptionShaped(Draft draft, int[] run, int length, int measure) {
    for (int k = 0; k < length; k++) {
      DraftLine line = draft.lines.get(run[k]);
      int limit = PageCaptionRule.pictureGap(PageCaptionRule.gap(draft, run[k]), measure)
          ? MAX_LONG_WORDS : PageCaptionRule.MAX_WORDS;
      if (line.words() > limit || PageShape.endsWith(line.text, ':')) {
        return false;
      }
    }
    return true;
  }
}
