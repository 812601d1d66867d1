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
          true,
          List.of("Tin ", "TIN ", "Bài ", "Cùng ", "Có thể", "Các tin", "Xem thêm", "Đọc nhiều"),
          "liên quan", "LIÊN QUAN", "sự kiện", "quan tâm", "mới nhất", "nhiều nhất",
          "chuyên mục", "tin khác", "bài viết");
  /** Cross links fused into text. */
  static final InlineChromeRule CROSS_LINK =
      new InlineChromeRule(
          "CrossLinkRule", RemovedKind.CROSS_LINK,
          "(?:>>>? ?(?:Xem thêm|Đọc thêm|Mời đọc thêm|Xem|Đọc) ?:?|(?:Xem thêm|Đọc thêm) ?:)",
          false, List.of(">>", "Xem", "Đọc"), ">>", "thêm");

  /** Most words a fused chrome block may take when no hard break ends it. */
  static final int MAX_WORDS = 60;

  private final String name;
  private final RemovedKind kind;
  private final Pattern marker;
  private final boolean toLineEnd;

  private final DraftLine.Needle[] hints;
  /** Literal openings of the markers (every match starts with one): only there is it tried. */
  private final List<DraftLine.Needle> prefixes;

  private InlineChromeRule(String name, RemovedKind kind, String regex, boolean toLineEnd,
      List<String> prefixes, String... hints) {
    this.hints = DraftLine.Needle.of(hints);
    this.prefixes = List.of(DraftLine.Needle.of(prefixes.toArray(new String[0])));
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
      if (!hinted(line)) {
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
        int[] next = new int[prefixes.size()];
        java.util.Arrays.fill(next, -1);
        for (int at = p.start; at < p.end; at++) {
          at = nextPrefixed(line, at, next);
          if (at < 0 || at >= p.end) {
            break;
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

  /**
   * The first offset at or after {@code from} where one of the {@link #prefixes} starts, or -1:
   * only there can a marker match. {@code next} holds, per prefix, its last found offset (-1 when
   * not yet searched, {@link Integer#MAX_VALUE} when absent), so each prefix is searched for once
   * per occurrence.
   */
  private int nextPrefixed(DraftLine line, int from, int[] next) {
    int best = Integer.MAX_VALUE;
    for (int k = 0; k < next.length; k++) {
      if (next[k] < from) {
        DraftLine.Needle prefix = prefixes.get(k);
        int found = line.mayContain(prefix) ? line.text.indexOf(prefix.text, from) : -1;
        next[k] = found < 0 ? Integer.MAX_VALUE : found;
      }
      best = Math.min(best, next[k]);
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  private boolean hinted(DraftLine line) {
    for (DraftLine.Needle h : hints) {
      if (line.mayContain(h) && line.text.contains(h.text)) {
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
    if (k == at - 1 && Character.isLetterOrDigit(c)) {
      return false; // inside a word ("đTTXVTin liên quan"): cutting there would split the word
    }
    return !Character.isLetter(c) || Character.isUpperCase(c) || Character.isDigit(c)
        || c == '.' || c == '!' || c == '?' || c == ':' || c == '”';
  }

  /** The next hard break after {@code from}, else {@code limit}. */
  static int blockEnd(DraftLine line, int from, int limit) {
    int next = line.hardBreaks.nextSetBit(from + 1);
    return next >= 0 && next < limit ? next : limit;
  }
}
