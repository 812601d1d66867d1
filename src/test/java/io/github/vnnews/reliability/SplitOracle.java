package io.github.vnnews.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An independent, deliberately naive statement of how the loader splits decoded text into lines
 * and articles, written from the documentation of {@code LineReader}, {@code DelimiterMatcher} and
 * {@code DocumentReader}. Tests and fuzz targets compare the loader with it.
 *
 * <ul>
 *   <li>Lines end at {@code \n}, {@code \r\n} or {@code \r}; a form feed ends a line too and is a
 *       delimiter line of its own (a form feed that ends an empty line is only the delimiter).
 *   <li>A delimiter line, after stripping white space, is 5 to 400 times one of {@code = - # *
 *       ~}, or starts with {@code <<<}, ends with {@code >>>} and is at least 7 long.
 *   <li>An article is the run of lines between delimiters; runs with no non-blank line are not
 *       articles; leading and trailing blank lines of an article are dropped.
 * </ul>
 */
public final class SplitOracle {
  /** The line that stands for a form feed. */
  public static final String FORM_FEED = "\f";

  private SplitOracle() {}

  /**
   * The lines of a text, form feeds as {@link #FORM_FEED} lines.
   *
   * @param text decoded text (without a byte order mark)
   * @return the lines
   */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(cur.toString());
        cur.setLength(0);
        open = false;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\f') {
        if (cur.length() > 0) {
          out.add(cur.toString());
        }
        cur.setLength(0);
        open = false;
        out.add(FORM_FEED);
      } else {
        cur.append(c);
        open = true;
      }
    }
    if (open) {
      out.add(cur.toString());
    }
    return out;
  }

  /**
   * Whether a line is a delimiter under the automatic rules.
   *
   * @param line a line from {@link #lines(String)}
   * @return true for a delimiter
   */
  public static boolean isDelimiter(String line) {
    if (line.equals(FORM_FEED)) {
      return true;
    }
    String t = line.strip();
    if (t.length() >= 5 && t.length() <= 400 && "=-#*~".indexOf(t.charAt(0)) >= 0) {
      return t.chars().allMatch(ch -> ch == t.charAt(0));
    }
    return t.length() >= 7 && t.length() <= 400 && t.startsWith("<<<") && t.endsWith(">>>");
  }

  /**
   * The articles of a text: for each, its lines (leading and trailing blank lines dropped).
   *
   * @param text decoded text
   * @return the articles in order
   */
  public static List<List<String>> articles(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : lines(text)) {
      if (isDelimiter(line)) {
        flush(cur, out);
        cur = new ArrayList<>();
      } else {
        cur.add(line);
      }
    }
    flush(cur, out);
    return out;
  }

  /**
   * The delimiter lines of a text.
   *
   * @param text decoded text
   * @return the delimiter lines in order
   */
  public static List<String> delimiters(String text) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      if (isDelimiter(line)) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * Whether the loader would take the text for an HTML page (and so not split it).
   *
   * @param text decoded text
   * @return true when it opens like an HTML document
   */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    String t = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
    return t.startsWith("<!doctype html") || t.startsWith("<html");
  }

  private static void flush(List<String> cur, List<List<String>> out) {
    int a = 0;
    int b = cur.size();
    while (a < b && cur.get(a).isBlank()) {
      a++;
    }
    while (b > a && cur.get(b - 1).isBlank()) {
      b--;
    }
    if (a < b) {
      out.add(List.copyOf(cur.subList(a, b)));
    }
  }
}
