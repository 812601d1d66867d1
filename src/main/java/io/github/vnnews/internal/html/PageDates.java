package io.github.vnnews.internal.html;

import io.github.vnnews.PublicationTime;
import io.github.vnnews.internal.normalize.VietnameseDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates that news pages state: machine-readable ISO-8601 values (with or without an
 * offset, with fractions, with a space before the offset) and visible Vietnamese stamps.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>{@code 2026-03-07T08:52:11.000 +07:00}</td><td>{@code 2026-03-07T08:52:11+07:00}</td></tr>
 *   <tr><td>{@code 2026-03-07T00:01:00}</td><td>{@code 2026-03-07T00:01:00+07:00}</td></tr>
 *   <tr><td>{@code Thứ năm, 2/11/2023, 19:20 (GMT+7)}</td><td>{@code 2023-11-02T19:20:00+07:00}</td></tr>
 *   <tr><td>{@code 09:37 - 15/12/2019}</td><td>{@code 2019-12-15T09:37:00+07:00}</td></tr>
 *   <tr><td>{@code 07-03-2026 - 09:40 PM}</td><td>{@code 2026-03-07T21:40:00+07:00}</td></tr>
 *   <tr><td>{@code Cập nhật thứ hai, ngày 24/12/12 11:05 tối}</td><td>{@code 2012-12-24T23:05:00+07:00}</td></tr>
 * </table>
 *
 * <p>Thread-safe. Patterns are anchored or bounded, so every call is linear in its input.
 */
final class PageDates {
  private static final Pattern ISO =
      Pattern.compile(
          "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
              + "\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?");

  private static final Pattern VISIBLE_DATE =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})(?!\\d)");

  /** A date with a two-digit year ("24/12/12"), taken only beside a time or a date word. */
  private static final Pattern SHORT_YEAR_DATE =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/.-])");

  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(?i)ngày\\s{1,3}(\\d{1,2})\\s{1,3}tháng\\s{1,3}(\\d{1,2})\\s{1,3}(?:năm\\s{1,3})?(\\d{4})",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern VISIBLE_TIME =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s?[:hg]\\s?(\\d{2})(?::(\\d{2}))?(?!\\d)\\s?(AM|PM|SA|CH|am|pm"
              + "|(?i:sáng|trưa|chiều|tối|đêm)(?!\\p{L}))?",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern GMT =
      Pattern.compile("(?i)(?:GMT|UTC)\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?");

  private static final Pattern STAMP_WORDS =
      Pattern.compile(
          "(?i)\\b(thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|ngày|tháng|cập|đăng|lúc|gmt|utc|am|pm|sa|ch"
              + "|giờ|h|cn|sáng|trưa|chiều|tối|đêm)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern DIGITS = Pattern.compile("\\d");

  private static final Pattern NON_LETTERS =
      Pattern.compile("[\\p{P}\\p{S}\\s]", Pattern.UNICODE_CHARACTER_CLASS);

  /** The longest visible stamp looked at. */
  static final int MAX_STAMP = 200;

  private PageDates() {}

  /**
   * Parses a machine-readable date or date-time; a date-time without offset is Vietnam time.
   *
   * @param s the value
   * @return the time, or null when the value is not an ISO-8601 date
   */
  static PublicationTime parseIso(String s) {
    if (s == null || s.length() > 80) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return PublicationTime.ofDate(date);
      }
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return new PublicationTime(date, time, offset(m.group(7)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String s) {
    if (s == null) {
      return PublicationTime.VIETNAM;
    }
    if (s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = s.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = s.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /**
   * Parses a visible Vietnamese stamp: a day/month/year date (or "ngày D tháng M năm Y"; a
   * two-digit year only beside a time or a date word) with an optional time of day before or
   * after it ("AM"/"PM", or "sáng", "trưa", "chiều", "tối", "đêm" after it), and an optional
   * "GMT+7".
   *
   * @param s the stamp's text
   * @return the time, or null when the text holds no complete date
   */
  static PublicationTime parseVisible(String s) {
    return parseVisible(s, false);
  }

  /**
   * Parses a visible stamp, reading an ambiguous numeric date month first when asked ({@code
   * 9/5/2026} as 5 September): what a page in a US-English format writes. A date whose first
   * number exceeds 12 is read day first whatever is asked.
   *
   * @param s the stamp's text
   * @param monthFirst whether to read {@code a/b/yyyy} as month {@code a}, day {@code b}
   * @return the time, or null when the text holds no complete date
   */
  static PublicationTime parseVisible(String s, boolean monthFirst) {
    if (s == null) {
      return null;
    }
    String t = s.length() > MAX_STAMP ? s.substring(0, MAX_STAMP) : s;
    int day;
    int month;
    int year;
    int dateStart;
    int dateEnd;
    boolean swap = monthFirst;
    Matcher d = VISIBLE_DATE.matcher(t);
    Matcher w;
    Matcher sy;
    if (d.find()) {
      day = Integer.parseInt(d.group(1));
      month = Integer.parseInt(d.group(2));
      year = Integer.parseInt(d.group(3));
      dateStart = d.start();
      dateEnd = d.end();
    } else if ((w = WORD_DATE.matcher(t)).find()) {
      day = Integer.parseInt(w.group(1));
      month = Integer.parseInt(w.group(2));
      year = Integer.parseInt(w.group(3));
      dateStart = w.start();
      dateEnd = w.end();
      swap = false;
    } else if ((sy = SHORT_YEAR_DATE.matcher(t)).find()
        && (VISIBLE_TIME.matcher(t).find() || STAMP_WORDS.matcher(t).find())) {
      day = Integer.parseInt(sy.group(1));
      month = Integer.parseInt(sy.group(2));
      year = 2000 + Integer.parseInt(sy.group(3));
      dateStart = sy.start();
      dateEnd = sy.end();
    } else {
      return null;
    }
    if (swap && day <= 12) {
      int m = day;
      day = month;
      month = m;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    String rest = t.substring(0, dateStart) + " | " + t.substring(dateEnd);
    Matcher tm = VISIBLE_TIME.matcher(rest);
    if (!tm.find()) {
      return PublicationTime.ofDate(date);
    }
    int hour = Integer.parseInt(tm.group(1));
    int minute = Integer.parseInt(tm.group(2));
    int second = tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3));
    String ampm = tm.group(4) == null ? "" : tm.group(4).toLowerCase(Locale.ROOT);
    switch (ampm) {
      case "pm", "ch" -> hour = hour < 12 ? hour + 12 : hour;
      case "am", "sa" -> hour = hour == 12 ? 0 : hour;
      case "" -> { }
      default -> hour = VietnameseDates.hourOfPeriod(hour, ampm);
    }
    ZoneOffset off = PublicationTime.VIETNAM;
    Matcher g = GMT.matcher(rest);
    if (g.find()) {
      int h = Integer.parseInt(g.group(2));
      int mi = g.group(3) == null ? 0 : Integer.parseInt(g.group(3));
      int sign = g.group(1).equals("-") ? -1 : 1;
      try {
        off = ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
      } catch (DateTimeException e) {
        off = PublicationTime.VIETNAM;
      }
    }
    try {
      return new PublicationTime(date, LocalTime.of(hour, minute, second), off);
    } catch (DateTimeException e) {
      return PublicationTime.ofDate(date);
    }
  }

  /**
   * Whether a visible numeric date could be read either way: day and month both at most 12 and
   * different ({@code 9/5/2026}).
   *
   * @param s the stamp's text
   * @return true when day-first and month-first readings are two different valid dates
   */
  static boolean ambiguousOrder(String s) {
    if (s == null) {
      return false;
    }
    PublicationTime a = parseVisible(s, false);
    PublicationTime b = parseVisible(s, true);
    return a != null && b != null && !a.date().equals(b.date());
  }

  /**
   * Whether a short text is a date stamp and little else: a complete visible date with at most a
   * time, a weekday and a few connecting words.
   *
   * @param s the text
   * @return true for a stamp
   */
  static boolean isStamp(String s) {
    if (s == null || s.length() > 80 || parseVisible(s) == null) {
      return false;
    }
    String rest = STAMP_WORDS.matcher(DIGITS.matcher(s).replaceAll("")).replaceAll("");
    rest = NON_LETTERS.matcher(rest).replaceAll("");
    return rest.length() <= 3;
  }
}
