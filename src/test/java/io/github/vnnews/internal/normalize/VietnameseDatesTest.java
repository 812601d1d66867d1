package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.PublicationTime;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseDatesTest {
  private static final Set<String> STAMPS =
      Set.of("published", "page_clock", "datetime", "date", "updated");
  private static final Set<String> NOT_STAMPS =
      Set.of("dateline", "dateline_inline", "mention", "none", "invalid", "month");

  static Stream<Arguments> stamps() throws IOException {
    return Tsv.rows("dates.tsv").stream()
        .filter(r -> STAMPS.contains(r[2]))
        .map(r -> Arguments.of(r[0], r[3]));
  }

  static Stream<Arguments> nonStamps() throws IOException {
    return Tsv.rows("dates.tsv").stream()
        .filter(r -> NOT_STAMPS.contains(r[2]))
        .map(r -> Arguments.of(r[0], r[2]));
  }

  static Stream<Arguments> relatives() throws IOException {
    return Tsv.rows("dates.tsv").stream()
        .filter(r -> r[2].equals("relative"))
        .map(r -> Arguments.of(r[0], r[1].substring("crawl=".length()), r[3]));
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @MethodSource("relatives")
  void parsesRelativeStampsAgainstTheCrawlTime(String input, String crawl, String expectedIso) {
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(crawl);
    assertThat(VietnameseDates.parseRelative(input, at)).hasValueSatisfying(
        t -> assertThat(t).hasToString(expectedIso));
  }

  @Test
  void relativeNeedsARelativeForm() {
    assertThat(VietnameseDates.parseRelative("28/07/2023",
        java.time.OffsetDateTime.parse("2024-11-25T21:13:00+07:00"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("stamps")
  void parsesStampLines(String input, String expectedIso) {
    Optional<PublicationTime> t = VietnameseDates.parse(input);
    assertThat(t).isPresent();
    assertThat(t.get().toString()).isEqualTo(expectedIso);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("nonStamps")
  void neverTakesDatelinesMentionsOrRatiosAsStamps(String input, String kind) {
    assertThat(VietnameseDates.parseStamp(input)).isEmpty();
  }

  @Test
  void updatedLabelIsRecognised() {
    assertThat(VietnameseDates.parseStamp("Cập nhật: 08:30 29/07/2023").get().updated()).isTrue();
    assertThat(VietnameseDates.parseStamp("Ngày đăng: 28/07/2023").get().updated()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    // VnExpress pages of 2012 print a 24-hour time with a redundant PM (page copy myfeed)
    "15:20 PM | 21/12/2012; 2012-12-21T15:20:00+07:00",
    "03:20 PM | 21/12/2012; 2012-12-21T15:20:00+07:00",
    "12:05 AM | 21/12/2012; 2012-12-21T00:05:00+07:00",
  })
  void aTwentyFourHourTimeMayCarryARedundantPm(String input, String expectedIso) {
    assertThat(VietnameseDates.parse(input).map(PublicationTime::toString)).contains(expectedIso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    // a two-digit year beside a time (Zing pages of 2012; crawler dumps with a zone)
    "Cập nhật thứ hai, ngày 24/12/12 11:05 tối; 2012-12-24T23:05:00+07:00",
    "15/3/17 08:30 GMT+7; 2017-03-15T08:30:00+07:00",
    "9:50 AM 03/06/17; 2017-06-03T09:50:00+07:00",
    // a part of the day after a 12-hour time
    "lúc 8h tối 5/3/2017; 2017-03-05T20:00:00+07:00",
    "04:00 chiều, 30/11/2012; 2012-11-30T16:00:00+07:00",
    "10:30 sáng 30/11/2012; 2012-11-30T10:30:00+07:00",
    "12:00 đêm 30/11/2012; 2012-11-30T00:00:00+07:00",
  })
  void shortYearsAndPartsOfTheDay(String input, String expectedIso) {
    assertThat(VietnameseDates.find(input).map(s -> s.time().toString())).contains(expectedIso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Ngày 24/12/12 đội bóng thi đấu",
    "tỷ lệ 2/3/45 trong 8 giờ qua",
    "phiên bản 1/2/12.5 lúc 8:30",
  })
  void aTwoDigitYearWithoutATimeBesideItIsNoDate(String input) {
    assertThat(VietnameseDates.find(input)).isEmpty();
  }

  @Test
  void aTwentyFourHourTimeMarkedAmIsNoTime() {
    assertThat(VietnameseDates.parse("15:20 AM | 21/12/2012").map(PublicationTime::time))
        .isNotEqualTo(Optional.of(java.time.LocalTime.of(15, 20)));
  }

  @Test
  void yearLessDatesAreNeverCompleted() {
    assertThat(VietnameseDates.find("Chiều 28/7, Thường trực Ban Bí thư giao ban")).isEmpty();
  }

  @Test
  void adversarialDigitsAndSpacesStayFast() {
    String digits = "1/".repeat(50_000) + "2023";
    assertThat(VietnameseDates.parseStamp(digits)).isEmpty();
    assertThat(VietnameseDates.find(" ".repeat(100_000) + "28/07/2023")).isEmpty();
    assertThat(VietnameseDates.find("A ".repeat(50_000))).isEmpty();
  }
}
