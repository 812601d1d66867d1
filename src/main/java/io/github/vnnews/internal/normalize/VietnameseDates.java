package io.github.vnnews.internal.normalize;

import io.github.vnnews.PublicationTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and time stamps of Vietnamese news pages into {@link PublicationTime} values in
 * Vietnam time (+07:00).
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>{@code Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A}</td>
 *       <td>{@code 2023-07-28T18:13:12+07:00}</td></tr>
 *   <tr><td>{@code 14h05 ngày 28/7/2023}</td><td>{@code 2023-07-28T14:05:00+07:00}</td></tr>
 *   <tr><td>{@code NGÀY 28 THÁNG 07, 2023 | 18:13}</td><td>{@code 2023-07-28T18:13:00+07:00}</td></tr>
 *   <tr><td>{@code ngày 28 tháng 7 năm 2023}</td><td>{@code 2023-07-28}</td></tr>
 *   <tr><td>{@code Chiều 28/7,} (no year)</td><td>nothing: a year is never invented</td></tr>
 *   <tr><td>{@code 31/02/2024}</td><td>nothing: impossible date</td></tr>
 * </table>
 *
 * <p>{@link #parseStamp(String)} accepts only lines that are nothing but a stamp (weekday, labels,
 * time zone, a leading city and the font-size control {@code A A} may surround it); {@link
 * #find(String)} finds the first full date anywhere. All patterns are linear-time; input longer
 * than {@value #MAX_STAMP} characters is never a stamp.
 *
 * <p>Stateless and thread-safe.
 */
public final class VietnameseDates {

  /** Longest text {@link #parseStamp(String)} considers. */
  public static final int MAX_STAMP = 160;

  private static final int FLAGS =
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DATE_NUM =
      Pattern.compile("(?<!\\d)(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4})(?!\\d)", FLAGS);
  /**
   * A date with a two-digit year ({@code 24/12/12}), taken only with a time of day beside it
   * ({@code 24/12/12 11:05 tối}, {@code 9:50 AM 03/06/17}).
   */
  private static final Pattern DATE_SHORT =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/.-])", FLAGS);
  /** Most characters between a two-digit-year date and the time beside it. */
  private static final int SHORT_GAP = 3;
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "ngày (\\d{1,2}) tháng (\\d{1,2})(?: ?, ?| năm | ?, năm )(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern DATE_ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?"
              + "(?:\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)",
          FLAGS);
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{1,2}) ?(?::|giờ|h(?!\\p{L})|g(?!\\p{L}))(?: ?(\\d{2})(?! ?[/.-] ?\\d))?"
              + "(?: ?(?::|phút) ?(\\d{2}))?(?: ?phút)?(?: ?(AM|PM|SA|CH)\\b|(?: |, )(sáng|trưa|chiều|tối|đêm)"
              + "(?!\\p{L}))?(?![\\d/])",
          FLAGS);
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?:Thứ|Th) ?(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Bẩy|[2-7])|T[2-7]|Chủ ?nhật|CN)\\b", FLAGS);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(Cập nhật lúc|Cập nhật|Ngày cập nhật|Sửa lúc)|Ngày đăng|Đăng lúc|Đăng ngày"
              + "|Ngày phát hành|Thời gian đăng|Xuất bản|Ngày xuất bản|Đăng|Date|Published|Posted)"
              + "\\b ?:?",
          FLAGS);
  private static final Pattern NOISE =
      Pattern.compile(
          "(?:[\\[(] ?)?(?:GMT|UTC) ?\\+ ?0?7(?::?00)?(?: ?[\\])])?|\\bA ?A\\b|\\bA- ?A\\+|"
              + "\\bLượt xem ?:? ?\\d[\\d.,]*|\\blúc\\b|\\bngày\\b|\\bvào\\b",
          FLAGS);
  private static final Pattern CITY =
      Pattern.compile(
          "^(?:Hà Nội|TP\\.? ?HCM|TP\\.? ?Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Huế)\\s*,", FLAGS);

  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private VietnameseDates() {}

  /**
   * A stamp found in a line.
   *
   * @param time the parsed value
   * @param updated true when a label says it is the update time ("Cập nhật")
   * @param start the offset where the date or time text starts
   * @param end the offset where it ends
   */
  public record Stamp(PublicationTime time, boolean updated, int start, int end) {}

  /**
   * Whether the line opens with a publication label ({@code Ngày đăng:}, {@code Đăng lúc},
   * {@code Xuất bản}, {@code Published}), not an update label ({@code Cập nhật}).
   *
   * @param line the line
   * @return true for a labelled publication stamp's line
   */
  public static boolean publishedLabel(String line) {
    Matcher label = LABEL.matcher(line.strip());
    return label.find() && label.group(1) == null;
  }

  /**
   * Parses a line that is nothing but a date stamp.
   *
   * @param line the line
   * @return the stamp, or empty when the line holds anything else or no full date
   */
  public static Optional<Stamp> parseStamp(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_STAMP || !mayHoldDate(s)) {
      return Optional.empty();
    }
    boolean updated = false;
    Matcher label = LABEL.matcher(s);
    if (label.find()) {
      updated = label.group(1) != null;
      s = s.substring(label.end()).strip();
    }
    Matcher city = CITY.matcher(s);
    if (city.find()) {
      s = s.substring(city.end());
    }
    Optional<Stamp> found = find(s);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Stamp st = found.get();
    String residue = s.substring(0, st.start()) + " " + s.substring(st.end());
    if (!onlyNoise(residue)) {
      return Optional.empty();
    }
    return Optional.of(new Stamp(st.time(), updated, 0, line.length()));
  }

  /**
   * Whether nothing but weekdays, time-zone marks, the font control and punctuation is left
   * around a stamp. Sites print the same few of these on every page, so answers are kept (up to
   * {@value #MAX_KEPT} texts, then forgotten all at once): the two patterns are slow.
   */
  private static boolean onlyNoise(String residue) {
    return NOISE_ONLY.get(residue, VietnameseDates::onlyNoiseUncached);
  }

  private static boolean onlyNoiseUncached(String residue) {
    String r = WEEKDAY.matcher(residue).replaceAll(" ");
    r = NOISE.matcher(r).replaceAll(" ");
    for (int i = 0; i < r.length(); i++) {
      if (Character.isLetterOrDigit(r.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final int MAX_KEPT = 4096;

  /** Answers of {@link #onlyNoise} and of {@link #residue}, kept. */
  private static final Kept<Boolean> NOISE_ONLY = new Kept<>();
  private static final Kept<String> RESIDUES = new Kept<>();

  /**
   * Answers of a pure function of a short text, kept for the texts sites print again and again:
   * up to {@value #MAX_KEPT}, then forgotten all at once. Thread-safe.
   */
  private static final class Kept<V> {
    private final java.util.concurrent.ConcurrentHashMap<String, V> map =
        new java.util.concurrent.ConcurrentHashMap<>();

    V get(String key, java.util.function.Function<String, V> compute) {
      V known = map.get(key);
      if (known != null) {
        return known;
      }
      V v = compute.apply(key);
      if (map.size() >= MAX_KEPT) {
        map.clear();
      }
      map.put(key, v);
      return v;
    }
  }

  /**
   * Whether {@code s} may hold a full date: a necessary condition of {@link #DATE_ISO}, {@link
   * #DATE_NUM} and {@link #DATE_WORD}, checked without them. Each has a year of exactly four digits
   * (no digit on either side) that is followed by {@code -} (ISO) or preceded, past at most one
   * space, by {@code / . -} (numeric), a comma or the word {@code năm} (in words). Texts without
   * one are not searched with the patterns.
   *
   * @param s the text
   * @return false when no date pattern can match
   */
  static boolean mayHoldDate(String s) {
    return dateKinds(s) != 0;
  }

  /** {@link #dateKinds} bit: a year followed by {@code -} ({@link #DATE_ISO} may match). */
  static final int ISO = 1;
  /** {@link #dateKinds} bit: a year after {@code / . -} ({@link #DATE_NUM} may match). */
  static final int NUM = 2;
  /** {@link #dateKinds} bit: a year after a comma or {@code năm} ({@link #DATE_WORD} may match). */
  static final int WORD = 4;
  /** {@link #dateKinds} bit: a two-digit year after {@code /} ({@link #DATE_SHORT} may match). */
  static final int SHORT = 8;

  /**
   * Which date patterns may match {@code s}: {@link #ISO}, {@link #NUM}, {@link #WORD} bits, from
   * the four-digit years and their neighbours (see {@link #mayHoldDate}); 0 when none can.
   */
  static int dateKinds(String s) {
    int kinds = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int a = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i - a == 2 && shortYearAt(s, a, i)) {
        kinds |= SHORT;
      }
      if (i - a != 4) {
        continue;
      }
      if (i < n && s.charAt(i) == '-') {
        kinds |= ISO;
      }
      int k = a - 1;
      if (k >= 0 && s.charAt(k) == ' ') {
        k--;
      }
      if (k < 0) {
        continue;
      }
      char c = s.charAt(k);
      if (c == '/' || c == '.' || c == '-') {
        kinds |= NUM;
      } else if (c == ',' || k >= 2 && s.regionMatches(true, k - 2, "năm", 0, 3)) {
        kinds |= WORD;
      }
    }
    return kinds;
  }

  /**
   * Whether the two digits {@code s[a, i)} close a {@code d/m/yy} date: one or two digits, a slash,
   * one or two digits and a slash before them, no date separator after ({@code 24/12} alone, a day
   * and a month, is no such date: most text has those).
   */
  private static boolean shortYearAt(String s, int a, int i) {
    if (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '.' || s.charAt(i) == '-')) {
      return false;
    }
    int k = a - 1;
    for (int slash = 0; slash < 2; slash++) {
      if (k < 0 || s.charAt(k) != '/') {
        return false;
      }
      int digits = 0;
      while (k - 1 >= 0 && isDigit(s.charAt(k - 1)) && digits < 3) {
        k--;
        digits++;
      }
      if (digits < 1 || digits > 2) {
        return false;
      }
      k--;
    }
    return true;
  }

  /** The first digit of {@code s} at or after {@code from}, or the length. */
  private static int firstDigit(String s, int from) {
    int i = from;
    while (i < s.length() && !isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c);
  }

  /**
   * Whether {@code line[from, to)}, stripped, is short enough to be a stamp: a cheap check before
   * {@link #parseStamp}, which never accepts a longer text.
   *
   * @param line the text
   * @param from start offset
   * @param to end offset
   * @return false when the span cannot be a stamp
   */
  static boolean shortEnough(String line, int from, int to) {
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    return to - from <= MAX_STAMP;
  }

  /**
   * What is left of a short text once weekdays, stamp labels, time-zone marks, the font control
   * and separators are taken away ({@code "Thứ năm, | Nguyễn Văn A"} gives {@code "Nguyễn Văn A"}).
   *
   * @param s the text around a stamp
   * @return the rest, stripped
   */
  static String residue(String s) {
    return RESIDUES.get(s, VietnameseDates::residueUncached);
  }

  private static String residueUncached(String s) {
    String r = s.strip();
    Matcher label = LABEL.matcher(r);
    if (label.find()) {
      r = r.substring(label.end());
    }
    r = WEEKDAY.matcher(r).replaceAll(" ");
    r = NOISE.matcher(r).replaceAll(" ");
    int a = 0;
    int b = r.length();
    while (a < b && "|•·,-–—:;()[] ".indexOf(r.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && "|•·,-–—:;()[] ".indexOf(r.charAt(b - 1)) >= 0) {
      b--;
    }
    return SPACES.matcher(r.substring(a, b)).replaceAll(" ");
  }

  /**
   * Finds the first full date (day, month and year) in the text, with the time of day next to it
   * where there is one.
   *
   * @param text the text (only the first {@value #MAX_STAMP} characters are searched)
   * @return the stamp with the span of date and time, or empty
   */
  public static Optional<Stamp> find(String text) {
    String s = text.length() > MAX_STAMP ? text.substring(0, MAX_STAMP) : text;
    int kinds = dateKinds(s);
    if (kinds == 0) {
      return Optional.empty();
    }
    // each pattern is skipped where it cannot match, and searched from the first digit (ISO and
    // numeric dates open with one; the bounds stay transparent for their look-behinds)
    int digit = firstDigit(s, 0);
    if ((kinds & ISO) != 0) {
      Matcher iso = from(DATE_ISO.matcher(s), digit);
      if (iso.find()) {
        return iso(iso);
      }
    }
    LocalDate date = null;
    int ds = -1;
    int de = -1;
    Matcher m = (kinds & NUM) != 0 ? from(DATE_NUM.matcher(s), digit) : null;
    if (m != null && m.find()) {
      date = date(m.group(3), m.group(2), m.group(1));
      ds = m.start();
      de = m.end();
    } else if ((kinds & WORD) != 0) {
      Matcher w = DATE_WORD.matcher(s);
      if (w.find()) {
        date = date(w.group(3), w.group(2), w.group(1));
        ds = w.start();
        de = w.end();
      }
    }
    if (date == null) {
      return (kinds & SHORT) != 0 ? shortYear(s) : Optional.empty();
    }
    String masked = s.substring(0, ds) + " ".repeat(de - ds) + s.substring(de);
    Matcher t = from(TIME.matcher(masked), firstDigit(masked, 0));
    while (t.find()) {
      LocalTime time = time(t.group(1), t.group(2), t.group(3), t.group(4), t.group(5));
      if (time != null) {
        return Optional.of(
            new Stamp(
                new PublicationTime(date, time, PublicationTime.VIETNAM),
                false,
                Math.min(ds, t.start()),
                Math.max(de, t.end())));
      }
    }
    return Optional.of(new Stamp(PublicationTime.ofDate(date), false, ds, de));
  }

  /**
   * A two-digit-year date with a time of day at most {@value #SHORT_GAP} characters before or
   * after it; years up to 69 are read as 20yy, the others as 19yy.
   */
  private static Optional<Stamp> shortYear(String s) {
    Matcher m = DATE_SHORT.matcher(s);
    while (m.find()) {
      int yy = Integer.parseInt(m.group(3));
      LocalDate date = date(String.valueOf(yy <= 69 ? 2000 + yy : 1900 + yy), m.group(2),
          m.group(1));
      if (date == null) {
        continue;
      }
      String masked = s.substring(0, m.start()) + " ".repeat(m.end() - m.start())
          + s.substring(m.end());
      Matcher t = TIME.matcher(masked);
      while (t.find()) {
        boolean beside = t.start() >= m.end() && t.start() - m.end() <= SHORT_GAP
            || t.end() <= m.start() && m.start() - t.end() <= SHORT_GAP;
        LocalTime time = beside ? time(t.group(1), t.group(2), t.group(3), t.group(4),
            t.group(5)) : null;
        if (time != null) {
          return Optional.of(new Stamp(new PublicationTime(date, time, PublicationTime.VIETNAM),
              false, Math.min(m.start(), t.start()), Math.max(m.end(), t.end())));
        }
      }
    }
    return Optional.empty();
  }

  /** The matcher searching from {@code start} on, its look-behinds seeing the text before. */
  private static Matcher from(Matcher m, int start) {
    return m.region(start, m.regionEnd()).useTransparentBounds(true);
  }

  private static Optional<Stamp> iso(Matcher m) {
    LocalDate date = date(m.group(1), m.group(2), m.group(3));
    if (date == null) {
      return Optional.empty();
    }
    if (m.group(4) == null) {
      return Optional.of(new Stamp(PublicationTime.ofDate(date), false, m.start(), m.end()));
    }
    LocalTime time = time(m.group(4), m.group(5), m.group(6), null, null);
    if (time == null) {
      return Optional.empty();
    }
    ZoneOffset offset = PublicationTime.VIETNAM;
    String z = m.group(7);
    if (z != null) {
      try {
        offset = z.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(z));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Stamp(
            PublicationTime.of(OffsetDateTime.of(date, time, offset)), false, m.start(), m.end()));
  }

  private static String normaliseOffset(String z) {
    return z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalTime time(String h, String mi, String sec, String ampm, String period) {
    try {
      int hour = Integer.parseInt(h);
      int minute = mi == null ? 0 : Integer.parseInt(mi);
      int second = sec == null ? 0 : Integer.parseInt(sec);
      if (period != null) {
        hour = hourOfPeriod(hour, period);
      }
      if (ampm != null) {
        String a = ampm.toUpperCase(java.util.Locale.ROOT);
        boolean pm = a.equals("PM") || a.equals("CH");
        if (hour > 12 && !pm) {
          return null; // 15:20 AM says two things
        }
        if (hour <= 12) { // 15:20 PM: a 24-hour time with a redundant mark, as it stands
          hour = hour % 12 + (pm ? 12 : 0);
        }
      }
      return LocalTime.of(hour, minute, second);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The 24-hour hour of a 12-hour clock reading followed by a Vietnamese part of the day: {@code
   * chiều} and {@code tối} (afternoon, evening) add 12 to hours before noon, {@code trưa} (midday)
   * to hours before 11, {@code đêm} (night) to hours 6 to 11 and makes 12 midnight; {@code sáng}
   * (morning) and 24-hour readings leave the hour as it is.
   *
   * @param hour the hour as printed
   * @param period the word, any letter case
   * @return the hour from 0 to 23 (or as printed where it is already past 12)
   */
  public static int hourOfPeriod(int hour, String period) {
    return switch (period.toLowerCase(java.util.Locale.ROOT)) {
      case "chiều", "tối" -> hour < 12 ? hour + 12 : hour;
      case "trưa" -> hour < 11 ? hour + 12 : hour;
      case "đêm" -> hour >= 6 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
      default -> hour;
    };
  }

  private static final Pattern RELATIVE =
      Pattern.compile(
          "^(?:(vừa xong|vừa mới|bây giờ|hôm nay|hôm qua|hôm kia)|(\\d{1,3}) ?(giây|phút|giờ|ngày|tuần"
              + "|tháng|năm) trước)$",
          FLAGS);

  /**
   * Parses a relative stamp ({@code vừa xong}, {@code 35 phút trước}, {@code hôm qua}) against the
   * time the page was fetched. Times are kept to the minute for seconds, minutes and hours; days
   * and longer give a date only.
   *
   * @param text the stamp
   * @param crawl when the page was fetched
   * @return the value, or empty when the text is not a relative stamp
   */
  public static Optional<PublicationTime> parseRelative(String text, OffsetDateTime crawl) {
    Matcher m = RELATIVE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    OffsetDateTime local = crawl.withOffsetSameInstant(PublicationTime.VIETNAM);
    if (m.group(1) != null) {
      String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
      return Optional.of(switch (w) {
        case "hôm nay" -> PublicationTime.ofDate(local.toLocalDate());
        case "hôm qua" -> PublicationTime.ofDate(local.toLocalDate().minusDays(1));
        case "hôm kia" -> PublicationTime.ofDate(local.toLocalDate().minusDays(2));
        default -> PublicationTime.of(local.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
      });
    }
    int n = Integer.parseInt(m.group(2));
    OffsetDateTime minute = local.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    return Optional.of(switch (m.group(3).toLowerCase(java.util.Locale.ROOT)) {
      case "giây" -> PublicationTime.of(minute);
      case "phút" -> PublicationTime.of(minute.minusMinutes(n));
      case "giờ" -> PublicationTime.of(minute.minusHours(n));
      case "ngày" -> PublicationTime.ofDate(local.toLocalDate().minusDays(n));
      case "tuần" -> PublicationTime.ofDate(local.toLocalDate().minusWeeks(n));
      case "tháng" -> PublicationTime.ofDate(local.toLocalDate().minusMonths(n));
      default -> PublicationTime.ofDate(local.toLocalDate().minusYears(n));
    });
  }

  /**
   * Parses an ISO-8601 value or a Vietnamese stamp, whichever fits.
   *
   * @param text the text
   * @return the value, or empty
   */
  public static Optional<PublicationTime> parse(String text) {
    try {
      return Optional.of(PublicationTime.parse(text.strip()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return parseStamp(text).map(Stamp::time);
    }
  }
}
