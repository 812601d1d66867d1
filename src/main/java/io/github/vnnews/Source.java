package io.github.vnnews;

import java.util.Objects;

/**
 * Where an article came from: the input file, its position in that file, and how it was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the input path as given (relative paths stay relative; {@code "-"} for standard
 *     input); never null
 * @param index the 0-based position of the article within its file
 * @param startLine the 1-based first line of the article in the file
 * @param endLine the 1-based last line of the article in the file
 * @param format {@code "text"} or {@code "html"}
 * @param encoding the detected or configured encoding of the bytes ({@code "utf-8"}, {@code
 *     "tcvn3"}, …)
 * @param repaired true when text repair changed the text (mojibake, decomposed marks, …)
 * @param url the page's canonical URL, or null
 * @param site the publisher's name, or null
 */
public record Source(
    String path,
    int index,
    int startLine,
    int endLine,
    String format,
    String encoding,
    boolean repaired,
    String url,
    String site) {

  /** Checks the invariants. */
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }

  /**
   * A copy with page metadata.
   *
   * @param newUrl the canonical URL, or null
   * @param newSite the publisher, or null
   * @return the copy
   */
  public Source withPage(String newUrl, String newSite) {
    return new Source(path, index, startLine, endLine, format, encoding, repaired, newUrl, newSite);
  }
}
