package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the labels of embedded videos out of the text: {@code Video trận A 3-1 B:}, {@code Video:
 * …}, {@code XEM CLIP: …}, {@code - Video … Nguồn: Facebook.}, {@code >>> Mời quý độc giả xem …:},
 * and their credit lines ({@code Nguồn video: YouTube}, {@code (Nguồn clip: VTV)}). The label
 * ends at its colon, at its full stop (with a following {@code Nguồn: …} sentence), or where the
 * next sentence visibly starts, with or without punctuation ({@link
 * SentenceStarters#opensGlued}). They are chrome, not captions. The capitalised call {@code XEM
 * CLIP:} may stand after a headline glued on with no stop; the player's button label after it
 * ({@code XEM CLIP: Play}) ends it, and so does the article's next sentence ({@code XEM CLIP:
 * Theo ghi nhận của phóng viên, …}), which stays body.
 *
 * <p>Immutable and thread-safe.
 */
final class EmbedLabelRule implements Rule {
  private static final Pattern START =
      Pattern.compile(
          "(?:[-–] ?)?(?:Video|VIDEO|Clip|CLIP|Xem (?:video|clip)|XEM (?:VIDEO|CLIP))(?: ?:| (?=\\S))"
              + "|(?:>>>? ?)?Mời (?:quý )?(?:độc giả|bạn đọc|quý vị)(?: cùng)? (?:xem|theo dõi|nghe)"
              + "|\\(?Nguồn (?:video|clip) ?: ?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SOURCE_SENTENCE =
      Pattern.compile("^ ?Nguồn ?: ?[^.]{1,60}\\.?", Pattern.UNICODE_CHARACTER_CLASS);
  /** Most words in a label. */
  static final int MAX_WORDS = 30;

  @Override
  public String name() {
    return "EmbedLabelRule";
  }

  @Override
  public void apply(Draft draft) {
    int title = draft.titleLine();
    for (int li = 0; li < draft.lines.size(); li++) {
      if (li == title) {
        continue;
      }
      DraftLine line = draft.lines.get(li);
      int cuts = 0;
      for (int pi = 0; pi < line.pieces.size() && cuts < Rule.MAX_CUTS; pi++) {
        Piece p = line.pieces.get(pi);
        if (p.decided()) {
          continue;
        }
        String t = line.text;
        if (absent(line, IDEO, p.start) && absent(line, LIP, p.start)
            && absent(line, IDEO_UPPER, p.start) && absent(line, MOI, p.start)
            && absent(line, LIP_UPPER, p.start)) {
          continue;
        }
        Matcher m = START.matcher(t);
        m.useTransparentBounds(true);
        for (int at = p.start; at < p.end; at++) {
          if (!mayStartLabel(t.charAt(at))) {
            continue;
          }
          m.region(at, p.end);
          if (!m.lookingAt()) {
            continue;
          }
          if (m.start() > p.textStart() && !capitalLabel(m.group())
              && (!InlineChromeRule.atSentenceStart(t, m.start())
              || precededByWord(t, m.start(), p.start))) {
            continue;
          }
          int end = labelEnd(line, m, p.end);
          if (end > 0) {
            Piece cut = line.cut(p, m.start(), end, Label.CHROME, RemovedKind.EMBED_LABEL, name());
            pi = line.pieces.indexOf(cut);
            cuts++;
            break;
          }
        }
      }
    }
  }

  /** The ASCII characters a label match can start with: {@code - ( V C X M N >} (a bit each). */
  private static final long LABEL_START_ASCII =
      1L << '-' | 1L << '>' | 1L << '(';
  private static final long LABEL_START_ASCII_HIGH =
      1L << ('V' - 64) | 1L << ('C' - 64) | 1L << ('X' - 64) | 1L << ('M' - 64) | 1L << ('N' - 64);

  /** Whether {@link #START} can match at a char: one of {@code - – ( V C X M N >}. */
  static boolean mayStartLabel(char c) {
    if (c < 64) {
      return (LABEL_START_ASCII & (1L << c)) != 0;
    }
    if (c < 128) {
      return (LABEL_START_ASCII_HIGH & (1L << (c - 64))) != 0;
    }
    return c == '–';
  }

  private static final DraftLine.Needle IDEO = new DraftLine.Needle("ideo");
  private static final DraftLine.Needle LIP = new DraftLine.Needle("lip");
  private static final DraftLine.Needle IDEO_UPPER = new DraftLine.Needle("IDEO");
  private static final DraftLine.Needle MOI = new DraftLine.Needle("Mời");
  private static final DraftLine.Needle LIP_UPPER = new DraftLine.Needle("LIP");

  /** Whether {@code word} is missing from the line from {@code from} on. */
  static boolean absent(DraftLine line, DraftLine.Needle word, int from) {
    return !line.mayContain(word) || line.text.indexOf(word.text, from) < 0;
  }

  /**
   * Whether a matched label is the capitalised call {@code XEM CLIP:} or {@code XEM VIDEO:}: no
   * sentence of text is written so, and a crawl glues it after a headline with no stop ({@code …
   * cán lìa đầu XEM CLIP: Play Vụ tai nạn …}), so it may stand anywhere. In the baomoi crawl the
   * call stands 90 times, twice after a lower-case word, both labels.
   */
  static boolean capitalLabel(String label) {
    return label.startsWith("XEM ") && label.endsWith(":");
  }

  /**
   * The label of the player's button that a crawl keeps after a colon label ({@code XEM CLIP: Play
   * Vụ tai nạn …}): it ends the label, and the text after it is the article's. In the baomoi crawl
   * in 5 articles ({@code XEM CLIP: Play}, {@code XEM VIDEO: Play}), in VietNamNet's pages of the
   * quancq-news crawl.
   */
  private static final String PLAY = "Play";

  /** The end of the player's button label {@link #PLAY} right after {@code at}, or -1. */
  static int playButtonEnd(String t, int at, int limit) {
    int i = at;
    while (i < limit && t.charAt(i) == ' ') {
      i++;
    }
    int end = i + PLAY.length();
    if (end <= limit && t.startsWith(PLAY, i) && (end == limit || t.charAt(end) == ' ')) {
      return end;
    }
    return -1;
  }

  private static boolean precededByWord(String t, int at, int limit) {
    int k = at - 1;
    while (k >= limit && t.charAt(k) == ' ') {
      k--;
    }
    return k >= limit && Character.isLetter(t.charAt(k)) && Character.isLowerCase(t.charAt(k));
  }

  /** Where the label that starts at the match ends, or -1 when this is not a label. */
  private static int labelEnd(DraftLine line, Matcher m, int limit) {
    String t = line.text;
    int block = InlineChromeRule.blockEnd(line, m.start(), limit);
    if (m.group().contains("Nguồn")) {
      // the credit of a video: it ends as a photo credit does
      boolean paren = m.group().startsWith("(");
      int[] ce = PhotoCreditRule.creditEnd(line, m.end(), limit, paren);
      return ce == null ? -1 : ce[1];
    }
    boolean colonForm = m.group().endsWith(":");
    if (colonForm) {
      int play = playButtonEnd(t, m.end(), block);
      if (play > 0) {
        return play;
      }
      if (capitalLabel(m.group())) {
        int end = labelEnd(line, m, limit, block, true);
        return end > 0 && articleSentence(t, m.end(), end) ? m.end() : end;
      }
    }
    return labelEnd(line, m, limit, block, colonForm);
  }

  /** Most words of a clip's title written as a sentence after {@code XEM CLIP:}. */
  static final int MAX_TITLE_WORDS = 11;

  /**
   * Whether {@code t[from, end)}, all that a capital call's label would take, is the article's
   * next sentence rather than the clip's title: it ends in a stop and opens as a sentence does
   * ({@link SentenceStarters#startsSentence}: {@code Theo ghi nhận của phóng viên, …}) or runs
   * longer than {@value #MAX_TITLE_WORDS} words. The call is then cut alone. In the baomoi crawl
   * 16 of the 90 calls stand before such a sentence ({@code XEM CLIP: Từ số nhà 954 đến 452 đường
   * Láng có khoảng 40 cây có vết đục, khoét.}); a title such as {@code XEM CLIP: Cận cảnh vụ tai
   * nạn trên cao tốc.} is shorter.
   */
  private static boolean articleSentence(String t, int from, int end) {
    if (t.charAt(end - 1) != '.') {
      return false;
    }
    int at = from;
    while (at < end && t.charAt(at) == ' ') {
      at++;
    }
    return SentenceStarters.startsSentence(t, at, end)
        || Sentences.words(t, at, end, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS;
  }

  /** Where a label of the given form that starts at the match ends (before {@code block}), or -1. */
  private static int labelEnd(DraftLine line, Matcher m, int limit, int block, boolean colonForm) {
    String t = line.text;
    boolean dashForm = t.charAt(m.start()) == '-' || t.charAt(m.start()) == '–';
    boolean invite = m.group().startsWith(">");
    int words = 0;
    int depth = 0;
    for (int i = m.end(); i < block; i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '“') {
        depth++;
        continue;
      }
      if ((c == ')' || c == '”') && depth > 0) {
        depth--;
        continue;
      }
      if (depth > 0 && c != ' ') {
        continue;
      }
      if (c == ' ') {
        words++;
        if (words > MAX_WORDS) {
          return -1;
        }
        if (colonForm && i + 1 < block && words > 2 && i > 0
            && Character.isLetterOrDigit(t.charAt(i - 1)) && SentenceStarters.opensGlued(t, i + 1,
                block, Character.isUpperCase(t.charAt(t.lastIndexOf(' ', i - 1) + 1)))) {
          return i; // the next sentence starts, glued on without punctuation after a word
        }
        continue;
      }
      if (c == ':' && !colonForm && (i + 1 >= block || t.charAt(i + 1) == ' ')) {
        return i + 1;
      }
      if (c == '.' && (i + 1 >= block || t.charAt(i + 1) == ' ')) {
        if (colonForm) {
          return i + 1;
        }
        if (dashForm || invite) {
          Matcher src = SOURCE_SENTENCE.matcher(t).region(i + 1, block);
          return src.lookingAt() ? src.end() : i + 1;
        }
        return -1;
      }
    }
    return colonForm || dashForm ? block : -1;
  }
}
