package io.github.vnnews.internal.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding that an HTML page declares in its first bytes: a byte-order mark,
 * {@code <meta charset="…">} or {@code <meta http-equiv="Content-Type" content="…; charset=…">}.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>page starts with</th><th>{@link #sniff(byte[], int)}</th></tr>
 *   <tr><td>{@code EF BB BF}</td><td>{@code "UTF-8"}</td></tr>
 *   <tr><td>{@code <meta charset="windows-1258">}</td><td>{@code "windows-1258"}</td></tr>
 *   <tr><td>{@code <meta http-equiv="content-type" content="text/html; charset=UTF-8">}</td>
 *       <td>{@code "UTF-8"}</td></tr>
 *   <tr><td>no declaration</td><td>null</td></tr>
 * </table>
 *
 * <p>Only the first {@value #SNIFF_LIMIT} bytes are read; the name is returned as declared (no
 * check that the JVM supports it). Thread-safe.
 */
public final class HtmlCharsetSniffer {
  /** How many bytes at most are examined. */
  public static final int SNIFF_LIMIT = 4096;

  private static final Pattern META =
      Pattern.compile("<meta\\b[^>]{0,512}>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET_ATTR =
      Pattern.compile(
          "\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9][A-Za-z0-9._:\\-]{0,39})",
          Pattern.CASE_INSENSITIVE);

  private HtmlCharsetSniffer() {}

  /**
   * The charset that the page's first bytes declare.
   *
   * @param bytes the start of the page (more bytes than {@code length} may be present)
   * @param length how many bytes of {@code bytes} are valid
   * @return the declared charset name ({@code "UTF-8"} for a UTF-8 byte-order mark, {@code
   *     "UTF-16LE"}/{@code "UTF-16BE"} for UTF-16 ones), or null when nothing is declared
   */
  public static String sniff(byte[] bytes, int length) {
    int n = Math.max(0, Math.min(Math.min(length, bytes.length), SNIFF_LIMIT));
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return "UTF-8";
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return "UTF-16LE";
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return "UTF-16BE";
    }
    // ASCII-compatible view: every byte becomes one char, so tags and attribute names match.
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      String tag = meta.group();
      String lower = tag.toLowerCase(Locale.ROOT);
      if (!lower.contains("charset")) {
        continue;
      }
      if (lower.contains("http-equiv") && !lower.contains("content-type")) {
        continue;
      }
      Matcher cs = CHARSET_ATTR.matcher(tag);
      if (cs.find()) {
        return cs.group(1);
      }
    }
    return null;
  }
}
