package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts chrome that a crawl fused into a line of text, from its marker to the end of its block (the
 * next hard break, else the end of the line): related-news boxes ({@code Tin liên quan …}, {@code
 * Cùng sự kiện: …}) and cross links ({@code >> Xem thêm: …}). A marker must open a sentence and be
 * followed by a headline (a capital letter, digit or quote), so {@code "Tin liên quan đến vụ việc"}
 * stays body. Each instance is one named rule.
 *
 * <p>Immutable and thread-safe.
 */
final class InlineChromeRule implements Rule {
  /** Related-news boxes fused into text. */
  static final InlineChromeRule RELATED =
      new InlineChromeRule(
          "RelatedNewsRule", RemovedKind.RELATED,
          "(?:Tin liên quan|TIN LIÊN QUAN|Bài liên quan|Tin bài liên quan|Bài viết liên quan"
              + "|Tin cùng chuyên mục|Cùng sự kiện ?:|Tin cùng sự kiện ?:|Có thể bạn quan tâm"
              + "|Tin mới nhất|Đọc nhiều nhất|Cùng chuyên mục|Tin cùng chuyên mục|Các tin khác"
              + "|Xem thêm các bài viết|Bài cùng chuyên mục)",
          true, "TBCXĐ",
          List.of("Tin ", "TIN ", "Bài ", "Cùng ", "Có thể", "Các tin", "Xem thêm", "Đọc nhiều"),
          "liên quan", "LIÊN QUAN", "sự kiện", "quan tâm", "mới nhất", "nhiều nhất",
          "chuyên mục", "tin khác", "bài viết");
  /** Cross links fused into text. */
  static final InlineChromeRule CROSS_LINK =
      new InlineChromeRule(
          "CrossLinkRule", RemovedKind.CROSS_LINK,
          "(?:>>>? ?(?:Xem thêm|Đọc thêm|Mời đọc thêm|Xem|Đọc) ?:?|(?:Xem thêm|Đọc thêm) ?:)",
          false, ">XĐ", List.of(">>", "Xem", "Đọc"), ">>", "thêm");

  /** Most words a fused chrome block may take when no hard break ends it. */
  static final int MAX_WORDS = 60;

  private final String name;
  private final RemovedKind kind;
  private final Pattern marker;
  private final boolean toLineEnd;

  private final String[] hints;
  /** The characters a marker can start with: only there is the pattern tried. */
  private final String firsts;
  /** Literal openings of the markers, checked before the pattern. */
  private final List<String> prefixes;

  private InlineChromeRule(String name, RemovedKind kind, String regex, boolean toLineEnd,
      String firsts, List<String> prefixes, String... hints) {
    this.hints = hints;
    this.firsts = firsts;
    this.prefixes = prefixes;
    this.name = name;
    this.kind = kind;
    this.toLineEnd = toLineEnd;
    this.marker =
        Pattern.compile(
            regex + " ?(?=[\\p{Lu}\\d“\"'‘])",
            Pattern.UNICODE_CHARACTER_CLASS);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void apply(Draft draft) {
    int last = draft.lastContentLine();
    for (int li = 0; li < draft.lines.size(); li++) {
      DraftLine line = draft.lines.get(li);
      if (!hinted(line.text)) {
        continue;
      }
      int cuts = 0;
      for (int pi = 0; pi < line.pieces.size() && cuts < Rule.MAX_CUTS; pi++) {
        Piece p = line.pieces.get(pi);
        if (p.decided() || p.end - p.start < 20) {
          continue;
        }
        Matcher m = marker.matcher(line.text);
        m.useTransparentBounds(true);
        for (int at = p.start; at < p.end; at++) {
          if (firsts.indexOf(line.text.charAt(at)) < 0 || !prefixed(line.text, at)) {
            continue;
          }
          m.region(at, p.end);
          if (!m.lookingAt() || !atSentenceStart(line.text, m.start())) {
            continue;
          }
          int end = blockEnd(line, m.start(), p.end);
          boolean closes = end == p.end && (li == last || !toLineEnd);
          boolean blockBreak = end < p.end;
          if ((closes || blockBreak)
              && Sentences.words(line.text.substring(m.start(), end)) <= MAX_WORDS) {
            Piece cut = line.cut(p, m.start(), end, Label.CHROME, kind, name);
            pi = line.pieces.indexOf(cut);
            cuts++;
            break;
          }
        }
      }
    }
  }

  private boolean prefixed(String text, int at) {
    for (String p : prefixes) {
      if (text.startsWith(p, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean hinted(String text) {
    for (String h : hints) {
      if (text.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code at} opens a sentence: line start, or after punctuation, a date or a space run. */
  static boolean atSentenceStart(String t, int at) {
    if (at == 0) {
      return true;
    }
    int k = at - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    return !Character.isLetter(c) || Character.isUpperCase(c) || Character.isDigit(c)
        || c == '.' || c == '!' || c == '?' || c == ':' || c == '”';
  }

  /** The next hard break after {@code from}, else {@code limit}. */
  static int blockEnd(DraftLine line, int from, int limit) {
    int next = line.hardBreaks.nextSetBit(from + 1);
    return next >= 0 && next < limit ? next : limit;
  }
}
