package io.github.vnnews.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.normalize.Extraction;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Main-text extraction: what is body, what becomes a caption, what is removed and as what. */
class HtmlContentTest {
  private static final String P1 =
      "<p>Cục Hàng không Việt Nam đã thông báo đến nhà chức trách các nước về việc không hạn chế"
          + " khai thác các chuyến bay thương mại quốc tế từ ngày 15/2, theo thông tin mới nhất.</p>";
  private static final String P2 =
      "<p>Ông Đinh Việt Sơn, Phó cục trưởng Hàng không Việt Nam, cho hay cơ quan này đang chờ phản"
          + " hồi của các đơn vị liên quan, sau đó sẽ công bố lịch khai thác cụ thể.</p>";
  private static final String P3 =
      "<p>Theo lãnh đạo Cục Hàng không, dù các chuyến bay quốc tế được khai thác bình thường, quy"
          + " định về nhập cảnh và phòng chống dịch vẫn do Bộ Y tế hướng dẫn.</p>";

  private static Extraction extract(String body) {
    return HtmlExtractor.defaults().extract(
        "<html><head><title>Mở lại đường bay quốc tế</title></head><body>" + body + "</body></html>", "");
  }

  private static List<RemovedKind> kindsOf(Extraction x, String textPart) {
    return x.removed().stream().filter(r -> r.text().contains(textPart)).map(RemovedLine::kind)
        .collect(Collectors.toList());
  }

  @Test
  void navRelatedAndCommentBlocksAreRemovedWithTheirKind() {
    Extraction x = extract(
        "<nav><ul><li><a href=/>Trang chủ</a></li><li><a href=/thoi-su>Thời sự</a></li></ul></nav>"
            + "<h1>Mở lại đường bay quốc tế</h1>"
            + "<article class=\"fck_detail\">" + P1 + P2
            + "<div class=\"box-tinlienquan\"><h3>Tin liên quan</h3><ul>"
            + "<li><a href=/a>Hàng không tăng chuyến dịp Tết</a></li>"
            + "<li><a href=/b>Giá vé máy bay giảm mạnh sau Tết</a></li></ul></div>"
            + P3 + "</article>"
            + "<div id=\"comment-box\">Bình luận của bạn đọc sẽ được biên tập trước khi đăng</div>"
            + "<footer>© Báo điện tử, giấy phép số 548</footer>");
    assertThat(x.title()).isEqualTo("Mở lại đường bay quốc tế");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(2)).startsWith("Theo lãnh đạo");
    assertThat(kindsOf(x, "Trang chủ")).containsExactly(RemovedKind.MENU);
    assertThat(kindsOf(x, "Giá vé máy bay")).containsExactly(RemovedKind.RELATED);
    assertThat(kindsOf(x, "Bình luận của bạn đọc")).containsExactly(RemovedKind.WIDGET);
    assertThat(kindsOf(x, "giấy phép")).containsExactly(RemovedKind.FOOTER);
    // audit order numbers follow the page
    List<Integer> lines = x.removed().stream().map(RemovedLine::line).toList();
    assertThat(lines).isSorted();
    assertThat(lines.get(0)).isPositive();
  }

  @Test
  void bylineAndDatelineGoToRemovedAndFillMetadata() {
    Extraction x = extract(
        "<h1>Mở lại đường bay quốc tế</h1><span class=\"date\">Chủ nhật, 13/2/2022, 16:08 (GMT+7)</span>"
            + "<article class=\"fck_detail\">" + P1 + P2 + P3
            + "<p style=\"text-align:right;\"><strong>Đoàn Loan</strong></p></article>");
    assertThat(x.author()).isEqualTo("Đoàn Loan");
    assertThat(x.publishedAt()).hasToString("2022-02-13T16:08:00+07:00");
    assertThat(kindsOf(x, "Đoàn Loan")).containsExactly(RemovedKind.BYLINE);
    assertThat(kindsOf(x, "13/2/2022")).containsExactly(RemovedKind.DATELINE);
    assertThat(String.join(" ", x.paragraphs())).doesNotContain("Đoàn Loan");
  }

  @Test
  void sapoOutsideTheBodyContainerComesFirstAndLosesItsOutletTag() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><head><meta name=\"description\" content=\"(Dân trí) - Cục Hàng không đã gửi thông báo"
            + " mở lại toàn bộ đường bay quốc tế từ ngày 15/2.\"></head><body>"
            + "<h1>Mở lại đường bay quốc tế</h1>"
            + "<h2 class=\"singular-sapo\">(Dân trí) - Cục Hàng không đã gửi thông báo mở lại toàn bộ"
            + " đường bay quốc tế từ ngày 15/2.</h2>"
            + "<div class=\"singular-content\">" + P1 + P2 + P3 + "</div></body></html>", "");
    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.paragraphs().get(0)).startsWith("Cục Hàng không đã gửi");
    assertThat(x.outletTag()).isEqualTo("(Dân trí) -");
    assertThat(kindsOf(x, "(Dân trí)")).contains(RemovedKind.OUTLET_TAG);
  }

  @Test
  void figureWithFigcaptionAndTrailingCredit() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><article class=\"fck_detail\">" + P1
        + "<figure class=\"tplCaption\"><img src=a.jpg alt=\"\"><figcaption><p class=\"Image\">Máy bay"
        + " tại Tân Sơn Nhất. <em>Ảnh: Quỳnh Trần.</em></p></figcaption></figure>" + P2 + P3 + "</article>");
    assertThat(x.captions()).containsExactly(new Caption("Máy bay tại Tân Sơn Nhất.", "Quỳnh Trần"));
    assertThat(String.join(" ", x.paragraphs())).doesNotContain("Tân Sơn Nhất");
  }

  @Test
  void creditElementInsideTheCaption() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div id=\"abody\" class=\"cms-body\">" + P1
        + "<table class=\"imagefull\"><tr><td><img src=a.jpg></td></tr><tr><td><div class=\"imgcaption\">"
        + "<p>Trang chủ Gapo thông báo bị lỗi</p><div class=\"source\"><p>Ảnh chụp màn hình</p></div>"
        + "</div></td></tr></table>" + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(new Caption("Trang chủ Gapo thông báo bị lỗi", "Ảnh chụp màn hình"));
  }

  @Test
  void photoCmsCaptionAndImageTable() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"detail-content\">" + P1
        + "<div class=\"VCSortableInPreviewMode\" type=\"Photo\"><div><img src=a.jpg></div>"
        + "<div class=\"PhotoCMS_Caption\"><p>Một bó hoa hồng dao động từ 400.000 đồng - Ảnh: H.Y.T.</p></div></div>"
        + P2
        + "<table class=\"Image\"><tbody><tr><td><img src=b.jpg></td></tr>"
        + "<tr><td class=\"Image\">Cựu Chủ tịch UBND tại phiên tòa sơ thẩm.</td></tr></tbody></table>"
        + "<div class=\"expNoEdit\">Ảnh minh hoạ.</div>"
        + P3 + "</div>");
    assertThat(x.captions()).containsExactly(
        new Caption("Một bó hoa hồng dao động từ 400.000 đồng", "H.Y.T."),
        new Caption("Cựu Chủ tịch UBND tại phiên tòa sơ thẩm.", null),
        new Caption("Ảnh minh hoạ.", null));
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void crossheadsAndListsStayInOrder() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"detail-content\">" + P1
        + "<h2>Hạn chế xuất khẩu nhiên liệu</h2>" + P2
        + "<ul><li>Khai thác trực tiếp qua Cổng thông tin;</li><li>Khai thác qua kết nối dữ liệu.</li></ul>"
        + "<p><strong>Tìm nguồn cung thay thế</strong></p>" + P3 + "</div>");
    assertThat(x.paragraphs()).containsExactly(
        x.paragraphs().get(0), "Hạn chế xuất khẩu nhiên liệu", x.paragraphs().get(2),
        "Khai thác trực tiếp qua Cổng thông tin;", "Khai thác qua kết nối dữ liệu.",
        "Tìm nguồn cung thay thế", x.paragraphs().get(6));
    assertThat(x.decisions().stream().filter(d -> d.rule().equals("Crosshead")).count()).isEqualTo(2);
  }

  @Test
  void hiddenCopiesAreIgnored() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"detail-content\">" + P1
        + "<div style=\"display: none; height: 0;\">" + P2 + "</div>" + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(3);
  }

  @Test
  void sourceAndShareLines() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"detail-content\">" + P1 + P2 + P3
        + "<p>Theo Nhịp sống thị trường</p><p>Chia sẻ</p></div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.sourceOutlet()).isEqualTo("Nhịp sống thị trường");
    assertThat(kindsOf(x, "Theo Nhịp sống")).containsExactly(RemovedKind.SOURCE);
    assertThat(kindsOf(x, "Chia sẻ")).containsExactly(RemovedKind.SHARE);
  }

  @Test
  void emptyAndTextlessPages() {
    Extraction empty = HtmlExtractor.defaults().extract("", null);
    assertThat(empty.paragraphs()).isEmpty();
    assertThat(empty.title()).isNull();
    Extraction menu = extract("<nav><a href=/>Trang chủ</a></nav>");
    assertThat(menu.paragraphs()).isEmpty();
  }
}
