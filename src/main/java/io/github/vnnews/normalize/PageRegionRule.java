package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article in a whole-page copy (the {@code innerText} of a page, {@link PageShape}): the
 * region from the headline through stamp, sapo, body and byline, by what the lines look like, not
 * by what they say. Off for any text that is not a page copy.
 *
 * <ol>
 *   <li>Every line gets the log-odds of being article text from a learned model ({@code
 *       page-line.tsv}, {@link PageShape#LINE_FEATURES}): its length, punctuation, function words,
 *       blank lines around it, the run of short lines it stands in and its neighbours' shape.
 *   <li>The region's core is the run of lines with the greatest sum of log-odds: a short line
 *       between paragraphs costs little, a menu of many items costs more than the text beyond it
 *       gains.
 *   <li>The headline is the title-like line above the core (or at its top) that a second learned
 *       model ({@code page-title.tsv}) likes best: near the core, the stamp or a name next to it,
 *       a paragraph under it, its text echoed elsewhere on the page (breadcrumb, share box), not
 *       inside a run of menu items. No line above even odds, no headline.
 *   <li>The stamp nearest the headline is the dateline and gives the publication time (a name on
 *       the same line is the byline); names between headline and text are bylines; lines between
 *       them that are not text (labels, related links) are chrome; a byline just after the core
 *       closes the region.
 *   <li>Everything else is outside; {@link PageChromeRule} removes what no pattern rule claimed.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class PageRegionRule implements Rule {
  /** The line model's resource. */
  static final String LINE_MODEL = "page-line.tsv";
  /** The headline model's resource. */
  static final String TITLE_MODEL = "page-title.tsv";
  /** The features of the headline model. */
  static final List<String> TITLE_FEATURES = List.of(
      "distance", "inside", "echo", "words", "shortRun", "margin", "nextStamp", "prevStamp",
      "nextParagraph", "blankBefore", "blankAfter", "allCaps", "chromeBetween");
  /** Lines above the region's core where the headline is looked for. */
  static final int HEAD_WINDOW = 15;
  /** Lines around the headline where its stamp is looked for. */
  static final int STAMP_WINDOW = 4;
  /** Lines after the region's core where a byline is looked for. */
  static final int TAIL_WINDOW = 4;
  /** Most words of a line holding a stamp. */
  static final int STAMP_WORDS = 16;
  /** Most words of a byline line. */
  static final int BYLINE_WORDS = 8;

  private static final LinearModel LINES =
      LinearModel.resource(LINE_MODEL, PageShape.LINE_FEATURES);
  private static final LinearModel TITLES = LinearModel.resource(TITLE_MODEL, TITLE_FEATURES);

  /**
   * The region found in a page copy.
   *
   * @param start index of its first line (the headline, when there is one)
   * @param end index of its last line
   * @param outside the lines that are page chrome (decided by {@link PageChromeRule})
   * @param headAuthor the name of a byline between headline and text, or null
   */
  record Region(int start, int end, BitSet outside, String headAuthor) {}

  @Override
  public String name() {
    return "PageRegionRule";
  }

  @Override
  public void apply(Draft draft) {
    PageShape shape = new PageShape(draft.lines);
    if (!shape.isPageCopy()) {
      return;
    }
    int n = shape.size;
    double[] margin = new double[n];
    for (int i = 0; i < n; i++) {
      double[] x = shape.lineFeatures(i);
      margin[i] = LINES.margin(x);
      if (draft.trace != null) {
        DraftLine l = draft.lines.get(i);
        draft.trace.example(LINE_MODEL, x, l.number, l.text, 0, l.text.length());
      }
    }
    int[] core = maxSegment(margin);
    int s = core[0];
    int e = core[1];
    int headline = headline(draft, shape, margin, s);
    int top = headline >= 0 ? Math.min(headline, s) : s;
    if (headline >= 0) {
      Piece p = draft.lines.get(headline).pieces.get(0);
      p.decide(Label.TITLE, null, name());
      draft.title = TitleRule.cleanTitle(p.text());
    }
    BitSet outside = new BitSet(n);
    int stamp = stamp(draft, shape, top, s);
    String headAuthor = null;
    for (int i = 0; i < top; i++) {
      if (i != stamp) {
        outside.set(i);
      }
    }
    for (int i = top + 1; i < s; i++) {
      if (i == stamp || !draft.lines.get(i).pieces.get(0).isBody()
          || draft.lines.get(i).pieces.size() > 1) {
        continue;
      }
      Piece p = draft.lines.get(i).pieces.get(0);
      if (byline(shape, i, p.text())) {
        p.decide(Label.BYLINE, RemovedKind.BYLINE, name());
        if (headAuthor == null) {
          headAuthor = BylineRule.author(p.text());
        }
      } else if (!shape.paragraph(i) && margin[i] < 0 && !(shape.terminal[i] && shape.words[i] >= 6)) {
        outside.set(i);
      }
    }
    int end = e;
    for (int i = e + 1; i < n && i <= e + TAIL_WINDOW; i++) {
      Piece p = draft.lines.get(i).pieces.get(0);
      if (p.isBody() && draft.lines.get(i).pieces.size() == 1 && byline(shape, i, p.text())) {
        end = i;
        break;
      }
    }
    for (int i = end + 1; i < n; i++) {
      if (i != stamp) {
        outside.set(i);
      }
    }
    draft.region = new Region(top, end, outside, headAuthor);
  }

  /**
   * The run {@code [start, end]} with the greatest sum (Kadane); ties keep the earliest.
   *
   * @param m the values
   * @return start and end index (inclusive)
   */
  static int[] maxSegment(double[] m) {
    double best = Double.NEGATIVE_INFINITY;
    double cur = 0;
    int s = 0;
    int bs = 0;
    int be = 0;
    for (int i = 0; i < m.length; i++) {
      if (cur <= 0) {
        cur = m[i];
        s = i;
      } else {
        cur += m[i];
      }
      if (cur > best) {
        best = cur;
        bs = s;
        be = i;
      }
    }
    return new int[] {bs, be};
  }

  /** The headline's index, or -1: the best title-like line near the core, if the model agrees. */
  private int headline(Draft draft, PageShape shape, double[] margin, int s) {
    int best = -1;
    double bestMargin = 0;
    int from = Math.max(0, s - HEAD_WINDOW);
    for (int k = from; k <= s && k < shape.size; k++) {
      DraftLine line = draft.lines.get(k);
      Piece p = line.wholeUndecided();
      if (p == null || shape.words[k] < 2 || !TitleRule.titleLike(line.text)) {
        continue;
      }
      double[] x = titleFeatures(draft, shape, margin, s, k);
      double m = TITLES.margin(x);
      if (draft.trace != null) {
        draft.trace.example(TITLE_MODEL, x, line.number, line.text, 0, line.text.length());
      }
      if (m > bestMargin) {
        bestMargin = m;
        best = k;
      }
    }
    return best;
  }

  private static double[] titleFeatures(
      Draft draft, PageShape shape, double[] margin, int s, int k) {
    double[] x = new double[TITLE_FEATURES.size()];
    x[0] = Math.log1p(Math.abs(s - k));
    x[1] = k >= s ? 1 : 0;
    x[2] = echoed(draft, k) ? 1 : 0;
    x[3] = shape.logWords(k);
    x[4] = Math.log1p(shape.run[k]);
    x[5] = Math.max(-10, Math.min(10, margin[k])) / 10;
    boolean nextStamp = false;
    for (int j = k + 1; j <= k + 2 && j < shape.size; j++) {
      nextStamp |= stampLine(draft, shape, j) != null || byline(shape, j, draft.lines.get(j).text);
    }
    x[6] = nextStamp ? 1 : 0;
    boolean prevStamp = false;
    for (int j = k - 1; j >= k - 2 && j >= 0; j--) {
      prevStamp |= stampLine(draft, shape, j) != null;
    }
    x[7] = prevStamp ? 1 : 0;
    boolean paragraph = false;
    for (int j = k + 1; j <= k + 3 && j < shape.size; j++) {
      paragraph |= shape.paragraph(j);
    }
    x[8] = paragraph ? 1 : 0;
    x[9] = shape.blankBefore[k] ? 1 : 0;
    x[10] = shape.blankAfter[k] ? 1 : 0;
    String t = draft.lines.get(k).text;
    x[11] = t.equals(t.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
    int chrome = 0;
    for (int j = Math.min(k, s) + 1; j < Math.max(k, s); j++) {
      if (margin[j] < -2) {
        chrome++;
      }
    }
    x[12] = Math.log1p(chrome);
    return x;
  }

  /** Whether another line of the page repeats line {@code k} or opens with it, in any case. */
  private static boolean echoed(Draft draft, int k) {
    String t = draft.lines.get(k).lower();
    for (int j = 0; j < draft.lines.size(); j++) {
      if (j == k) {
        continue;
      }
      DraftLine o = draft.lines.get(j);
      if (o.text.length() >= t.length() && o.text.length() <= t.length() + 40
          && o.lower().startsWith(t)) {
        return true;
      }
    }
    return false;
  }

  /** The stamp a short line holds, or null. */
  private static VietnameseDates.Stamp stampLine(Draft draft, PageShape shape, int i) {
    if (shape.words[i] > STAMP_WORDS) {
      return null;
    }
    String t = draft.lines.get(i).text;
    if (!VietnameseDates.mayHoldDate(t)) {
      return null;
    }
    Optional<VietnameseDates.Stamp> st = VietnameseDates.find(t);
    return st.isPresent() && st.get().time().time() != null ? st.get() : null;
  }

  /**
   * Decides the stamp nearest the headline (or the region's top) as the dateline, with a name on
   * its line as the byline, and takes the publication time from it.
   *
   * @return the stamp line's index, or -1
   */
  private int stamp(Draft draft, PageShape shape, int top, int s) {
    int best = -1;
    VietnameseDates.Stamp found = null;
    int from = Math.max(0, top - STAMP_WINDOW);
    int to = Math.min(shape.size - 1, Math.max(top, s) + STAMP_WINDOW);
    for (int i = from; i <= to; i++) {
      DraftLine line = draft.lines.get(i);
      if (line.wholeUndecided() == null) {
        continue;
      }
      VietnameseDates.Stamp st = stampLine(draft, shape, i);
      if (st != null && (best < 0 || Math.abs(i - top) < Math.abs(best - top))) {
        best = i;
        found = st;
      }
    }
    if (best < 0) {
      return -1;
    }
    DraftLine line = draft.lines.get(best);
    Piece p = line.pieces.get(0);
    String t = line.text;
    String before = VietnameseDates.residue(t.substring(0, found.start()));
    String after = VietnameseDates.residue(t.substring(found.end()));
    String name = before.isEmpty() ? after : after.isEmpty() ? before : null;
    String author = name == null || name.isEmpty() ? null : BylineRule.author(name);
    if (author != null && Sentences.words(name) <= BYLINE_WORDS) {
      int ns = before.isEmpty() ? t.lastIndexOf(name) : t.indexOf(name);
      if (ns >= 0) {
        line.cut(p, ns, ns + name.length(), Label.BYLINE, RemovedKind.BYLINE, name());
        if (draft.author == null) {
          draft.author = author;
        }
      }
    }
    for (Piece q : line.pieces) {
      if (!q.decided()) {
        q.decide(Label.DATELINE, RemovedKind.DATELINE, name());
      }
    }
    Optional<VietnameseDates.Stamp> whole = line.parseStamp(t);
    boolean updated = whole.isPresent() && whole.get().updated();
    if (updated) {
      draft.modifiedAt = found.time();
    } else if (draft.publishedAt == null) {
      draft.publishedAt = found.time();
    }
    return best;
  }

  /** A byline line: a short list of personal names (or a name with its role), not a menu echo. */
  private static boolean byline(PageShape shape, int i, String t) {
    return shape.words[i] <= BYLINE_WORDS && shape.words[i] >= 2 && shape.run[i] <= 3
        && BylineRule.author(t) != null;
  }
}
