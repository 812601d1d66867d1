package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One non-blank input line under decision: its cleaned text, the offsets of hard breaks (runs of
 * two or more spaces in the input, where crawls glue paragraphs together), and its pieces in order.
 *
 * <p>Mutable working state; not thread-safe.
 */
final class DraftLine {
  final int number;
  final String text;
  final BitSet hardBreaks;
  final List<Piece> pieces = new ArrayList<>(2);
  /** Set by a rule when an image marker stood on the line above. */
  boolean afterImage;
  /** The article's allowance of pieces cut out of lines; null for none. */
  Draft.Pieces allowance;
  private String lower;
  /** The last {@link Sentences#split} of this line: its span and result (null when none yet). */
  int splitFrom;
  int splitTo;
  List<Sentences.Span> splitSpans;
  private final int words;
  private final long[] pairs;
  private long[] lowerPairs;
  /** Offsets of the characters {@link Sentences} splits at ({@link Sentences#STOPS}), ascending. */
  final int[] stops;

  DraftLine(int number, String text, BitSet hardBreaks) {
    this.number = number;
    this.text = text;
    this.hardBreaks = hardBreaks;
    pieces.add(new Piece(this, 0, text.length()));
    // one pass over the line for what several rules need of every line: its words, the pairs of
    // adjacent characters (for mayContain) and where the sentence stops are
    long[] set = new long[16];
    long[] stopBits = Sentences.STOPS;
    int[] found = NO_STOPS;
    int nStops = 0;
    int n = text.length();
    int w = 0;
    if (n > 0) {
      // over a copy of the chars: String.charAt in this loop costs a fifth more
      char[] cs = SCRATCH.get();
      if (cs.length < n) {
        cs = new char[Math.max(n, cs.length * 2)];
        SCRATCH.set(cs);
      }
      text.getChars(0, n, cs, 0);
      char prev = cs[0];
      int prevSpace = prev == ' ' ? 1 : 0;
      w = prevSpace ^ 1;
      if ((stopBits[prev >>> 6] & (1L << prev)) != 0) {
        found = new int[8];
        found[nStops++] = 0;
      }
      for (int i = 1; i < n; i++) {
        char c = cs[i];
        int space = c == ' ' ? 1 : 0;
        w += prevSpace & (space ^ 1);
        prevSpace = space;
        int h = pair(prev, c);
        set[h >>> 6] |= 1L << h;
        prev = c;
        if ((stopBits[c >>> 6] & (1L << c)) != 0) {
          if (nStops == found.length) {
            found = java.util.Arrays.copyOf(found, Math.max(8, nStops * 2));
          }
          found[nStops++] = i;
        }
      }
    }
    this.pairs = set;
    this.words = w;
    this.stops = nStops == found.length ? found : java.util.Arrays.copyOf(found, nStops);
  }

  private static final int[] NO_STOPS = new int[0];
  /** Each thread's buffer for the chars of the line being made. */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);

  private String stampText;
  private java.util.Optional<VietnameseDates.Stamp> stamp;

  /**
   * {@link VietnameseDates#parseStamp} of a text of this line, kept for the next call with the
   * same text (several rules ask about the same line).
   */
  java.util.Optional<VietnameseDates.Stamp> parseStamp(String t) {
    if (stamp == null || !t.equals(stampText)) {
      stamp = VietnameseDates.parseStamp(t);
      stampText = t;
    }
    return stamp;
  }

  /** The line in lower case (computed once). */
  String lower() {
    if (lower == null) {
      lower = toLower(text);
    }
    return lower;
  }

  /**
   * {@code s.toLowerCase(Locale.ROOT)}, by a table lookup per char where that is what it does (all
   * but a few chars: a dotted capital I, a capital sigma, surrogates, for which the JDK's method is
   * called).
   */
  static String toLower(String s) {
    char[] lower = LOWER;
    int n = s.length();
    char[] out = new char[n];
    int changed = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char l = lower[c];
      if (l == '\uFFFF') {
        return s.toLowerCase(java.util.Locale.ROOT);
      }
      out[i] = l;
      changed |= l ^ c;
    }
    return changed == 0 ? s : new String(out);
  }

  /**
   * The lower case of {@code c} as {@code toLowerCase(Locale.ROOT)} makes it inside a string, or
   * U+FFFF where that is not one char of its own (a dotted capital I, a capital sigma, surrogates,
   * U+FFFF itself).
   */
  static char lower(char c) {
    return LOWER[c];
  }

  /**
   * The lower case of each char, or U+FFFF where {@code String.toLowerCase(Locale.ROOT)} does not
   * map it to one char on its own (its result then depends on context or has another length).
   */
  private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      String l = String.valueOf(ch).toLowerCase(java.util.Locale.ROOT);
      boolean regular = !Character.isSurrogate(ch) && ch != '\u03A3' && ch != '\uFFFF'
          && l.length() == 1 && l.charAt(0) == Character.toLowerCase(ch);
      LOWER[c] = regular ? l.charAt(0) : '\uFFFF';
    }
  }

  /**
   * A string looked for in lines, with the pair hashes {@link #mayContain(Needle)} checks (made
   * once, where the rule is made, instead of at every line).
   */
  static final class Needle {
    final String text;
    private final int[] pairs;

    Needle(String text) {
      this.text = text;
      this.pairs = new int[Math.max(0, text.length() - 1)];
      for (int i = 1; i < text.length(); i++) {
        pairs[i - 1] = pair(text.charAt(i - 1), text.charAt(i));
      }
    }

    static Needle[] of(String... texts) {
      Needle[] out = new Needle[texts.length];
      for (int i = 0; i < texts.length; i++) {
        out[i] = new Needle(texts[i]);
      }
      return out;
    }
  }

  /**
   * Whether {@code needle} may occur in the line: false means it does not (every pair of adjacent
   * characters of the needle is looked up in a 1024-bit set of the line's pairs, computed once), so
   * a rule can skip a full {@code indexOf} scan; true means it may.
   */
  boolean mayContain(Needle needle) {
    return mayContain(pairs, needle.pairs);
  }

  /** As {@link #mayContain(Needle)}, for a needle in {@link #lower()}. */
  boolean mayContainLower(Needle needle) {
    if (lowerPairs == null) {
      lowerPairs = pairs(lower());
    }
    return mayContain(lowerPairs, needle.pairs);
  }

  private static boolean mayContain(long[] set, int[] hashes) {
    for (int h : hashes) {
      if ((set[h >>> 6] & (1L << h)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static long[] pairs(String s) {
    long[] set = new long[16];
    int n = s.length();
    char prev = n > 0 ? s.charAt(0) : 0;
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      int h = pair(prev, c);
      set[h >>> 6] |= 1L << h;
      prev = c;
    }
    return set;
  }

  private static int pair(char a, char b) {
    return ((a * 31 + b) * 0x9E3779B1) >>> 22;
  }

  /** The number of words on the line (computed once). */
  int words() {
    return words;
  }

  /** The single piece when the line is still whole and undecided, else null. */
  Piece wholeUndecided() {
    if (pieces.size() == 1 && !pieces.get(0).decided()) {
      return pieces.get(0);
    }
    return null;
  }

  /**
   * The one undecided piece of the line when everything else on it is punctuation (a trailing
   * table bar, say), else null.
   */
  Piece soleUndecided() {
    Piece found = null;
    for (Piece p : pieces) {
      if (!p.decided()) {
        if (found != null) {
          return null;
        }
        found = p;
      } else if (p.kind != io.github.vnnews.RemovedKind.PUNCTUATION) {
        return null;
      }
    }
    return found;
  }

  boolean allDecidedNonBody() {
    for (Piece p : pieces) {
      if (p.isBody()) {
        return false;
      }
    }
    return true;
  }

  boolean hasBody() {
    return !allDecidedNonBody();
  }

  /**
   * Cuts {@code [from, to)} out of piece {@code p} and labels it; the parts before and after stay
   * as they were. Offsets are absolute within the line; the cut is widened to include no spaces.
   *
   * @return the cut piece, or null when the span is empty
   */
  Piece cut(Piece p, int from, int to, Label label, RemovedKind kind, String rule) {
    from = Math.max(from, p.start);
    to = Math.min(to, p.end);
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    if (from >= to) {
      return null;
    }
    // never split a word: a cut that starts or ends inside one takes the whole word
    while (from > p.start && isWordChar(text.charAt(from - 1)) && isWordChar(text.charAt(from))) {
      from--;
    }
    while (to < p.end && isWordChar(text.charAt(to - 1)) && isWordChar(text.charAt(to))) {
      to++;
    }
    int index = pieces.indexOf(p);
    List<Piece> replacement = new ArrayList<>(3);
    if (!blank(p.start, from)) {
      replacement.add(copy(p, p.start, from));
    }
    Piece middle = new Piece(this, from, to);
    middle.decide(label, kind, rule);
    replacement.add(middle);
    if (!blank(to, p.end)) {
      replacement.add(copy(p, to, p.end));
    }
    if (allowance != null) {
      allowance.take(replacement.size() - 1, number);
    }
    pieces.remove(index);
    pieces.addAll(index, replacement);
    return middle;
  }

  /** A letter, digit or combining mark: a character that belongs to a word. */
  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** Whether {@code text[from, to)} holds only spaces (stops at the first other character). */
  boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Cuts {@code [from, to)} out of the undecided piece that holds it, or returns null. */
  Piece cutSpan(int from, int to, Label label, RemovedKind kind, String rule) {
    for (Piece p : pieces) {
      if (!p.decided() && from >= p.start && to <= p.end) {
        return cut(p, from, to, label, kind, rule);
      }
    }
    return null;
  }

  private Piece copy(Piece p, int from, int to) {
    Piece c = new Piece(this, from, to);
    c.label = p.label;
    c.kind = p.kind;
    c.rule = p.rule;
    c.credit = p.credit;
    return c;
  }
}
