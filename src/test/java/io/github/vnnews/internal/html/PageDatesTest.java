package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.PublicationTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-07T08:52:11.000 +07:00|2026-03-07T08:52:11+07:00",
        "2026-03-07T00:01:00|2026-03-07T00:01:00+07:00",
        "2026-03-07T08:01:53+07:00|2026-03-07T08:01:53+07:00",
        "2026-03-07 08:01|2026-03-07T08:01:00+07:00",
        "2023-11-02T12:20:45Z|2023-11-02T12:20:45Z",
        "2023-11-02T19:20:45+0700|2023-11-02T19:20:45+07:00",
        "2023-11-02|2023-11-02",
      })
  void isoForms(String in, String out) {
    assertThat(PageDates.parseIso(in)).hasToString(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Thứ năm, 2/11/2023, 19:20 (GMT+7); 2023-11-02T19:20:00+07:00",
        "07/03/2026 08:47; 2026-03-07T08:47:00+07:00",
        "07-03-2026 - 09:40 AM; 2026-03-07T09:40:00+07:00",
        "07-03-2026 - 09:40 PM; 2026-03-07T21:40:00+07:00",
        "Thứ bảy, 07/03/2026 - 08:07; 2026-03-07T08:07:00+07:00",
        "03/01/2020 | 19:27; 2020-01-03T19:27:00+07:00",
        "09:37 - 15/12/2019; 2019-12-15T09:37:00+07:00",
        "Thứ Bảy, Ngày 07 tháng 03 năm 2026;2026-03-07",
        "Cập nhật lúc 10h05 ngày 5/3/2024; 2024-03-05T10:05:00+07:00",
        "Cập nhật thứ hai, ngày 24/12/12 11:05 tối; 2012-12-24T23:05:00+07:00",
        "Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều; 2012-11-30T16:00:00+07:00",
        "30/11/12 09:15 sáng; 2012-11-30T09:15:00+07:00",
        "Thứ Hai, 24/12/2012, 03:04 AM (GMT+7); 2012-12-24T03:04:00+07:00",
        "Lúc 11:30 đêm 2/1/2025; 2025-01-02T23:30:00+07:00",
      })
  void visibleVietnameseStamps(String in, String out) {
    assertThat(PageDates.parseVisible(in)).hasToString(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Ngày 31/2/2024", "không có ngày", "15/2", "2024", "tỷ lệ 24/12/12"})
  void incompleteOrImpossibleDatesAreNull(String in) {
    assertThat(PageDates.parseVisible(in)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thứ bảy, 07/03/2026 - 08:07|true",
        "07/03/2026 08:06 GMT+7|true",
        "Cập nhật: 09:37 - 15/12/2019|true",
        "Ngày 1/3/2026, Chính phủ ban hành nghị định mới về thuế|false",
      })
  void stampsAreShortAndAlmostOnlyDate(String in, boolean stamp) {
    assertThat(PageDates.isStamp(in)).isEqualTo(stamp);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "9/5/2026 10:17:01 PM; 2026-09-05T22:17:01+07:00",
        "13/5/2026 10:17; 2026-05-13T10:17:00+07:00",
        "Ngày 9 tháng 5 năm 2026; 2026-05-09",
      })
  void monthFirstReadingWhenAsked(String in, String out) {
    assertThat(PageDates.parseVisible(in, true)).hasToString(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"9/5/2026 10:17:01 PM; true", "13/5/2026; false", "5/5/2026; false", "2026-05-09; false"})
  void ambiguousDayMonthOrder(String in, boolean ambiguous) {
    assertThat(PageDates.ambiguousOrder(in)).isEqualTo(ambiguous);
  }

  @org.junit.jupiter.api.Test
  void longAdversarialInputIsBounded() {
    String s = "1/".repeat(50_000) + "2024";
    PublicationTime t = PageDates.parseVisible(s);
    assertThat(t == null || t.date() != null).isTrue();
    assertThat(PageDates.parseIso("9".repeat(100_000))).isNull();
  }
}
