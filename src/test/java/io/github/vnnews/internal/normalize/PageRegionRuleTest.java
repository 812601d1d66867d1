package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.SourceLine;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page-region rules on small page copies built here: a page's chrome (skip link, masthead,
 * menus, ticker, sidebar, footer) around one article, one block a line, paragraphs apart by a
 * blank line as {@code innerText} prints them.
 */
class PageRegionRuleTest {
  static final String HEADLINE = "Hà Nội mở rộng vùng phát thải thấp sang các quận nội thành";
  static final String STAMP = "Thứ bảy, 07/03/2026 - 08:07";
  static final String SAPO =
      "Thành phố sẽ hạn chế xe máy chạy xăng trong vành đai 1 từ giữa năm sau, theo đề án vừa được"
          + " Ủy ban nhân dân thành phố trình Hội đồng nhân dân xem xét.";
  static final List<String> PARAGRAPHS = List.of(
      "Theo đề án, vùng phát thải thấp được chia làm hai giai đoạn, bắt đầu với các tuyến phố trong"
          + " khu vực phố cổ và mở rộng dần ra các quận nội thành vào năm 2028.",
      "Đại diện Sở Giao thông vận tải cho biết thành phố đã khảo sát ý kiến của hơn 20.000 người"
          + " dân, trong đó phần lớn ủng hộ việc giảm phương tiện cá nhân ở khu trung tâm.",
      "Những hộ gia đình có thu nhập thấp sẽ được hỗ trợ một phần chi phí khi chuyển sang xe điện,"
          + " mức hỗ trợ cụ thể do Hội đồng nhân dân thành phố quyết định.",
      "Các chuyên gia cho rằng cần mở rộng mạng lưới xe buýt và đường sắt đô thị trước khi hạn chế"
          + " phương tiện, để người dân có lựa chọn thay thế thuận tiện.");
  static final String CROSSHEAD = "Hỗ trợ người thu nhập thấp";
  static final List<String> MENU = List.of(
      "Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
      "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Xe", "Công nghệ", "Bất động sản");
  static final List<String> RELATED = List.of(
      "Giá xăng dầu tăng mạnh, có loại tăng hơn 7.000 đồng mỗi lít",
      "Xuất hiện tình trạng hết xăng ở nhiều cây xăng nội thành",
      "Hộ kinh doanh phải báo mọi tài khoản nhận tiền cho cơ quan thuế",
      "Giá vàng thế giới bất ngờ giảm mạnh trong phiên cuối tuần",
      "Nhiều tuyến phố được chỉnh trang đón Tết Nguyên đán",
      "Thành phố lắp thêm camera giám sát giao thông ở các nút giao");
  static final List<String> FOOTER = List.of(
      "Cơ quan của Bộ Nội vụ", "Tổng biên tập: Nguyễn Văn Minh",
      "Địa chỉ tòa soạn: Số 48 phố Giảng Võ, Hà Nội", "Điện thoại: 024-3736-6491",
      "© 2005-2026 Bản quyền thuộc về Báo điện tử. Cấm sao chép dưới mọi hình thức.");

  /** A whole page: chrome, the article, chrome. {@code ""} is a blank line. */
  static List<String> page(String byline) {
    List<String> l = new ArrayList<>();
    l.add("Bỏ qua nội dung");
    l.add("Báo Điện tử Tin Nhanh");
    l.add("");
    l.addAll(MENU);
    l.add("Mới nhất");
    l.addAll(RELATED.subList(0, 3));
    l.add("Thời sự");
    l.add(HEADLINE);
    l.add(byline);
    l.add(STAMP);
    l.add(SAPO);
    l.add("");
    l.add(PARAGRAPHS.get(0));
    l.add("");
    l.add(PARAGRAPHS.get(1));
    l.add("");
    l.add(CROSSHEAD);
    l.add("");
    l.add(PARAGRAPHS.get(2));
    l.add("");
    l.add(PARAGRAPHS.get(3));
    l.add("");
    l.add("Tin liên quan");
    l.addAll(RELATED);
    l.add("");
    l.addAll(MENU);
    l.addAll(FOOTER);
    return l;
  }

  static Extraction run(List<String> lines) {
    return run(new TextNormalizer(), lines);
  }

  static Extraction run(TextNormalizer normalizer, List<String> lines) {
    List<SourceLine> in = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      in.add(new SourceLine(i + 1, lines.get(i)));
    }
    Extraction e = normalizer.normalize(in);
    Articles.assertNothingLost(String.join("\n", lines), e);
    return e;
  }

  @Test
  void findsTheArticleInAWholePage() {
    Extraction e = run(page("Tri Túc"));
    assertThat(e.title()).isEqualTo(HEADLINE);
    assertThat(e.publishedAt())
        .isEqualTo(new PublicationTime(LocalDate.of(2026, 3, 7), LocalTime.of(8, 7),
            PublicationTime.VIETNAM));
    assertThat(e.author()).isEqualTo("Tri Túc");
    List<String> body = new ArrayList<>();
    body.add(SAPO);
    body.addAll(PARAGRAPHS.subList(0, 2));
    body.add(CROSSHEAD);
    body.addAll(PARAGRAPHS.subList(2, 4));
    assertThat(e.paragraphs()).containsExactlyElementsOf(body);
    assertThat(e.captions()).isEmpty();
  }

  @Test
  void everyLineOutsideTheArticleIsChromeWithAKindAndARule() {
    Extraction e = run(page("Tri Túc"));
    for (String item : MENU) {
      assertThat(e.removed()).filteredOn(r -> r.text().equals(item))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.kind())
              .isIn(RemovedKind.MENU, RemovedKind.CHROME, RemovedKind.DUPLICATE));
    }
    for (String headline : RELATED) {
      assertThat(e.removed()).filteredOn(r -> r.text().equals(headline))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.kind())
              .isIn(RemovedKind.RELATED, RemovedKind.MENU, RemovedKind.DUPLICATE));
    }
    for (String f : FOOTER) {
      assertThat(e.removed()).filteredOn(r -> r.text().equals(f)).hasSize(1);
    }
    assertThat(e.removed()).extracting(RemovedLine::rule).doesNotContainNull()
        .contains("PageChromeRule", "PageRegionRule");
    // the first line is never taken for the headline because it comes first
    assertThat(e.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("Bỏ qua nội dung"));
  }

  @Test
  void aBylineAndAStampOnOneLineAreSplit() {
    List<String> l = page("Tri Túc");
    l.remove(STAMP);
    l.set(l.indexOf("Tri Túc"), "Nguyễn Văn An - 07/03/2026 08:47");
    Extraction e = run(l);
    assertThat(e.author()).isEqualTo("Nguyễn Văn An");
    assertThat(e.publishedAt().time()).isEqualTo(LocalTime.of(8, 47));
    assertThat(e.removed()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RemovedKind.BYLINE);
      assertThat(r.text()).isEqualTo("Nguyễn Văn An");
    });
  }

  @Test
  void aLabelledPublicationDateBeatsAnUnlabelledClockNearer() {
    List<String> l = page("Tri Túc");
    l.remove(STAMP);
    l.add(l.indexOf(HEADLINE) - 1, "Thứ ba Ngày 18 Tháng 08 Năm 2026, 01:53:59");
    l.add(l.indexOf(HEADLINE) + 1, "Ngày đăng: 05/07/2025");
    Extraction e = run(l);
    assertThat(e.publishedAt()).isEqualTo(
        new PublicationTime(LocalDate.of(2025, 7, 5), null, PublicationTime.VIETNAM));
    assertThat(e.removed()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RemovedKind.DATELINE);
      assertThat(r.text()).isEqualTo("Ngày đăng: 05/07/2025");
    });
    assertThat(e.paragraphs()).noneMatch(p -> p.contains("01:53:59"));
  }

  @Test
  void aClosingBylineWithItsStampGivesTheAuthor() {
    List<String> l = page("");
    l.remove("");
    l.add(l.indexOf(PARAGRAPHS.get(3)) + 1, "Việt Dũng 07/03/2026 | 08:07");
    Extraction e = run(l);
    assertThat(e.author()).isEqualTo("Việt Dũng");
    assertThat(e.paragraphs()).noneMatch(p -> p.contains("Việt Dũng"));
    assertThat(e.removed()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RemovedKind.BYLINE);
      assertThat(r.text()).isEqualTo("Việt Dũng");
    });
  }

  @Test
  void aClosingBylineAfterTheTextGivesTheAuthor() {
    List<String> l = page("Tri Túc");
    l.remove("Tri Túc");
    l.add(l.indexOf("Tin liên quan"), "Minh Anh");
    Extraction e = run(l);
    assertThat(e.author()).isEqualTo("Minh Anh");
    assertThat(e.paragraphs()).doesNotContain("Minh Anh");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    // VnExpress (dev page copy): a name and a compilation note
    "Hà Thu | Hà Thu (tổng hợp) |",
    // Ngôi Sao (myfeed page copy): initials under the link that closes the text
    "H.V. | >> Xem tiếp: Hình ảnh Leila Lopes đăng quang Hoa hậu Hoàn vũ 2011 | H.V.",
  })
  void aClosingBylineWithANoteOrUnderALinkGivesTheAuthor(String author, String line1,
      String line2) {
    List<String> l = page("Tri Túc");
    l.remove("Tri Túc");
    int at = l.indexOf("Tin liên quan");
    l.add(at, line1);
    if (line2 != null) {
      l.add(at + 1, line2);
    }
    Extraction e = run(l);
    assertThat(e.author()).isEqualTo(author);
    assertThat(e.paragraphs()).last().isEqualTo(PARAGRAPHS.get(3));
  }

  @Test
  void teasersAfterTheTextAreRelatedNewsNotBody() {
    List<String> l = page("Tri Túc");
    int at = l.indexOf("Tin liên quan");
    l.addAll(at, List.of(
        "", "Giá xăng dầu tăng mạnh trong phiên điều chỉnh chiều nay", "",
        "(Tin Nhanh) - Liên bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu.", "",
        "Nhiều cây xăng tạm ngừng bán vì hết hàng cuối tuần", "",
        "(Tin Nhanh) - Hàng chục cửa hàng xăng dầu ở ngoại thành treo biển hết hàng.", ""));
    Extraction e = run(l);
    assertThat(e.paragraphs()).noneMatch(p -> p.contains("Liên bộ") || p.contains("hết hàng"));
    assertThat(e.paragraphs()).contains(PARAGRAPHS.get(3));
  }

  @Test
  void relatedLinksInsideTheTextAreChrome() {
    List<String> l = page("Tri Túc");
    int at = l.indexOf(PARAGRAPHS.get(1));
    l.addAll(at + 1, List.of("", RELATED.get(3), RELATED.get(4), RELATED.get(5)));
    Extraction e = run(l);
    assertThat(e.paragraphs()).containsAll(PARAGRAPHS);
    assertThat(e.paragraphs()).doesNotContain(RELATED.get(3), RELATED.get(4), RELATED.get(5));
  }

  /** The page with {@code box} in place of the related-news heading and its links. */
  static List<String> pageEndingIn(List<String> box) {
    List<String> l = page("Tri Túc");
    int at = l.indexOf("Tin liên quan");
    l.subList(at, at + 1 + RELATED.size()).clear();
    l.addAll(at, box);
    return l;
  }

  // the lines of the boxes below are from the dev page copies (Dân trí, Báo Đầu tư, CafeBiz,
  // Tuổi Trẻ, Lao Động): the region's end fell inside them

  @Test
  void aHeadlineRightAboveTheRestOfItsBoxIsNotTheTextsLastLine() {
    Extraction e = run(pageEndingIn(List.of(
        "Giá vàng miếng SJC giảm, người mua lỗ gần 3 triệu đồng/lượng",
        "Giá vàng thế giới giảm sau khi Tổng thống Mỹ phát tín hiệu có thể không can thiệp.",
        "Giá vàng xa mốc 150 triệu đồng/lượng, vẫn đắt hơn thế giới 20 triệu đồng",
        "Từ khoá:", "")));
    assertThat(e.paragraphs()).last().isEqualTo(PARAGRAPHS.get(3));
    assertThat(e.removed()).anySatisfy(r -> assertThat(r.text())
        .isEqualTo("Giá vàng miếng SJC giảm, người mua lỗ gần 3 triệu đồng/lượng"));
  }

  @Test
  void aHeadlineOverATagListIsNotTheTextsLastLine() {
    Extraction e = run(pageEndingIn(List.of(
        "Xử phạt hai cá nhân thao túng cổ phiếu SJS giai đoạn 2023 - 2024",
        "#xử phạt thao túng chứng khoán # Tiên Sơn Thanh Hoá # AAT # thao túng cổ phiếu",
        "Bình luận bài viết này", "")));
    assertThat(e.paragraphs()).last().isEqualTo(PARAGRAPHS.get(3));
  }

  @Test
  void anExclaimingHeadlineInQuotesOverItsLinkIsNotTheTextsLastLine() {
    String teaser = "\"Chiến tướng\" công nghệ Vũ Minh Trí nói về những ứng viên \"đi làm 1 năm"
        + " lấy kinh nghiệm\": Chắc chắn không tuyển dụng!";
    Extraction e = run(pageEndingIn(List.of(
        teaser, "https://cafebiz.vn/cha-de-phan-mem-quoc-dan-viet-nam-unikey-lo-dien", "",
        "Bảo Bảo", "")));
    assertThat(e.paragraphs()).doesNotContain(teaser).last().isEqualTo(PARAGRAPHS.get(3));
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "Giá vàng miếng SJC giảm, người mua lỗ gần 3 triệu đồng/lượng | Giá vàng thế giới giảm. | true",
    "'\"Chiến tướng\" công nghệ nói về ứng viên: Chắc chắn không tuyển dụng!' | https://cafebiz.vn/a | true",
    // a full stop ends a paragraph, not a headline
    "Các chuyên gia cho rằng cần mở rộng mạng lưới xe buýt. | Chia sẻ | false",
    // an exclaiming line is a headline only over a line that is no sentence
    "Ông nói: Chắc chắn không tuyển dụng người như vậy! | Giá vàng thế giới giảm. | false",
    // a menu item is no headline
    "Thời sự | Thế giới | false",
  })
  void aBoxedHeadlineHasTheNextLineOfItsBoxRightUnderIt(String line, String next, boolean boxed) {
    Draft draft = new Draft(numbered(List.of(PARAGRAPHS.get(0), "", line, next, "",
        PARAGRAPHS.get(1))));
    assertThat(PageRegionRule.boxedHeadline(draft, new PageShape(draft.lines), 1))
        .isEqualTo(boxed);
    // with a blank line under it, the same line stands apart: never a box's headline
    Draft apart = new Draft(numbered(List.of(PARAGRAPHS.get(0), "", line, "", next)));
    assertThat(PageRegionRule.boxedHeadline(apart, new PageShape(apart.lines), 1)).isFalse();
  }

  @Test
  void oneTeaserWhoseHeadlineThePageRepeatsIsRelatedNews() {
    String head = "Xung đột ở Trung Đông khiến xuất khẩu Việt lao đao vì phụ phí của logistics";
    String sapo = "Xung đột leo thang tại Trung Đông đang đẩy doanh nghiệp xuất khẩu Việt Nam vào"
        + " thế khó khi cước vận tải biển tăng vọt, lịch trình xáo trộn.";
    List<String> l = pageEndingIn(List.of(head, "", sapo, "", "Đọc tiếp Về trang Chủ đề",
        "NHẬT XUÂN - NGHI VŨ", "Chia sẻ", ""));
    l.add(l.size() - FOOTER.size(), head);
    Extraction e = run(l);
    assertThat(e.paragraphs()).doesNotContain(head, sapo).last().isEqualTo(PARAGRAPHS.get(3));
    // the same teaser with its headline printed once is left alone: one pair is no evidence
    List<String> once = pageEndingIn(List.of(head, "", sapo, "", "Đọc tiếp Về trang Chủ đề",
        "NHẬT XUÂN - NGHI VŨ", "Chia sẻ", ""));
    assertThat(run(once).paragraphs()).contains(sapo);
  }

  @Test
  void aQuestionHeadlineEndsARelatedBoxInsideTheText() {
    String question =
        "Vụ Vũ \"nhôm\" bị lừa đảo: Hoàng Hữu Châu được nhận 700.000 hay 150.000 USD?";
    List<String> l = page("Tri Túc");
    int at = l.indexOf(PARAGRAPHS.get(1));
    l.addAll(at + 1, List.of("", "Đại gia Vũ “nhôm” đã bị khởi tố, truy nã",
        "Xét xử Vũ “Nhôm”: Bị cáo thấy có công văn đề nghị để Cty Bắc Nam 79 mua đất",
        question, ""));
    Extraction e = run(l);
    assertThat(e.paragraphs()).containsAll(PARAGRAPHS).doesNotContain(question);
    // alone, a question between paragraphs is text
    List<String> alone = page("Tri Túc");
    alone.addAll(alone.indexOf(PARAGRAPHS.get(1)) + 1, List.of("", question, ""));
    assertThat(run(alone).paragraphs()).contains(question);
  }

  /**
   * A teaser of a related-news list as a page copy prints it (the Báo Quân khu 2 layout of a dev
   * page copy): the headline with its date, the headline again, a summary cut at a fixed length
   * that opens with the outlet's tag.
   */
  static List<String> teaser(String headline, String stamp, String summary) {
    return List.of(headline + " - (" + stamp + ")", "", headline, "", "QK2 – " + summary, "");
  }

  static final List<String> TEASERS = List.of(
      "Sư đoàn 304 nhanh chóng triển khai nhiệm vụ rà phá bom mìn tại địa bàn tỉnh Lai Châu",
      "Ngày 17-8, sau khi hoàn thành nhiệm vụ rà phá bom mìn, vật nổ tại xã Bạch Đích, đội rà phá"
          + " bom mìn của sư đoàn đã khẩn trương cơ động lực lượng đến địa bàn mới để tiếp tục"
          + " triển khai nhiệm vụ trong mùa mưa […]",
      "Điện Biên bàn giao nhà ở cho con đẻ người hoạt động kháng chiến bị nhiễm chất độc hóa học",
      "Thực hiện chủ trương hỗ trợ xóa nhà tạm, nhà dột nát cho con đẻ của người hoạt động kháng"
          + " chiến, sáng 17-8, các cơ quan, đơn vị của tỉnh đã tổ chức khánh thành và bàn giao"
          + " nhà ở cho các gia đình […]",
      "Ấm tình đồng đội Trường Quân y Quân khu 2",
      "Sáng 16-8, tại Quân khu 2 diễn ra buổi gặp mặt cựu chiến binh Trường Quân y giai đoạn"
          + " 1979 đến 1989, với sự tham dự của nhiều đồng chí nguyên là cán bộ, giáo viên và học"
          + " viên của nhà trường […]",
      "Điện Biên chủ động chuẩn bị diễn tập khu vực phòng thủ tỉnh năm 2026",
      "Ngày 12-8, đoàn công tác của Ủy ban nhân dân tỉnh kiểm tra công tác chuẩn bị diễn tập"
          + " khu vực phòng thủ, nhấn mạnh yêu cầu bảo đảm an toàn tuyệt đối cho người và"
          + " phương tiện tham gia […]");

  @Test
  void aTeaserListLongerThanTheTextIsNotTheArticle() {
    List<String> l = page("Tri Túc");
    int at = l.indexOf("Tin liên quan");
    List<String> list = new ArrayList<>();
    list.add("TIN TỨC LIÊN QUAN");
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < TEASERS.size(); k += 2) {
        list.addAll(teaser(TEASERS.get(k), "1" + (k + round) + "/08/2026 05:58",
            TEASERS.get(k + 1)));
      }
    }
    l.addAll(at, list);
    Extraction e = run(l);
    assertThat(e.title()).isEqualTo(HEADLINE);
    assertThat(e.paragraphs()).contains(SAPO).containsAll(PARAGRAPHS)
        .noneMatch(p -> p.contains("Quân khu") || p.contains("Điện Biên"));
    // the first round of teasers is related news; the second repeats it
    assertThat(e.removed()).filteredOn(r -> r.text().startsWith("QK2 –")).hasSize(8)
        .extracting(RemovedLine::kind).containsOnly(RemovedKind.RELATED, RemovedKind.DUPLICATE)
        .startsWith(RemovedKind.RELATED, RemovedKind.RELATED, RemovedKind.RELATED,
            RemovedKind.RELATED);
    assertThat(e.removed()).filteredOn(r -> r.kind() == RemovedKind.RELATED
        && r.text().startsWith("QK2 –")).extracting(RemovedLine::rule)
        .containsOnly("PageChromeRule");
  }

  /** The teaser lists {@link PageRegionRule#teaserLists} finds in the lines, as line texts. */
  static List<String> teaserLines(List<String> lines) {
    Draft d = new Draft(numbered(lines));
    PageShape shape = new PageShape(d.lines);
    double[][] f = new double[shape.size][];
    for (int i = 0; i < shape.size; i++) {
      f[i] = shape.lineFeatures(i);
    }
    java.util.BitSet lists = PageRegionRule.teaserLists(d, shape, f, new boolean[shape.size],
        new PageRegionRule.Echoes(d));
    List<String> out = new ArrayList<>();
    lists.stream().forEach(i -> out.add(d.lines.get(i).text));
    return out;
  }

  @Test
  void aTeaserListNeedsThreeTeasersAndMarksOfOtherStories() {
    List<String> three = new ArrayList<>();
    for (int k = 0; k < 6; k += 2) {
      three.addAll(teaser(TEASERS.get(k), "1" + k + "/08/2026 05:58", TEASERS.get(k + 1)));
    }
    assertThat(teaserLines(three)).hasSize(9).contains(TEASERS.get(0), "QK2 – " + TEASERS.get(1));
    // two teasers are no list
    assertThat(teaserLines(three.subList(0, 12))).isEmpty();
    // summaries with an outlet tag (Người Lao Động), each headline printed once: a list
    List<String> tagged = new ArrayList<>();
    for (int k = 0; k < 6; k += 2) {
      tagged.addAll(List.of(TEASERS.get(k), "", "(NLĐO)- " + TEASERS.get(k + 1), ""));
    }
    assertThat(teaserLines(tagged)).hasSize(6);
    // a photo story (caption, paragraph, …: the Anh P layout of a dev page copy) has the form,
    // not the marks
    List<String> photos = new ArrayList<>();
    for (int k = 0; k < 6; k += 2) {
      photos.addAll(List.of(TEASERS.get(k), "", TEASERS.get(k + 1), ""));
    }
    assertThat(teaserLines(photos)).isEmpty();
  }

  @Test
  void aLinkAndExclaimingHeadlinesUnderItAreARelatedBox() {
    // Kênh 14 (dev page copy): a box of three links between the sapo and the text, two of the
    // headlines ending in "!"
    List<String> box = List.of(
        "Nhà sách tuyệt đẹp mà bạn có thể nằm dài đọc truyện và chụp ảnh thoải mái tại Sài Gòn",
        "Nhà kính xương rồng - Muốn tìm điểm chụp ảnh lạ lạ, hay hay mà lại gần Hà Nội thì tới đây!",
        "Đà Lạt lại khiến dân du lịch \"đứng ngồi không yên\" vì loạt nhà mới siêu xinh!");
    List<String> l = page("Tri Túc");
    l.addAll(l.indexOf(PARAGRAPHS.get(1)) + 1, concat(List.of(""), box, List.of("")));
    Extraction e = run(l);
    assertThat(e.paragraphs()).containsAll(PARAGRAPHS).doesNotContainAnyElementsOf(box);
    assertThat(e.removed()).filteredOn(r -> box.contains(r.text())).hasSize(3)
        .extracting(RemovedLine::rule).containsOnly("PageChromeRule");
    // one exclaiming headline alone between paragraphs is text
    List<String> alone = page("Tri Túc");
    alone.addAll(alone.indexOf(PARAGRAPHS.get(1)) + 1, List.of("", box.get(2), ""));
    assertThat(run(alone).paragraphs()).contains(box.get(2));
  }

  @SafeVarargs
  static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return all;
  }

  @Test
  void aPageWithNoTitleLikeLineHasNoTitle() {
    List<String> l = page("Tri Túc");
    l.remove(HEADLINE);
    l.remove(CROSSHEAD);
    l.removeAll(RELATED);
    Extraction e = run(l);
    assertThat(e.title()).isNull();
    assertThat(e.paragraphs()).contains(PARAGRAPHS.get(0), PARAGRAPHS.get(3));
  }

  @Test
  void offForACrawlerDump() {
    List<String> dump = List.of(
        HEADLINE, SAPO, String.join(" ", PARAGRAPHS) + " " + String.join(" ", PARAGRAPHS));
    TextNormalizer without =
        new TextNormalizer(RulePipeline.defaults().without("PageRegionRule", "PageChromeRule"));
    assertThat(run(dump)).isEqualTo(run(without, dump));
  }

  @Test
  void offForAPageExcerpt() {
    List<String> excerpt = new ArrayList<>();
    excerpt.add("Trang chủ > Thời sự");
    excerpt.add(HEADLINE);
    excerpt.add(STAMP);
    excerpt.add(SAPO);
    excerpt.addAll(PARAGRAPHS);
    excerpt.addAll(List.of("Minh Anh", "Tin liên quan"));
    excerpt.addAll(RELATED.subList(0, 3));
    TextNormalizer without =
        new TextNormalizer(RulePipeline.defaults().without("PageRegionRule", "PageChromeRule"));
    assertThat(run(excerpt)).isEqualTo(run(without, excerpt));
  }

  @ParameterizedTest(name = "{0} lines, menu of {1}, {2} menus: page copy {3}")
  @CsvSource({
    "30, 8, 1, true",   // enough lines, one run long enough, a fifth of the lines in runs
    "29, 8, 1, false",  // too few lines
    "40, 7, 2, false",  // no run of eight
    "60, 8, 1, false",  // runs hold less than a fifth of the lines
    "60, 8, 2, true",
  })
  void pageCopyNeedsLinesAndRunsOfShortLines(int lines, int run, int menus, boolean expected) {
    List<String> l = new ArrayList<>();
    for (int m = 0; m < menus; m++) {
      l.addAll(MENU.subList(0, run));
      l.add(PARAGRAPHS.get(m % PARAGRAPHS.size()));
    }
    while (l.size() < lines) {
      l.add(PARAGRAPHS.get(l.size() % PARAGRAPHS.size()));
    }
    List<DraftLine> draft = new Draft(numbered(l.subList(0, lines))).lines;
    assertThat(new PageShape(draft).isPageCopy()).isEqualTo(expected);
  }

  @Test
  void greatestSumRun() {
    assertThat(PageRegionRule.maxSegment(new double[] {-5, 2, -1, 3, -9, 4})).containsExactly(1, 3);
    assertThat(PageRegionRule.maxSegment(new double[] {-2, -1, -3})).containsExactly(1, 1);
    assertThat(PageRegionRule.maxSegment(new double[] {1, -1, 1})).containsExactly(0, 0);
  }

  @Test
  void sameOutputForTheSamePageAndNoLineLostOnRandomPages() {
    Random r = new Random(20261207);
    List<String> pool = new ArrayList<>(page("Tri Túc"));
    for (int k = 0; k < 200; k++) {
      List<String> l = new ArrayList<>();
      int n = 30 + r.nextInt(120);
      for (int i = 0; i < n; i++) {
        l.add(r.nextInt(6) == 0 ? "" : pool.get(r.nextInt(pool.size())));
      }
      Extraction a = run(l);
      assertThat(run(l)).isEqualTo(a);
    }
  }

  @Test
  void theFeatureVectorsMatchTheModelsNames() {
    List<DraftLine> draft = new Draft(numbered(page("Tri Túc"))).lines;
    PageShape shape = new PageShape(draft);
    for (int i = 0; i < shape.size; i++) {
      double[] x = shape.lineFeatures(i);
      assertThat(x).hasSize(PageShape.LINE_FEATURES.size());
      assertThat(Arrays.stream(x).allMatch(Double::isFinite)).isTrue();
    }
  }

  private static List<SourceLine> numbered(List<String> lines) {
    List<SourceLine> in = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      in.add(new SourceLine(i + 1, lines.get(i)));
    }
    return in;
  }
}
