package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Metadata chosen by agreement among the page's sources (JSON-LD, OpenGraph and article:*, meta,
 * itemprop, time, the visible stamp) and authors from every source, desks and sites set apart.
 */
class HtmlMetadataAgreementTest {
  private static final String ARTICLE =
      "<div class=\"content\"><p>Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng mỗi"
          + " lượng ở chiều bán ra, theo ghi nhận của phóng viên tại các cửa hàng lớn.</p>"
          + "<p>Trên thế giới, giá vàng giao ngay đang ở mức 5.172 USD/ounce, tăng 36 USD so với mức"
          + " thấp nhất trong phiên, theo dữ liệu của Kitco.</p></div>";

  private static Extraction page(String head, String beforeBody, String afterBody) {
    return HtmlExtractor.defaults().extract("<html><head>" + head + "</head><body>"
        + "<h1>Giá vàng giảm mạnh trong phiên sáng nay</h1>" + beforeBody + ARTICLE + afterBody
        + "</body></html>", "");
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  private static String meta(String property, String content) {
    return "<meta property=\"" + property + "\" content=\"" + content + "\">";
  }

  @Test
  void monthFirstWithAmPmIsSettledByTheIsoTime() {
    Extraction x = page(meta("article:published_time", "9/5/2026 10:17:01 PM")
        + ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-09-05T22:17:01+07:00\"}"), "", "");
    assertThat(x.publishedAt()).hasToString("2026-09-05T22:17:01+07:00");
  }

  @Test
  void monthFirstAloneIsReadDayFirst() {
    Extraction x = page(meta("article:published_time", "9/5/2026 10:17:01 PM"), "", "");
    assertThat(x.publishedAt()).hasToString("2026-05-09T22:17:01+07:00");
  }

  @Test
  void visibleStampSettlesTheOrderOfAnAmbiguousMetaDate() {
    Extraction x = page(meta("article:published_time", "9/4/2026 10:17:01 PM"),
        "<div class=\"meta\">4/9/2026, 22:17 (GMT+7)</div>", "");
    assertThat(x.publishedAt()).hasToString("2026-09-04T22:17:01+07:00");
  }

  @Test
  void theWeekdayAStampNamesSettlesItsOrder() {
    // 4 September 2026 is a Friday, 9 April 2026 a Thursday
    Extraction x = page(meta("article:published_time", "Thứ sáu, 9/4/2026 10:17"), "", "");
    assertThat(x.publishedAt()).hasToString("2026-09-04T10:17:00+07:00");
  }

  @Test
  void aDateThatDisagreesWithTwoAgreeingSourcesIsNotChosen() {
    Extraction x = page(meta("article:published_time", "2026-03-09T08:00:00+07:00")
        + "<meta name=\"pubdate\" content=\"2026-03-07T08:07:18+07:00\">"
        + ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-07T08:07:18+07:00\"}"),
        "<div class=\"meta\">07/03/2026 08:07</div>", "");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:07:18+07:00");
  }

  @Test
  void machineTimesThatAgreeOutvoteTheVisibleStamp() {
    Extraction x = page("<meta name=\"pubdate\" content=\"2012-12-23T14:02\">"
        + "<meta itemprop=\"datePublished\" content=\"2012-12-23T14:02:00\">",
        "<div class=\"meta\">Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)</div>", "");
    assertThat(x.publishedAt()).hasToString("2012-12-23T14:02:00+07:00");
  }

  @Test
  void theVisibleStampsOffsetCorrectsAWrongMachineOffset() {
    Extraction x = page(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-02-08T17:08:25+08:00\"}"),
        "<div class=\"meta\">Thứ sáu, 8/2/2019, 17:08 (GMT+7)</div>", "");
    assertThat(x.publishedAt()).hasToString("2019-02-08T17:08:25+07:00");
  }

  @Test
  void aDateOnlySourceTakesTheTimeOfTheStampThatAgrees() {
    Extraction x = page("<meta name=\"pubdate\" content=\"2026-03-07\">",
        "<div class=\"meta\">07/03/2026 08:47</div>", "");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:47:00+07:00");
  }

  @Test
  void stampWrittenByAScriptIntoAnEmptyElement() {
    Extraction x = page("", "<span id=\"pTime\"></span>",
        "<script>document.getElementById(\"pTime\").innerHTML=\"Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7\";"
            + "</script>");
    assertThat(x.publishedAt()).hasToString("2012-12-20T16:10:00+07:00");
  }

  @Test
  void deskSuffixIsSplitOffTheAuthorInEverySource() {
    Extraction x = page(meta("article:author", "Hoàng Minh (TTXVN)")
        + ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Hoàng Minh (TTXVN)\"}}"),
        "", "<p style=\"text-align:right\"><strong>Hoàng Minh (TTXVN)</strong></p>");
    assertThat(x.author()).isEqualTo("Hoàng Minh");
    assertThat(String.join(" ", x.paragraphs())).doesNotContain("Hoàng Minh");
  }

  @Test
  void aSiteNameIsNeverTheAuthor() {
    Extraction x = page("<link rel=\"canonical\" href=\"https://duongpho.vn/gia-vang-123.html\">"
        + meta("og:site_name", "Báo Đường Phố")
        + ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Báo Đường Phố\"}}")
        + "<meta name=\"author\" content=\"Duong Pho\">", "",
        "<p style=\"text-align:right\"><strong>Lan Anh</strong></p>");
    assertThat(x.author()).isEqualTo("Lan Anh");
  }

  @Test
  void authorsTwoSourcesAgreeOnWin() {
    Extraction x = page(meta("article:author", "Lan Anh")
        + ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Minh Quân\"}}"),
        "", "<p style=\"text-align:right\"><strong>Lan Anh</strong></p>");
    assertThat(x.author()).isEqualTo("Lan Anh");
  }

  @Test
  void outletAfterADashInTheByline() {
    Extraction x = page("", "", "<p style=\"text-align:right\"><strong>Lan Anh - VnExpress</strong></p>");
    assertThat(x.author()).isEqualTo("Lan Anh");
  }

  @Test
  void aTitleTheMetadataEscapedTwiceStillAgreesWithTheHeadline() {
    // kenh14.vn, 2016: og:title escaped twice; the document title and the JSON-LD give an SEO title
    String seo = "C&#243; một nơi được gọi l&#224; &quot;Nh&#224;&quot; giữa l&#242;ng Tả Van (Sapa) tuyệt đẹp";
    String html = "<html><head><title>" + seo + "</title>"
        + meta("og:title", "C&amp;#243; một homestay xinh xắn v&amp;#224; y&amp;#234;n b&amp;#236;nh"
            + " v&amp;#244; c&amp;#249;ng giữa l&amp;#242;ng Sa Pa")
        + ld("{\"@type\":\"NewsArticle\",\"headline\":\"" + seo.replace("&quot;", "\\\"") + "\"}")
        + "</head><body><h1 class=\"kbwc-title\">Có một homestay xinh xắn và yên bình vô cùng giữa lòng Sa Pa</h1>"
        + ARTICLE + "</body></html>";
    assertThat(HtmlExtractor.defaults().extract(html, "").title())
        .isEqualTo("Có một homestay xinh xắn và yên bình vô cùng giữa lòng Sa Pa");
  }

  @Test
  void aLoneMachineOffsetIsOutvotedByTheStampAndItsTitle() {
    // kenh14.vn, 2016: the JSON-LD says +08:00, the stamp and its title attribute are Vietnam time
    String stamp = "<div class=\"kbwcm-info\"><span class=\"kbwcm-time\" title=\"2016-06-03T00:03:00\">"
        + "00:03 03/06/2016</span></div>";
    String ld = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-06-03T00:03:00+08:00\"}");
    assertThat(page(ld, stamp, "").publishedAt()).hasToString("2016-06-03T00:03:00+07:00");
    // the stamp alone against the JSON-LD: one vote each, the machine time keeps its offset
    assertThat(page(ld, "<div class=\"kbwcm-info\">00:03 03/06/2016</div>", "").publishedAt())
        .hasToString("2016-06-03T00:03:00+08:00");
  }

  @Test
  void twoMachineTimesKeepTheOffsetTheyAgreeOn() {
    // an overseas page: its machine times give its own zone, the stamp shows the same wall clock
    Extraction x = page(meta("article:published_time", "2020-05-04T09:30:00+10:00")
        + "<meta itemprop=\"datePublished\" content=\"2020-05-04T09:30:00+10:00\">",
        "<div class=\"meta\">09:30 04/05/2020</div>", "");
    assertThat(x.publishedAt()).hasToString("2020-05-04T09:30:00+10:00");
  }
}
