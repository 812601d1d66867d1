package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Finds the headline: the first line of text, when it is short (but {@value #MIN_WORDS} words or
 * more), has no terminal full stop, is no credit ({@code Minh An / Dân trí}) and is followed by
 * more text. An article that opens with its lede, a label or a credit has none; a label of fewer
 * words without punctuation ({@code Video}, {@code Thời sự}) over the text is removed as {@link
 * RemovedKind#MENU} under the name {@code SectionLabelRule}. A first line of at most
 * three words followed by a longer headline-like line is a section label ({@code Trong nước}) and
 * is removed as {@link RemovedKind#MENU} under the name {@code SectionLabelRule}; a short stray
 * header line that cannot be a headline (lower-case start, {@code date 2026-01-23}) right above
 * a headline is removed under the name {@code HeaderRule}.
 *
 * <p>Immutable and thread-safe.
 */
final class TitleRule implements Rule {
  /** Most words in a headline. */
  static final int MAX_WORDS = 40;
  /** Fewest words of a headline: a shorter first line is a label ({@code Video}, {@code Thời sự}). */
  static final int MIN_WORDS = 3;
  /** Most words of a stray header line skipped above the headline. */
  static final int MAX_HEADER_WORDS = 8;

  @Override
  public String name() {
    return "TitleRule";
  }

  @Override
  public void apply(Draft draft) {
    if (draft.title != null || draft.region != null) {
      return; // a field-labelled dump named it, or a page copy's PageRegionRule decided
    }
    int first = draft.firstContentLine();
    if (first < 0) {
      return;
    }
    Piece p = draft.lines.get(first).wholeUndecided();
    if (p != null && !titleLike(p.text()) && Sentences.words(p.text()) <= MAX_HEADER_WORDS
        && !Sentences.endsTerminal(p.text(), 0, p.text().length())) {
      int next = nextContent(draft, first);
      Piece q = next < 0 ? null : draft.lines.get(next).wholeUndecided();
      if (q != null && titleLike(q.text()) && nextContent(draft, next) >= 0) {
        p.decide(Label.CHROME, RemovedKind.CHROME, "HeaderRule");
        first = next;
        p = q;
      }
    }
    if (p == null || !titleLike(p.text())) {
      return;
    }
    int next = nextContent(draft, first);
    if (next < 0) {
      return;
    }
    Piece q = draft.lines.get(next).wholeUndecided();
    if (Sentences.words(p.text()) <= 3 && noPunctuation(p.text()) && q != null
        && titleLike(q.text()) && Sentences.words(q.text()) > Sentences.words(p.text())
        && nextContent(draft, next) >= 0) {
      p.decide(Label.CHROME, RemovedKind.MENU, "SectionLabelRule");
      p = q;
    }
    if (Sentences.words(p.text()) < MIN_WORDS) {
      if (noPunctuation(p.text())) {
        p.decide(Label.CHROME, RemovedKind.MENU, "SectionLabelRule"); // a label over the text
      }
      return;
    }
    if (credit(p.text()) || closesWithPhotoCredit(p.text())) {
      return; // a credit, or the lead photo's caption, opens the text: no headline without evidence
    }
    p.decide(Label.TITLE, null, name());
    draft.title = cleanTitle(p.text());
  }

  static int nextContent(Draft draft, int after) {
    for (int i = after + 1; i < draft.lines.size(); i++) {
      if (draft.lines.get(i).hasBody()) {
        return i;
      }
    }
    return -1;
  }

  /** Short, starts like a headline, no terminal full stop. */
  static boolean titleLike(String s) {
    if (s.isEmpty() || s.length() > 300 || Sentences.words(s) > MAX_WORDS) {
      return false;
    }
    char first = s.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '“'
        || first == '"' || first == '\'' || first == '‘')) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last != '.' && last != '…' && last != ';' && last != ':'
        && Sentences.count(withoutInnerEllipses(s)) == 1;
  }

  /**
   * The text with every ellipsis inside it made a comma: a headline may trail off mid-way
   * ({@code Từ ngạc nhiên đến... 'thất vọng'}) and still be one sentence.
   */
  private static String withoutInnerEllipses(String s) {
    if (s.indexOf("..") < 0 && s.indexOf('…') < 0) {
      return s;
    }
    return s.replace("...", ",").replace("…", ",");
  }

  /**
   * Whether a line is a credit rather than a headline: a byline ({@code Hà Linh - VOV}) or a name
   * and a site ({@code Minh An / Dân trí}).
   *
   * @param t the line
   * @return true for a credit
   */
  static boolean credit(String t) {
    if (BylineRule.author(t) != null) {
      return true;
    }
    int slash = t.indexOf('/');
    if (slash <= 0) {
      return false;
    }
    String left = t.substring(0, slash).strip();
    String right = t.substring(slash + 1).strip();
    return !right.isEmpty() && Sentences.words(right) <= 4 && Names.isNameList(left);
  }

  /**
   * Whether a line ends in a photo credit after its last marker ({@code Hiện trường vụ tai nạn -
   * Ảnh: HOÀI THƯƠNG}): the caption of the lead photo, which record-text crawls of Tuổi Trẻ put
   * before the first paragraph. None of the 35,440 headlines of the baomoi crawl ends so.
   */
  static boolean closesWithPhotoCredit(String t) {
    return PhotoCreditRule.closingCredit(t, 0, t.length()) != null;
  }

  private static boolean noPunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?') {
        return false;
      }
    }
    return true;
  }

  static String cleanTitle(String s) {
    String t = s.strip();
    while (t.endsWith(",") || t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
