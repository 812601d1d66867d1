package io.github.vnnews;

/**
 * Thrown when the plain-text normaliser would cut more pieces out of one article's lines (fused
 * captions, credits, chrome, punctuation) than its limit allows: the bound that keeps an article
 * built to be cut into millions of pieces from exhausting memory. The corpus reports it as a
 * {@code tooManyPieces} error for that article and goes on.
 *
 * <p>Immutable.
 */
public final class TooManyPiecesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The limit that was passed. */
  private final int limit;
  /** The 1-based input line at which it was passed. */
  private final int line;

  /**
   * An exception.
   *
   * @param limit the limit that was passed
   * @param line the 1-based input line at which it was passed
   */
  public TooManyPiecesException(int limit, int line) {
    super("more than " + limit + " pieces cut out of the article (at line " + line + ")");
    this.limit = limit;
    this.line = line;
  }

  /** @return the limit that was passed */
  public int limit() {
    return limit;
  }

  /** @return the 1-based input line at which it was passed */
  public int line() {
    return line;
  }
}
