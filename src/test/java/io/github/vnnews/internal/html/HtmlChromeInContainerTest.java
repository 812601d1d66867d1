package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chrome inside the article container: in-text links whose class reads like related news,
 * promotion boxes, end marks and wire-service source lines, source boxes. Each vector is a small
 * page written for the case (no outlet's markup).
 */
class HtmlChromeInContainerTest {
  private static final String P1 =
      "<p>Sở Giao thông vận tải cho biết tuyến đường vành đai sẽ được thông xe vào cuối tháng này,"
          + " sớm hơn kế hoạch khoảng hai tuần nhờ thời tiết thuận lợi.</p>";
  private static final String P2 =
      "<p>Theo đại diện chủ đầu tư, các hạng mục còn lại gồm hệ thống chiếu sáng, biển báo và"
          + " cây xanh dọc hai bên đường, dự kiến hoàn tất trước Tết.</p>";
  private static final String P3 =
      "<p>Người dân trong khu vực bày tỏ vui mừng vì quãng đường đi làm mỗi ngày sẽ rút ngắn đáng"
          + " kể, nhất là vào giờ cao điểm buổi sáng và chiều tối.</p>";

  static Extraction extract(String body) {
    return HtmlExtractor.defaults().extract(
        "<html><head><title>Thông xe đường vành đai</title></head><body><h1>Thông xe đường vành đai</h1>"
            + body + "</body></html>", "");
  }

  static List<RemovedKind> kindsOf(Extraction x, String textPart) {
    return x.removed().stream().filter(r -> r.text().contains(textPart)).map(RemovedLine::kind).toList();
  }

  @Test
  void relatedClassOnALinkInsideASentenceKeepsItsWords() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<p>Trước đó, <a class=\"link-relate\" href=\"/a\">Bộ Giao thông vận tải</a> đã yêu cầu nhà"
        + " thầu tăng ca, bảo đảm an toàn lao động trên công trường.</p>" + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).contains(
        "Trước đó, Bộ Giao thông vận tải đã yêu cầu nhà thầu tăng ca, bảo đảm an toàn lao động"
            + " trên công trường.");
    assertThat(x.paragraphs()).hasSize(4);
  }

  @Test
  void relatedLinkOpeningAParagraphIsKept() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<p><a class=\"relate-news\" href=\"/b\">Ủy ban nhân dân thành phố</a> cũng đề nghị đơn vị"
        + " thi công hoàn trả mặt bằng cho các hộ dân ngay khi thông xe.</p>" + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).contains(
        "Ủy ban nhân dân thành phố cũng đề nghị đơn vị thi công hoàn trả mặt bằng cho các hộ dân"
            + " ngay khi thông xe.");
  }

  @Test
  void relatedClassOnABoxOfHeadlinesStillRemovesIt() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<div class=\"box-relate\"><p><a href=\"/c\">Thành phố khởi công cầu vượt nút giao phía Tây</a></p>"
        + "<p><a href=\"/d\">Phân luồng giao thông quanh công trường từ tuần sau</a></p></div>"
        + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "cầu vượt")).containsExactly(RemovedKind.RELATED);
  }

  @Test
  void endMarkAndWireSourceAfterTheLastSentenceGoToRemoved() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<p>Công trình dự kiến được đưa vào khai thác trong quý I năm sau, góp phần giảm ùn tắc"
        + " cho khu vực phía Tây thành phố./. (TTXVN)</p></div>");
    assertThat(x.paragraphs().get(2)).endsWith("phía Tây thành phố.");
    assertThat(x.sourceOutlet()).isEqualTo("TTXVN");
    assertThat(kindsOf(x, "TTXVN")).containsExactly(RemovedKind.SOURCE);
    assertThat(kindsOf(x, "/.")).containsExactly(RemovedKind.PUNCTUATION);
  }

  @Test
  void wireNameAloneAfterTheBodyIsTheSource() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2 + P3 + "<p>Reuters/AFP</p></div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.sourceOutlet()).isEqualTo("Reuters/AFP");

    Extraction y = extract("<div class=\"article-body\">" + P1 + P2 + P3 + "<p>(Bloomberg)</p></div>");
    assertThat(y.paragraphs()).hasSize(3);
    assertThat(y.sourceOutlet()).isEqualTo("Bloomberg");
  }

  @Test
  void aParagraphIsNeverCutAtADashInsideIt() {
    String last = "Ông Minh - người dân sống gần công trường - cho biết tiếng ồn đã giảm hẳn, theo"
        + " Ban quản lý dự án - Sở Giao thông vận tải.";
    Extraction x = extract("<div class=\"article-body\"><p>Theo Ban quản lý - đơn vị thi công cho biết"
        + " công trình sẽ xong trước Tết, sớm hơn kế hoạch hai tuần.</p>" + P2 + "<p>" + last + "</p></div>");
    assertThat(x.paragraphs().get(0)).startsWith("Theo Ban quản lý - đơn vị thi công");
    assertThat(x.paragraphs().get(2)).isEqualTo(last);
    assertThat(x.sourceOutlet()).isNull();
  }

  @Test
  void bracketsInsideTheLastSentenceStay() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<p>Kết quả được công bố cùng báo cáo của Tổ chức Y tế Thế giới (WHO).</p></div>");
    assertThat(x.paragraphs().get(2)).endsWith("Tổ chức Y tế Thế giới (WHO).");
    assertThat(x.sourceOutlet()).isNull();
  }

  @Test
  void headingOverTheRelatedListAfterTheTextIsChrome() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + "<h3>Hạng mục còn lại</h3>" + P2 + P3
        + "<h3>Chuyện giao thông hôm nay</h3><ul><li><a href=/a>Cấm xe tải trên cầu Chương Dương từ tuần"
        + " sau</a></li><li><a href=/b>Mở thêm làn xe buýt nhanh trên đường Lê Văn Lương</a></li></ul></div>");
    assertThat(x.paragraphs()).contains("Hạng mục còn lại").doesNotContain("Chuyện giao thông hôm nay");
    assertThat(kindsOf(x, "Chuyện giao thông hôm nay")).containsExactly(RemovedKind.RELATED);
  }

  @Test
  void bookBoxIsAPromotionByItsForm() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<div class=\"box-info\"><p><b>Sách \"Những con đường\"</b></p><p>Tác giả: Nguyễn Minh</p>"
        + "<p>Giá bìa: 120.000 đồng</p><p>Đặt mua tại nhà sách trên toàn quốc</p></div>" + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "Giá bìa")).containsExactly(RemovedKind.ADVERTISEMENT);
  }

  @Test
  void eventBoxWithATelephoneNumberIsAPromotion() {
    Extraction x = extract("<div class=\"article-body\">" + P1 + P2
        + "<table><tr><td>Đêm nhạc Mùa thu Hà Nội</td></tr><tr><td>Thời gian: 20h ngày 12/10</td></tr>"
        + "<tr><td>Địa điểm: Nhà hát Lớn</td></tr><tr><td>Liên hệ: 0909 123 456</td></tr></table>"
        + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "Nhà hát Lớn")).containsExactly(RemovedKind.ADVERTISEMENT);
  }

  @Test
  void tableOfPricesIsNews() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<table class=\"tbl\"><tr><td>Vàng SJC</td><td>83.000.000 đồng</td></tr>"
        + "<tr><td>Vàng nhẫn</td><td>81.500.000 đồng</td></tr></table>" + P2 + P3 + "</div>");
    assertThat(String.join(" ", x.paragraphs())).contains("Vàng SJC", "81.500.000 đồng");
  }

  @Test
  void paragraphsMentioningAPriceStayInTheBody() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<div class=\"para\"><p>Giá vé xe buýt trên tuyến mới là 7.000 đồng một lượt, bằng các tuyến"
        + " khác trong thành phố, theo Sở Giao thông vận tải.</p><p>Hành khách có thể mua vé tháng với"
        + " giá 100.000 đồng tại các điểm bán vé gần bến xe.</p></div>" + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(5);
  }

  @Test
  void relatedClassOnPlainTextIsNotTrusted() {
    Extraction x = extract("<div class=\"article-body\">" + P1
        + "<div class=\"relate-content\"><p>Dự án có tổng vốn đầu tư hơn 3.000 tỷ đồng, được khởi công"
        + " từ năm 2024 và là một trong những công trình trọng điểm của thành phố.</p></div>"
        + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.paragraphs().get(1)).startsWith("Dự án có tổng vốn");
  }
}
