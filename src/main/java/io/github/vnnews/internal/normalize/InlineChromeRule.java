package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts chrome that a crawl fused into a line of text, from its marker to the end of its block (the
 * next hard break, else the end of the line): related-news boxes ({@code Tin liên quan …}, {@code
 * Cùng sự kiện: …}) and cross links ({@code >> Xem thêm: …}). The markers are the {@code inline}
 * phrases of the shared {@link ChromeLexicon}. A marker must open a sentence and be
 * followed by a headline (a capital letter, digit or quote), so {@code "Tin liên quan đến vụ việc"}
 * stays body. Each instance is one named rule.
 *
 * <p>Immutable and thread-safe.
 */
final class InlineChromeRule implements Rule {
  /** Related-news boxes fused into text: the inline related-news phrases of the lexicon. */
  static final InlineChromeRule RELATED =
      new InlineChromeRule(
          "RelatedNewsRule", RemovedKind.RELATED,
          "(?:" + markers("related", ChromeLexicon.Where.INLINE) + ")",
          true, openings("related", ChromeLexicon.Where.INLINE),
          lastWords("related", ChromeLexicon.Where.INLINE));
  /** Cross links fused into text. */
  static final InlineChromeRule CROSS_LINK =
      new InlineChromeRule(
          "CrossLinkRule", RemovedKind.CROSS_LINK,
          "(?:>>>? ?(?:" + withoutColon("crossLink") + "|Xem|Đọc) ?:?|(?:"
              + markers("crossLink", ChromeLexicon.Where.INLINE) + "))",
          false, java.util.stream.Stream.concat(java.util.stream.Stream.of(">>"),
              openings("crossLink", ChromeLexicon.Where.INLINE).stream()).toList(),
          ">>", "thêm", "THÊM");

  /**
   * A tag list glued after the text's last sentence, running to the end of the text ({@code …
   * hằn lún vệt bánh xe. Châu Như Quỳnh Tag : Cao tốc , lún võng , VEC , giao thông}): a tags
   * label of the lexicon with its colon, then at least {@value #MIN_TAGS} items separated by
   * commas, none longer than {@value #MAX_TAG_WORDS} words, with no sentence stop (a tag may be in
   * lower case). Since a byline may stand glued before it, the label need not open a sentence. In the quancq-news crawl (Dân
   * Trí's pages) it closes 715 of 896 Dân Trí records; the baomoi crawl has none.
   */
  static final InlineChromeRule TAGS =
      new InlineChromeRule(
          "InlineTagsRule", RemovedKind.TAGS,
          "(?:" + markers("tags", ChromeLexicon.Where.LABEL) + ") ?:",
          true, openings("tags", ChromeLexicon.Where.LABEL),
          lastWords("tags", ChromeLexicon.Where.LABEL));
  /** Fewest items of a glued tag list. */
  static final int MIN_TAGS = 2;
  /** Most words of one item of a glued tag list. */
  static final int MAX_TAG_WORDS = 10;

  /**
   * The phrases of a kind as markers: as written (a marker opens a sentence) and in capitals
   * ("TIN LIÊN QUAN"); a final colon may have a space before it.
   */
  private static String markers(String kind, ChromeLexicon.Where... places) {
    ChromeLexicon lexicon = ChromeLexicon.defaults();
    StringBuilder sb = new StringBuilder(lexicon.alternation(kind, places));
    for (String p : lexicon.phrases(kind, places)) {
      sb.append('|').append(Pattern.quote(p.toUpperCase(java.util.Locale.ROOT)));
    }
    return sb.toString();
  }

  /** The label and inline phrases of a kind without their final colon ("Xem thêm", "Đọc thêm"). */
  private static String withoutColon(String kind) {
    List<String> out = new java.util.ArrayList<>();
    for (String p : ChromeLexicon.defaults().phrases(kind, ChromeLexicon.Where.LABEL,
        ChromeLexicon.Where.INLINE)) {
      out.add(Pattern.quote(p.endsWith(":") ? p.substring(0, p.length() - 1).strip() : p));
    }
    return out.isEmpty() ? "(?!)" : String.join("|", out);
  }

  /**
   * The first word of each phrase of a kind standing {@code where}, with a space, as written and
   * in capitals; a one-word phrase without the space (a colon may follow it at once).
   */
  private static List<String> openings(String kind, ChromeLexicon.Where where) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String p : ChromeLexicon.defaults().phrases(kind, where)) {
      String first = p.split(" ")[0];
      String tail = p.contains(" ") ? " " : "";
      out.add(first + tail);
      out.add(first.toUpperCase(java.util.Locale.ROOT) + tail);
    }
    return List.copyOf(out);
  }

  /** The last word of each phrase of a kind standing {@code where}, as written and in capitals. */
  private static String[] lastWords(String kind, ChromeLexicon.Where where) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String p : ChromeLexicon.defaults().phrases(kind, where)) {
      String[] w = p.replace(":", "").strip().split(" ");
      out.add(w[w.length - 1]);
      out.add(w[w.length - 1].toUpperCase(java.util.Locale.ROOT));
    }
    return out.toArray(new String[0]);
  }

  /** Most words a fused chrome block may take when no hard break ends it. */
  static final int MAX_WORDS = 60;

  private final String name;
  private final RemovedKind kind;
  private final Pattern marker;
  private final boolean toLineEnd;
  /** A tag list: it may follow any word, and must run to the end of the text as a list. */
  private final boolean list;

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
    this.list = kind == RemovedKind.TAGS;
    // a headline follows a marker; a tag may be in lower case
    this.marker =
        Pattern.compile(
            regex + (list ? " ?(?=\\S)" : " ?(?=[\\p{Lu}\\d“\"'‘])"),
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
          if (!m.lookingAt() || !(list ? afterSpace(line.text, m.start(), p.start)
              : atSentenceStart(line.text, m.start()))) {
            continue;
          }
          if (list && (li != last || !tagList(line.text, m.end(), p.end))) {
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

  /** Whether {@code at} opens its piece or follows a space: a word starts there. */
  private static boolean afterSpace(String t, int at, int pieceStart) {
    return at == pieceStart || t.charAt(at - 1) == ' ';
  }

  /**
   * Whether {@code t[from, to)} is a list of tags: at least {@link #MIN_TAGS} items separated by
   * commas, each of one to {@link #MAX_TAG_WORDS} words, with no sentence stop.
   */
  static boolean tagList(String t, int from, int to) {
    int items = 1;
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == ',') {
        if (words == 0) {
          return false;
        }
        items++;
        words = 0;
        inWord = false;
      } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
        return false;
      } else if (c == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        if (++words > MAX_TAG_WORDS) {
          return false;
        }
      }
    }
    return words > 0 && items >= MIN_TAGS;
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
