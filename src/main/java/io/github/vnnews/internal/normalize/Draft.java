package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.SourceLine;
import io.github.vnnews.TooManyPiecesException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The working state of one article while the rules run: its non-blank lines with their pieces, and
 * the metadata found so far. Rules read context (position, neighbours) from here.
 *
 * <p>Mutable and confined to one call of {@link TextNormalizer#normalize}; not thread-safe.
 */
final class Draft {

  final List<DraftLine> lines = new ArrayList<>();
  String title;
  PublicationTime publishedAt;
  PublicationTime modifiedAt;
  PublicationTime pageClock;
  String author;
  String sourceOutlet;
  String outletTag;
  /** The article region of a whole-page copy ({@link PageRegionRule}), or null for other texts. */
  PageRegionRule.Region region;
  /** What repeats across the corpus this article belongs to, or null. */
  Boilerplate boilerplate;
  /** Hears the candidates learned rules score (training only), or null. */
  ModelTrace trace;

  Draft(List<SourceLine> input) {
    this(input, Integer.MAX_VALUE);
  }

  /**
   * The draft of an article's lines.
   *
   * @param input the lines
   * @param maxPieces the most pieces the rules may cut out of the lines in all
   */
  Draft(List<SourceLine> input, int maxPieces) {
    Pieces allowance = maxPieces == Integer.MAX_VALUE ? null : new Pieces(maxPieces);
    for (SourceLine l : input) {
      BitSet breaks = new BitSet();
      String clean = clean(l.text(), breaks);
      if (!clean.isEmpty()) {
        DraftLine line = new DraftLine(l.number(), clean, breaks);
        line.allowance = allowance;
        lines.add(line);
      }
    }
  }

  /** How many more pieces the rules may cut out of the draft's lines. */
  static final class Pieces {
    private final int limit;
    private int left;

    Pieces(int limit) {
      this.limit = limit;
      this.left = limit;
    }

    /**
     * Takes {@code n} pieces.
     *
     * @throws TooManyPiecesException when fewer are left
     */
    void take(int n, int line) {
      left -= n;
      if (left < 0) {
        throw new TooManyPiecesException(limit, line);
      }
    }
  }

  /**
   * Removes invisible characters, turns every run of white space into one space (recording in
   * {@code breaks} where a run of two or more stood) and trims.
   */
  static String clean(String s, BitSet breaks) {
    if (isClean(s)) {
      return s;
    }
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    int spaces = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean plain = c < 128 ? c > ' ' && c != 127 : !maybeSpecial(c);
      if (!plain) {
        if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
            || c == '\u00AD') {
          continue;
        }
        if (c == ' ' || c < 128 || isSpace(c)) {
          spaces++;
          continue;
        }
      }
      if (spaces > 0 && len > 0) {
        if (spaces > 1) {
          breaks.set(len);
        }
        out[len++] = ' ';
      }
      spaces = 0;
      out[len++] = c;
    }
    return new String(out, 0, len);
  }

  /**
   * Whether {@link #clean} would return {@code s} unchanged: no invisible or control characters,
   * no white space but single inner spaces. Most lines are; they are then not copied.
   */
  static boolean isClean(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return n == 0;
    }
    // one table load per character: a range test per character is mispredicted often in
    // Vietnamese, which mixes ASCII and other letters at random
    byte[] special = SPECIAL;
    int flags = 0;
    for (int i = 0; i < n; i++) {
      flags |= special[s.charAt(i)];
    }
    return flags == 0 && s.indexOf("  ") < 0;
  }

  /** 1 for a character {@link #isClean} rejects wherever it stands (every one but the space). */
  private static final byte[] SPECIAL = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean bad = c < 128 ? c < ' ' || c == 127 : maybeSpecial(ch)
          && (ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060'
              || ch == '\uFEFF' || ch == '\u00AD' || isSpace(ch));
      SPECIAL[c] = (byte) (bad ? 1 : 0);
    }
  }

  /** Whether a non-ASCII {@code c} may be white space or invisible (a cheap range test). */
  private static boolean maybeSpecial(char c) {
    return (c >= '\u0085' && c <= '\u00AD') || c >= '\u1680' && (c == '\u1680' || c >= '\u2000');
  }

  /** Unicode white space outside ASCII: NEL, NBSP, the U+2000 block, ideographic space. */
  private static boolean isSpace(char c) {
    if (c < '\u0085' || (c > '\u00A0' && c < '\u1680')) {
      return false;
    }
    return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** Index of the first line that still holds an undecided piece, or -1. */
  int firstContentLine() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).hasBody()) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the title line, or -1. */
  int titleLine() {
    for (int i = 0; i < lines.size(); i++) {
      for (Piece p : lines.get(i).pieces) {
        if (p.label == Label.TITLE) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Index of the lede: the first line with undecided text after the title. */
  int ledeLine() {
    int t = titleLine();
    for (int i = t + 1; i < lines.size(); i++) {
      if (lines.get(i).hasBody()) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the last line holding undecided text, or -1. */
  int lastContentLine() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).hasBody()) {
        return i;
      }
    }
    return -1;
  }
}
