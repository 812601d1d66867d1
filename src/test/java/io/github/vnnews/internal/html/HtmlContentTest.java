package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
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

  @Test
  void textRightAfterAPictureIsItsCaptionWhenItLooksLikeOne() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">" + P1
        + "<p style=\"text-align:center\"><img src=a.jpg></p><p><em>Hành khách làm thủ tục tại sân bay</em></p>"
        + P2
        + "<p><img src=b.jpg></p><p style=\"text-align: center;\">Máy bay cất cánh chiều 15/2</p>"
        + "<div><img src=c.jpg></div><p>Đường băng Tân Sơn Nhất. Ảnh: Quỳnh Trần</p>"
        + "<p><img src=d.jpg></p>" + P3 + "</div>");
    assertThat(x.captions()).containsExactly(
        new Caption("Hành khách làm thủ tục tại sân bay", null),
        new Caption("Máy bay cất cánh chiều 15/2", null),
        new Caption("Đường băng Tân Sơn Nhất.", "Quỳnh Trần"));
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(2)).startsWith("Theo lãnh đạo");
  }

  @Test
  void domainLikeOutletTagsAreTakenOffTheLede() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">"
        + "<p>VOV.VN - Cục Hàng không Việt Nam đã thông báo đến nhà chức trách các nước về việc mở lại"
        + " toàn bộ đường bay, theo thông tin mới nhất.</p>" + P2 + P3 + "</div>");
    assertThat(x.outletTag()).isEqualTo("VOV.VN -");
    assertThat(x.paragraphs().get(0)).startsWith("Cục Hàng không");
  }

  @Test
  void sentenceBetweenTitleAndBodyIsTheSapoEvenWithoutMarkup() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1>"
        + "<div class=\"meta\"><span>Thời sự</span></div>"
        + "<div><b>Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế thường lệ từ ngày 15/2, sau gần"
        + " hai năm hạn chế vì dịch bệnh.</b></div>"
        + "<div class=\"post-body\">" + P1 + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(4);
    assertThat(x.paragraphs().get(0)).startsWith("Việt Nam dự kiến");
  }

  @Test
  void nameBetweenTitleAndBodyIsTheByline() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><p><strong>Minh Chiến</strong></p>"
        + "<div class=\"post-body\">" + P1 + P2 + P3 + "</div>");
    assertThat(x.author()).isEqualTo("Minh Chiến");
    assertThat(kindsOf(x, "Minh Chiến")).containsExactly(RemovedKind.BYLINE);
  }

  @Test
  void photoStoryCaptionsAreTheBody() {
    StringBuilder sb = new StringBuilder("<h1>Tuần tra trong đêm âm 2 độ C</h1><div class=\"gallery\">");
    for (int i = 1; i <= 5; i++) {
      sb.append("<figure><img src=").append(i).append(".jpg><figcaption>Cảnh ").append(i)
          .append(": bộ đội biên phòng tuần tra dọc mốc giới trong đêm giá rét, nhiệt độ xuống âm,")
          .append(" băng tuyết phủ trắng các lối mòn.</figcaption></figure>");
    }
    Extraction x = extract(sb.append("<p>Ảnh: Giang Huy</p></div>").toString());
    assertThat(x.captions()).isEmpty();
    assertThat(x.paragraphs()).hasSize(5).allMatch(p -> p.startsWith("Cảnh "));
  }

  @Test
  void locationPrefixAndTrailingSourceNoteAreCutFromTheirParagraphs() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">"
        + "<p>HÀ NỘI - Cục Hàng không Việt Nam đã thông báo đến nhà chức trách các nước về việc mở"
        + " lại toàn bộ đường bay, theo thông tin mới nhất.</p>" + P2
        + "<p>Các hãng bay sẽ công bố lịch khai thác trong tuần tới, theo kế hoạch đã được phê duyệt."
        + " (Theo Reuters)</p></div>");
    assertThat(x.paragraphs().get(0)).startsWith("Cục Hàng không");
    assertThat(x.outletTag()).isNull();
    assertThat(kindsOf(x, "HÀ NỘI")).containsExactly(RemovedKind.LEAD_TAG);
    assertThat(x.paragraphs().get(2)).endsWith("đã được phê duyệt.");
    assertThat(x.sourceOutlet()).isEqualTo("Reuters");
    assertThat(x.removed()).anyMatch(r -> r.kind() == RemovedKind.SOURCE && r.inline());
  }

  @Test
  void slidesOfEqualWeightAreJoinedUnderTheirCommonAncestor() {
    StringBuilder sb = new StringBuilder("<h1>Tuần tra trong đêm âm 2 độ C</h1><div><div>");
    for (int i = 1; i <= 6; i++) {
      sb.append("<div><div><img src=").append(i).append(".jpg></div><div><p>Cảnh ").append(i)
          .append(": bộ đội biên phòng tuần tra dọc mốc giới trong đêm giá rét, nhiệt độ xuống âm,")
          .append(" băng tuyết phủ trắng các lối mòn, gió thổi mạnh.</p></div></div>");
    }
    Extraction x = extract(sb.append("</div></div>").toString());
    assertThat(x.paragraphs()).hasSize(6);
  }

  @Test
  void captionAfterAnEmptyFigureEvenPastAShareLabel() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div><figure><img src=a.jpg></figure>"
        + "<div><a href=#>Chia sẻ</a></div><div><i>Máy bay tại sân bay Tân Sơn Nhất.</i></div></div>"
        + "<div class=\"post-body\">" + P1 + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(new Caption("Máy bay tại sân bay Tân Sơn Nhất.", null));
  }

  @Test
  void lastElementStartingWithAnhIsTheCredit() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">" + P1
        + "<table><tr><td><img src=a.jpg><div><p>Trang chủ thông báo bị lỗi</p>"
        + "<div><p>Ảnh chụp màn hình ngày 14.12.2019</p></div></div></td></tr></table>" + P2 + P3 + "</div>");
    assertThat(x.captions()).containsExactly(
        new Caption("Trang chủ thông báo bị lỗi", "Ảnh chụp màn hình ngày 14.12.2019"));
  }

  @Test
  void stampBesideASectionLabelAndBylineElementsWithExtraText() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1>"
        + "<p>07-03-2026 - 09:40 PM | <a href=/thoi-su>Thời sự</a></p>"
        + "<div class=\"author\"><a href=/tac-gia/a>Duy Anh</a> <a href=/tac-gia/a>Xem các bài viết của tác giả</a></div>"
        + "<div class=\"post-body\">" + P1 + P2 + P3 + "</div>");
    assertThat(x.publishedAt()).hasToString("2026-03-07T21:40:00+07:00");
    assertThat(x.author()).isEqualTo("Duy Anh");
    assertThat(kindsOf(x, "07-03-2026")).containsExactly(RemovedKind.DATELINE);
  }

  @Test
  void nameInTheArticleFooterIsTheByline() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><article><div class=\"post-body\">" + P1 + P2
        + P3 + "</div><footer><span>Việt Dũng</span></footer></article><footer>Liên hệ quảng cáo</footer>");
    assertThat(x.author()).isEqualTo("Việt Dũng");
    assertThat(kindsOf(x, "Việt Dũng")).containsExactly(RemovedKind.BYLINE);
  }

  @Test
  void vietnameseCaptionClassAsciiOutletTagAndDeskSignature() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">"
        + "<p>Kinhtedothi - Cục Hàng không Việt Nam đã thông báo đến nhà chức trách các nước về việc"
        + " mở lại toàn bộ đường bay, theo thông tin mới nhất.</p>"
        + "<p align=\"center\"><img src=a.jpg></p><p class=\"img_chu_thich_0407\">Hành khách tại sân bay</p>"
        + P2 + P3 + "<p><b>PV</b></p></div>");
    assertThat(x.outletTag()).isEqualTo("Kinhtedothi -");
    assertThat(x.captions()).containsExactly(new Caption("Hành khách tại sân bay", null));
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "PV")).containsExactly(RemovedKind.BYLINE);
  }

  @Test
  void teaserCardsInsideTheBodyAreRelatedNews() {
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\">" + P1 + P2
        + "<div><a href=/x><img src=t.jpg></a><a href=/x>Giá vé máy bay Tết tăng mạnh ở nhiều chặng bay</a>"
        + "<p>Nhiều chặng bay nội địa dịp Tết đã kín chỗ, giá vé tăng gấp đôi ngày thường.</p></div>"
        + P3 + "<div type=\"RelatedOneNews\"><p>Các hãng bay mở thêm hàng trăm chuyến dịp cao điểm.</p></div></div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(kindsOf(x, "kín chỗ")).containsExactly(RemovedKind.RELATED);
    assertThat(kindsOf(x, "hàng trăm chuyến")).containsExactly(RemovedKind.RELATED);
  }

  @Test
  void readingControlsLoginAndContactLabelsInsideTheBodyAreChrome() {
    // the labels are phrases of the shared lexicon (chrome-lexicon.tsv), which lists only phrases
    // seen as chrome in the crawl or the annotated pages
    Extraction x = extract("<h1>Mở lại đường bay quốc tế</h1><div class=\"post-body\"><p>In bài viết</p>"
        + P1 + P2 + "<ul><li>Đăng ký tạm trú tại nơi cư trú mới;</li></ul>" + P3
        + "<p>Xem tiếp</p><p>Đăng ký nhận tin</p><p>Hotline: 0909 000 000</p></div>");
    assertThat(x.paragraphs()).hasSize(4).contains("Đăng ký tạm trú tại nơi cư trú mới;");
    assertThat(kindsOf(x, "In bài viết")).containsExactly(RemovedKind.FONT_CONTROL);
    assertThat(kindsOf(x, "Xem tiếp")).containsExactly(RemovedKind.CROSS_LINK);
    assertThat(kindsOf(x, "Đăng ký nhận tin")).containsExactly(RemovedKind.LOGIN);
    assertThat(kindsOf(x, "Hotline")).containsExactly(RemovedKind.FOOTER);
  }

  @Test
  void textAboveTheHeadlineIsNeverBody() {
    Extraction x = extract("<div class=\"detail\"><div>Kinh doanh</div><div>Ý kiến chuyên gia về đường bay</div>"
        + "<h1>Mở lại đường bay quốc tế</h1>" + P1 + P2 + P3 + "</div>");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.decisions()).anyMatch(d -> d.rule().equals("AboveTitle"));
  }

  @Test
  void unmarkedReaderCommentsAfterTheArticleStayOut() {
    StringBuilder sb = new StringBuilder("<h1>Mở lại đường bay quốc tế</h1><div><div>" + P1 + P2 + P3 + P1.replace("15/2", "20/2")
        + P2.replace("chờ", "đợi") + "</div><div>");
    for (int i = 0; i < 4; i++) {
      sb.append("<div><b>Bạn đọc ").append(i).append("</b><div>Tôi nghĩ việc mở lại đường bay là cần thiết,")
          .append(" nhưng phải bảo đảm an toàn cho hành khách và nhân viên sân bay.</div></div>");
    }
    Extraction x = extract(sb.append("</div></div>").toString());
    assertThat(x.paragraphs()).hasSize(5).noneMatch(p -> p.startsWith("Tôi nghĩ"));
  }
}
