package io.github.vnnews.internal.html;

import static io.github.vnnews.internal.html.HtmlChromeInContainerTest.kindsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import org.junit.jupiter.api.Test;

/**
 * Where the article says who wrote it, where it comes from and when: bylines, source lines,
 * signatures, stamps beside labels or in tool bars, the headline among mastheads. Small pages
 * written for each case.
 */
class HtmlSignoffTest {
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
  void sourceLineBesideTheStampGivesOutletAndTime() {
    Extraction x = extract("<div class=\"meta\">Theo Giao Thông | 25/12/2025 10:25</div>"
        + "<div class=\"article-body\">" + P1 + P2 + P3 + "</div>");
    assertThat(x.sourceOutlet()).isEqualTo("Giao Thông");
    assertThat(x.publishedAt()).hasToString("2025-12-25T10:25:00+07:00");
    assertThat(kindsOf(x, "25/12/2025")).containsExactly(RemovedKind.DATELINE);
  }

  @Test
  void sectionLabelsBesideAnUpdateStampWithATwoDigitYear() {
    Extraction x = extract("<div class=\"article-body\"><div class=\"sub\"><a href=/x>Đời sống</a>"
        + " <a href=/y>Xã hội</a> <span> | Cập nhật thứ hai, ngày 22/12/25 11:05 tối</span></div>"
        + P1 + P2 + P3 + "</div>");
    assertThat(x.publishedAt()).hasToString("2025-12-22T23:05:00+07:00");
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void stampInsideAPrintToolbarIsTheDateline() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><title>Thông xe đường vành đai</title></head><body>"
            + "<div class=\"print-tools\">Thứ năm, 13/11/2025, 08:28 GMT+7</div>"
            + "<h1>Thông xe đường vành đai</h1><div class=\"article-body\">" + P1 + P2 + P3
            + "</div></body></html>", "");
    assertThat(x.publishedAt()).hasToString("2025-11-13T08:28:00+07:00");
  }

  @Test
  void sourceLineNamingTheAuthorGivesBoth() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "<p>Theo Minh Khôi/Vietnamplus.vn</p></div>");
    assertThat(x.author()).isEqualTo("Minh Khôi");
    assertThat(x.sourceOutlet()).isEqualTo("Vietnamplus.vn");
    assertThat(x.paragraphs()).hasSize(3);

    Extraction y = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "</div><div class=\"signoff\">Theo Lê Hạnh (Đại Đoàn Kết/Reuters)</div>");
    assertThat(y.author()).isEqualTo("Lê Hạnh");
    assertThat(y.sourceOutlet()).isEqualTo("Đại Đoàn Kết/Reuters");
  }

  @Test
  void theoFollowedByLowerCaseIsNotASource() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<p>Theo kế hoạch, công trình sẽ hoàn thành trong năm.</p>" + P2 + P3
        + "<p>Theo dòng sự kiện:</p></div>");
    assertThat(x.paragraphs()).contains("Theo kế hoạch, công trình sẽ hoàn thành trong năm.");
    assertThat(x.sourceOutlet()).isNull();
    assertThat(kindsOf(x, "Theo dòng sự kiện")).containsExactly(RemovedKind.RELATED);
  }

  @Test
  void outletNameIsNeverTheAuthor() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "<p style=\"text-align:right\"><b>Tuổi Trẻ</b></p></div>");
    assertThat(x.author()).isNull();
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void rightAlignedOneWordSignatureIsTheByline() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "<p align=\"right\"><strong>Trung</strong></p></div>");
    assertThat(x.author()).isEqualTo("Trung");
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void linesAfterTheSignoffAreChrome() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "<p align=\"right\"><strong>Hải Đăng</strong></p>"
        + "<p>Gửi ảnh và bài viết của bạn về tòa soạn tại đây.</p><p>Bloomberg</p></div>");
    assertThat(x.author()).isEqualTo("Hải Đăng");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "tòa soạn tại đây")).containsExactly(RemovedKind.CHROME);
    assertThat(kindsOf(x, "Bloomberg")).containsExactly(RemovedKind.SOURCE);
  }

  @Test
  void newsAndPhotoPrefixOfAByline() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3
        + "<p>Tin, ảnh: Vũ Thanh Mai</p></div>");
    assertThat(x.author()).isEqualTo("Vũ Thanh Mai");
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void acronymOutletTagWithoutDashIsTakenOffTheLede() {
    Extraction x = extract("<div class=\"article-body\"><p>(GTO) Sở Giao thông vận tải cho biết"
        + " tuyến đường vành đai sẽ được thông xe vào cuối tháng này, sớm hơn kế hoạch.</p>"
        + P2 + P3 + "</div>");
    assertThat(x.outletTag()).isEqualTo("(GTO)");
    assertThat(x.paragraphs().get(0)).startsWith("Sở Giao thông");
  }

  @Test
  void capitalisedWordBeforeADashIsNotAnOutletTagWhenASentenceContinues() {
    Extraction x = extract("<div class=\"article-body\"><p>Samsung - hãng điện tử lớn nhất Hàn Quốc,"
        + " vừa công bố kế hoạch mở thêm nhà máy tại miền Bắc trong năm tới.</p>" + P2 + P3 + "</div>");
    assertThat(x.outletTag()).isNull();
    assertThat(x.paragraphs().get(0)).startsWith("Samsung - hãng điện tử");
  }

  @Test
  void logoHeadingIsNotTheHeadline() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><title>Thông xe đường vành đai - Giao thông | Báo Đường Phố Online</title></head>"
            + "<body><h1 id=\"logo\"><a href=\"/\">Báo Đường Phố Online</a></h1>"
            + "<div class=\"article-body\"><h2>Thông xe đường vành đai</h2>" + P1 + P2 + P3
            + "</div></body></html>", "");
    assertThat(x.title()).isEqualTo("Thông xe đường vành đai");
  }
}
