package io.github.vnnews.internal.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a span of Vietnamese news text into sentences, without regular expressions (one pass,
 * linear in the length).
 *
 * <p>A sentence ends at {@code . ! ? …} (with closing quotes or brackets) before a space and an
 * upper-case letter, digit, opening quote, bracket or dash; not after an abbreviation ({@code TP.},
 * {@code PGS.TS.}, initials such as {@code A.}), nor after a list number ({@code 1.}). A closing
 * bracket followed by a capitalised word is a soft end: the sentence before it is marked
 * unterminated (a fused caption such as {@code "… xã Xuân Hồng (Xuân Trường, Nam Định) Tổng Bí
 * thư đề nghị …"}). A hard break (two or more spaces in the input) always ends a sentence.
 *
 * <p>Stateless and thread-safe.
 */
final class Sentences {

  /** A sentence: offsets within the line, and whether it lacks terminal punctuation. */
  record Span(int start, int end, boolean unterminated) {}

  static final Set<String> ABBREVIATIONS =
      Set.of(
          "tp", "tx", "q", "p", "h", "x", "ths", "ts", "pgs", "gs", "bs", "ks", "kts", "cn", "st",
          "mr", "mrs", "ms", "dr", "prof", "co", "corp", "inc", "ltd", "tr", "sđd", "v.v", "tt",
          "ng", "th", "tsk", "ncs", "bsckii", "bscki", "nsnd", "nsưt", "đ/c", "t.ư", "tw");

  /**
   * The characters the split loop looks at besides hard breaks (a bit per char); all others are
   * skipped at once.
   */
  static final long[] STOPS = new long[1024];

  static {
    for (char c : ".!?\")…“".toCharArray()) {
      STOPS[c >>> 6] |= 1L << c;
    }
  }

  private Sentences() {}

  /**
   * Splits {@code text[from, to)}.
   *
   * @param line the line (for hard breaks)
   * @param from start offset
   * @param to end offset
   * @return the sentences in order, covering the span (unmodifiable; the last split of each line
   *     is cached, since several rules split the same piece)
   */
  static List<Span> split(DraftLine line, int from, int to) {
    if (line.splitSpans != null && line.splitFrom == from && line.splitTo == to) {
      return line.splitSpans;
    }
    List<Span> spans = java.util.Collections.unmodifiableList(splitUncached(line, from, to));
    line.splitFrom = from;
    line.splitTo = to;
    line.splitSpans = spans;
    return spans;
  }

  private static List<Span> splitUncached(DraftLine line, int from, int to) {
    String t = line.text;
    List<Span> out = new ArrayList<>();
    int start = from;
    int i = from;
    int hardBreak = line.hardBreaks.nextSetBit(from);
    // the offsets of the characters the loop looks at were found when the line was made
    int[] stops = line.stops;
    int next = java.util.Arrays.binarySearch(stops, from);
    next = next >= 0 ? next : -1 - next;
    while (i < to) {
      if (hardBreak >= 0 && hardBreak < i) {
        hardBreak = line.hardBreaks.nextSetBit(i);
      }
      // skip to the next character the loop looks at, or to the next hard break
      int limit = hardBreak >= 0 && hardBreak < to ? hardBreak : to;
      while (next < stops.length && stops[next] < i) {
        next++;
      }
      i = next < stops.length && stops[next] < limit ? stops[next] : limit;
      if (i >= to) {
        break;
      }
      if (i == hardBreak) {
        // a hard break always stands on a space, which nothing below looks at
        if (i > start) {
          add(out, t, start, i, !endsTerminal(t, start, i));
          start = i + 1;
        }
        i++;
        continue;
      }
      char c = t.charAt(i); // one of STOPS: the jump above lands only on those
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < to && isCloser(t.charAt(j))) {
          j++;
        }
        while (j < to && (t.charAt(j) == '.' || t.charAt(j) == '/')) {
          j++;
        }
        if (j < to && t.charAt(j) == ' ' && j + 1 < to && startsSentence(t.charAt(j + 1))
            && !(c == '.' && abbreviation(t, start, i))) {
          add(out, t, start, j, false);
          start = j + 1;
          i = j + 1;
          continue;
        }
        i = j;
        continue;
      }
      if ((c == '“' || c == '"') && i > start + 1 && t.charAt(i - 1) == ' ' && i + 1 < to
          && Character.isUpperCase(t.charAt(i + 1)) && fusedBeforeQuote(t, start, i - 1)) {
        add(out, t, start, i - 1, true);
        start = i;
        i++;
        continue;
      }
      if (c == ')' && i + 2 < to && t.charAt(i + 1) == ' '
          && Character.isUpperCase(t.charAt(i + 2))) {
        int open = t.lastIndexOf('(', i);
        if (open >= start && !endsTerminal(t, start, open)) {
          add(out, t, start, i + 1, true);
          start = i + 2;
          i = i + 2;
          continue;
        }
      }
      i++;
    }
    if (start < to) {
      add(out, t, start, to, !endsTerminal(t, start, to));
    }
    return out;
  }

  /** Number of sentences in a stand-alone text. */
  static int count(String text) {
    return split(new DraftLine(0, text, new java.util.BitSet()), 0, text.length()).size();
  }

  private static void add(List<Span> out, String t, int s, int e, boolean unterminated) {
    for (int k = s; k < e; k++) {
      if (t.charAt(k) != ' ') {
        out.add(new Span(s, e, unterminated));
        return;
      }
    }
  }

  /**
   * Whether {@code t[s, e)} is a fragment glued before an opening quote: it opens with a capital,
   * has at most {@value #MAX_FUSED_WORDS} words, no punctuation that ends or splits a clause, and
   * its last word is capitalised (a name, where a verb or a colon would introduce a quotation).
   */
  private static boolean fusedBeforeQuote(String t, int s, int e) {
    if (e - s > 200 || !Character.isUpperCase(t.charAt(s))) {
      return false;
    }
    int words = 1;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == ' ') {
        words++;
      } else if (c == ':' || c == ',' || c == ';' || c == '“' || c == '”' || c == '"'
          || c == '.' || c == '!' || c == '?') {
        return false;
      }
    }
    int lastWord = t.lastIndexOf(' ', e - 1) + 1;
    return words >= 4 && words <= MAX_FUSED_WORDS && lastWord < e
        && Character.isUpperCase(t.charAt(Math.max(lastWord, s)));
  }

  /** Most words of a fragment glued before a quotation. */
  static final int MAX_FUSED_WORDS = 20;

  static boolean endsTerminal(String t, int s, int e) {
    int k = e - 1;
    while (k >= s && (t.charAt(k) == ' ' || isCloser(t.charAt(k)))) {
      k--;
    }
    if (k < s) {
      return false;
    }
    char c = t.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == '»' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '('
        || c == '-' || c == '–' || c == '>' || c == '‘' || c == '\'' || c == '[' || c == '*';
  }

  /** Whether the word ending at the dot {@code dot} is an abbreviation or initial or list number. */
  private static boolean abbreviation(String t, int sentenceStart, int dot) {
    int k = dot - 1;
    while (k >= sentenceStart && t.charAt(k) != ' ') {
      k--;
    }
    int ws = k + 1;
    int len = dot - ws;
    if (len == 0 || isCloser(t.charAt(dot - 1))) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(t.charAt(ws))) {
      return true;
    }
    if (len <= 2 && k + 1 == sentenceStart && Character.isDigit(t.charAt(ws))
        && Character.isDigit(t.charAt(dot - 1))) {
      return true;
    }
    // the word, or what follows its last dot, is a listed abbreviation (case ignored); the list's
    // longest entry is short, so most words are ruled out by their length alone
    if (len <= MAX_ABBREVIATION && isAbbreviation(t, ws, dot)) {
      return true;
    }
    int lastDot = t.lastIndexOf('.', dot - 1);
    return lastDot >= ws && dot - lastDot - 1 <= MAX_ABBREVIATION
        && isAbbreviation(t, lastDot + 1, dot);
  }

  /** Length of the longest entry of {@link #ABBREVIATIONS}. */
  static final int MAX_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /** {@link #ABBREVIATIONS} by length: the entries of length {@code k} at {@code k}. */
  private static final String[][] ABBREVIATIONS_BY_LENGTH = new String[MAX_ABBREVIATION + 1][];

  static {
    for (int k = 0; k <= MAX_ABBREVIATION; k++) {
      int length = k;
      ABBREVIATIONS_BY_LENGTH[k] =
          ABBREVIATIONS.stream().filter(a -> a.length() == length).toArray(String[]::new);
    }
  }

  /**
   * Whether {@code t[from, to)}, in lower case, is one of {@link #ABBREVIATIONS} (at most {@link
   * #MAX_ABBREVIATION} long). Compared char by char in place: this runs at every dot in the text,
   * and a cut and lower-cased copy of each word before it cost more than the whole test.
   */
  static boolean isAbbreviation(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (DraftLine.lower(t.charAt(k)) == '\uFFFF') {
        // a char whose lower case is not one char on its own: the JDK's method decides
        return ABBREVIATIONS.contains(t.substring(from, to).toLowerCase(Locale.ROOT));
      }
    }
    for (String a : ABBREVIATIONS_BY_LENGTH[to - from]) {
      int k = 0;
      while (k < a.length() && DraftLine.lower(t.charAt(from + k)) == a.charAt(k)) {
        k++;
      }
      if (k == a.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Number of space-separated words in {@code s[from, to)} when it is below {@code cap}; else some
   * number at least {@code cap} (the count stops early: most tests compare a long paragraph's
   * words with a small bound).
   */
  static int words(String s, int from, int to, int cap) {
    int n = 0;
    int prevSpace = 1;
    int i = from;
    while (i < to) {
      int chunkEnd = Math.min(to, i + 64);
      for (; i < chunkEnd; i++) {
        int space = s.charAt(i) == ' ' ? 1 : 0;
        n += prevSpace & (space ^ 1);
        prevSpace = space;
      }
      if (n >= cap) {
        return n;
      }
    }
    return n;
  }

  /** Number of space-separated words in {@code s}. */
  static int words(String s) {
    return words(s, 0, s.length());
  }

  /** Number of space-separated words in {@code s[from, to)}. */
  static int words(String s, int from, int to) {
    int n = 0;
    int prevSpace = 1;
    for (int i = from; i < to; i++) {
      int space = s.charAt(i) == ' ' ? 1 : 0;
      n += prevSpace & (space ^ 1);
      prevSpace = space;
    }
    return n;
  }
}
