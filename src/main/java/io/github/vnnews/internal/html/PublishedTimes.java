package io.github.vnnews.internal.html;

import io.github.vnnews.PublicationTime;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's publication time by agreement among the sources that state it: JSON-LD,
 * OpenGraph and {@code article:*}, {@code <meta name=pubdate>} and kin, {@code itemprop}, {@code
 * <time>}, and the visible stamp.
 *
 * <p>Each source gives one reading, or two when its numeric date could be read day first or month
 * first ({@code 9/5/2026 10:17:01 PM}); the visible stamp is read day first, the Vietnamese way,
 * and a reading whose weekday contradicts the weekday the value names ("Thứ sáu") is dropped. Two readings agree when they name the same minute, or the
 * same date and wall-clock minute with different offsets, or the same date when one has no time.
 * The reading that the most other sources agree with wins; ties go to the more trusted source (the
 * order of {@link #add}), day first before month first. So a month-first {@code
 * article:published_time} is settled by the JSON-LD's ISO time, and a date that disagrees with two
 * sources that agree is never chosen.
 *
 * <p>The winner is then completed from the readings that agree with it: seconds where it has none,
 * a time where it has only a date, and the offset the visible stamp states ("GMT+7") where the
 * machine time names the same wall clock with another offset. Where the stamp states none, the
 * offset is settled by agreement too: the sources that name the winner's wall clock vote, each for
 * the offset it states or for Vietnam's, and the winner's own offset stays unless outvoted.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>sources</th><th>chosen</th></tr>
 *   <tr><td>{@code article:published_time=9/5/2026 10:17:01 PM}, JSON-LD {@code
 *       2026-09-05T22:17:01+07:00}</td><td>{@code 2026-09-05T22:17:01+07:00}</td></tr>
 *   <tr><td>JSON-LD {@code 2019-02-08T17:08:25+08:00}, visible {@code 8/2/2019, 17:08 (GMT+7)}</td>
 *       <td>{@code 2019-02-08T17:08:25+07:00}</td></tr>
 *   <tr><td>pubdate and dateCreated {@code 2012-12-23T14:02}, visible {@code 24/12/2012 03:04 AM}</td>
 *       <td>{@code 2012-12-23T14:02:00+07:00}</td></tr>
 *   <tr><td>JSON-LD {@code 2016-06-03T00:03:00+08:00}, visible {@code 00:03 03/06/2016} with
 *       {@code title="2016-06-03T00:03:00"}</td><td>{@code 2016-06-03T00:03:00+07:00}</td></tr>
 * </table>
 *
 * <p>Not thread-safe; one instance per page.
 */
final class PublishedTimes {
  /** One way of reading one source's value. */
  private record Reading(String source, int rank, PublicationTime time, boolean monthFirst,
      boolean statedOffset) {}

  /** The choice: the time and the sources that gave or completed it. */
  record Choice(PublicationTime time, String rule) {}

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)(?<!\\p{L})(?:thứ\\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\\s*nhật|cn))(?!\\p{L})",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern STATED_OFFSET = Pattern.compile("(?i)(?:GMT|UTC)\\s?[+-]|[+-]\\d{2}:?\\d{2}\\s*$|Z\\s*$");

  private final List<Reading> readings = new ArrayList<>();
  private int sources;

  /**
   * Adds a source's value; sources added first are trusted most.
   *
   * @param source the source's name ("jsonld:datePublished", "visible")
   * @param value the value as the page states it; null or unreadable values are ignored
   */
  void add(String source, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    int rank = sources;
    PublicationTime iso = PageDates.parseIso(value);
    boolean stated = STATED_OFFSET.matcher(value.strip()).find();
    if (iso != null) {
      readings.add(new Reading(source, rank, iso, false, stated));
      sources++;
      return;
    }
    PublicationTime dayFirst = PageDates.parseVisible(value, false);
    if (dayFirst == null) {
      return;
    }
    DayOfWeek named = weekday(value);
    boolean dayFirstFits = named == null || dayFirst.date().getDayOfWeek() == named;
    if (dayFirstFits) {
      readings.add(new Reading(source, rank, dayFirst, false, stated));
    }
    // the visible stamp is written the Vietnamese way, day first; a machine value may not be
    if (!source.equals(VISIBLE) && PageDates.ambiguousOrder(value)) {
      PublicationTime monthFirst = PageDates.parseVisible(value, true);
      if (named == null || monthFirst.date().getDayOfWeek() == named) {
        readings.add(new Reading(source, rank, monthFirst, true, stated));
      }
    } else if (!dayFirstFits) {
      readings.add(new Reading(source, rank, dayFirst, false, stated)); // the weekday is wrong
    }
    sources++;
  }

  /** The weekday a value names ("Thứ sáu", "Thứ 6", "Chủ nhật", "CN"), or null. */
  static DayOfWeek weekday(String value) {
    Matcher m = WEEKDAY.matcher(value);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) == null) {
      return DayOfWeek.SUNDAY;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    return switch (w) {
      case "hai", "2" -> DayOfWeek.MONDAY;
      case "ba", "3" -> DayOfWeek.TUESDAY;
      case "tư", "4" -> DayOfWeek.WEDNESDAY;
      case "năm", "5" -> DayOfWeek.THURSDAY;
      case "sáu", "6" -> DayOfWeek.FRIDAY;
      case "bảy", "7" -> DayOfWeek.SATURDAY;
      default -> null;
    };
  }

  /**
   * The chosen time.
   *
   * @return the choice, or null when no source gave a readable time
   */
  Choice choose() {
    Reading best = null;
    int bestSupport = -1;
    for (Reading r : readings) {
      int support = support(r);
      if (support > bestSupport || support == bestSupport && before(r, best)) {
        best = r;
        bestSupport = support;
      }
    }
    if (best == null) {
      return null;
    }
    PublicationTime t = best.time();
    boolean visibleOffset = false;
    StringBuilder rule = new StringBuilder(best.source());
    if (best.monthFirst()) {
      rule.append("(month first)");
    }
    for (Reading o : readings) {
      if (o.source().equals(best.source()) || agreement(best, o) == Agreement.NONE) {
        continue;
      }
      if (!t.hasTime() && o.time().hasTime()) {
        t = o.time();
        rule.append("+time:").append(o.source());
      } else if (t.hasTime() && o.time().hasTime()) {
        if (agreement(best, o) == Agreement.WALL && o.statedOffset() && !o.time().offset().equals(t.offset())
            && o.source().equals(VISIBLE)) {
          t = new PublicationTime(t.date(), t.time(), o.time().offset());
          rule.append("+offset:").append(o.source());
          visibleOffset = true;
        }
        if (t.time().getSecond() == 0 && o.time().time().getSecond() != 0) {
          t = new PublicationTime(t.date(), t.time().withSecond(o.time().time().getSecond()), t.offset());
          rule.append("+seconds:").append(o.source());
        }
      }
    }
    if (!visibleOffset && t.hasTime()) {
      ZoneOffset voted = offsetByAgreement(t);
      if (voted != null && !voted.equals(t.offset())) {
        t = new PublicationTime(t.date(), t.time(), voted);
        rule.append("+offset:agreement");
      }
    }
    return new Choice(t, rule.toString());
  }

  /**
   * The offset most sources give to the chosen wall clock {@code w}, when more sources give it than
   * give {@code w}'s own: each source that names the same date, hour and minute votes once, for the
   * offset it states or, stating none, for Vietnam's. A lone {@code +08:00} in the JSON-LD is so
   * outvoted by the stamp and its {@code title="2016-06-03T00:03:00"}; an overseas page whose two
   * machine times say {@code +11:00} keeps it. Null when the winner's offset is not outvoted.
   */
  private ZoneOffset offsetByAgreement(PublicationTime w) {
    Map<ZoneOffset, Integer> votes = new LinkedHashMap<>();
    Set<String> voted = new HashSet<>();
    for (Reading o : readings) {
      PublicationTime x = o.time();
      if (x.hasTime() && sameWallClock(x, w) && voted.add(o.source())) {
        votes.merge(x.offset(), 1, Integer::sum);
      }
    }
    ZoneOffset top = null;
    int topVotes = votes.getOrDefault(w.offset(), 0);
    for (Map.Entry<ZoneOffset, Integer> e : votes.entrySet()) {
      if (e.getValue() > topVotes) {
        top = e.getKey();
        topVotes = e.getValue();
      }
    }
    return top;
  }

  /** Whether two times with a time of day name the same date, hour and minute (any offset). */
  private static boolean sameWallClock(PublicationTime x, PublicationTime y) {
    return x.date().equals(y.date()) && x.time().getHour() == y.time().getHour()
        && x.time().getMinute() == y.time().getMinute();
  }

  /** The name of the visible stamp's source. */
  static final String VISIBLE = "visible";

  /** The name of the machine time in the visible stamp's {@code title} attribute. */
  static final String VISIBLE_TITLE = "visible:title";

  /** How many other sources have a reading that agrees with {@code r}. */
  private int support(Reading r) {
    List<String> agreeing = new ArrayList<>();
    for (Reading o : readings) {
      if (!o.source().equals(r.source()) && !agreeing.contains(o.source())
          && agreement(r, o) != Agreement.NONE) {
        agreeing.add(o.source());
      }
    }
    return agreeing.size();
  }

  private static boolean before(Reading a, Reading b) {
    return b == null || a.rank() < b.rank() || a.rank() == b.rank() && !a.monthFirst() && b.monthFirst();
  }

  private enum Agreement { NONE, DATE, WALL, SAME }

  private static Agreement agreement(Reading a, Reading b) {
    PublicationTime x = a.time();
    PublicationTime y = b.time();
    if (!x.hasTime() || !y.hasTime()) {
      return x.date().equals(y.date()) ? Agreement.DATE : Agreement.NONE;
    }
    if (sameWallClock(x, y)) {
      return x.offset().equals(y.offset()) ? Agreement.SAME : Agreement.WALL;
    }
    long mx = x.date().atTime(x.time()).toEpochSecond(x.offset()) / 60;
    long my = y.date().atTime(y.time()).toEpochSecond(y.offset()) / 60;
    return mx == my ? Agreement.SAME : Agreement.NONE;
  }

  @Override
  public String toString() {
    return Objects.toString(readings);
  }
}
