package io.github.vnnews.internal.load;

import java.util.regex.Pattern;

/**
 * Decides whether a line separates two articles of a multi-article file.
 *
 * <table>
 *   <caption>Delimiter lines recognised by {@link #auto()}</caption>
 *   <tr><th>line</th><th>delimiter?</th></tr>
 *   <tr><td>{@code =====}, {@code ----------}, {@code #####}, {@code *****}, {@code ~~~~~}</td>
 *       <td>yes: one of {@code = - # * ~} repeated five or more times, nothing else</td></tr>
 *   <tr><td>{@code <<<DOC 17>>>}, {@code <<<END>>>}</td><td>yes</td></tr>
 *   <tr><td>a form feed</td><td>yes</td></tr>
 *   <tr><td>{@code ---}, {@code - - - - -}, {@code ===== Chương 2 =====}, {@code 1-----2}</td>
 *       <td>no</td></tr>
 * </table>
 *
 * <p>Lines are compared after trimming white space. Immutable and thread-safe.
 */
public final class DelimiterMatcher {
  private static final int MAX_DELIMITER_LENGTH = 400;

  private final String literal;
  private final Pattern regex;
  private final boolean auto;

  private DelimiterMatcher(String literal, Pattern regex, boolean auto) {
    this.literal = literal == null || literal.isBlank() ? null : literal.strip();
    this.regex = regex;
    this.auto = auto;
  }

  /**
   * Recognises the common delimiter lines only.
   *
   * @return the matcher
   */
  public static DelimiterMatcher auto() {
    return new DelimiterMatcher(null, null, true);
  }

  /**
   * Recognises the given literal and/or pattern, and the common lines when {@code auto} is set.
   *
   * @param literal a delimiter line, compared after trimming; or null
   * @param regex a pattern that a whole trimmed delimiter line matches; or null
   * @param auto whether the common delimiter lines count too
   * @return the matcher
   */
  public static DelimiterMatcher of(String literal, Pattern regex, boolean auto) {
    return new DelimiterMatcher(literal, regex, auto);
  }

  /**
   * Builds the matcher a loader configuration asks for.
   *
   * @param config the configuration
   * @return the matcher
   */
  static DelimiterMatcher of(LoaderConfig config) {
    return of(config.delimiter(), config.delimiterRegex(), config.autoDelimiters());
  }

  /**
   * Whether the line is a delimiter.
   *
   * @param line the line without its terminator
   * @return true for a delimiter line
   */
  public boolean isDelimiter(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if (first == '\f') {
      return line.isBlank();
    }
    String t = null;
    if (literal != null) {
      t = line.strip();
      if (t.equals(literal)) {
        return true;
      }
    }
    if (regex != null && line.length() <= 4 * MAX_DELIMITER_LENGTH) {
      if (t == null) {
        t = line.strip();
      }
      if (regex.matcher(t).matches()) {
        return true;
      }
    }
    return auto && isAutoDelimiter(line);
  }

  private static boolean isAutoDelimiter(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int len = end - start;
    if (len < 5 || len > MAX_DELIMITER_LENGTH) {
      return false;
    }
    char c = line.charAt(start);
    if (c == '=' || c == '-' || c == '#' || c == '*' || c == '~') {
      for (int i = start + 1; i < end; i++) {
        if (line.charAt(i) != c) {
          return false;
        }
      }
      return true;
    }
    return c == '<'
        && line.startsWith("<<<", start)
        && line.startsWith(">>>", end - 3)
        && len >= 7
        && line.indexOf('\n', start) < 0;
  }
}
