package io.github.vnnews.internal.html;

import io.github.vnnews.internal.normalize.ChromeLexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers for page extraction: white space, names, photo credits.
 *
 * <p>Thread-safe (stateless).
 */
final class HtmlText {
  /** Compiled once (a regex in {@code String.replaceAll} or {@code split} is compiled on every call). */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}&&[^.)]]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[-–—|]$");
  /** "Theo Hồ Hương", "Bài và ảnh: X", "Tác giả: X", "PV", ... at the start of a byline. */
  private static final Pattern AUTHOR_PREFIX =
      Pattern.compile(
          "^(?i:theo|bài và ảnh|bài, ảnh|bài/ảnh|bài và clip|tin và ảnh|tin, ảnh|tin/ảnh|tin - ảnh|bài|tác giả"
              + "|phóng viên|pv|nhóm pv|by)\\s*[:.]?\\s+",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** "(tổng hợp)", "(Theo Reuters)", "- Tổng hợp" and similar at the end of a byline. */
  private static final Pattern AUTHOR_SUFFIX =
      Pattern.compile(
          "\\s*(?:\\((?i:tổng hợp|theo|nguồn|lược dịch|dịch|biên dịch|thực hiện|lược ghi|ghi|th)[^()]{0,60}\\)|[-–]\\s*(?i:tổng hợp))\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A parenthesised desk after a name: "(TTXVN)", "(Ban Thời sự)". */
  private static final Pattern DESK_PAREN =
      Pattern.compile("\\s*\\(\\s*\\p{Lu}[^()]{1,40}\\)\\s*\\.?$", Pattern.UNICODE_CHARACTER_CLASS);
  /** A desk or outlet after a dash, bar or slash: "- VnExpress", "/ vov.vn". */
  private static final Pattern DESK_DASH =
      Pattern.compile("\\s+[-–—|/]\\s+([^-–—|/]{2,40})$", Pattern.UNICODE_CHARACTER_CLASS);

  /** Separators between the names of several authors. */
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(?:,|;|&|/|\\s[-–—]\\s|\\svà\\s|\\sand\\s)\\s*", Pattern.UNICODE_CHARACTER_CLASS);

  /** One word of a name: capitalised, or initials such as "H.Y.T." or "Th.S". */
  private static final Pattern NAME_WORD =
      Pattern.compile("^(?:\\p{Lu}[\\p{L}'’]*\\.?|\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{Lu}\\p{Ll}?\\.)$",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A photo credit at the end of a caption: "Ảnh: NAME", "- Ảnh: NAME", "(Ảnh: NAME)". */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:\\s*[-–—|]\\s*|\\s+|^)\\(?\\s*(?i:ảnh|ảnh chụp|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)\\s*:\\s*([^():]{1,80})\\)?\\s*$",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern CREDIT_PREFIX =
      Pattern.compile("^[(\\[]?\\s*(?i:ảnh|photo|nguồn ảnh|nguồn|đồ họa|đồ hoạ)\\s*:\\s*",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CREDIT_END = Pattern.compile("(?<!\\p{Lu})\\.$|[)\\]]$");

  /** Names of organisations, not people: "Báo Dân Trí", "Cổng TTĐT", "Ban Biên tập". */
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "^(?i:báo|tạp chí|cổng|đài|kênh|tin tức|ban |trang|thông tấn|công ty|tập đoàn|bộ |sở |"
              + "ủy ban|uỷ ban|hội |trung tâm|tòa soạn|toà soạn|bbt)",
          Pattern.UNICODE_CHARACTER_CLASS);

  private HtmlText() {}

  /**
   * A credit element's text as a credit: without a leading "Ảnh:" and a final full stop after
   * a name (initials such as "H.Y.T." keep theirs).
   *
   * @param s the credit text
   * @return the credit
   */
  static String cleanCredit(String s) {
    String t = CREDIT_PREFIX.matcher(collapse(s)).replaceFirst("");
    return CREDIT_END.matcher(t).replaceFirst("").strip();
  }

  /**
   * Collapses runs of white space (including no-break spaces) to one space and trims; removes
   * zero-width characters.
   *
   * @param s the text
   * @return the cleaned text
   */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Takes the decorations off a byline: a leading "Theo", "Bài và ảnh:" and a trailing
   * "(tổng hợp)" or "(Theo X)".
   *
   * @param s the byline
   * @return the names, or null when nothing is left
   */
  static String stripAuthorDecorations(String s) {
    String t = collapse(s);
    for (int i = 0; i < 2; i++) {
      t = AUTHOR_SUFFIX.matcher(t).replaceFirst("");
      t = AUTHOR_PREFIX.matcher(t).replaceFirst("");
      t = stripDesk(t);
    }
    t = EDGE_PUNCTUATION.matcher(t).replaceAll("").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * Takes a desk or outlet off the end of a name: "Minh Anh (TTXVN)", "Minh Anh (Ban Thời sự)",
   * "Minh Anh - VnExpress", "Minh Anh / vov.vn". The part must be short and must not be a name of
   * its own after a dash (two authors "Thu Chung - Minh Hà" stay).
   */
  private static String stripDesk(String t) {
    Matcher m = DESK_PAREN.matcher(t);
    if (m.find() && m.start() > 0 && looksLikePersonNames(t.substring(0, m.start()).strip())) {
      return t.substring(0, m.start()).strip();
    }
    m = DESK_DASH.matcher(t);
    if (m.find() && m.start() > 0) {
      String desk = m.group(1).strip();
      if ((desk.contains(".") || ChromeLexicon.defaults().isOutlet(desk) || ORGANISATION.matcher(desk).find())
          && looksLikePersonNames(t.substring(0, m.start()).strip())) {
        return t.substring(0, m.start()).strip();
      }
    }
    return t;
  }

  /**
   * Whether a text is one or more person names: each name one to six capitalised words (or
   * initials), names separated by commas, dashes, "và"; no digits; at most 60 characters.
   *
   * @param s the text
   * @return true for names
   */
  static boolean looksLikePersonNames(String s) {
    if (s == null || s.isEmpty() || s.length() > 60) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '@' || c == ':' || c == '?' || c == '!' || c == '"'
          || c == '“' || c == '”') {
        return false;
      }
    }
    if (ORGANISATION.matcher(s).find()) {
      return false;
    }
    String[] names = NAME_SEPARATORS.split(s);
    int words = 0;
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      String[] ws = SPACES.split(n);
      if (ws.length > 6) {
        return false;
      }
      for (String w : ws) {
        if (!NAME_WORD.matcher(w).matches()) {
          return false;
        }
        words++;
      }
    }
    return words >= 1 && words <= 14;
  }

  /**
   * Splits a trailing photo credit off a caption: {@code "Máy bay. Ảnh: Quỳnh Trần."} gives
   * {@code ["Máy bay.", "Quỳnh Trần"]}. Markers without a name ("Ảnh minh họa") stay in the text.
   *
   * @param caption the caption text
   * @return the text and the credit (null when none)
   */
  static String[] splitCredit(String caption) {
    Matcher m = TRAILING_CREDIT.matcher(caption);
    if (m.find()) {
      String credit = m.group(1).strip();
      credit = CREDIT_END.matcher(credit).replaceFirst("").strip();
      String text = caption.substring(0, m.start()).strip();
      text = TRAILING_SEPARATOR.matcher(text).replaceAll("").strip();
      if (!credit.isEmpty() && !text.isEmpty()) {
        return new String[] {text, credit};
      }
    }
    return new String[] {caption.strip(), null};
  }
}
