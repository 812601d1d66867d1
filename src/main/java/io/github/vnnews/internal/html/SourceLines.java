package io.github.vnnews.internal.html;

import io.github.vnnews.internal.normalize.ChromeLexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads source lines, the notes that name the outlet a text comes from, and the author a line of
 * that kind may carry.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>outlet</th><th>author</th></tr>
 *   <tr><td>{@code Theo TTXVN}</td><td>TTXVN</td><td>null</td></tr>
 *   <tr><td>{@code (Theo Reuters)}</td><td>Reuters</td><td>null</td></tr>
 *   <tr><td>{@code Nguồn: dangcongsan.vn}</td><td>dangcongsan.vn</td><td>null</td></tr>
 *   <tr><td>{@code Theo Minh Nguyễn/Vcamp.vn}</td><td>Vcamp.vn</td><td>Minh Nguyễn</td></tr>
 *   <tr><td>{@code Theo Sầm Hoa (Vietnamnet/Reuters)}</td><td>Vietnamnet/Reuters</td><td>Sầm Hoa</td></tr>
 *   <tr><td>{@code Theo dòng sự kiện:}</td><td colspan="2">not a source line</td></tr>
 *   <tr><td>{@code Theo kế hoạch, dự án sẽ xong trong năm.}</td><td colspan="2">not a source line</td></tr>
 * </table>
 *
 * <p>After "Theo" the outlet must open with a capital letter, a digit or a web address and hold no
 * sentence punctuation; after "Nguồn:" anything short without sentence punctuation. Thread-safe
 * (stateless).
 */
final class SourceLines {
  /** A source line read: the outlet, and the author before it when the line names one. */
  record Source(String outlet, String author) {}

  /** Most words of the outlet part. */
  static final int MAX_WORDS = 8;

  private static final Pattern THEO =
      Pattern.compile(
          "^[(\\[]?\\s*(?:[Tt]heo|THEO)\\s*:?\\s+((?:\\p{Lu}|\\d|[\\w-]+\\.[a-z]{2,})[^,;!?:()\\[\\]]{0,60}?"
              + "(?:\\s*\\([^()]{2,40}\\))?)\\s*[)\\]]?\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NGUON =
      Pattern.compile(
          "^[(\\[]?\\s*(?:[Nn]guồn|NGUỒN)\\s*:\\s*([^;!?()\\[\\]]{2,80}?)\\s*[)\\]]?\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** "Name (Outlet)" and "Name/Outlet" inside a "Theo" line. */
  private static final Pattern NAME_PAREN = Pattern.compile("^(.+?)\\s*\\(([^()]{2,40})\\)$");

  private SourceLines() {}

  /**
   * Reads a source line.
   *
   * @param text a block's text (white space collapsed)
   * @return the source, or null when the text is not a source line
   */
  static Source parse(String text) {
    if (text == null || text.length() > 100) {
      return null;
    }
    Matcher m = THEO.matcher(text);
    if (m.matches()) {
      return split(m.group(1).strip());
    }
    m = NGUON.matcher(text);
    if (m.matches() && words(m.group(1)) <= MAX_WORDS) {
      return new Source(m.group(1).strip(), null);
    }
    return null;
  }

  /** "Sầm Hoa (Vietnamnet/Reuters)" gives author and outlet; "Thanh Niên" only an outlet. */
  private static Source split(String rest) {
    Matcher p = NAME_PAREN.matcher(rest);
    if (p.matches()) {
      String name = p.group(1).strip();
      String outlet = p.group(2).strip();
      if (isPerson(name)) {
        return new Source(outlet, name);
      }
      return words(rest) <= MAX_WORDS ? new Source(rest, null) : null;
    }
    int slash = rest.indexOf('/');
    if (slash > 0 && rest.indexOf('/', slash + 1) < 0 && !rest.contains("://")) {
      String name = rest.substring(0, slash).strip();
      String outlet = rest.substring(slash + 1).strip();
      if (!outlet.isEmpty() && isPerson(name)) {
        return new Source(outlet, name);
      }
    }
    return words(rest) <= MAX_WORDS ? new Source(rest, null) : null;
  }

  /** A person's name: two to six capitalised words, not an outlet's name. */
  private static boolean isPerson(String s) {
    return HtmlText.looksLikePersonNames(s) && s.split("\\s+").length >= 2
        && !s.contains(".") && !ChromeLexicon.defaults().isOutlet(s);
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
