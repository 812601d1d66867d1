package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds captions by their photo marker, on lines of their own or fused into text.
 *
 * <ul>
 *   <li>{@code … tại hội nghị. Ảnh: Diễm My}: caption with credit {@code Diễm My}; so are {@code
 *       - Ảnh: NAME} and {@code (Ảnh: NAME)}. Fused into a line, the caption is the sentence before
 *       the marker and the credit ends where the next sentence visibly starts.
 *   <li>{@code Ảnh minh họa}, {@code Ảnh tư liệu}, {@code Ảnh cắt từ clip}, {@code (ảnh internet)}:
 *       the marker, with the words that complete it up to its stop ({@code Ảnh chụp từ video do
 *       KCNA công bố.}), stays in the caption text, credit null. A marker without a full stop glued to a short sentence before
 *       it captions that sentence.
 *   <li>An upper-case marker needs no sentence end before it ({@code … sáng 22/10 ẢNH: ĐỨC HUY},
 *       the Thanh Niên style): {@code ẢNH} is never a word of running text. A lower-case one
 *       ({@code ảnh: Đức Thịnh}: TCVN3 and VPS cannot hold the capital) needs a sentence end, a
 *       bracket or a dash before it, and a capital after it.
 *   <li>{@code (Nguồn: Reuters)} after a sentence credits it when that sentence reads as a photo
 *       description (short, no speech or discourse words); after other text, or at the start of
 *       the body (a photo the crawl dropped), only the credit is removed. So is a credit after a
 *       paragraph too long to be a caption.
 *   <li>A credit ends where the next sentence visibly starts, also without punctuation: a
 *       capitalised common word ({@link SentenceStarters#opensGlued}) or a word glued to the
 *       name ({@code Ảnh: Minh AnTrước đó}: the glued word stays text).
 *   <li>A line that is only {@code Ảnh: NAME} credits the caption above it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class PhotoCreditRule implements Rule {
  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern MARKER =
      Pattern.compile(
          "(?:[-–] )?(?:\\( ?)?(?:Ảnh|ẢNH|ảnh|Hình|HÌNH|Nguồn ảnh|Nguồn hình|Nguồn|NGUỒN|Đồ họa|Đồ hoạ"
              + "|Infographic|Photo|Ảnh minh h(?:ọa|oạ|oa)|Ảnh tư liệu|Ảnh chụp màn hình) ?: ?", U);
  /** What an illustration marker says of its photo ({@code minh họa}, {@code cắt từ clip}, …). */
  private static final String ILLUSTRATED =
      "minh h(?:ọa|oạ|oa)|tư liệu|cắt (?:ra )?từ (?:clip|video)|chụp (?:từ )?màn hình"
          + "|chụp từ (?:clip|video)|từ (?:internet|Internet|clip)";
  private static final Pattern ILLUSTRATION =
      Pattern.compile(
          "\\( ?(?:ảnh|Ảnh|ẢNH|Hình|Hình ảnh) (?:internet|Internet|" + ILLUSTRATED + ")[^()]{0,30}?\\)"
              + "\\.?|(?:\\( ?)?(?:Ảnh|ẢNH|Hình|Hình ảnh) (?:" + ILLUSTRATED + ")\\)?\\.?",
          U);
  /**
   * Most characters from the start of a {@link #MARKER} match to its colon (every match has one):
   * a credit scan skips to this distance before the next colon.
   */
  private static final int MAX_MARKER = 32;
  /** Characters a credit marker can start with. */
  private static final String MARKER_FIRSTS = "-–(ẢảHNĐIP";
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}", U);
  /** Most characters of a credit. */
  static final int MAX_CREDIT = 60;
  /** Most words of a credit. */
  static final int MAX_CREDIT_WORDS = 6;

  @Override
  public String name() {
    return "PhotoCreditRule";
  }

  /** Words one of which every credit or illustration marker holds. */
  private static final DraftLine.Needle[] MARKER_WORDS =
      DraftLine.Needle.of("Ảnh", "ẢNH", "ảnh", "Hình", "HÌNH", "họa", "hoạ", "Photo", "Nguồn",
          "NGUỒN");

  private static boolean noMarker(DraftLine line) {
    for (DraftLine.Needle w : MARKER_WORDS) {
      if (!EmbedLabelRule.absent(line, w, 0)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void apply(Draft draft) {
    int title = draft.titleLine();
    Above above = new Above(draft, title);
    List<String> known = printedCredits(draft, title);
    for (int li = 0; li < draft.lines.size(); li++) {
      above.at(li);
      if (li == title) {
        continue;
      }
      DraftLine line = draft.lines.get(li);
      String t = line.text;
      if (noMarker(line)) {
        continue;
      }
      int cuts = 0;
      for (int pi = 0; pi < line.pieces.size() && cuts < Rule.MAX_CUTS; pi++) {
        Piece p = line.pieces.get(pi);
        if (p.decided()) {
          continue;
        }
        Piece cut = credited(above, li, p, known);
        if (cut == null) {
          cut = illustrated(p);
        }
        if (cut != null) {
          // look at the text before the cut again: an illustration marker may stand there
          pi = Math.max(-1, line.pieces.indexOf(cut) - 2);
          cuts++;
        }
      }
    }
  }

  /**
   * Handles the first {@code Ảnh: NAME} marker in the piece; returns the cut, or null.
   *
   * @param known the credits the article prints ({@link #printedCredits})
   */
  private Piece credited(Above above, int li, Piece p, List<String> known) {
    DraftLine line = p.line;
    String t = line.text;
    int colon = t.indexOf(':', p.start);
    if (colon < 0 || colon >= p.end) {
      return null;
    }
    Matcher m = MARKER.matcher(t);
    m.useTransparentBounds(true);
    for (int at = p.start; at < p.end; at++) {
      if (colon < at) {
        colon = t.indexOf(':', at);
        if (colon < 0 || colon >= p.end) {
          return null;
        }
      }
      if (colon - at > MAX_MARKER) {
        at = colon - MAX_MARKER - 1;
        continue;
      }
      if (MARKER_FIRSTS.indexOf(t.charAt(at)) < 0) {
        continue;
      }
      m.region(at, p.end);
      if (!m.lookingAt()) {
        continue;
      }
      int ms = m.start();
      char first = t.charAt(ms);
      if (ms > p.start && Character.isLetterOrDigit(t.charAt(ms - 1)) && first != '('
          && first != '-' && first != '–') {
        continue; // inside a word; a bracket or dash may be glued on ("nhà gái- Ảnh: …")
      }
      String marker = m.group();
      boolean lower = marker.contains("ảnh") && !marker.contains("Nguồn");
      boolean source = (marker.contains("Nguồn") || marker.contains("NGUỒN"))
          && !marker.contains("ảnh") && !marker.contains("hình");
      if ((lower || source) && ms > p.start && !boundaryBefore(t, ms, p.start) && first != '('
          && first != '-' && first != '–') {
        continue; // "nhiếp ảnh: …", "nguồn: …" inside a sentence
      }
      if (ms > p.start && !boundaryBefore(t, ms, p.start) && t.charAt(ms) != '-'
          && t.charAt(ms) != '–' && t.charAt(ms) != '(' && !capitalAfterLower(t, ms)
          && !t.startsWith("ẢNH", ms) && !t.startsWith("HÌNH", ms)) {
        continue;
      }
      boolean paren = marker.contains("(");
      int cs = m.end();
      int[] ce = creditEnd(line, cs, p.end, paren);
      if (ce == null) {
        continue;
      }
      if (!paren) {
        ce = knownCredit(t, cs, ce, p.end, known);
      }
      int creditEnd = ce[0];
      int spanEnd = ce[1];
      String credit = t.substring(cs, creditEnd).strip();
      if (credit.isEmpty() || (lower || source) && !Character.isUpperCase(credit.charAt(0))
          && credit.indexOf('.') < 0) {
        continue;
      }
      if (source && !endsSentence(line, spanEnd, p.end)) {
        continue; // "(Nguồn: TCTK) cho thấy …": inside a sentence
      }
      int capStart;
      boolean creditOnly = false;
      if (ms == p.start || t.substring(p.start, ms).isBlank()) {
        capStart = -1;
      } else {
        List<Sentences.Span> spans = Sentences.split(line, p.start, ms);
        Sentences.Span lastSpan = spans.get(spans.size() - 1);
        capStart = lastSpan.start();
        String before = t.substring(capStart, ms);
        // a paragraph before the credit, or a sentence that is no photo description before a
        // source: only the credit goes
        creditOnly = Sentences.words(before) > 60
            || (source || lower) && !captionLike(before, !paren || lower);
      }
      if (creditOnly) {
        Piece markerPiece =
            line.cut(p, ms, cs, Label.CHROME, RemovedKind.PHOTO_CREDIT, name());
        line.cutSpan(cs, spanEnd, Label.CHROME, RemovedKind.PHOTO_CREDIT, name());
        return markerPiece;
      }
      if (capStart < 0) {
        Piece markerPiece =
            line.cut(p, ms, cs, Label.CHROME, RemovedKind.PHOTO_CREDIT, name());
        Piece creditPiece =
            line.cutSpan(cs, spanEnd, Label.CHROME, RemovedKind.PHOTO_CREDIT, name());
        Piece target = markerPiece.inline() && ms > 0 ? null : captionAbove(above, li);
        if (target != null && creditPiece != null) {
          target.credit = credit;
          creditPiece.decide(Label.CAPTION, null, name());
          creditPiece.creditOfPrevious = true;
        }
        return markerPiece;
      }
      Piece cut = line.cut(p, capStart, spanEnd, Label.CAPTION, null, name());
      cut.captionText = stripDash(t.substring(capStart, ms));
      cut.credit = credit;
      cut.marker = (t.substring(ms, cs) + tail(t, creditEnd, spanEnd)).strip();
      return cut;
    }
    return null;
  }

  /**
   * The plain credit markers ({@code Ảnh: NAME}) that the closing rules look for around a credit
   * ({@link #printedCredits}, {@link BylineRule}, {@link SourceRule}).
   */
  static final String[] PLAIN_MARKERS = {"Ảnh:", "ẢNH:", "Ảnh :"};

  /**
   * Where the credit after the last plain marker in {@code t[from, end)} starts (right after its
   * colon), or -1 when none stands there.
   */
  static int lastPlainCredit(String t, int from, int end) {
    int cs = -1;
    for (String marker : PLAIN_MARKERS) {
      int k = t.lastIndexOf(marker, end - 1);
      if (k >= from && k + marker.length() > cs) {
        cs = k + marker.length();
      }
    }
    return cs;
  }

  /**
   * The short credit after the last plain marker that closes {@code t[from, end)} ({@code … - Ảnh:
   * HOÀI THƯƠNG}, {@code … Ảnh: Xinhua}), stripped, or null: the marker within the last {@value
   * #MAX_CREDIT} characters, then one to {@value #MAX_CREDIT_WORDS} words with no sentence end
   * inside.
   */
  static String closingCredit(String t, int from, int end) {
    int cs = lastPlainCredit(t, Math.max(from, end - MAX_CREDIT), end);
    if (cs < 0 || cs > end) {
      return null;
    }
    String credit = t.substring(cs, end).strip();
    return !credit.isEmpty() && Sentences.words(credit) <= MAX_CREDIT_WORDS
        && credit.indexOf(". ") < 0 ? credit : null;
  }

  /**
   * The credits the article's plain markers followed by a space give ({@code Ảnh: Mỹ Linh}), each
   * as {@link #creditEnd} reads it, in the order printed, without repeats; at most {@link
   * #MAX_KNOWN}; none where the article has fewer than two (nothing to compare a credit with).
   */
  private static List<String> printedCredits(Draft draft, int title) {
    List<int[]> at = new ArrayList<>(); // line index and credit start of each marker
    for (int li = 0; li < draft.lines.size() && at.size() < MAX_KNOWN; li++) {
      DraftLine line = draft.lines.get(li);
      if (li == title || noMarker(line)) {
        continue;
      }
      String t = line.text;
      for (String marker : PLAIN_MARKERS) {
        for (int k = t.indexOf(marker); k >= 0 && at.size() < MAX_KNOWN;
            k = t.indexOf(marker, k + 1)) {
          int cs = k + marker.length();
          if (cs + 1 < t.length() && t.charAt(cs) == ' ') {
            at.add(new int[] {li, cs + 1});
          }
        }
      }
    }
    if (at.size() < 2) {
      return List.of();
    }
    List<String> known = new ArrayList<>();
    for (int[] m : at) {
      DraftLine line = draft.lines.get(m[0]);
      String t = line.text;
      int[] ce = creditEnd(line, m[1], t.length(), false);
      String credit = ce == null ? "" : t.substring(m[1], ce[0]).strip();
      if (!credit.isEmpty() && Character.isUpperCase(credit.charAt(0))
          && !known.contains(credit)) {
        known.add(credit);
      }
    }
    return known;
  }

  /** Most distinct credits {@link #printedCredits} keeps (a gallery credits 30 photos at most). */
  private static final int MAX_KNOWN = 32;

  /**
   * A credit run that starts with a shorter credit the article prints elsewhere ends there: in
   * {@code Ảnh: Mỹ Linh Chị Lê Thị Ngọc bán …}, with another photo credited {@code Ảnh: Mỹ Linh},
   * the words after the name open the next sentence. Photographers are credited alike through an
   * article; on the baomoi crawl (reserved ids left out) 780 credits in 449 articles ran on past
   * a credit printed elsewhere in the article. A run with fewer than three words left after the
   * shorter credit before the piece ends is kept ({@code Ảnh: Xinhua Theo Vnexpress}: a source
   * note, not a sentence), and so is a run closed by its own full stop ({@code Ảnh: Getty
   * Images.} beside {@code Ảnh: Getty Images/EyeEm}, read as {@code Getty}).
   *
   * @return {@code ce}, or the bounds of the shorter credit
   */
  static int[] knownCredit(String t, int cs, int[] ce, int limit, List<String> known) {
    if (ce[1] > ce[0]) {
      return ce; // the run ended at its own stop
    }
    int end = -1;
    for (String d : known) {
      int dEnd = cs + d.length();
      if (dEnd + 1 < ce[0] && t.startsWith(d, cs) && t.charAt(dEnd) == ' '
          && Character.isUpperCase(t.charAt(dEnd + 1)) && (end < 0 || dEnd < end)
          && Sentences.words(t.substring(dEnd, limit)) >= 3) {
        end = dEnd;
      }
    }
    return end < 0 ? ce : new int[] {end, end};
  }

  /** Most words of a sentence before a source credit that is taken as its caption. */
  static final int MAX_SOURCE_CAPTION = 25;

  /**
   * Whether the text before a {@code (Nguồn: X)} credit reads as a photo description, not as a
   * sentence of the article citing its data ({@code … tăng 10%. (Nguồn: TCTK)}): short, no
   * reported speech, no opening adverbial in a full sentence, and where {@code strict} (a credit
   * without brackets, a marker in lower case), no tense or discourse words either.
   */
  private static boolean captionLike(String before, boolean strict) {
    String b = before.strip();
    // an opening adverbial marks a clause; a fragment without a stop ("Hiện trường vụ tai nạn")
    // is a photo description whatever its first word
    return !b.isEmpty() && Sentences.words(b) <= MAX_SOURCE_CAPTION && b.indexOf('“') < 0
        && b.indexOf('"') < 0 && !(strict && UnmarkedCaptionRule.DISCOURSE.foundIn(b))
        && !(Sentences.endsTerminal(b, 0, b.length())
            && UnmarkedCaptionRule.OPENER_LITERALS.matches(b));
  }

  /** Whether the text after a credit ends a sentence: the piece ends, or a new sentence starts. */
  private static boolean endsSentence(DraftLine line, int at, int limit) {
    String t = line.text;
    int k = at;
    while (k < limit && t.charAt(k) == ' ') {
      k++;
    }
    if (k >= limit || line.hardBreaks.get(at) || line.hardBreaks.get(k - 1 >= at ? k - 1 : at)) {
      return true;
    }
    char c = t.charAt(k);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '(';
  }

  private static String tail(String t, int from, int to) {
    return from < to ? " " + t.substring(from, to).strip() : "";
  }

  private static String stripDash(String s) {
    String r = s.strip();
    while (r.endsWith("-") || r.endsWith("–")) {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r;
  }

  /**
   * The caption a lone credit line belongs to: the caption just above it when it has no credit
   * yet, or the short line above it, which becomes a caption; null when there is none.
   */
  private Piece captionAbove(Above above, int li) {
    Draft draft = above.draft;
    for (int k = Math.min(li - 1, above.stop); k >= 0; k--) {
      DraftLine prev = draft.lines.get(k);
      Piece last = prev.pieces.get(prev.pieces.size() - 1);
      if (last.label == Label.CAPTION && last.credit == null && !last.creditOfPrevious) {
        return last;
      }
      Piece whole = prev.wholeUndecided();
      if (whole != null && whole.words(61) <= 60 && k != above.ledeLine()
          && k != above.firstContentLine()) {
        whole.decide(Label.CAPTION, null, name());
        return whole;
      }
      if (prev.hasBody() || last.label == Label.CAPTION) {
        return null;
      }
    }
    return null;
  }

  /**
   * What {@link #captionAbove} needs of the lines above the current one, kept up to date as {@link
   * #apply} goes down the lines, so that a walk up costs constant time (amortised) however many
   * lines it would pass: thousands of lone credit lines under lines of chrome took quadratic time.
   *
   * <p>The walk passes over a line with no caption at its end and no text left; such a line stays
   * so (the walk changes only the line it stops at), so it is enough to know the last line that
   * stops it. The lede and the first line of text only move down while the rule runs (lines lose
   * text, never gain it; the title stays), so they are found by a pointer that never goes back.
   */
  private static final class Above {
    final Draft draft;
    /** The last line above the current one that stops the walk up, or -1. */
    int stop = -1;
    private int lede;
    private int first;

    Above(Draft draft, int title) {
      this.draft = draft;
      this.lede = title + 1;
    }

    /** Moves on to line {@code li}: the line before it is done. */
    void at(int li) {
      if (li > 0) {
        DraftLine done = draft.lines.get(li - 1);
        if (done.pieces.get(done.pieces.size() - 1).label == Label.CAPTION || done.hasBody()) {
          stop = li - 1;
        }
      }
    }

    /** {@link Draft#ledeLine()} as it is now. */
    int ledeLine() {
      lede = firstWithText(lede);
      return lede < draft.lines.size() ? lede : -1;
    }

    /** {@link Draft#firstContentLine()} as it is now. */
    int firstContentLine() {
      first = firstWithText(first);
      return first < draft.lines.size() ? first : -1;
    }

    private int firstWithText(int from) {
      int i = from;
      while (i < draft.lines.size() && !draft.lines.get(i).hasBody()) {
        i++;
      }
      return i;
    }
  }

  /** Handles an illustration marker; returns the cut, or null. */
  private Piece illustrated(Piece p) {
    DraftLine line = p.line;
    String t = line.text;
    int key = nextIllustrationWord(t, p.start, p.end);
    if (key < 0) {
      return null;
    }
    Matcher m = ILLUSTRATION.matcher(t);
    m.useTransparentBounds(true);
    for (int at = p.start; at < p.end; at++) {
      if (key < at) {
        key = nextIllustrationWord(t, at, p.end);
        if (key < 0) {
          return null;
        }
      }
      if (key - at > 2) {
        at = key - 3;
        continue;
      }
      char c0 = t.charAt(at);
      if (c0 != '(' && c0 != 'Ả' && c0 != 'H') {
        continue;
      }
      m.region(at, p.end);
      if (!m.lookingAt()) {
        continue;
      }
      int ms = m.start();
      if (ms > p.start && !boundaryBefore(t, ms, p.start) && t.charAt(ms) != '('
          && !capitalAfterLower(t, ms)) {
        continue;
      }
      int me = m.end();
      if (p.start == 0 && me < p.end && t.charAt(me - 1) != '.'
          && Sentences.words(t.substring(me, p.end)) <= 6 && line.blank(p.end, t.length())) {
        me = p.end;
        while (me > 0 && t.charAt(me - 1) == ' ') {
          me--;
        }
      }
      if (me < p.end && t.charAt(me) != ' ') {
        continue;
      }
      boolean fullStop = t.charAt(me - 1) == '.';
      me = markerTail(line, me, p.end);
      boolean atEnd = t.substring(me, p.end).isBlank() || line.hardBreaks.get(me);
      int capStart = ms;
      if (ms > p.start && (!fullStop || t.charAt(ms) == '(')) {
        List<Sentences.Span> spans = Sentences.split(line, p.start, ms);
        // no sentence when only spaces stand before the marker (fuzz finding): nothing to take
        Sentences.Span prev = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        String ps = prev == null ? "" : t.substring(prev.start(), ms);
        if (prev != null && Sentences.words(ps) <= 35 && ps.indexOf('“') < 0
            && ps.indexOf('"') < 0 && ps.indexOf(": ") < 0) {
          capStart = prev.start();
        } else if (t.charAt(ms) == '(' && atEnd && p.start == 0) {
          capStart = p.start;
        }
      }
      if (p.start == 0 && atEnd && Sentences.words(t.substring(0, me)) <= 60) {
        capStart = 0;
      }
      return line.cut(p, capStart, me, Label.CAPTION, null, name());
    }
    return null;
  }

  /** Most words that complete an illustration marker ({@code … chụp từ video do KCNA công bố.}). */
  static final int MAX_MARKER_TAIL = 8;

  /**
   * The end of an illustration marker with the words that complete it up to its full stop
   * ({@code Ảnh chụp từ video do KCNA công bố.}, {@code Ảnh cắt từ clip của người dân.}): at most
   * {@value #MAX_MARKER_TAIL} words, the first in lower case; else {@code me} itself.
   */
  private static int markerTail(DraftLine line, int me, int limit) {
    String t = line.text;
    char before = t.charAt(me - 1);
    if (me >= limit || before == '.' || before == ')' || line.hardBreaks.get(me)) {
      return me;
    }
    int k = me;
    while (k < limit && t.charAt(k) == ' ') {
      k++;
    }
    if (k >= limit || !Character.isLowerCase(t.charAt(k))) {
      return me;
    }
    int words = 0;
    for (int i = k; i < limit && words <= MAX_MARKER_TAIL; i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        words++;
        if (line.hardBreaks.get(i)) {
          return me;
        }
      } else if (c == '.' && (i + 1 >= limit || t.charAt(i + 1) == ' ')) {
        return i + 1;
      } else if (c == '!' || c == '?' || c == ':' || c == ';' || c == '“' || c == '"') {
        return me;
      }
    }
    return me;
  }

  /**
   * The first offset in {@code [from, to)} where {@code Ảnh }, {@code ẢNH }, {@code Hình } or {@code
   * (ảnh } starts (every {@link #ILLUSTRATION} match has one within its first three characters),
   * or -1.
   */
  private static int nextIllustrationWord(String t, int from, int to) {
    int best = -1;
    for (String w : ILLUSTRATION_WORDS) {
      int k = t.indexOf(w, from);
      if (k >= 0 && k < to && (best < 0 || k < best)) {
        best = k;
        to = k;
      }
    }
    return best;
  }

  private static final String[] ILLUSTRATION_WORDS = {"Ảnh ", "ẢNH ", "Hình ", "(ảnh "};

  /** A capitalised marker right after a lower-case word: a new sentence starts there. */
  static boolean capitalAfterLower(String t, int at) {
    return Character.isUpperCase(t.charAt(at)) && at >= 2 && t.charAt(at - 1) == ' '
        && Character.isLowerCase(t.charAt(at - 2));
  }

  /** Whether a sentence ended right before {@code at}. */
  static boolean boundaryBefore(String t, int at, int limit) {
    int k = at - 1;
    while (k >= limit && t.charAt(k) == ' ') {
      k--;
    }
    if (k < limit) {
      return true;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ')' || c == '”' || c == '"'
        || c == ':';
  }

  /** A word with a capital right after a lower-case letter: two words glued together. */
  private static boolean camelGlued(String tok) {
    for (int k = 1; k < tok.length(); k++) {
      if (Character.isUpperCase(tok.charAt(k)) && Character.isLowerCase(tok.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the credit starting at {@code cs} ends: {@code [creditEnd, spanEnd]}, the span also
   * covering a closing bracket or full stop; null when no plausible credit follows.
   */
  static int[] creditEnd(DraftLine line, int cs, int limit, boolean paren) {
    String t = line.text;
    int block = InlineChromeRule.blockEnd(line, cs, limit);
    if (paren) {
      int close = t.indexOf(')', cs);
      if (close < 0 || close >= block || close - cs > MAX_CREDIT) {
        return null;
      }
      int span = close + 1;
      if (span < block && t.charAt(span) == '.') {
        span++;
      }
      return new int[] {close, span};
    }
    int i = cs;
    int count = 0;
    boolean prevLower = false;
    boolean prevWord = false;
    int end = cs;
    int spanEnd = cs;
    while (i < block) {
      int te = t.indexOf(' ', i);
      if (te < 0 || te > block) {
        te = block;
      }
      String tok = t.substring(i, te);
      if (tok.isEmpty()) {
        i = te + 1;
        continue;
      }
      char c0 = tok.charAt(0);
      if (count > 0 && (c0 == '“' || c0 == '"' || c0 == '(' || c0 == '-' || c0 == '–')) {
        break;
      }
      if (count > 0 && prevWord && SentenceStarters.opensGlued(t, i, block, !prevLower)) {
        break;
      }
      if (count > 0 && (tok.equals("Theo") || tok.equals("theo"))) {
        break; // "Ảnh: Xinhua Theo Vnexpress", "Ảnh: TTXVN Theo Chủ tịch …": a source or a sentence
      }
      if (count > 0 && camelGlued(tok)) {
        break; // "Minh AnTrước đó": the next sentence glued to the name stays text
      }
      if (count > 0 && prevLower && Character.isUpperCase(c0)) {
        break;
      }
      count++;
      prevLower = Character.isLowerCase(c0);
      prevWord = Character.isLetter(c0);
      end = te;
      spanEnd = te;
      if (tok.endsWith(".") || tok.endsWith(",") || tok.endsWith(";")) {
        String word = tok.substring(0, tok.length() - 1);
        if (!(tok.endsWith(".") && INITIALS.matcher(tok).matches())) {
          end = te - 1;
        }
        if (!(tok.endsWith(".") && word.length() == 1)) {
          break;
        }
      }
      if (count >= MAX_CREDIT_WORDS) {
        break;
      }
      i = te + 1;
    }
    if (count == 0 || end - cs > MAX_CREDIT) {
      return null;
    }
    int agency = agencyEnd(t, cs, end);
    if (agency < 0) {
      agency = slashAgencyEnd(t, cs, end);
    }
    return agency > 0 ? new int[] {agency, agency} : new int[] {end, spanEnd};
  }

  /**
   * Where a photographer's credit closed by a wire service ends when a sentence follows it: {@code
   * Nguyễn Khang/TTXVN Phó Thủ tướng …}, {@code Đỗ Huyền/BNEWS/TTXVN Trái ngược với …}. The run's
   * names end at the word whose part after its last slash is in capitals; a capitalised word
   * follows, and a word in lower case after it, which no name has. Returns -1 otherwise.
   */
  static int slashAgencyEnd(String t, int cs, int end) {
    for (int i = cs; i < end; ) {
      int te = wordEnd(t, i, end);
      if (te > i) {
        if (!Character.isUpperCase(t.charAt(i))) {
          return -1; // a lower-case word among the names
        }
        int slash = t.lastIndexOf('/', te - 1);
        if (slash >= i && allCaps(t, slash + 1, te)) {
          return opensSentence(t, te, end) ? te : -1;
        }
      }
      i = te + 1;
    }
    return -1;
  }

  /**
   * Where an agency's or a foreign credit ends when a sentence follows it: {@code EPA Đảng đối lập
   * …}, {@code THX/TTXVN Ông Trump nói}, {@code GETTY IMAGES Đức cũng là}, {@code Reuters Hàn gắn
   * quan hệ}. The run read as the credit opens with words in capitals or words that are no
   * Vietnamese syllable (an agency, a platform, initials), goes on with a capitalised word and then
   * holds a word in lower case, which no name has: the sentence starts at the capitalised word.
   * Returns -1 when the run has no such shape (a name, or a title and a name, {@code TS Lê Ngọc
   * Quang}, stays whole).
   */
  static int agencyEnd(String t, int cs, int end) {
    int capsEnd = -1;
    boolean caps = false;
    for (int i = cs; i < end; ) {
      int te = wordEnd(t, i, end);
      if (te > i) {
        if (capsEnd < 0) {
          caps = allCaps(t, i, te);
        }
        if (!leadWord(t, i, te, caps) || capsEnd >= 0 && capsEnd != i - 1) {
          return capsEnd >= 0 && opensSentence(t, capsEnd, end) ? capsEnd : -1;
        }
        capsEnd = te;
      }
      i = te + 1;
    }
    return -1;
  }

  /** The end of the word starting at {@code i}: the next space, or {@code end}. */
  private static int wordEnd(String t, int i, int end) {
    int te = t.indexOf(' ', i);
    return te < 0 || te > end ? end : te;
  }

  /**
   * Whether a sentence opens after {@code from} in {@code t[from, end)}: its first word is
   * capitalised and a later word is in lower case, which no name has.
   */
  private static boolean opensSentence(String t, int from, int end) {
    boolean first = true;
    for (int i = from; i < end; ) {
      int te = wordEnd(t, i, end);
      if (te > i) {
        char c0 = t.charAt(i);
        if (first && !Character.isUpperCase(c0)) {
          return false;
        }
        if (!first && Character.isLowerCase(c0)) {
          return true;
        }
        first = false;
      }
      i = te + 1;
    }
    return false;
  }

  /**
   * A word of the credit an agency or a foreign source opens: capitals ({@link #allCaps}: {@code
   * AFP/TTXVN}) after capitals, or else two letters or more that are no Vietnamese syllable
   * ({@code Reuters}, {@code Getty Images}). The two do not mix: in {@code AFP New York Times đã
   * …} the sentence opens at {@code New}.
   */
  private static boolean leadWord(String t, int from, int to, boolean caps) {
    if (caps) {
      return allCaps(t, from, to);
    }
    int letters = 0;
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false; // a word with a digit or a mark: not read here
      }
      letters++;
    }
    return letters >= 2 && !VietnameseText.isSyllable(t.subSequence(from, to));
  }

  /** Whether {@code t[from, to)} has two letters or more, all capitals ({@code TTXVN}, {@code THX/TTXVN}). */
  private static boolean allCaps(String t, int from, int to) {
    int letters = 0;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
