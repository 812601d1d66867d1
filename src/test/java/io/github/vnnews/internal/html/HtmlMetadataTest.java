package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import org.junit.jupiter.api.Test;

/** Each metadata source on its own, and the order between them. */
class HtmlMetadataTest {
  private static final String BODY =
      "<body><h1>Giá vàng giảm mạnh trong phiên sáng nay</h1><div class=\"content\">"
          + "<p>Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng mỗi lượng ở chiều bán"
          + " ra, theo ghi nhận của phóng viên tại các cửa hàng lớn.</p>"
          + "<p>Trên thế giới, giá vàng giao ngay đang ở mức 5.172 USD/ounce, tăng 36 USD so với"
          + " mức thấp nhất trong phiên, theo dữ liệu của Kitco.</p></div></body>";

  private static Extraction page(String head) {
    return HtmlExtractor.defaults().extract("<html><head>" + head + "</head>" + BODY + "</html>", "");
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdNewsArticle() {
    Extraction x =
        page(ld("{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Giá vàng giảm mạnh trong phiên sáng nay\","
            + "\"datePublished\":\"2026-03-07T08:07:18+07:00\",\"dateModified\":\"2026-03-07T09:00:00+07:00\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Tri Túc\"},"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Báo Dân Trí\"},"
            + "\"articleSection\":\"Kinh doanh, Tài chính\",\"keywords\":[\"vàng\",\"SJC\"]}"));
    assertThat(x.title()).isEqualTo("Giá vàng giảm mạnh trong phiên sáng nay");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:07:18+07:00");
    assertThat(x.modifiedAt()).hasToString("2026-03-07T09:00:00+07:00");
    assertThat(x.author()).isEqualTo("Tri Túc");
    assertThat(x.site()).isEqualTo("Báo Dân Trí");
    assertThat(x.section()).isEqualTo("Kinh doanh");
    assertThat(x.tags()).containsExactly("vàng", "SJC");
  }

  @Test
  void jsonLdGraphAndArrays() {
    Extraction x =
        page(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2024-05-01T10:00:00+07:00\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"NHẬT XUÂN\"},{\"@type\":\"Person\",\"name\":\"NGHI VŨ\"}]}]}"));
    assertThat(x.publishedAt()).hasToString("2024-05-01T10:00:00+07:00");
    assertThat(x.author()).isEqualTo("NHẬT XUÂN, NGHI VŨ");
  }

  @Test
  void jsonLdTopLevelArray() {
    Extraction x =
        page(ld("[{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"name\":\"Trang chủ\"},"
            + "{\"@type\":\"ListItem\",\"name\":\"Công nghệ\"}]},"
            + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-12-15T09:37:46+07:00\"}]"));
    assertThat(x.publishedAt()).hasToString("2019-12-15T09:37:46+07:00");
    assertThat(x.section()).isEqualTo("Công nghệ");
  }

  @Test
  void brokenJsonLdKeepsWhatWasReadBeforeTheBreak() {
    Extraction x =
        page(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-03T19:27:15+07:00\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Việt Dũng\"},\"description\":\"xuống dòng\n"
            + " giữa chuỗi\",\"image\":{\"url\":"));
    assertThat(x.publishedAt()).hasToString("2020-01-03T19:27:15+07:00");
    assertThat(x.author()).isEqualTo("Việt Dũng");
  }

  @Test
  void garbageJsonLdIsSalvagedOrIgnored() {
    Extraction x = page(ld("var x = {'@type': NewsArticle, \"datePublished\": \"2021-01-13T00:00:00+07:00\" ;;"));
    assertThat(x.publishedAt()).hasToString("2021-01-13T00:00:00+07:00");
    Extraction y = page(ld("<<<>>> not json at all"));
    assertThat(y.publishedAt()).isNull();
    assertThat(y.paragraphs()).hasSize(2);
  }

  @Test
  void organisationAuthorIsNoPerson() {
    Extraction x =
        page(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"VnExpress\"}}")
            + "<meta name=\"author\" content=\"VnExpress\">");
    assertThat(x.author()).isNull();
  }

  @Test
  void openGraphWithoutOffsetGetsVietnamOffsetAndKeepsSeconds() {
    Extraction x =
        page("<meta property=\"og:title\" content=\"Giá vàng giảm mạnh\">"
            + "<meta property=\"og:site_name\" content=\"cafef\">"
            + "<meta property=\"og:url\" content=\"https://cafef.vn/a.chn\">"
            + "<meta property=\"article:published_time\" content=\"2026-03-07T00:01:09\">"
            + "<meta property=\"article:modified_time\" content=\"2026-03-07T01:00:00+07:00\">"
            + "<meta property=\"article:section\" content=\"Kinh tế\">"
            + "<meta property=\"article:tag\" content=\"vàng, SJC\"><meta property=\"article:tag\" content=\"giá\">");
    assertThat(x.publishedAt()).hasToString("2026-03-07T00:01:09+07:00");
    assertThat(x.modifiedAt()).hasToString("2026-03-07T01:00:00+07:00");
    assertThat(x.site()).isEqualTo("cafef");
    assertThat(x.url()).isEqualTo("https://cafef.vn/a.chn");
    assertThat(x.section()).isEqualTo("Kinh tế");
    assertThat(x.tags()).containsExactly("vàng", "SJC", "giá");
  }

  @Test
  void pubdateMeta() {
    Extraction x = page("<meta content=\"2023-11-02T19:20:45+07:00\" itemprop=\"datePublished\" name=\"pubdate\"/>");
    assertThat(x.publishedAt()).hasToString("2023-11-02T19:20:45+07:00");
  }

  @Test
  void timeElement() {
    String html = "<html><body><h1>Giá vàng giảm mạnh trong phiên sáng nay</h1>"
        + "<time datetime=\"2026-03-07T08:06:00+07:00\">07/03/2026 08:06</time>"
        + BODY.substring(BODY.indexOf("<div"));
    Extraction x = HtmlExtractor.defaults().extract(html, "");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:06:00+07:00");
  }

  @Test
  void secondsFromAnotherSourceOfTheSameMinuteAreKept() {
    Extraction x =
        page(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-07T08:01:00+07:00\"}")
            + "<meta name=\"pubdate\" content=\"2026-03-07T08:01:53+07:00\">"
            + "<meta property=\"article:published_time\" content=\"2026-03-07T08:01:00+07:00\">");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:01:53+07:00");
  }

  @Test
  void publishedAndModifiedStayApart() {
    Extraction x = page("<meta property=\"article:modified_time\" content=\"2026-03-07T01:00:00+07:00\">");
    assertThat(x.publishedAt()).isNull();
    assertThat(x.modifiedAt()).hasToString("2026-03-07T01:00:00+07:00");
  }

  @Test
  void visibleStampWhenNoMetadata() {
    String html = "<html><body><h1>Giá vàng giảm mạnh trong phiên sáng nay</h1>"
        + "<div class=\"author-share\"><a class=\"author\">Nguyên Minh</a> - 07/03/2026 08:47</div>"
        + BODY.substring(BODY.indexOf("<div class=\"content\""));
    Extraction x = HtmlExtractor.defaults().extract(html, "");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:47:00+07:00");
    assertThat(x.author()).isEqualTo("Nguyên Minh");
  }

  @Test
  void canonicalLinkIsResolvedAgainstTheBaseUri() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><link rel=\"canonical\" href=\"/kinh-doanh/a.htm\"></head>" + BODY + "</html>",
        "https://dantri.com.vn/x/y.htm");
    assertThat(x.url()).isEqualTo("https://dantri.com.vn/kinh-doanh/a.htm");
  }

  @Test
  void entitiesAreDecodedOnce() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><meta property=\"og:title\" content=\"A &amp;amp; B\">"
            + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Ch&#237;nh s&#225;ch mới\"}")
            + "</head><body><div class=\"content\"><p>Ông A nói: &quot;5 &lt; 6&quot; &amp;amp; đúng vậy, theo"
            + " báo cáo mới nhất của Bộ Tài chính gửi các cơ quan liên quan trong tuần này.</p></div></body></html>",
        "");
    assertThat(x.title()).isEqualTo("Chính sách mới");
    assertThat(x.paragraphs()).containsExactly(
        "Ông A nói: \"5 < 6\" &amp; đúng vậy, theo báo cáo mới nhất của Bộ Tài chính gửi các cơ quan"
            + " liên quan trong tuần này.");
  }

  @Test
  void metadataWrittenInVisibleFormIsStillRead() {
    Extraction x = page("<meta property=\"article:published_time\" content=\"07/03/2026 08:47\">");
    assertThat(x.publishedAt()).hasToString("2026-03-07T08:47:00+07:00");
  }

  @Test
  void organisationNamesInTheAuthorMetaAreNoAuthors() {
    assertThat(page("<meta name=\"author\" content=\"Báo Dân Trí\">").author()).isNull();
    assertThat(page("<meta name=\"author\" content=\"Nguyễn Văn An\">").author()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void documentTitleLosesTheSiteName() {
    String html = "<html><head><title>Giá vàng giảm mạnh trong phiên sáng nay - Báo Kinh tế</title></head>"
        + BODY.replace("<h1>Giá vàng giảm mạnh trong phiên sáng nay</h1>", "") + "</html>";
    assertThat(HtmlExtractor.defaults().extract(html, "").title())
        .isEqualTo("Giá vàng giảm mạnh trong phiên sáng nay");
  }

  @Test
  void dateWithoutTimeAboveTheTitleIsThePageClock() {
    String html = "<html><body><div>Thứ năm, 2/11/2023</div><h1>Giá vàng giảm mạnh trong phiên sáng nay</h1>"
        + BODY.substring(BODY.indexOf("<div class=\"content\""));
    Extraction x = HtmlExtractor.defaults().extract(html, "");
    assertThat(x.pageClock()).hasToString("2023-11-02");
    assertThat(x.publishedAt()).isNull();
  }
}
