package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the captions of a whole-page copy by the room a picture leaves: {@code innerText} prints
 * a page's paragraphs apart by the same number of blank lines, and a picture standing between
 * two of them adds blank lines of its own, so the short line that opens after more blank lines
 * than the text's paragraphs have is the picture's caption. Runs only where {@link
 * PageRegionRule} found the article of a page copy, and only inside it, on lines no other rule
 * decided (a marked caption, {@code Ảnh: X}, is {@link PhotoCreditRule}'s).
 *
 * <table>
 *   <caption>A line inside the article is a caption when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>blank lines before it</td><td>more than the text's paragraphs have (the most common
 *       number before paragraphs of {@value #LONG_WORDS} words or more), at most {@value
 *       #MAX_EXTRA} more</td></tr>
 *   <tr><td>words</td><td>at most {@value #MAX_WORDS}</td></tr>
 *   <tr><td>shape</td><td>a sentence (a final stop) or {@value #MIN_UNPUNCTUATED} words or more
 *       (a shorter unpunctuated line is a crosshead); no colon at its end (a label over a list or
 *       a step)</td></tr>
 *   <tr><td>place</td><td>after the first paragraph of the text</td></tr>
 * </table>
 *
 * <p>Examples from the dev page copies: {@code Nhà thờ Hàm Long (Hà Nội) lung linh ánh sáng.}
 * after two blank lines where the paragraphs have one is a caption; {@code Bước 1:} after three
 * is a step's label, not a caption; a 75-word paragraph after seven blank lines where the
 * paragraphs have four is text.
 *
 * <p>Immutable and thread-safe.
 */
final class PageCaptionRule implements Rule {
  /** Fewest words of the paragraphs whose blank lines set the text's measure. */
  static final int LONG_WORDS = 40;
  /** Most blank lines a picture adds (more is a box or a section of the page). */
  static final int MAX_EXTRA = 3;
  /** Most words of a caption. */
  static final int MAX_WORDS = 30;
  /** Fewest words of a caption without a final stop. */
  static final int MIN_UNPUNCTUATED = 8;

  @Override
  public String name() {
    return "PageCaptionRule";
  }

  @Override
  public void apply(Draft draft) {
    PageRegionRule.Region region = draft.region;
    if (region == null) {
      return;
    }
    int end = Math.min(region.end(), draft.lines.size() - 1);
    int measure = paragraphGap(draft, region, end);
    if (measure < 0) {
      return;
    }
    boolean textSeen = false;
    for (int i = region.start() + 1; i <= end; i++) {
      if (region.outside().get(i)) {
        continue;
      }
      DraftLine line = draft.lines.get(i);
      Piece p = line.wholeUndecided();
      if (textSeen && p != null && caption(line, gap(draft, i), measure)) {
        p.decide(Label.CAPTION, null, name());
        continue;
      }
      textSeen |= line.hasBody() && line.words() >= PageShape.SHORT_WORDS;
    }
  }

  private static boolean caption(DraftLine line, int gap, int measure) {
    int words = line.words();
    String t = line.text;
    boolean stop = Sentences.endsTerminal(t, 0, t.length());
    return pictureGap(gap, measure) && words <= MAX_WORDS
        && (stop || words >= MIN_UNPUNCTUATED) && !PageShape.endsWith(t, ':');
  }

  /**
   * Whether {@code gap} blank lines before a line are a picture's: more than the text's paragraphs
   * have ({@code measure}, -1 when unknown), at most {@value #MAX_EXTRA} more.
   */
  static boolean pictureGap(int gap, int measure) {
    return measure >= 0 && gap > measure && gap <= measure + MAX_EXTRA;
  }

  /** The most common number of blank lines before the text's long paragraphs, or -1. */
  static int paragraphGap(Draft draft, PageRegionRule.Region region, int end) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = -1;
    int bestCount = 0;
    for (int i = region.start() + 1; i <= end; i++) {
      DraftLine line = draft.lines.get(i);
      if (region.outside().get(i) || line.words() < LONG_WORDS
          || !Sentences.endsTerminal(line.text, 0, line.text.length())) {
        continue;
      }
      int g = gap(draft, i);
      int c = counts.merge(g, 1, Integer::sum);
      if (c > bestCount || c == bestCount && g < best) {
        best = g;
        bestCount = c;
      }
    }
    return best;
  }

  /** The number of blank lines before line {@code i} of the draft. */
  static int gap(Draft draft, int i) {
    return i == 0 ? 0 : draft.lines.get(i).number - draft.lines.get(i - 1).number - 1;
  }
}
