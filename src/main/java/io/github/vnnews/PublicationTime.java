package io.github.vnnews;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as a news page states it: a full date, with or without a time of day.
 *
 * <p>Vietnamese pages print times in Indochina Time (UTC+07:00, no daylight saving); where a page
 * gives no offset, the normaliser adds {@code +07:00}. A date without a time stays a date: the
 * library never invents a time, and never invents a year.
 *
 * <table>
 *   <caption>ISO form</caption>
 *   <tr><th>value</th><th>{@link #toString()}</th></tr>
 *   <tr><td>28/07/2023 18:13:12 GMT+7</td><td>{@code 2023-07-28T18:13:12+07:00}</td></tr>
 *   <tr><td>28/07/2023 18:13</td><td>{@code 2023-07-28T18:13:00+07:00}</td></tr>
 *   <tr><td>28/07/2023</td><td>{@code 2023-07-28}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the calendar date; never null
 * @param time the time of day, or null when only the date is known
 * @param offset the UTC offset; null exactly when {@code time} is null
 */
public record PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset) {

  /** Vietnam's offset, UTC+07:00. */
  public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  /**
   * Checks the invariants.
   *
   * @param date the calendar date; never null
   * @param time the time of day, or null when only the date is known
   * @param offset the UTC offset; null exactly when {@code time} is null
   */
  public PublicationTime {
    Objects.requireNonNull(date, "date");
    if (time == null) {
      offset = null;
    } else {
      time = time.truncatedTo(ChronoUnit.SECONDS);
      if (offset == null) {
        offset = VIETNAM;
      }
    }
  }

  /**
   * A date without a time.
   *
   * @param date the date
   * @return the value
   */
  public static PublicationTime ofDate(LocalDate date) {
    return new PublicationTime(date, null, null);
  }

  /**
   * A date and time in Vietnam's time zone.
   *
   * @param dateTime the local date and time
   * @return the value
   */
  public static PublicationTime ofVietnam(LocalDateTime dateTime) {
    return new PublicationTime(dateTime.toLocalDate(), dateTime.toLocalTime(), VIETNAM);
  }

  /**
   * A date and time with an offset.
   *
   * @param dateTime the instant with its offset
   * @return the value
   */
  public static PublicationTime of(OffsetDateTime dateTime) {
    return new PublicationTime(
        dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  /**
   * Parses the ISO form written by {@link #toString()}: {@code 2023-07-28T18:13:12+07:00} or
   * {@code 2023-07-28}. A date-time without an offset is taken as Vietnam time.
   *
   * @param iso the text
   * @return the value
   * @throws IllegalArgumentException when the text is neither form
   */
  public static PublicationTime parse(String iso) {
    try {
      if (iso.length() <= 10) {
        return ofDate(LocalDate.parse(iso));
      }
      try {
        return of(OffsetDateTime.parse(iso));
      } catch (DateTimeParseException e) {
        return ofVietnam(LocalDateTime.parse(iso));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + iso, e);
    }
  }

  /**
   * Whether a time of day is known.
   *
   * @return true for a date-time, false for a date only
   */
  public boolean hasTime() {
    return time != null;
  }

  /**
   * This time as an {@link OffsetDateTime}, when a time of day is known: a date alone has none,
   * and the library never invents one (use {@link #date()} then, or {@code
   * date().atStartOfDay(VIETNAM)} if a start-of-day instant suits your use).
   *
   * @return the date-time with its offset, or empty for a date only
   */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return time == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
  }

  /**
   * The ISO-8601 form: {@code 2023-07-28T18:13:12+07:00}, or {@code 2023-07-28} for a date.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    return OffsetDateTime.of(date, time, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
