package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the alt texts of images out of the text. Two forms:
 *
 * <ul>
 *   <li>a headline followed by an image number that a crawl fused into the text ({@code … thời đại
 *       - Ảnh 14.Đây là đại diện …}), the form CMSs give the {@code alt} of every photo of an
 *       article. The alt text runs from the sentence boundary before it to the number, or from
 *       where the article's title starts again inside that sentence (the words before it are the
 *       photo's own caption); it is at most {@value #MAX_WORDS} words with no sentence end of its
 *       own;
 *   <li>a line that is the article's title with its marks stripped ({@code Nhan sac tua nu than cua
 *       15 Hoa hau}, the alt or file name a CMS derives from the headline), with or without an
 *       image number: plain ASCII, while the title has marks.
 * </ul>
 *
 * <p>Named like the whole-line rule ({@link LinePatternRule#IMAGE_ALT}), whose job it does inside
 * lines. Each line is read once: linear in the text.
 *
 * <p>Immutable and thread-safe.
 */
final class InlineImageAltRule implements Rule {
  private static final Pattern NUMBER =
      Pattern.compile(" [-–] (?:Ảnh|ảnh|Hình|hình|ẢNH|HÌNH) \\d{1,3}\\b\\.?",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** An image number closing an unaccented alt text ({@code - Anh 3}, {@code _hinh-2}). */
  private static final Pattern ASCII_NUMBER =
      Pattern.compile("[ _-]+(?:[-–] ?)?(?:anh|hinh|photo|image)[ _-]?\\d{1,3}\\.?$",
          Pattern.CASE_INSENSITIVE);
  /** Most words of an alt text. */
  static final int MAX_WORDS = 30;
  /** Most characters looked at before an image number: more than {@value #MAX_WORDS} words. */
  static final int WINDOW = 600;
  /** Fewest words of a title an unaccented line must echo. */
  static final int MIN_ECHO_WORDS = 4;
  /** Words of the title that mark where it starts again inside an alt text. */
  private static final int TITLE_HEAD_WORDS = 3;

  private static final DraftLine.Needle[] HINTS = DraftLine.Needle.of("- Ảnh ", "- ảnh ",
      "- Hình ", "- hình ", "– Ảnh ", "– Hình ", "- ẢNH ", "- HÌNH ");

  @Override
  public String name() {
    return "ImageAltRule";
  }

  @Override
  public void apply(Draft draft) {
    String head = titleHead(draft.title);
    String folded = draft.title == null || isAscii(draft.title) ? null : fold(draft.title);
    if (folded != null && Sentences.words(folded) < MIN_ECHO_WORDS) {
      folded = null;
    }
    for (DraftLine line : draft.lines) {
      if (folded != null && line.pieces.size() == 1 && !line.pieces.get(0).decided()
          && isUnaccentedTitle(line.text, folded)) {
        line.pieces.get(0).decide(Label.CHROME, RemovedKind.CHROME, name());
        continue;
      }
      if (!hinted(line)) {
        continue;
      }
      int cuts = 0;
      for (int pi = 0; pi < line.pieces.size() && cuts < MAX_CUTS; pi++) {
        Piece p = line.pieces.get(pi);
        if (p.decided()) {
          continue;
        }
        Piece cut = alt(line, p, head);
        if (cut != null) {
          pi = line.pieces.indexOf(cut);
          cuts++;
        }
      }
    }
  }

  private static boolean hinted(DraftLine line) {
    for (DraftLine.Needle h : HINTS) {
      if (line.mayContain(h) && line.text.contains(h.text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts the first alt text of the piece; null when none. Each image number is looked at with at
   * most {@value #WINDOW} characters before it, so a line full of numbers costs linear time.
   */
  private Piece alt(DraftLine line, Piece p, String head) {
    String t = line.text;
    Matcher m = NUMBER.matcher(t).region(p.start, p.end);
    while (m.find()) {
      if (m.start() <= p.start) {
        continue;
      }
      int window = Math.max(p.start, m.start() - WINDOW);
      List<Sentences.Span> spans = Sentences.split(line, window, m.start());
      Sentences.Span last = spans.get(spans.size() - 1);
      int start = last.start();
      if (start == window && window > p.start) {
        continue; // no sentence start within reach: too long for an alt text
      }
      while (start < m.start() && t.charAt(start) == ' ') {
        start++;
      }
      if (head != null && m.start() - start > head.length()) {
        int echo = t.substring(start + 1, m.start()).lastIndexOf(head);
        if (echo >= 0 && t.charAt(start + echo) == ' ') {
          start += echo + 1; // the title starts again: what stands before it is the caption
        }
      }
      if (start < m.start() && Character.isUpperCase(t.charAt(start))
          && Sentences.words(t, start, m.start(), MAX_WORDS + 1) <= MAX_WORDS
          && !Sentences.endsTerminal(t, start, m.start())) {
        return line.cut(p, start, m.end(), Label.CHROME, RemovedKind.CHROME, name());
      }
    }
    return null;
  }

  /** The first {@value #TITLE_HEAD_WORDS} words of the title, or null when it has fewer. */
  static String titleHead(String title) {
    if (title == null) {
      return null;
    }
    int end = -1;
    for (int w = 0; w < TITLE_HEAD_WORDS; w++) {
      end = title.indexOf(' ', end + 1);
      if (end < 0) {
        return null;
      }
    }
    return title.substring(0, end);
  }

  /**
   * Whether a line is the title with its marks stripped: plain ASCII letters, digits, spaces and
   * punctuation, folding to the folded title, an image number after it allowed.
   */
  static boolean isUnaccentedTitle(String line, String foldedTitle) {
    if (!isAscii(line) || line.length() > foldedTitle.length() * 2 + 20) {
      return false;
    }
    Matcher number = ASCII_NUMBER.matcher(line);
    String alt = number.find() ? line.substring(0, number.start()) : line;
    return fold(alt.replace('-', ' ').replace('_', ' ')).equals(foldedTitle);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds a text for comparison: no marks, {@code đ} as {@code d}, lower case, only letters and
   * digits, words joined by one space.
   */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
