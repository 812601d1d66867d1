package io.github.vnnews;

import java.util.List;
import java.util.Objects;

/**
 * One article as the loader found it, before normalisation: its lines and where they came from.
 *
 * <p>For a plain-text record the lines are the record's lines (delimiters left out); for an HTML
 * page {@link #format()} is {@code "html"} and the lines are the page's source lines.
 *
 * @param path the input path as given, or {@code "-"} for standard input
 * @param index the 0-based position of the article within its file
 * @param startLine the 1-based first line of the record in the file
 * @param endLine the 1-based last line of the record in the file
 * @param format {@code "text"} or {@code "html"}
 * @param encoding the encoding the bytes were decoded with ({@code "utf-8"}, {@code "tcvn3"}, …)
 * @param repaired true when text repair changed any line
 * @param lines the lines, blank ones included, in order
 * @param capture the web-archive record the document was read from, or null for a plain file
 */
public record RawDocument(
    String path,
    int index,
    int startLine,
    int endLine,
    String format,
    String encoding,
    boolean repaired,
    List<SourceLine> lines,
    Capture capture) {

  /**
   * Checks the invariants and copies the lines.
   *
   * @param path the input path as given, or {@code "-"} for standard input
   * @param index the 0-based position of the article within its file
   * @param startLine the 1-based first line of the record in the file
   * @param endLine the 1-based last line of the record in the file
   * @param format {@code "text"} or {@code "html"}
   * @param encoding the encoding the bytes were decoded with ({@code "utf-8"}, {@code "tcvn3"}, …)
   * @param repaired true when text repair changed any line
   * @param lines the lines, blank ones included, in order
   * @param capture the web-archive record the document was read from, or null for a plain file
   */
  public RawDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    lines = List.copyOf(lines);
  }

  /**
   * A document read from a plain file (not a web archive).
   *
   * @param path the input path, or {@code "-"} for standard input
   * @param index the 0-based position of the article within its file
   * @param startLine the 1-based first line of the record in the file
   * @param endLine the 1-based last line of the record in the file
   * @param format {@code "text"} or {@code "html"}
   * @param encoding the encoding the bytes were decoded with
   * @param repaired true when text repair changed any line
   * @param lines the lines, blank ones included, in order
   */
  public RawDocument(
      String path, int index, int startLine, int endLine, String format, String encoding,
      boolean repaired, List<SourceLine> lines) {
    this(path, index, startLine, endLine, format, encoding, repaired, lines, null);
  }

  /**
   * The lines joined with {@code \n}.
   *
   * @return the text
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (SourceLine l : lines) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(l.text());
    }
    return sb.toString();
  }

  /**
   * Whether this is an HTML page.
   *
   * @return true for {@code format == "html"}
   */
  public boolean isHtml() {
    return "html".equals(format);
  }
}
