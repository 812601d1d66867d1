package io.github.vnnews;

/**
 * Thrown by {@link io.github.vnnews.internal.html.HtmlExtractor#extract} for a page longer than the extractor's limit ({@link
 * io.github.vnnews.internal.html.HtmlExtractor.Builder#maxChars(int)}): a page is refused whole, never cut short without a word.
 *
 * <p>Immutable.
 */
public final class PageTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The page's length in characters. */
  private final long chars;
  /** The limit. */
  private final int limit;

  /**
   * An exception.
   *
   * @param chars the page's length in characters
   * @param limit the limit
   */
  public PageTooLargeException(long chars, int limit) {
    super("page of " + chars + " characters is longer than the limit of " + limit + " characters");
    this.chars = chars;
    this.limit = limit;
  }

  /** @return the page's length in characters */
  public long chars() {
    return chars;
  }

  /** @return the limit */
  public int limit() {
    return limit;
  }
}
