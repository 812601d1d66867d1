package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Caption markers in crawler dumps ({@link PhotoCreditRule}): credits glued to the text, with no
 * stop after them, in lower case, a source in brackets after a photo description, illustration
 * markers completed by a few words. Each row: a fused line (after {@link Articles#BODY}), the
 * caption text and credit expected, and the text the body must keep after {@code BODY}.
 */
class CaptionMarkersTest {
  private static final String TITLE = "Tỉnh tổng kết công tác xây dựng Đảng năm 2023";

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
    // a source in brackets after a photo description (the Vietnam+ style)
    "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh. (Nguồn: Kyodo/TTXVN) Theo mạng Zee"
        + " News của Ấn Độ, phản ứng thận trọng.;Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân"
        + " Oánh.;Kyodo/TTXVN;Theo mạng Zee News của Ấn Độ, phản ứng thận trọng.",
    // a bracket or dash glued to the text before it
    "Nhà trai mổ lợn, chuẩn bị mang thịt đến nhà gái- Ảnh: Ngọc Bằng. Ngày thứ hai, đoàn nhà trai"
        + " đến dự cưới.;Nhà trai mổ lợn, chuẩn bị mang thịt đến nhà gái;Ngọc Bằng;Ngày thứ hai,"
        + " đoàn nhà trai đến dự cưới.",
    "Tổng thống Trump gọi quyết định này là nực cười.(Ảnh: EPA) Reuters dẫn tuyên bố của ông.;"
        + "Tổng thống Trump gọi quyết định này là nực cười.;EPA;Reuters dẫn tuyên bố của ông.",
    // a lower-case marker (TCVN3 and VPS cannot hold the capital) after a stop
    "Ông Thư xây dựng công trình nước sạch từ vốn vay ưu đãi. ảnh: Đức Thịnh Được biết trước"
        + " đó, ông Thư vay vốn.;Ông Thư xây dựng công trình nước sạch từ vốn vay ưu đãi.;Đức Thịnh;"
        + "Được biết trước đó, ông Thư vay vốn.",
    "Hiện trường vụ tai nạn (ảnh: CTV) Thượng tá Hải cho biết xe chạy về Hà Nội.;Hiện trường vụ"
        + " tai nạn;CTV;Thượng tá Hải cho biết xe chạy về Hà Nội.",
    // no stop after the credit: a capitalised common word opens the next sentence
    "Lực lượng chức năng kéo chiếc xe tải ra khỏi gầm cầu. Ảnh: T.S Nhận tin báo, lực lượng"
        + " chức năng có mặt.;Lực lượng chức năng kéo chiếc xe tải ra khỏi gầm cầu.;T.S;Nhận tin"
        + " báo, lực lượng chức năng có mặt.",
    // "Theo" after a credit opens a sentence (or a source line): never part of the credit
    "Đoàn công tác thị sát công trình. Ảnh: TTXVN Theo Chủ tịch UBND tỉnh, dự án sẽ hoàn thành"
        + " năm sau.;Đoàn công tác thị sát công trình.;TTXVN;Theo Chủ tịch UBND tỉnh, dự án sẽ"
        + " hoàn thành năm sau.",
    // a credit in capitals, then a sentence: a capitalised word and a word in lower case
    "Cảnh sát phong tỏa hiện trường. Ảnh: EPA Đảng đối lập giành đa số ghế trong quốc hội.;Cảnh"
        + " sát phong tỏa hiện trường.;EPA;Đảng đối lập giành đa số ghế trong quốc hội.",
    "Hai nhà lãnh đạo bắt tay. Ảnh: THX/TTXVN Ông Trump nói chuyến thăm rất thành công.;Hai nhà"
        + " lãnh đạo bắt tay.;THX/TTXVN;Ông Trump nói chuyến thăm rất thành công.",
    // an illustration marker with the words that complete it
    "Ông Kim Jong-un hút thuốc khi giám sát việc lắp đặt tên lửa. Ảnh chụp từ video do KCNA công"
        + " bố. Tuy nhiên, đoạn video gây chú ý.;Ông Kim Jong-un hút thuốc khi giám sát việc lắp"
        + " đặt tên lửa. Ảnh chụp từ video do KCNA công bố.;NULL;Tuy nhiên, đoạn video gây chú ý.",
    "Mazda3 2017 sở hữu thiết kế ngoại thất bắt mắt (Ảnh internet) Bên cạnh đó, cản trước được"
        + " thiết kế lại.;Mazda3 2017 sở hữu thiết kế ngoại thất bắt mắt (Ảnh internet);NULL;Bên"
        + " cạnh đó, cản trước được thiết kế lại.",
  })
  void markerInFusedText(String fused, String caption, String credit, String kept) {
    Extraction e = run(TITLE, LEDE, BODY + " " + fused);
    assertThat(e.captions()).as(fused).containsExactly(new Caption(caption, credit));
    assertThat(String.join(" ", e.paragraphs())).as(fused).endsWith(kept);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "EPA Đảng đối lập;3",
    "GETTY IMAGES Đức cũng là;12",
    "THX/TTXVN Ông Trump nói;9",
    // a foreign credit: words that are no Vietnamese syllable
    "Reuters Hàn gắn quan hệ;7",
    "Getty Images Tổng thống;12",
    // capitals and foreign words do not mix: the sentence opens at the foreign word
    "AFP New York Times đã điều;3",
    // no word in lower case: a title and a name, or a name alone, stay whole
    "TS Lê Ngọc Quang;-1",
    "TTXVN Minh Đức;-1",
    // no capitals first
    "Quang Huy Anh nói;-1",
    // capitals then lower case at once: no sentence opens
    "NVCC cung cấp;-1",
  })
  void agencyCreditEndsBeforeASentence(String run, int end) {
    assertThat(PhotoCreditRule.agencyEnd(run, 0, run.length())).as(run).isEqualTo(end);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Nguyễn Khang/TTXVN Phó Thủ tướng phát biểu;18",
    "Đỗ Huyền/BNEWS/TTXVN Trái ngược với;20",
    // no sentence after the wire service, or no wire service in capitals
    "Nhan Sáng/TTXVN;-1",
    "Nguyễn Khang/TTXVN Minh Đức;-1",
    "Cao Minh Mẫn/Zing news;-1",
    "VGP/Quang Hiếu Ngành Ngân hàng cũng;-1",
  })
  void wireServiceCreditEndsBeforeASentence(String run, int end) {
    assertThat(PhotoCreditRule.slashAgencyEnd(run, 0, run.length())).as(run).isEqualTo(end);
  }

  @Test
  void aSourceAfterTheLastCreditIsTheSource() {
    Extraction e = run(TITLE, LEDE, BODY + " Hành khách chờ tàu ở nhà ga Cáp Nhĩ Tân. Ảnh: Xinhua"
        + " Theo Vnexpress");
    assertThat(e.captions())
        .containsExactly(new Caption("Hành khách chờ tàu ở nhà ga Cáp Nhĩ Tân.", "Xinhua"));
    assertThat(e.sourceOutlet()).isEqualTo("Vnexpress");
    assertThat(String.join(" ", e.paragraphs())).doesNotContain("Theo");
  }

  /**
   * A credit that runs on into the next sentence ends where the article prints the same credit
   * elsewhere on its own: photographers are credited alike through an article.
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // the credit printed alone later in the article
    "Chị Hoa bán hàng từ sáng. Ảnh: Mỹ Linh Chị Lê Thị Ngọc cho biết giá cá lóc tăng mạnh. Người"
        + " mua đông đúc trước cổng chợ. Ảnh: Mỹ Linh;Mỹ Linh;Chị Lê Thị Ngọc cho biết giá cá lóc"
        + " tăng mạnh.",
    // and printed alone earlier
    "Người mua đông đúc trước cổng chợ. Ảnh: T.V.Giang Đây là phiên chợ cuối năm. Lực lượng chức"
        + " năng di chuyển. Ảnh: T.V.Giang Lực lượng chức năng di chuyển khỏi hiện trường sau đó."
        + ";T.V.Giang;Lực lượng chức năng di chuyển khỏi hiện trường sau đó.",
  })
  void creditEndsWhereTheArticlePrintsIt(String fused, String credit, String kept) {
    Extraction e = run(TITLE, LEDE, BODY + " " + fused);
    assertThat(e.captions()).as(fused).extracting(Caption::credit).containsOnly(credit);
    assertThat(String.join(" ", e.paragraphs())).as(fused).contains(kept);
  }


  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // a source citing data: the sentence stays text, only the source goes
    "Theo số liệu của ngành, xuất khẩu tăng 10% trong quý. (Nguồn: TCTK) Nhập khẩu giảm nhẹ.;"
        + "Theo số liệu của ngành, xuất khẩu tăng 10% trong quý. Nhập khẩu giảm nhẹ.",
    // a lower-case marker after a sentence that is no photo description
    "Trước đó, bà Tú đã có hai đứa con riêng với người chồng đầu tiên. (ảnh: CAND) Theo người"
        + " dân, hai người sống hòa thuận.;Trước đó, bà Tú đã có hai đứa con riêng với người chồng"
        + " đầu tiên. Theo người dân, hai người sống hòa thuận.",
  })
  void creditAloneAfterText(String fused, String kept) {
    Extraction e = run(TITLE, LEDE, BODY + " " + fused);
    assertThat(e.captions()).as(fused).isEmpty();
    // the paragraph is split where the credit was cut out
    assertThat(String.join(" ", e.paragraphs())).as(fused).isEqualTo(LEDE + " " + BODY + " " + kept);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsOnly(RemovedKind.PHOTO_CREDIT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    // inside a sentence: no credit at all
    "Xuất khẩu tăng 10% (Nguồn: TCTK) so với cùng kỳ năm trước.",
    "Triển lãm giới thiệu 200 tác phẩm nhiếp ảnh: Hà Nội xưa và nay, do hội viên gửi về.",
    "Nhiều người cho biết nguồn: Hà Nội cung cấp thông tin chưa đầy đủ.",
  })
  void markerWordsInsideASentenceStayText(String sentence) {
    Extraction e = run(TITLE, LEDE, BODY + " " + sentence);
    assertThat(e.captions()).as(sentence).isEmpty();
    assertThat(e.paragraphs()).as(sentence).containsExactly(LEDE, BODY + " " + sentence);
  }

  @Test
  void sourceOpeningTheBodyIsTheCreditOfADroppedPhoto() {
    Extraction e = run(TITLE, LEDE, "(Nguồn: Reuters) " + BODY);
    assertThat(e.captions()).isEmpty();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void creditAfterAParagraphGoesAndLaterCaptionsAreStillFound() {
    String longSentence = BODY.substring(0, BODY.length() - 1) + ", " + BODY.substring(0, 1)
        .toLowerCase(java.util.Locale.ROOT) + BODY.substring(1, BODY.length() - 1) + ", "
        + BODY.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + BODY.substring(1);
    String fused = longSentence + " Nguồn ảnh: Sina. Các đại biểu dự lễ khai mạc hội nghị."
        + " Ảnh: Thanh Hà. " + BODY;
    Extraction e = run(TITLE, LEDE, fused);
    assertThat(e.captions()).containsExactly(
        new Caption("Các đại biểu dự lễ khai mạc hội nghị.", "Thanh Hà"));
    assertThat(e.paragraphs()).containsExactly(LEDE, longSentence, BODY);
  }

  @Test
  void nameGluedToTheNextSentenceStaysText() {
    Extraction e = run(TITLE, LEDE,
        BODY + " Các đại biểu dự lễ khai mạc. Ảnh: Minh AnTrước đó, hội nghị đã thảo luận.");
    assertThat(e.captions()).containsExactly(new Caption("Các đại biểu dự lễ khai mạc.", "Minh"));
    assertThat(String.join(" ", e.paragraphs())).endsWith("AnTrước đó, hội nghị đã thảo luận.");
  }
}
