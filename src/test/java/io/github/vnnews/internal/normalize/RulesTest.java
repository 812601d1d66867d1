package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One group of tests per rule, on small synthetic articles. */
class RulesTest {
  private static final String TITLE = "Tỉnh tổng kết công tác xây dựng Đảng năm 2023";

  private static boolean removed(Extraction e, RemovedKind kind, String text) {
    return e.removed().stream().anyMatch(r -> r.kind() == kind && r.text().equals(text));
  }

  @Test
  void pageClockIsNotThePublicationTime() {
    Extraction e = run("Tất cả chuyên mục", "Thứ Hai, 25/11/2024 21:13 (GMT +7)", TITLE,
        "Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A", LEDE, BODY, "Thu Chung", "Liên kết website",
        "Ý kiến ()");
    assertThat(e.pageClock()).hasToString("2024-11-25T21:13:00+07:00");
    assertThat(e.publishedAt()).hasToString("2023-07-28T18:13:12+07:00");
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.author()).isEqualTo("Thu Chung");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsExactly(RemovedKind.MENU,
        RemovedKind.PAGE_CLOCK, RemovedKind.DATELINE, RemovedKind.BYLINE, RemovedKind.FOOTER,
        RemovedKind.SHARE);
    assertThat(e.decisions()).extracting(Decision::rule).contains("PageClockRule",
        "DateLineRule", "TitleRule", "BylineRule", "MenuRule", "FooterRule", "ShareRule");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // breadcrumb, clock above the headline, publication stamp under it
    "Thời sự|Thứ Bảy, 12/10/2024 08:30 (GMT+7)|12/10/2024 07:45 GMT+7|2024-10-12T08:30:00+07:00"
        + "|2024-10-12T07:45:00+07:00",
    "Kinh doanh|Chủ nhật, 13/10/2024 - 06:02|Thứ Sáu, 11/10/2024 16:20 (GMT+7)"
        + "|2024-10-13T06:02:00+07:00|2024-10-11T16:20:00+07:00",
  })
  void stampAboveTheHeadlineIsTheClockWhenAnotherFollowsIt(String crumb, String clock,
      String stamp, String pageClock, String published) {
    Extraction e = run("Trang chủ", crumb, clock, TITLE, stamp, LEDE, BODY);
    assertThat(e.pageClock()).hasToString(pageClock);
    assertThat(e.publishedAt()).hasToString(published);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(removed(e, RemovedKind.PAGE_CLOCK, clock)).isTrue();
    assertThat(removed(e, RemovedKind.DATELINE, stamp)).isTrue();
  }

  @Test
  void loneStampUnderTheBreadcrumbIsThePublicationTime() {
    Extraction e = run("Thời sự", "Thứ bảy, 12/10/2024, 08:30 (GMT+7)", TITLE, LEDE, BODY);
    assertThat(e.publishedAt()).hasToString("2024-10-12T08:30:00+07:00");
    assertThat(e.pageClock()).isNull();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void updateStampUnderTheHeadlineLeavesThePublicationAbove() {
    Extraction e = run("Thời sự", "Thứ bảy, 12/10/2024, 08:30 (GMT+7)", TITLE,
        "Cập nhật: 12/10/2024 10:15", LEDE, BODY);
    assertThat(e.publishedAt()).hasToString("2024-10-12T08:30:00+07:00");
    assertThat(removed(e, RemovedKind.DATELINE, "Cập nhật: 12/10/2024 10:15")).isTrue();
    assertThat(e.pageClock()).isNull();
  }

  @Test
  void ledeDatelineGivesNoYearAndNoTitle() {
    Extraction e = run("Chiều 28/7, Thường trực Ban Bí thư giao ban trực tuyến với các địa"
        + " phương trong cả nước.", BODY);
    assertThat(e.publishedAt()).isNull();
    assertThat(e.title()).isNull();
    assertThat(e.paragraphs()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(Baonghean) - Thời điểm sau Tết, lượng khách tăng mạnh.|(Baonghean) -",
    "TTXVN - Ngày 10-2, tại Hà Nội đã diễn ra cuộc gặp mặt.|TTXVN -",
    "(PLO)- Tòa án nhân dân tối cao vừa ban hành hướng dẫn mới.|(PLO)-",
    "(Dân trí) - Sáng nay, hàng nghìn người đã đổ về trung tâm.|(Dân trí) -",
    "VOV.VN - Bộ Chính trị giao ban với các tỉnh ủy.|VOV.VN -",
    "Zing - Sáng 21/10, giá vàng miếng SJC tăng mạnh.|Zing -",
    "CafeF - Phiên giao dịch 28/10, VN-Index tăng hơn 10 điểm.|CafeF -",
  })
  void outletTagComesOffTheLede(String lede, String tag) {
    Extraction e = run(TITLE, lede, BODY);
    assertThat(e.outletTag()).isEqualTo(tag);
    assertThat(e.paragraphs().get(0)).isEqualTo(lede.substring(tag.length()).strip());
    assertThat(removed(e, RemovedKind.OUTLET_TAG, tag)).isTrue();
  }

  @Test
  void outletTagNeedsACapitalAfterTheDash() {
    assertThat(OutletTagRule.tagLength("UBND - cơ quan hành chính địa phương")).isZero();
    assertThat(OutletTagRule.tagLength("Hà Nội là thủ đô")).isZero();
  }

  @Test
  void leadTagComesOffTheLede() {
    Extraction e = run(TITLE, "Trực tiếp - Ngày 9-4, tại Hội trường Tỉnh ủy đã khai mạc hội nghị.",
        BODY);
    assertThat(removed(e, RemovedKind.LEAD_TAG, "Trực tiếp -")).isTrue();
    assertThat(e.paragraphs().get(0)).startsWith("Ngày 9-4");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "Diệu Hoa|Diệu Hoa",
    "VĂN HUY|VĂN HUY",
    "Thu Chung - Minh Hà|Thu Chung - Minh Hà",
    "Tiểu Lam - Thể thao Việt Nam|Tiểu Lam",
    "Bài và ảnh: Diễm My|Diễm My",
    "Bài, ảnh: Quốc Anh|Quốc Anh",
    "PV|PV",
    "Nhóm PV|Nhóm PV",
    "Nguồn: BĐN|NULL",
    "Theo TTXVN|NULL",
    "Theo Báo cáo hội nghị, năm 2023 các tỉnh ủy đã hoàn thành nhiều chỉ tiêu.|NULL",
    "Hội nghị tổng kết năm|NULL",
  })
  void authorFromByline(String byline, String author) {
    assertThat(BylineRule.author(byline)).isEqualTo(author);
  }

  @Test
  void bylineFusedAtTheEndOfTheLastParagraph() {
    Extraction e = run(TITLE, LEDE, BODY + " Lê Minh Tâm");
    assertThat(e.author()).isEqualTo("Lê Minh Tâm");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RemovedKind.BYLINE);
      assertThat(r.inline()).isTrue();
    });
  }

  @Test
  void bylineWithSourceNoteIsSplit() {
    Extraction e = run(TITLE, LEDE, BODY + " HN (Theo AFP)");
    assertThat(e.author()).isEqualTo("HN");
    assertThat(e.sourceOutlet()).isEqualTo("AFP");
    assertThat(removed(e, RemovedKind.SOURCE, "(Theo AFP)")).isTrue();
  }

  @Test
  void wireEndMarkAndSourceLine() {
    Extraction e = run(TITLE, LEDE, BODY + "/. Nguồn: baochinhphu.vn");
    assertThat(e.author()).isNull();
    assertThat(e.sourceOutlet()).isEqualTo("baochinhphu.vn");
    assertThat(removed(e, RemovedKind.PUNCTUATION, "/.")).isTrue();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void compiledNoteAfterAName() {
    Extraction e = run(TITLE, LEDE, BODY, "Minh Khoa (Tổng hợp)");
    assertThat(e.author()).isEqualTo("Minh Khoa");
    assertThat(removed(e, RemovedKind.COMPILED, "(Tổng hợp)")).isTrue();
  }

  @Test
  void bylineWithOutletAndStampGivesThePublicationTime() {
    Extraction e = run(TITLE, LEDE, BODY + " Hoàng Nam - Bóng đá Việt | 09:15 03/03/2018");
    assertThat(e.author()).isEqualTo("Hoàng Nam");
    assertThat(e.publishedAt()).hasToString("2018-03-03T09:15:00+07:00");
    assertThat(removed(e, RemovedKind.DATELINE, "09:15 03/03/2018")).isTrue();
  }

  @Test
  void nameUnderTheHeadlineIsTheByline() {
    Extraction e = run(TITLE, "Ngọc Lan", LEDE, BODY);
    assertThat(e.author()).isEqualTo("Ngọc Lan");
  }

  @Test
  void photoCreditOnACaptionLine() {
    Extraction e = run(TITLE, LEDE, "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Minh Đức",
        BODY);
    assertThat(e.captions()).containsExactly(
        new Caption("Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị.", "Minh Đức"));
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void upperCaseCreditNeedsNoFullStopBeforeIt() {
    Extraction e = run(TITLE, LEDE, "Các phương tiện lưu thông trên cao tốc sáng 22/10 ẢNH: ĐỨC HUY",
        BODY);
    assertThat(e.captions()).containsExactly(
        new Caption("Các phương tiện lưu thông trên cao tốc sáng 22/10", "ĐỨC HUY"));
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void lowerCaseCreditWordInRunningTextStaysBody() {
    String line = "Triển lãm giới thiệu 200 tác phẩm nhiếp ảnh: Hà Nội xưa và nay, do hội viên"
        + " gửi về từ nhiều tỉnh thành.";
    Extraction e = run(TITLE, LEDE, line, BODY);
    assertThat(e.captions()).isEmpty();
    assertThat(e.paragraphs()).containsExactly(LEDE, line, BODY);
  }

  @Test
  void outletNameAndAuthorAboveTheText() {
    String shortBody = "Người dân phấn khởi.";
    Extraction e = run("Thanh Niên", "Thời sự", TITLE, "Đức Huy", "22/10/2024 09:15 GMT+7", LEDE,
        "Dự án có tổng mức đầu tư hơn 11.000 tỉ đồng.", shortBody);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.author()).isEqualTo("Đức Huy");
    assertThat(e.publishedAt()).hasToString("2024-10-22T09:15:00+07:00");
    assertThat(e.paragraphs()).containsExactly(LEDE,
        "Dự án có tổng mức đầu tư hơn 11.000 tỉ đồng.", shortBody);
    assertThat(removed(e, RemovedKind.CHROME, "Thanh Niên")).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "TRẦN HUỲNH thực hiện|TRẦN HUỲNH",
    "Hoài Thu (thực hiện)|Hoài Thu",
    "MINH ANH ghi|MINH ANH",
  })
  void interviewerCreditIsTheByline(String line, String author) {
    Extraction e = run(TITLE, LEDE, "* Thưa ông, kỳ thi năm 2025 có gì mới?",
        "- Điểm mới lớn nhất là số môn thi giảm còn 4.", line);
    assertThat(e.author()).isEqualTo(author);
    assertThat(e.paragraphs()).containsExactly(LEDE, "* Thưa ông, kỳ thi năm 2025 có gì mới?",
        "- Điểm mới lớn nhất là số môn thi giảm còn 4.");
  }

  @Test
  void placeDoingSomethingIsNotAByline() {
    Extraction e = run(TITLE, LEDE, BODY, "Hà Nội thực hiện");
    assertThat(e.author()).isNull();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY, "Hà Nội thực hiện");
  }

  @Test
  void parenthesisedCreditAndIllustrationMarker() {
    Extraction e = run(TITLE, LEDE, "Công nhân làm việc tại nhà máy chế biến. (Ảnh: Hải Nam/TTXVN)",
        "Quy định mới về xử phạt vi phạm giao thông (Ảnh minh họa)", BODY);
    assertThat(e.captions()).containsExactly(
        new Caption("Công nhân làm việc tại nhà máy chế biến.", "Hải Nam/TTXVN"),
        new Caption("Quy định mới về xử phạt vi phạm giao thông (Ảnh minh họa)", null));
  }

  @Test
  void loneCreditLineCreditsTheLineAbove() {
    Extraction e = run(TITLE, LEDE, "Các đại biểu dự lễ khai mạc", "Ảnh: Thanh Hà", BODY);
    assertThat(e.captions()).containsExactly(new Caption("Các đại biểu dự lễ khai mạc", "Thanh Hà"));
  }

  @Test
  void creditFusedIntoTextEndsWhereTheNextSentenceStarts() {
    String fused = BODY + " Du khách tham quan khu di tích. Ảnh: Thu Trang Theo ban quản lý, lượng"
        + " khách tăng gấp đôi. " + BODY;
    Extraction e = run(TITLE, LEDE, fused);
    assertThat(e.captions()).containsExactly(
        new Caption("Du khách tham quan khu di tích.", "Thu Trang"));
    assertThat(String.join(" ", e.paragraphs())).contains("Theo ban quản lý, lượng khách")
        .doesNotContain("Thu Trang");
  }

  @Test
  void illustrationMarkerInsideFusedText() {
    Extraction e = run(TITLE, LEDE, BODY + " Ảnh minh họa. " + BODY);
    assertThat(e.captions()).containsExactly(new Caption("Ảnh minh họa.", null));
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY, BODY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Các đồng chí lãnh đạo tỉnh dự hội nghị.|true",
    "Toàn cảnh hội nghị chụp từ màn hình|true",
    "Bí thư Tỉnh ủy Nguyễn Văn Bình phát biểu thảo luận tại hội nghị.|true",
    "Lãnh đạo Sở Y tế tặng hoa chúc mừng các bác sĩ.|true",
    "Thường trực Ban Bí thư cũng đề nghị hội nghị được tổ chức 6 tháng một lần.|false",
    "Tại hội nghị, Đại tướng Tô Lâm đã quán triệt Chỉ thị 24.|false",
    "Quy trình bắt buộc khi bầu Ban Bí thư|false",
    "Ông Nam cho biết: “Chúng tôi sẽ hoàn thành”.|false",
    "Tổng vốn đầu tư đạt trên 32.976 tỷ đồng; trong đó vốn ngân sách chiếm 20%.|false",
  })
  void unmarkedCaptionShape(String sentence, boolean caption) {
    assertThat(UnmarkedCaptionRule.looksLikeCaption(sentence, false)).isEqualTo(caption);
  }

  @Test
  void unmarkedCaptionLineBetweenParagraphs() {
    Extraction e = run(TITLE, LEDE, "Các đại biểu dự lễ khánh thành công trình.", BODY);
    assertThat(e.captions()).extracting(Caption::text)
        .containsExactly("Các đại biểu dự lễ khánh thành công trình.");
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("UnmarkedCaptionRule"));
  }

  @Test
  void shortBodyParagraphStaysBody() {
    Extraction e = run(TITLE, LEDE, "Năm 2024, tỉnh đặt mục tiêu tăng trưởng 10%.",
        "Những kết quả trên là rất đáng khích lệ.", BODY);
    assertThat(e.captions()).isEmpty();
    assertThat(e.paragraphs()).hasSize(4);
  }

  @Test
  void captionUnderAnImageMarker() {
    Extraction e = run(TITLE, LEDE, "anh_hoi_nghi_01.jpg", "Quang cảnh buổi lễ sáng nay", BODY);
    assertThat(e.captions()).extracting(Caption::text)
        .containsExactly("Quang cảnh buổi lễ sáng nay");
  }

  @Test
  void positionNoteMakesACaption() {
    Extraction e = run(TITLE, LEDE, BODY + " Nguyễn Văn Hùng (bên phải) Anh Hùng chia sẻ về dự"
        + " án. " + BODY);
    assertThat(e.captions()).extracting(Caption::text)
        .containsExactly("Nguyễn Văn Hùng (bên phải)");
  }

  @Test
  void fusedRelatedNewsAndCrossLinks() {
    Extraction e = run(TITLE, LEDE, BODY + " >> Xem thêm: Những vụ tai nạn nghiêm trọng trong tuần  "
        + BODY + " Tin liên quan Giá xăng tăng mạnh Học sinh nghỉ Tết 10 ngày");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY, BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind)
        .containsExactly(RemovedKind.CROSS_LINK, RemovedKind.RELATED);
  }

  @Test
  void relatedPhraseInsideASentenceStaysBody() {
    Extraction e = run(TITLE, LEDE, "Tin liên quan đến vụ việc đang được xác minh.", BODY);
    assertThat(e.paragraphs()).contains("Tin liên quan đến vụ việc đang được xác minh.");
  }

  @Test
  void embeddedVideoLabels() {
    Extraction e = run(TITLE, LEDE, BODY + " Video trận Hà Nội 2-1 Hải Phòng: " + BODY
        + " - Video cảnh sát giải cứu người dân. Nguồn: Facebook. " + BODY);
    assertThat(e.removed()).extracting(RemovedLine::text).containsExactly(
        "Video trận Hà Nội 2-1 Hải Phòng:",
        "- Video cảnh sát giải cứu người dân. Nguồn: Facebook.");
  }

  @Test
  void repeatedSapoIsLeftOutOnce() {
    String sapo = "(TTXVN) - Năm 2023, kim ngạch xuất khẩu của tỉnh đạt mức cao nhất từ trước đến"
        + " nay.";
    Extraction e = run(TITLE, sapo, sapo + " " + BODY);
    assertThat(e.paragraphs()).containsExactly(sapo.substring(10), BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsExactly(RemovedKind.OUTLET_TAG,
        RemovedKind.OUTLET_TAG, RemovedKind.DUPLICATE);
  }

  @Test
  void duplicateCaptionLineListedOnce() {
    String cap = "Thủ tướng chúc mừng các đồng chí được bổ nhiệm (Ảnh: Trần Hải).";
    Extraction e = run(TITLE, LEDE, cap, cap, BODY);
    assertThat(e.captions()).hasSize(1);
  }

  @Test
  void sectionLabelAboveTheHeadline() {
    Extraction e = run("Thời sự", TITLE, LEDE, BODY);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(removed(e, RemovedKind.MENU, "Thời sự")).isTrue();
  }

  @Test
  void headlinePrintedAfterTheSapo() {
    Extraction e = run(LEDE, "Giao ban công tác quý IV của tỉnh", "Ý kiến ()");
    assertThat(e.title()).isEqualTo("Giao ban công tác quý IV của tỉnh");
  }

  @Test
  void mastheadAndLoginLines() {
    Extraction e = run("cộng hòa xã hội chủ nghĩa việt nam", "Báo điện tử Tỉnh Nam",
        "date 2026-01-23 close Đăng nhập", LEDE, BODY);
    assertThat(e.title()).isNull();
    assertThat(e.publishedAt()).isNull();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).contains(RemovedKind.LOGIN);
  }

  @Test
  void pipelineListsItsRules() {
    RulePipeline p = RulePipeline.defaults();
    assertThat(p.ruleNames()).startsWith("ImageMarkerRule").endsWith("Body")
        .contains("DateLineRule", "TitleRule", "OutletTagRule", "BylineRule", "PhotoCreditRule",
            "UnmarkedCaptionRule", "RelatedNewsRule", "CrossLinkRule", "EmbedLabelRule");
    assertThat(p.without("UnmarkedCaptionRule").ruleNames()).doesNotContain("UnmarkedCaptionRule")
        .endsWith("Body");
    Extraction e = new TextNormalizer(p.without("UnmarkedCaptionRule")).normalize(
        java.util.List.of(new io.github.vnnews.SourceLine(1, TITLE),
            new io.github.vnnews.SourceLine(2, LEDE),
            new io.github.vnnews.SourceLine(3, "Các đại biểu dự lễ khánh thành công trình."),
            new io.github.vnnews.SourceLine(4, BODY)));
    assertThat(e.captions()).isEmpty();
  }

  @Test
  void strayHeaderLineAboveTheHeadline() {
    Extraction e = run("date 2026-01-23", "search toggle", TITLE, LEDE, BODY);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.publishedAt()).isNull();
    assertThat(e.pageClock()).hasToString("2026-01-23");
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("HeaderRule"));
  }

  @Test
  void stampAndBylineOnOneHeaderLine() {
    Extraction e = run(TITLE, "Thứ năm, 02/11/2023 - 14:30 | Nguyễn Thu Hà", LEDE, BODY);
    assertThat(e.author()).isEqualTo("Nguyễn Thu Hà");
    assertThat(e.publishedAt()).hasToString("2023-11-02T14:30:00+07:00");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void breadcrumbFooterAndHashtagLines() {
    Extraction e = run("Thời sự > Chính trị", TITLE, LEDE, BODY, "#giaothong #hanoi",
        "Tổng biên tập: Nguyễn Văn Bình", "1.234 lượt xem");
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsExactly(RemovedKind.MENU,
        RemovedKind.TAGS, RemovedKind.FOOTER, RemovedKind.CHROME);
  }

  @Test
  void agencyBylineGivesTheName() {
    // the gold conventions: "Xuân Chi/Báo tin Tức" is one byline piece, the author is the name
    assertThat(BylineRule.author("Thanh Vân/TTXVN")).isEqualTo("Thanh Vân");
    Extraction e = run(TITLE, LEDE, BODY, "Hồng Nhung/TTXVN");
    assertThat(e.author()).isEqualTo("Hồng Nhung");
    assertThat(removed(e, RemovedKind.BYLINE, "Hồng Nhung/TTXVN")).isTrue();
  }

  @Test
  void illustrationMarkerWithCredit() {
    Extraction e = run(TITLE, LEDE, "Người dân mua sắm tại chợ truyền thống. Ảnh minh họa: Internet",
        BODY);
    assertThat(e.captions()).containsExactly(
        new Caption("Người dân mua sắm tại chợ truyền thống.", "Internet"));
  }

  @Test
  void captionGluedBeforeAQuotation() {
    Extraction e = run(TITLE, LEDE, BODY + " Buổi ra mắt sách tại Nhà văn hóa Thanh Niên “Cuốn"
        + " sách là món quà cho bạn trẻ”, tác giả chia sẻ. " + BODY);
    assertThat(e.captions()).extracting(Caption::text)
        .containsExactly("Buổi ra mắt sách tại Nhà văn hóa Thanh Niên");
  }

  @Test
  void quotationAfterAVerbIsNotSplit() {
    Extraction e = run(TITLE, LEDE, BODY + " Ông Nam khẳng định “Chúng tôi sẽ làm tốt”. " + BODY);
    assertThat(e.captions()).isEmpty();
  }

  @Test
  void bylineFollowedByUnknownChrome() {
    Extraction e = run(TITLE, LEDE, BODY, "Nhật Xuân - Nghi Vũ", "Giá vàng tăng mạnh trong tuần",
        "Học sinh nghỉ Tết 10 ngày", "Đăng ký ngay để nhận gói tin tức mới");
    assertThat(e.author()).isEqualTo("Nhật Xuân - Nghi Vũ");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("TrailingChromeRule"));
  }

  @Test
  void bylineWithCompilationNoteBeforeChrome() {
    Extraction e = run(TITLE, LEDE, BODY, "Hà Thu (tổng hợp)", "Xung đột Trung Đông");
    assertThat(e.author()).isEqualTo("Hà Thu");
    assertThat(removed(e, RemovedKind.COMPILED, "(tổng hợp)")).isTrue();
  }

  @Test
  void portraitCaptionNeedsMoreThanAName() {
    assertThat(UnmarkedCaptionRule.portrait("Ông Hồ Đức Phớc, Bộ trưởng Tài chính.")).isTrue();
    assertThat(UnmarkedCaptionRule.portrait("Hayden Cross.")).isTrue();
    assertThat(UnmarkedCaptionRule.portrait("Nguyên Minh")).isFalse();
  }

  @Test
  void midnightWithAmMarker() {
    assertThat(VietnameseDates.parse("07-03-2026 - 00:01 AM")).hasValueSatisfying(
        t -> assertThat(t).hasToString("2026-03-07T00:01:00+07:00"));
  }

  @Test
  void listAfterAColonIsNotAByline() {
    Extraction e = run(TITLE, LEDE, BODY + " Các địa phương dẫn đầu gồm: Hà Nội, Hải Phòng");
    assertThat(e.author()).isNull();
  }

  @Test
  void outletTagOpeningTheParagraphAfterTheSapo() {
    Extraction e = run(TITLE, "Nhiều chính sách mới có hiệu lực từ tháng 3, người dân cần lưu ý.",
        "(Chinhphu.vn) - " + BODY);
    assertThat(e.outletTag()).isEqualTo("(Chinhphu.vn) -");
    assertThat(e.paragraphs()).endsWith(BODY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "HÀ NỘI - Sáng 5/3, hội nghị khai mạc tại trung tâm hội nghị quốc gia.|HÀ NỘI -",
    "TP.HCM - Chiều nay, thành phố tổ chức lễ ra quân.|TP.HCM -",
    "Hà Giang - Ngày 17/10, đại hội bước sang ngày làm việc thứ hai.|Hà Giang -",
  })
  void locationStampBeforeADateline(String lede, String tag) {
    Extraction e = run(TITLE, lede, BODY);
    assertThat(removed(e, RemovedKind.LEAD_TAG, tag)).isTrue();
  }
}
