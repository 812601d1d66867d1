package io.github.vnnews.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Decodes the HTML entities a crawler left in plain text ({@code &quot;}, {@code &amp;}, {@code
 * &nbsp;}, {@code &#7897;}, {@code &#x1ED9;}) with Commons Text's {@link
 * StringEscapeUtils#unescapeHtml4}, one entity at a time, before text repair.
 *
 * <p>Only real entities change: a name HTML 4 defines, or a numeric reference to a character that
 * is neither a control character nor a line break (a decoded {@code &#10;} would add a line and
 * break line numbers), nor a lone surrogate. Look-alikes stay as they are: {@code TN&MT;} and
 * {@code TT&TT;} (Vietnamese abbreviations, not entities), a bare {@code &}. Text without an
 * {@code &} takes a fast path and comes back as the same {@code String}.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>input</th><th>output</th></tr>
 *   <tr><td>{@code &quot;chiêm ngưỡng&quot;}</td><td>{@code "chiêm ngưỡng"}</td></tr>
 *   <tr><td>{@code m&#7897;t}</td><td>{@code một}</td></tr>
 *   <tr><td>{@code Sở TN&MT; ông A}</td><td>{@code Sở TN&MT; ông A}</td></tr>
 *   <tr><td>{@code R&amp;D}</td><td>{@code R&D}</td></tr>
 * </table>
 *
 * <p>Thread-safe (stateless).
 */
public final class HtmlEntities {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,9}));");

  private HtmlEntities() {}

  /**
   * Whether a text holds at least one real HTML entity.
   *
   * @param text the text
   * @return true when {@link #decode} would change it
   */
  public static boolean holdsEntities(String text) {
    if (text.indexOf('&') < 0) {
      return false;
    }
    Matcher m = ENTITY.matcher(text);
    while (m.find()) {
      if (decoded(m) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes the real HTML entities of a text, once ({@code &amp;quot;} gives {@code &quot;}).
   *
   * @param text the text; not null
   * @return the decoded text, or {@code text} itself when it holds no entity
   */
  public static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String d = decoded(m);
      if (d == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(d);
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The character an entity stands for, or null when it is not a real entity or not wanted. */
  private static String decoded(Matcher m) {
    String entity = m.group();
    String d = StringEscapeUtils.unescapeHtml4(entity);
    if (d.equals(entity)) {
      return null; // not an HTML 4 name ("&MT;"), or a number out of range
    }
    int cp = d.codePointAt(0);
    if (d.length() != Character.charCount(cp) || Character.isISOControl(cp) && cp != '\t'
        || cp == 0x2028 || cp == 0x2029 || Character.isSurrogate(d.charAt(0))) {
      return null;
    }
    return d;
  }
}
