package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.List;

/**
 * Removes other stories that a page lists after the article. Two forms, one instance each:
 *
 * <ul>
 *   <li>{@link #HEADED} (first in the pipeline): the list under a related-news heading at the end
 *       of an article: after a line such as {@code Tin liên quan}, every following short line is a
 *       related headline, as long as no paragraph of text follows.
 *   <li>{@link #TEASERS} (after the closing rules, so a byline or source at the very end is already
 *       cut): teasers with no heading that a crawl glued after the article's last sentence, each
 *       another story's headline (no final stop) followed by its sapo ({@code … điều tra nguyên
 *       nhân vụ tai nạn nghiêm trọng này. Đôi nam nữ bị xe container cán chết thương tâm trên đường
 *       Hà Nội Khoảng 0h15 sáng 7/7, … chết tại chỗ. 22 người thương vong sau cú tông giữa xe tải
 *       và máy cày Vụ va chạm xảy ra …}), repeated to the end of the text.
 * </ul>
 *
 * <table>
 *   <caption>A tail of the text is a run of teasers when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>place</td><td>the last undecided piece of the last line with text, to its end, after a
 *       unit ({@link Units}) that ends in a stop: the article's last sentence</td></tr>
 *   <tr><td>headline</td><td>a unit of {@value #MIN_HEADLINE_WORDS}-{@value #MAX_HEADLINE_WORDS}
 *       words opening with a capital or digit that ends with no stop where the next sentence is
 *       glued on ({@code … trên đường Hà Nội | Khoảng 0h15 …}), or a question of that length
 *       ({@code CSGT nói gì với tài xế …?})</td></tr>
 *   <tr><td>sapo</td><td>after each headline, one or {@value #MAX_SAPO_SENTENCES} sentences ending
 *       in stops, each of {@value #MIN_SAPO_WORDS}-{@value #MAX_SAPO_WORDS} words</td></tr>
 *   <tr><td>stories</td><td>at least {@value #MIN_STORIES}, of which at least {@value
 *       #MIN_GLUED} have a glued headline (a run of questions and answers is an interview)</td></tr>
 * </table>
 *
 * <p>A crosshead over a paragraph of the article has the same glued shape, but its paragraph runs
 * longer than a sapo; a news-in-brief page whose last item has one or two sentences is the risk,
 * and the three stories and two glued headlines keep it small.
 *
 * <p>Immutable and thread-safe.
 */
final class RelatedBlockRule implements Rule {
  /** Longest line that is taken as a related headline. */
  static final int MAX_WORDS = 30;
  /** Fewest words of a teaser's headline. */
  static final int MIN_HEADLINE_WORDS = 4;
  /** Most words of a teaser's headline. */
  static final int MAX_HEADLINE_WORDS = 25;
  /** Most sentences of a teaser's sapo. */
  static final int MAX_SAPO_SENTENCES = 2;
  /** Fewest words of a sentence of a teaser's sapo. */
  static final int MIN_SAPO_WORDS = 6;
  /** Most words of a sentence of a teaser's sapo. */
  static final int MAX_SAPO_WORDS = 60;
  /** Fewest teasers in a run. */
  static final int MIN_STORIES = 4;
  /** Fewest teasers in a run whose headline is glued to its sapo (not a question). */
  static final int MIN_GLUED = 2;

  /** Lists under a related-news heading. */
  static final RelatedBlockRule HEADED = new RelatedBlockRule(false);
  /** Teasers with no heading glued after the text. */
  static final RelatedBlockRule TEASERS = new RelatedBlockRule(true);

  private final boolean teasers;

  private RelatedBlockRule(boolean teasers) {
    this.teasers = teasers;
  }

  @Override
  public String name() {
    return teasers ? "RelatedTeaserRule" : "RelatedBlockRule";
  }

  @Override
  public void apply(Draft draft) {
    if (teasers) {
      applyTeasers(draft);
      return;
    }
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

  private void applyTeasers(Draft draft) {
    int li = draft.lastContentLine();
    if (li < 0) {
      return;
    }
    DraftLine line = draft.lines.get(li);
    Piece p = null;
    for (int k = line.pieces.size() - 1; k >= 0; k--) {
      Piece q = line.pieces.get(k);
      if (!q.decided()) {
        p = q;
        break;
      }
    }
    // a run of teasers takes at least MIN_STORIES headlines and sapos: a short piece has none
    if (p == null || p.words(MIN_STORIES * (MIN_HEADLINE_WORDS + MIN_SAPO_WORDS) + 1)
        <= MIN_STORIES * (MIN_HEADLINE_WORDS + MIN_SAPO_WORDS)) {
      return;
    }
    int start = teaserRunStart(line, Units.split(line, p.start, p.end));
    if (start >= 0) {
      line.cut(p, start, p.end, Label.CHROME, RemovedKind.RELATED, name());
    }
  }

  /**
   * Where the run of teasers that closes {@code units} starts, or -1 when the units do not end in
   * one. Read from the end: one or two sapo sentences, then their headline, and again, until a
   * unit fits neither; the run starts at the last headline read.
   */
  static int teaserRunStart(DraftLine line, List<Units.Unit> units) {
    String t = line.text;
    int stories = 0;
    int glued = 0;
    int labelled = 0;
    int sapo = 0;
    int start = -1;
    for (int k = units.size() - 1; k >= 0; k--) {
      Units.Unit u = units.get(k);
      int words = Sentences.words(t, u.start(), u.end(), MAX_SAPO_WORDS + 1);
      boolean gluedHeadline = !u.terminated() && u.softEnd() && headlineShaped(t, u, words);
      boolean question = u.terminated() && t.charAt(lastChar(t, u)) == '?'
          && headlineShaped(t, u, words);
      if (sapo > 0 && (gluedHeadline || question)) {
        stories++;
        boolean label = t.charAt(lastChar(t, u)) == ':';
        boolean numbered = listItem(t, u.start());
        labelled += label || numbered ? 1 : 0;
        glued += gluedHeadline && !label ? 1 : 0;
        sapo = 0;
        start = u.start();
        continue;
      }
      boolean sapoSentence = u.terminated() && words >= MIN_SAPO_WORDS && words <= MAX_SAPO_WORDS;
      if (!sapoSentence || sapo == MAX_SAPO_SENTENCES) {
        break;
      }
      sapo++;
    }
    // the items of the article's own list: labelled ("Nadal không chấn thương: …") or numbered
    if (stories < MIN_STORIES || glued < MIN_GLUED || labelled > 1) {
      return -1;
    }
    // the run follows the article's last sentence
    int first = -1;
    for (int k = 0; k < units.size(); k++) {
      if (units.get(k).start() == start) {
        first = k;
        break;
      }
    }
    return first > 0 && units.get(first - 1).terminated() ? start : -1;
  }

  /** Whether a list item's mark opens the text at {@code at}: a number and a stop, a plus, a dash. */
  static boolean listItem(String t, int at) {
    char c = t.charAt(at);
    if (c == '+' || c == '-' || c == '–' || c == '•' || c == '*') {
      return true;
    }
    int i = at;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > at && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')');
  }

  private static boolean headlineShaped(String t, Units.Unit u, int words) {
    char c = t.charAt(u.start());
    return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS
        && (Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** Offset of the last character of the unit that is not a space or a closing quote or bracket. */
  private static int lastChar(String t, Units.Unit u) {
    int i = u.end() - 1;
    while (i > u.start() && " ”\"')".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i;
  }
}
