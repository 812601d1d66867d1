package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Captions and body text laid out around pictures, and the article's parts in unusual boxes: each
 * vector is a small page written for its case.
 */
class HtmlCaptionLayoutTest {
  private static final String P1 =
      "<p>Sở Giao thông vận tải cho biết tuyến đường vành đai sẽ được thông xe vào cuối tháng này,"
          + " sớm hơn kế hoạch khoảng hai tuần nhờ thời tiết thuận lợi.</p>";
  private static final String P2 =
      "<p>Theo đại diện chủ đầu tư, các hạng mục còn lại gồm hệ thống chiếu sáng, biển báo và"
          + " cây xanh dọc hai bên đường, dự kiến hoàn tất trước Tết.</p>";
  private static final String P3 =
      "<p>Người dân trong khu vực bày tỏ vui mừng vì quãng đường đi làm mỗi ngày sẽ rút ngắn đáng"
          + " kể, nhất là vào giờ cao điểm buổi sáng và chiều tối.</p>";

  private static Extraction extract(String body) {
    return HtmlChromeInContainerTest.extract(body);
  }

  @Test
  void captionsSetInItalicsByStyleAndTheirContinuation() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<div><img src=a.jpg><br><span style=\"font-style: italic;\">Cầu vượt nhìn từ trên cao.</span></div>"
        + "<div><span style=\"font-style: italic\">Làn xe máy được tách riêng ở hai bên.</span></div>"
        + "<div><img src=b.jpg></div>" + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(new Caption("Cầu vượt nhìn từ trên cao.", null),
        new Caption("Làn xe máy được tách riêng ở hai bên.", null));
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void galleryTableGivesOneCaptionPerPicture() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + "<table>"
        + "<tr><td><img src=a.jpg></td></tr><tr><td class=\"pCaption\">Nút giao phía Tây.</td></tr>"
        + "<tr><td><img src=b.jpg></td></tr><tr><td class=\"pCaption\">Trạm thu phí mới. <em>Ảnh:</em> Hải Yến.</td></tr>"
        + "</table>" + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(new Caption("Nút giao phía Tây.", null),
        new Caption("Trạm thu phí mới.", "Hải Yến"));
  }

  @Test
  void textBesideAPictureInATableRowIsBody() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + "<table><tr>"
        + "<td><img src=a.jpg></td><td><p><strong>Bước 1:</strong></p><p>Rải đá dăm và lu lèn từng lớp,"
        + " mỗi lớp dày khoảng hai mươi phân.</p></td></tr></table>" + P2 + P3 + "</div>");
    assertThat(x.captions()).isEmpty();
    assertThat(x.paragraphs()).contains("Bước 1:",
        "Rải đá dăm và lu lèn từng lớp, mỗi lớp dày khoảng hai mươi phân.");
  }

  @Test
  void centringSaysNothingWhenTheBodyIsCentred() {
    String centred = "<p align=\"center\">Theo đại diện chủ đầu tư, các hạng mục còn lại gồm hệ thống"
        + " chiếu sáng, biển báo và cây xanh dọc hai bên đường, dự kiến hoàn tất trước Tết.</p>";
    Extraction x = extract("<div class=\"article-body\"><p align=\"center\">Sở Giao thông vận tải cho"
        + " biết tuyến đường vành đai sẽ được thông xe vào cuối tháng này, sớm hơn kế hoạch.</p>"
        + "<p align=\"center\"><img src=a.jpg></p><p align=\"center\">Chúc mọi người đi đường an toàn.</p>"
        + centred + "</div>");
    assertThat(x.captions()).isEmpty();
    assertThat(x.paragraphs()).contains("Chúc mọi người đi đường an toàn.");
  }

  @Test
  void lineAboveItsPictureOpeningWithAPictureWord() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<p>Ảnh chụp tại nút giao Ngã Tư Vọng, quận Thanh Xuân,</p><img src=a.jpg><img src=b.jpg>"
        + "<p>Biểu đồ: lưu lượng xe qua nút giao theo giờ</p><img src=c.png>" + P3 + "</div>");
    assertThat(x.captions()).containsExactly(
        new Caption("Ảnh chụp tại nút giao Ngã Tư Vọng, quận Thanh Xuân,", null),
        new Caption("Biểu đồ: lưu lượng xe qua nút giao theo giờ", null));
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void captionHoldingOnlyItsCredit() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<figure><img src=a.jpg><figcaption>Ảnh: Giao Thông.</figcaption></figure>" + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(new Caption("", "Giao Thông"));
  }

  @Test
  void bodyBesideTheLedeBoxJoinsTheArticle() {
    // the lede box scores best by its commas and its class word; the body beside it holds several
    // paragraphs: both are the article
    Extraction x = extract("<div class=\"news-box\"><div class=\"top-content\"><div class=\"lead\">"
        + "Tuyến vành đai phía Tây, dài 12 km, rộng 40 m, sẽ thông xe cuối tháng, sớm hơn kế hoạch hai"
        + " tuần, nhờ thời tiết thuận lợi, theo Sở Giao thông vận tải.</div></div>"
        + "<div id=\"wrap\"><div class=\"text-box\"><div>"
        + "<p>Sở Giao thông vận tải cho biết tuyến đường sẽ được thông xe vào cuối tháng này sau gần hai năm"
        + " thi công liên tục.</p>"
        + "<p>Các hạng mục còn lại gồm hệ thống chiếu sáng và biển báo dọc hai bên đường mới làm xong trong"
        + " tuần trước.</p>"
        + "<p>Người dân trong khu vực bày tỏ vui mừng vì quãng đường đi làm mỗi ngày sẽ ngắn lại nhiều so"
        + " với trước đây.</p>"
        + "</div></div></div></div>"
        + "<div class=\"sidebar\"><a href=/1>Tin một</a><a href=/2>Tin hai</a></div>");
    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.paragraphs().get(0)).startsWith("Tuyến vành đai phía Tây");
  }

  @Test
  void sapoBrokenIntoLinesIsOneSapoOfSeveralLines() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><title>Thông xe đường vành đai</title>"
            + "<meta name=\"description\" content=\"- Tuyến đường dài 12 km, rộng 40 m.\"></head><body>"
            + "<h1>Thông xe đường vành đai</h1><div class=\"summary-box\">- Tuyến đường dài 12 km, rộng 40 m."
            + "<br>- Vốn đầu tư hơn 3.000 tỷ đồng, từ ngân sách thành phố.<br>- Hoàn thành sớm hai tuần.</div>"
            + "<div class=\"article-body\">" + P1 + P2 + P3 + "</div></body></html>", "");
    assertThat(x.paragraphs()).hasSize(6);
    assertThat(x.paragraphs().subList(0, 3)).containsExactly("- Tuyến đường dài 12 km, rộng 40 m.",
        "- Vốn đầu tư hơn 3.000 tỷ đồng, từ ngân sách thành phố.", "- Hoàn thành sớm hai tuần.");
  }

  @Test
  void chartTitleInAnImageTableIsItsCaption() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + "<table>"
        + "<tr><td><b>Lưu lượng xe qua nút giao theo giờ trong ngày</b></td></tr>"
        + "<tr><td><img src=chart.png></td></tr><tr><td>Nguồn: Sở Giao thông vận tải</td></tr></table>"
        + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(
        new Caption("Lưu lượng xe qua nút giao theo giờ trong ngày", "Sở Giao thông vận tải"));
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void infographicOfTwoPicturesKeepsItsTitleAsCaption() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + "<table>"
        + "<tr><td>Những con số về tuyến vành đai</td></tr>"
        + "<tr><td><img src=a.png></td></tr><tr><td><img src=b.png></td></tr>"
        + "<tr><td>Đồ họa: Minh Hà</td></tr></table>" + P2 + P3 + "</div>");
    assertThat(x.captions()).extracting(Caption::text).contains("Những con số về tuyến vành đai");
    assertThat(x.paragraphs()).hasSize(3);
  }
}
