package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
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
      "nextParagraph", "blankBefore", "blankAfter", "allCaps", "textBelow", "capitals",
      "stopwords", "nextByline", "prevByline", "prevParagraph");
  /**
   * Least log-odds of a headline (p = 0.05). The headline model learns from every title-like line
   * of a page, nearly all of them related headlines and labels, so the best line of a page is
   * often below even odds when it is the headline: the best line decides, and this bound only
   * turns away pages whose best line is no headline at all. Set on the dev page copies with
   * leave-one-source-out weights: every right headline scored above -3, the one page whose
   * headline is not title-like (a recipe ending in "^^" won) below -4.
   */
  static final double MIN_TITLE_MARGIN = -3.0;
  /** Fewest words of a headline (menu items and section names have fewer). */
  static final int MIN_TITLE_WORDS = 4;
  /** Lines next to a headline where its stamp and byline are looked for. */
  static final int NEAR = 4;
  /** Lines under the headline where its text may start. */
  static final int HEAD_GAP = 8;
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
   * @param teasers the lines of teaser lists ({@link #teaserLists}), all of them outside
   */
  record Region(int start, int end, BitSet outside, String headAuthor, BitSet teasers) {}

  @Override
  public String name() {
    return "PageRegionRule";
  }

  @Override
  public void apply(Draft draft) {
    if (draft.lines.size() < PageShape.MIN_LINES) {
      return; // most texts: nothing to measure
    }
    PageShape shape = new PageShape(draft.lines);
    if (!shape.isPageCopy()) {
      return;
    }
    int n = shape.size;
    double[] margin = new double[n];
    double[][] features = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] x = shape.lineFeatures(i);
      features[i] = x;
      margin[i] = LINES.margin(x);
      if (draft.trace != null) {
        DraftLine l = draft.lines.get(i);
        draft.trace.example(LINE_MODEL, x, l.number, l.text, 0, l.text.length());
      }
    }
    neutraliseBoxes(draft, shape, margin);
    boolean[] stamps = new boolean[n];
    for (int i = 0; i < n; i++) {
      stamps[i] = stampLine(draft, shape, i) != null;
    }
    Echoes echoes = new Echoes(draft);
    BitSet teasers = teaserLists(draft, shape, features, stamps, echoes);
    for (int i = teasers.nextSetBit(0); i >= 0; i = teasers.nextSetBit(i + 1)) {
      margin[i] = Math.min(margin[i], -TEASER_COST);
    }
    // best[i]: the greatest sum of a run of lines starting at i
    double[] best = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      best[i] = margin[i] + Math.max(0, best[i + 1]);
    }
    int[] core = maxSegment(margin);
    int headline =
        headline(draft, shape, features, margin, best, core[0], stamps, echoes, teasers);
    int s = core[0];
    int e = core[1];
    int top = s;
    if (headline >= 0) {
      top = headline;
      s = textStart(best, headline, n);
      e = s;
      while (e + 1 < n && best[e + 1] > 0) {
        e++;
      }
      Piece p = draft.lines.get(headline).pieces.get(0);
      p.decide(Label.TITLE, null, name());
      draft.title = TitleRule.cleanTitle(p.text());
    }
    e = trimTail(draft, shape, features, echoes, s, e);
    BitSet outside = new BitSet(n);
    int stamp = stamp(draft, shape, top, s);
    String headAuthor = null;
    for (int i = 0; i < top; i++) {
      if (i != stamp) {
        outside.set(i);
      }
    }
    relatedRuns(draft, shape, top + 1, e, outside);
    outside.or(teasers);
    for (int i = top + 1; i < s; i++) {
      if (i == stamp || outside.get(i) || !draft.lines.get(i).pieces.get(0).isBody()
          || draft.lines.get(i).pieces.size() > 1) {
        continue;
      }
      Piece p = draft.lines.get(i).pieces.get(0);
      if (byline(shape, i, p.text()) && !patternChrome(p.text())) {
        p.decide(Label.BYLINE, RemovedKind.BYLINE, name());
        String a = BylineRule.author(trimSeparators(p.text()));
        headAuthor = headAuthor == null ? a : headAuthor + ", " + a;
      } else if (!shape.paragraph(i) && margin[i] < 0
          && !(shape.terminal[i] && shape.words[i] >= 6) && !crosshead(shape, i)) {
        outside.set(i);
      }
    }
    int end = e;
    boolean first = true; // no line but links between the text and line i
    for (int i = e + 1; i < n && i <= e + TAIL_WINDOW; i++) {
      Piece p = draft.lines.get(i).wholeUndecided();
      if (p != null && shape.words[i] <= BYLINE_WORDS && closingStamped(draft, p)) {
        end = i; // "Việt Dũng 03/01/2020 | 19:27": the byline and its stamp under the text
        break;
      }
      if (p != null && closingByline(shape, i, p.text(), first)) {
        end = i;
        String t = p.text();
        String theo = theoName(t);
        if (BylineRule.author(t) == null && theo != null) {
          // Theo + name + outlet: BylineRule reads no name there
          p.decide(Label.BYLINE, RemovedKind.BYLINE, name());
          draft.author = theo;
        }
        break;
      }
      first &= p != null && LinePatternRule.CROSS_LINK.matches(p.text());
    }
    // the lines up to the byline are the text's end, related news between them cut off again
    int last = end > e ? trimTail(draft, shape, features, echoes, s, end - 1) : e;
    for (int i = Math.min(e, last) + 1; i < n; i++) {
      if (i < end && i <= last
          && (shape.terminal[i] || margin[i] >= 0 || crosshead(shape, i))) {
        continue; // a short sentence between the text and its byline is text
      }
      if (i == end) {
        continue;
      }
      if (i != stamp) {
        outside.set(i);
      }
    }
    draft.region = new Region(top, end, outside, headAuthor, teasers);
  }

  /** Fewest teasers of a teaser list. */
  static final int MIN_TEASERS = 3;
  /** Fewest teasers of a list that carry a mark of another story. */
  static final int MIN_MARKED = 2;
  /** Most headline lines of one teaser: its headline with a stamp, then the headline alone. */
  static final int TEASER_HEADS = 2;
  /** Most words of a teaser's summary in a list (often an excerpt cut at a fixed length). */
  static final int EXCERPT_WORDS = 60;
  /** Fewest words of a teaser's summary. */
  static final int EXCERPT_MIN_WORDS = 8;
  /** Log-odds a line of a teaser list is held to at most: no article region runs through it. */
  static final double TEASER_COST = 5.0;

  /**
   * The teaser lists of a page (a box of other stories beside or under the article): {@value
   * #MIN_TEASERS} or more teasers one under the other, each one or two headline-shaped lines (no
   * final stop) over a summary of one or two sentences, and {@value #MIN_MARKED} or more of them
   * marked as another story's: the summary opens with an outlet tag ({@code QK2 –}, {@code
   * (NLĐO)-}), or a headline line carries its own stamp or is printed again on the page (the box's
   * headline with its date, then the headline alone). A photo story (caption, paragraph,
   * caption, paragraph) has the form but not the marks. Linear: each line starts at most one
   * list that is read to its end.
   *
   * <table>
   *   <caption>Examples (Báo Quân khu 2, a dev page copy)</caption>
   *   <tr><th>lines</th><th>teaser?</th></tr>
   *   <tr><td>{@code Ấm tình đồng đội Trường Quân y Quân khu 2 - (16/08/2026 11:10)} / {@code Ấm
   *       tình đồng đội Trường Quân y Quân khu 2} / {@code QK2 – Sáng 16-8, tại Quân khu 2 …}</td>
   *       <td>yes: a stamp, an echo, an outlet tag</td></tr>
   *   <tr><td>{@code Trích đoạn "Thầy đồ dạy học" trong vở chèo cổ Trinh Nguyên} / {@code Các tiết
   *       mục biểu diễn trong chương trình được kết hợp …}</td><td>no mark: a caption and its
   *       paragraph</td></tr>
   * </table>
   *
   * @return the lines of the lists
   */
  static BitSet teaserLists(Draft draft, PageShape shape, double[][] features, boolean[] stamps,
      Echoes echoes) {
    int n = shape.size;
    BitSet lists = new BitSet(n);
    int i = 0;
    while (i < n) {
      int j = i;
      int teasers = 0;
      int marked = 0;
      while (true) {
        int k = j;
        boolean mark = false;
        while (k < n && k - j < TEASER_HEADS && teaserHead(draft, shape, k)) {
          mark |= stamps[k] || echoes.echoed(k);
          k++;
        }
        if (k == j || k >= n || !excerpt(shape, features, k)) {
          break;
        }
        mark |= OutletTagRule.tagLength(draft.lines.get(k).text) > 0;
        teasers++;
        marked += mark ? 1 : 0;
        j = k + 1;
      }
      if (teasers >= MIN_TEASERS && marked >= MIN_MARKED) {
        lists.set(i, j);
      }
      i = teasers > 0 ? j : i + 1; // a shorter list inside this one has no more teasers or marks
    }
    return lists;
  }

  /** A teaser's headline line: 4 to 30 words opening like a headline, no final stop. */
  private static boolean teaserHead(Draft draft, PageShape shape, int i) {
    String t = draft.lines.get(i).text;
    return shape.words[i] >= MIN_TITLE_WORDS && shape.words[i] <= 30 && !shape.terminal[i]
        && !PageShape.endsWith(t, ':') && (headlineStart(t) || Character.isDigit(t.charAt(0)));
  }

  /** A teaser's summary: one or two sentences, at most {@value #EXCERPT_WORDS} words. */
  private static boolean excerpt(PageShape shape, double[][] f, int i) {
    return shape.terminal[i] && shape.words[i] >= EXCERPT_MIN_WORDS
        && shape.words[i] <= EXCERPT_WORDS && sentences(f[i]) <= 2;
  }

  /**
   * The region's last line once related news at its end is cut off: from a related-news heading
   * ({@code Tin liên quan}) that no paragraph follows, a run of teasers at the very end (an
   * unpunctuated headline, then its one- or two-sentence summary), two or more of them, or one
   * whose summary opens with an outlet tag or whose headline the page prints elsewhere, and
   * {@linkplain #boxedHeadline headlines of a link box} the region's end cut through.
   */
  private static int trimTail(Draft draft, PageShape shape, double[][] features, Echoes echoes,
      int s, int e) {
    for (int i = s + 1; i <= e; i++) {
      if (shape.words[i] <= PageShape.SHORT_WORDS && LinePatternRule.RELATED.matches(
          draft.lines.get(i).text)) {
        boolean paragraph = false;
        for (int j = i + 1; j <= e && !paragraph; j++) {
          paragraph = shape.words[j] > TEASER_WORDS || sentences(features[j]) > 2;
        }
        if (!paragraph) {
          e = i - 1;
          break;
        }
      }
    }
    int k = e;
    while (k > s && shape.shortLine[k]) {
      k--; // a label after the teasers ("Đọc tiếp"): outside anyway, the teasers are before it
    }
    int pairs = 0;
    boolean marked = false;
    while (k - 1 > s && teaser(draft, shape, features, k - 1, k)) {
      pairs++;
      marked |= OutletTagRule.tagLength(draft.lines.get(k).text) > 0 || echoes.echoed(k - 1);
      k -= 2;
    }
    if (pairs >= 2 || pairs == 1 && marked) {
      e = k;
    }
    for (int h = e; h > s; h--) {
      if (boxedHeadline(draft, shape, h)) {
        e = h - 1; // the box's headline and the short lines under it (a link, a tag)
      } else if (!shape.shortLine[h] || shape.gap[h] > 0) {
        break;
      }
    }
    return e;
  }

  /**
   * A headline ending the region with the next line of the page under it, no blank line between:
   * the first link of a box the region's end cut through (a teaser list, a tag list, the link of
   * a share box). A text's last paragraph ends in a full stop and stands apart; a crosshead has
   * text after it.
   *
   * <table>
   *   <caption>Examples (the region ends on the first line)</caption>
   *   <tr><th>lines</th><th>cut?</th></tr>
   *   <tr><td>{@code Giá vàng miếng SJC giảm, người mua lỗ gần 3 triệu đồng/lượng} / {@code Giá
   *       vàng thế giới giảm sau khi …}</td><td>yes</td></tr>
   *   <tr><td>{@code Xử phạt hai cá nhân thao túng cổ phiếu SJS} / {@code #xử phạt …}</td>
   *       <td>yes</td></tr>
   *   <tr><td>{@code "Chiến tướng" … nói về …: Chắc chắn không tuyển dụng!} / {@code
   *       https://cafebiz.vn/…}</td><td>yes (a headline may end in ! or ?)</td></tr>
   *   <tr><td>{@code … vẫn giữ được vị thế của mình.} / {@code Chia sẻ}</td><td>no (a full
   *       stop)</td></tr>
   * </table>
   */
  static boolean boxedHeadline(Draft draft, PageShape shape, int i) {
    return i + 1 < shape.size && shape.gap[i + 1] == 0 && shape.gap[i] > 0
        && (linkHeadline(draft, shape, i)
            || questionHeadline(draft, shape, i) && !shape.terminal[i + 1]);
  }

  /** Most words of a teaser's summary. */
  static final int TEASER_WORDS = 45;

  /** An unpunctuated headline at {@code h} and its short summary at {@code t}. */
  private static boolean teaser(Draft draft, PageShape shape, double[][] f, int h, int t) {
    int hw = shape.words[h];
    String head = draft.lines.get(h).text;
    char c = head.charAt(0);
    return hw >= 4 && hw <= 25 && !shape.terminal[h] && !PageShape.endsWith(head, ':')
        && (Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'')
        && shape.terminal[t] && shape.words[t] <= TEASER_WORDS && sentences(f[t]) <= 2;
  }

  private static int sentences(double[] lineFeatures) {
    return (int) Math.round(lineFeatures[SENTENCES] * 5);
  }

  private static final int SENTENCES = PageShape.LINE_FEATURES.indexOf("sentences");

  /**
   * Sets to 0 the log-odds of a related-links box standing between two paragraphs (two to {@value
   * #MAX_BOX} headline-shaped lines one under the other): the text goes on after it, so the box
   * must not cut the region; {@link #relatedRuns} removes it.
   */
  private static void neutraliseBoxes(Draft draft, PageShape shape, double[] margin) {
    int i = 0;
    while (i < shape.size) {
      int j = i;
      while (j < shape.size && linkHeadline(draft, shape, j) && (j == i || shape.gap[j] == 0)) {
        j++;
      }
      if (j - i >= 2 && j - i <= MAX_BOX && paragraphNear(shape, i - 2, i - 1)
          && paragraphNear(shape, j, j + 2)) {
        for (int k = i; k < j; k++) {
          margin[k] = Math.max(margin[k], 0);
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Most lines of a related-links box inside the text. */
  static final int MAX_BOX = 5;

  private static boolean paragraphNear(PageShape shape, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < shape.size; k++) {
      if (shape.paragraph(k)) {
        return true;
      }
    }
    return false;
  }

  /** A sub-heading: a short line on its own with a paragraph right under it. */
  private static boolean crosshead(PageShape shape, int i) {
    return shape.run[i] <= 1 && i + 1 < shape.size && shape.paragraph(i + 1);
  }

  /**
   * Marks as outside the related-news boxes inside the text: two or more headline-shaped lines
   * (a capital, five words or more) standing one under the other with no blank line between
   * them, the first with no final stop and the others with none or with a headline's {@code ?} or
   * {@code !}. A page's paragraphs, crossheads and captions stand apart; a list of links does not.
   *
   * <table>
   *   <caption>Examples (Kênh 14, a dev page copy: a box between sapo and text)</caption>
   *   <tr><th>lines, no blank between</th><th>box?</th></tr>
   *   <tr><td>{@code Nhà sách tuyệt đẹp mà bạn có thể nằm dài đọc truyện … tại Sài Gòn} /
   *       {@code Nhà kính xương rồng - Muốn tìm điểm chụp ảnh … thì tới đây!} / {@code Đà Lạt lại
   *       khiến dân du lịch "đứng ngồi không yên" vì loạt nhà mới siêu xinh!}</td><td>yes</td></tr>
   *   <tr><td>{@code Vụ Vũ "nhôm" bị lừa đảo: … 700.000 hay 150.000 USD?} alone</td>
   *       <td>no</td></tr>
   * </table>
   */
  private static void relatedRuns(Draft draft, PageShape shape, int s, int e, BitSet outside) {
    int i = s;
    while (i <= e) {
      int j = i;
      int links = 0;
      while (j <= e && (j == i || shape.gap[j] == 0)) {
        if (linkHeadline(draft, shape, j)) {
          links++;
        } else if (!(links > 0 && questionHeadline(draft, shape, j))) {
          break;
        }
        j++;
      }
      if (j - i >= 2) { // a link and another link or a question or exclamation under it
        outside.set(i, j);
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * A headline asking or exclaiming ({@code Vụ X: Y được nhận 700.000 hay 150.000 USD?}): a
   * link of a related box when it stands in a run of headline-shaped lines, though its mark ends
   * a sentence.
   */
  private static boolean questionHeadline(Draft draft, PageShape shape, int i) {
    String t = draft.lines.get(i).text;
    char last = t.charAt(t.length() - 1);
    return (last == '?' || last == '!') && headlineShaped(draft, shape, i);
  }

  private static boolean linkHeadline(Draft draft, PageShape shape, int i) {
    return !shape.terminal[i] && !PageShape.endsWith(draft.lines.get(i).text, ':')
        && headlineShaped(draft, shape, i);
  }

  /** 5 to 30 words opening like a headline, on a line no rule decided. */
  private static boolean headlineShaped(Draft draft, PageShape shape, int i) {
    return shape.words[i] >= 5 && shape.words[i] <= 30 && headlineStart(draft.lines.get(i).text)
        && draft.lines.get(i).wholeUndecided() != null;
  }

  /** Whether a headline may open so: a capital, after an opening quote if any. */
  static boolean headlineStart(String t) {
    int i = 0;
    while (i < t.length() - 1 && "\"“'‘«(".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    char c = t.charAt(i);
    return Character.isUpperCase(c);
  }

  /** Where the text under headline {@code h} starts: the best run opening near it. */
  private static int textStart(double[] best, int h, int n) {
    int s = Math.min(h + 1, n - 1);
    for (int a = h + 1; a < n && a <= h + HEAD_GAP; a++) {
      if (best[a] > best[s]) {
        s = a;
      }
    }
    return s;
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

  /** The headline's index, or -1: the title-like line the model likes best, if above even. */
  private int headline(Draft draft, PageShape shape, double[][] features, double[] margin,
      double[] best, int core, boolean[] stamps, Echoes echoes, BitSet teasers) {
    int found = -1;
    double bestMargin = MIN_TITLE_MARGIN;
    for (int k = 0; k < shape.size; k++) {
      DraftLine line = draft.lines.get(k);
      if (teasers.get(k) || line.wholeUndecided() == null || shape.words[k] < MIN_TITLE_WORDS || stamps[k]
          || !TitleRule.titleLike(line.text) || numbered(line.text) || credited(line)
          || patternChrome(line.text)) {
        continue; // a list item, a captioned photo, a label: never the headline
      }
      double[] x = titleFeatures(draft, shape, features[k], margin, best, core, stamps, echoes, k);
      double m = TITLES.margin(x);
      if (draft.trace != null) {
        draft.trace.example(TITLE_MODEL, x, line.number, line.text, 0, line.text.length());
      }
      if (m > bestMargin) {
        bestMargin = m;
        found = k;
      }
    }
    return found;
  }

  private static double[] titleFeatures(Draft draft, PageShape shape, double[] line,
      double[] margin, double[] best, int core, boolean[] stamps, Echoes echoes, int k) {
    int n = shape.size;
    double[] x = new double[TITLE_FEATURES.size()];
    x[0] = Math.log1p(Math.abs(core - k));
    x[1] = k >= core ? 1 : 0;
    x[2] = echoes.echoed(k) ? 1 : 0;
    x[3] = shape.logWords(k);
    x[4] = Math.log1p(shape.run[k]);
    x[5] = Math.max(-10, Math.min(10, margin[k])) / 10;
    boolean nextStamp = false;
    boolean nextByline = false;
    for (int j = k + 1; j <= k + NEAR && j < n; j++) {
      nextStamp |= stamps[j];
      nextByline |= byline(shape, j, draft.lines.get(j).text);
    }
    x[6] = nextStamp ? 1 : 0;
    x[15] = nextByline ? 1 : 0;
    boolean prevStamp = false;
    boolean prevByline = false;
    boolean prevParagraph = false;
    for (int j = k - 1; j >= k - 3 && j >= 0; j--) {
      prevStamp |= stamps[j] && j >= k - 2;
      prevByline |= byline(shape, j, draft.lines.get(j).text) && j >= k - 2;
      prevParagraph |= shape.paragraph(j);
    }
    x[7] = prevStamp ? 1 : 0;
    x[16] = prevByline ? 1 : 0;
    x[17] = prevParagraph ? 1 : 0;
    boolean paragraph = false;
    for (int j = k + 1; j <= k + NEAR + 1 && j < n; j++) {
      paragraph |= shape.paragraph(j);
    }
    x[8] = paragraph ? 1 : 0;
    x[9] = shape.blankBefore[k] ? 1 : 0;
    x[10] = shape.blankAfter[k] ? 1 : 0;
    String t = draft.lines.get(k).text;
    x[11] = t.equals(t.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
    double mass = 0;
    for (int a = k + 1; a < n && a <= k + HEAD_GAP; a++) {
      mass = Math.max(mass, best[a]);
    }
    x[12] = Math.log1p(mass);
    x[13] = line[PageShape.LINE_FEATURES.indexOf("capitals")];
    x[14] = line[PageShape.LINE_FEATURES.indexOf("stopwords")];
    return x;
  }

  /** Whether the line holds a photo credit ({@code Ảnh: X}): a caption. */
  private static boolean credited(DraftLine line) {
    String lower = line.lower();
    return lower.contains("ảnh:") || lower.contains("ảnh :");
  }

  /** A numbered heading or list item: {@code 1.}, {@code 2)}, {@code III.} and a space. */
  private static boolean numbered(String t) {
    int i = 0;
    while (i < t.length() && i < 4 && (Character.isDigit(t.charAt(i)) || "IVX".indexOf(t.charAt(i)) >= 0)) {
      i++;
    }
    return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')
        && t.charAt(i + 1) == ' ';
  }

  /**
   * Which lines the page repeats: a line equal to another, or opening another line (a headline
   * in a breadcrumb, a share box, a rating widget), compared in lower case. Lines are grouped by
   * their first {@value #ECHO_KEY} characters, so each is compared with few others.
   */
  static final class Echoes {
    private final Draft draft;
    private final java.util.Map<String, List<Integer>> byKey = new java.util.HashMap<>();

    Echoes(Draft draft) {
      this.draft = draft;
      for (int i = 0; i < draft.lines.size(); i++) {
        String l = draft.lines.get(i).lower();
        byKey.computeIfAbsent(key(l), k -> new java.util.ArrayList<>(2)).add(i);
      }
    }

    private static String key(String lower) {
      return lower.length() <= ECHO_KEY ? lower : lower.substring(0, ECHO_KEY);
    }

    boolean echoed(int k) {
      String t = draft.lines.get(k).lower();
      List<Integer> same = byKey.get(key(t));
      int checked = 0;
      for (int j : same) {
        if (j == k) {
          continue;
        }
        String o = draft.lines.get(j).lower();
        if (o.length() <= t.length() + ECHO_TAIL && o.startsWith(t)) {
          return true;
        }
        if (++checked > MAX_ECHO_CHECKS) {
          return false;
        }
      }
      return false;
    }
  }

  /** Characters that group lines for {@link Echoes}. */
  static final int ECHO_KEY = 16;
  /** Most characters a line repeating the headline may add after it. */
  static final int ECHO_TAIL = 40;
  /** Most lines one headline is compared with. */
  static final int MAX_ECHO_CHECKS = 32;

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

  /** The stamp of a short line that is a publication label and a date alone, or null. */
  private static VietnameseDates.Stamp labelledStamp(PageShape shape, DraftLine line, int i) {
    if (shape.words[i] > STAMP_WORDS || !VietnameseDates.publishedLabel(line.text)
        || line.parseStamp(line.text).isEmpty()) {
      return null;
    }
    return VietnameseDates.find(line.text).orElse(null);
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
    boolean labelled = false;
    int from = Math.max(0, top - STAMP_WINDOW);
    int to = Math.min(shape.size - 1, Math.max(top, s) + STAMP_WINDOW);
    for (int i = from; i <= to; i++) {
      DraftLine line = draft.lines.get(i);
      if (line.wholeUndecided() == null) {
        continue;
      }
      // "Ngày đăng: 05/07/2025": the page says which stamp is the publication's, even without a
      // time, over an unlabelled one nearer (a clock: "Thứ ba Ngày 18 Tháng 08 Năm 2026, …")
      VietnameseDates.Stamp st = labelledStamp(shape, line, i);
      boolean lab = st != null;
      if (!lab) {
        st = stampLine(draft, shape, i);
      }
      boolean better = lab != labelled ? lab : Math.abs(i - top) < Math.abs(best - top);
      if (st != null && (best < 0 || better)) {
        best = i;
        found = st;
        labelled = lab;
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
    int nameWords = author == null ? 0 : Sentences.words(name);
    if (author != null && nameWords >= 2 && nameWords <= BYLINE_WORDS) {
      int ns = before.isEmpty() ? t.lastIndexOf(name) : t.indexOf(name);
      if (ns >= 0) {
        line.cut(p, ns, ns + name.length(), Label.BYLINE, RemovedKind.BYLINE, name());
        if (draft.author == null) {
          draft.author = author;
        }
        int theo = BylineRule.theoSuffix(name);
        if (theo > 0 && draft.sourceOutlet == null) {
          draft.sourceOutlet = name.substring(theo + 5).strip(); // "PP, Theo Trí Thức Trẻ"
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

  /** A byline line: a short list of personal names (or a name with its role). */
  private static boolean byline(PageShape shape, int i, String t) {
    return shape.words[i] <= BYLINE_WORDS && shape.words[i] >= 2
        && BylineRule.author(trimSeparators(t)) != null;
  }

  /** The text without separators hanging at its end ({@code Bình Minh -}, {@code Minh Anh |}). */
  static String trimSeparators(String t) {
    int e = t.length();
    while (e > 0 && "-–—|•·:, ".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return t.substring(0, e);
  }

  /**
   * A byline closing the text: a name line (one word only right after the text or the links
   * under it: {@code H.V.} after {@code >> Xem tiếp: …}), a name and a note in brackets ({@code Hà
   * Thu (tổng hợp)}), or {@code Theo} and a name with its outlet ({@code Theo Minh
   * Nguyễn/Vcamp.vn}).
   */
  private static boolean closingByline(PageShape shape, int i, String t, boolean first) {
    if (shape.words[i] > BYLINE_WORDS || shape.terminal[i] && !t.endsWith(".") || patternChrome(t)) {
      return false;
    }
    if (BylineRule.author(t) != null) {
      return first || shape.words[i] >= 2;
    }
    String noted = Names.beforeNote(t);
    if (noted != null && Sentences.words(noted) >= 2 && BylineRule.author(noted) != null) {
      return true;
    }
    String name = theoName(t);
    return name != null && Names.isNameList(name);
  }

  /**
   * Takes a byline with its stamp after it on one line closing the text ({@code Việt Dũng
   * 03/01/2020 | 19:27}): the name of two words or more is the byline, the stamp the dateline (the
   * publication time when none was found above); false, and nothing decided, for any other line.
   */
  private boolean closingStamped(Draft draft, Piece p) {
    String t = p.text();
    if (!VietnameseDates.mayHoldDate(t)) {
      return false;
    }
    Optional<VietnameseDates.Stamp> st = VietnameseDates.find(t);
    if (st.isEmpty() || st.get().start() == 0
        || !VietnameseDates.residue(t.substring(st.get().end())).isEmpty()) {
      return false;
    }
    String name = trimSeparators(t.substring(0, st.get().start()).strip());
    String author = Sentences.words(name) >= 2 ? BylineRule.author(name) : null;
    if (author == null) {
      return false;
    }
    DraftLine line = p.line;
    int ns = p.start + t.indexOf(name);
    line.cut(p, ns, ns + name.length(), Label.BYLINE, RemovedKind.BYLINE, name());
    for (Piece q : line.pieces) {
      if (!q.decided()) {
        q.decide(Label.DATELINE, RemovedKind.DATELINE, name());
      }
    }
    if (draft.author == null) {
      draft.author = author;
    }
    if (draft.publishedAt == null) {
      draft.publishedAt = st.get().time();
    }
    return true;
  }

  /**
   * The name of {@code Theo NAME (outlet)}, {@code Theo NAME/outlet}, {@code Theo NAME}, or null
   * ({@code Theo Thanh Niên}: a national outlet's name alone names a source, not an author).
   */
  private static String theoName(String t) {
    if (!t.startsWith("Theo ")) {
      return null;
    }
    String name = t.substring(5);
    int cut = name.length();
    for (char c : new char[] {'(', '/', ','}) {
      int k = name.indexOf(c);
      if (k > 0) {
        cut = Math.min(cut, k);
      }
    }
    String n = name.substring(0, cut).strip();
    return cut < name.length() || !LinePatternRule.MASTHEAD.matches(n) ? n : null;
  }

  /** Pattern rules that a line looking like a name may also match (a heading, a label). */
  private static final LinePatternRule[] CHROME_PATTERNS = {
    LinePatternRule.MENU, LinePatternRule.MASTHEAD, LinePatternRule.SHARE, LinePatternRule.RELATED,
    LinePatternRule.FOOTER, LinePatternRule.TAGS, LinePatternRule.WIDGET, LinePatternRule.LOGIN
  };

  /** Whether a pattern rule will take the line as chrome. */
  private static boolean patternChrome(String t) {
    for (LinePatternRule r : CHROME_PATTERNS) {
      if (r.matches(t)) {
        return true;
      }
    }
    return false;
  }
}
