package io.github.vnnews.internal.normalize;

/**
 * Locates the closing of an article, where bylines, source lines and compilation notes stand: the
 * last undecided piece, and the start of its last sentence-like tail.
 *
 * <p>Stateless and thread-safe.
 */
final class Closing {
  private Closing() {}

  /** The last undecided piece of the article, or null. */
  static Piece lastPiece(Draft draft) {
    for (int i = draft.lines.size() - 1; i >= 0; i--) {
      DraftLine l = draft.lines.get(i);
      for (int j = l.pieces.size() - 1; j >= 0; j--) {
        Piece p = l.pieces.get(j);
        if (!p.decided()) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The offset where the tail of {@code p} begins: after the last sentence end, closing quote or
   * hard break, or the piece start (not after a colon: what follows a colon is a list or a
   * quotation, not a byline).
   */
  static int tailStart(Piece p) {
    String t = p.line.text;
    for (int i = p.end - 1; i > p.start; i--) {
      char c = t.charAt(i);
      if (c == ' ' && p.line.hardBreaks.get(i)) {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?' || c == '”' || c == '…' || c == '"')
          && i + 1 < p.end && t.charAt(i + 1) == ' ') {
        if (c == '.' && i > p.start && Character.isUpperCase(t.charAt(i - 1))
            && (i - 1 == p.start || t.charAt(i - 2) == ' ' || t.charAt(i - 2) == '.')) {
          continue;
        }
        return i + 1;
      }
    }
    return p.start;
  }
}
