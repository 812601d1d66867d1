package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GalleryTailRule} and {@link Units}' gallery mode on a crawl's one-line body that ends in a
 * gallery after a lead-in (the form of the baomoi crawl; the captions are from its dev texts).
 */
class GalleryTailRuleTest {
  static final String TITLE = "Độc đáo thế 'gà bay' trên cỗ cúng rằm tháng Giêng";
  static final String TEXT = "Rằm tháng Giêng, có mặt tại nhà thờ dòng họ Đại tôn Lê Quang (xã"
      + " Thạch Châu, huyện Lộc Hà, Hà Tĩnh), mọi người không khỏi ngỡ ngàng vì vẻ độc đáo của"
      + " những con gà cúng được tạo thế. Ông Lượng cho biết, để hoàn thành được con gà này cần rất"
      + " nhiều thời gian và công phu. Đầu tiên phải chọn loại gà đủ lớn, có trọng lượng từ 4–5kg,"
      + " gà sau khi được mổ và làm sạch, phải mất rất nhiều thời gian để nắn gà theo ý muốn.";
  static final List<String> GALLERY = List.of(
      "Gà cúng đứng trên quả địa cầu, đầu hướng vào bàn thờ chính của nhà thờ dòng họ Lê Quang",
      "Gà cưỡi mình rùa đẹp mắt",
      "Gà quỳ, thế gà dễ làm nhất trong gà cúng",
      "Để có gà cúng đẹp, đòi hỏi người chuẩn bị rất kỹ, từ chọn gà, làm sạch, luộc đúng cách và"
          + " nắn thế",
      "Nhà thờ dòng họ Lê Quang ở Thạch Châu nổi tiếng với các mâm cỗ bày biện các thế gà cúng rất"
          + " độc đáo");

  private static List<String> captions(Extraction e) {
    return e.captions().stream().map(Caption::text).toList();
  }

  @Test
  void theStopLessTailAfterAPictureLeadInIsAGallery() {
    String lead = "Một số hình ảnh gà cúng Rằm tháng Giêng:";
    Extraction e = Articles.run(TITLE, TEXT + " " + lead + " " + String.join(" ", GALLERY));
    assertThat(captions(e)).containsExactlyElementsOf(GALLERY);
    assertThat(String.join(" ", e.paragraphs())).endsWith(lead).doesNotContain("Gà cưỡi");
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("GalleryTailRule"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a list after a colon that names no pictures
      Các giải pháp kĩ thuật gồm những việc như:
      # ảnh hưởng is not a picture
      Những điều này gây ảnh hưởng tới các mặt như:
      # a credit's marker is no lead-in
      Ảnh:
      """)
  void aColonThatIntroducesNoPicturesLeavesTheTail(String lead) {
    Extraction e = Articles.run(TITLE, TEXT + " " + lead + " " + String.join(" ", GALLERY));
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("GalleryTailRule"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the crawl dropped the captions: a byline or a source after the lead-in is no caption
      Ngọc Ngà
      Bình Minh/VOV.VN
      Facebook nhân vật.
      """)
  void aSignatureOrAShortSourceAloneAfterTheLeadInIsNoCaption(String tail) {
    Extraction e = Articles.run(TITLE, TEXT + " Một số hình ảnh của buổi lễ: " + tail);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("GalleryTailRule"));
    assertThat(captions(e)).doesNotContain(tail);
  }

  @Test
  void bodySentencesAfterTheLeadInLeaveIt() {
    // the text goes on in sentences with stops after the list: not a gallery at the end
    String tail = String.join(" ", GALLERY.subList(0, 2)) + ". Ông Lượng cho biết năm nào cũng"
        + " làm. Năm nay mâm cỗ được chuẩn bị rất chu đáo.";
    Extraction e = Articles.run(TITLE, TEXT + " Những hình ảnh gà cúng năm nay: " + tail);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("GalleryTailRule"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Một số hình ảnh gà cúng Rằm tháng Giêng: | true
      cùng xem thêm một vài hình ảnh khác của bà mẹ một con Ngọc Phương nhé: | true
      Những hình ảnh mới nhất của người đẹp không tuổi Nicole Kidman: | true
      Bộ ảnh: | false
      Toàn cảnh sới vật Thủ Lễ Bài ảnh: | false
      Siêu xe chờ đón Hardwell HC/ Ảnh: | false
      Ảnh chi tiết Hyundai Grand i10 2017: | true
      nàng chỉ vào bà mẹ mình trong ảnh rồi nói với chồng: | false
      Triển lãm giới thiệu 200 tác phẩm nhiếp ảnh: | false
      Những ảnh hưởng của dịch bệnh gồm: | false
      Dưới đây là chùm ảnh ông bà Thần Tài trong ngày vía Thần Tài: | true
      Tình hình này gây ảnh hưởng tới các mặt như: | false
      Một số hình ảnh gà cúng Rằm tháng Giêng | false
      """)
  void leadIns(String text, boolean lead) {
    assertThat(GalleryTailRule.leadIn(text, 0, text.length())).isEqualTo(lead);
    // the cheap test never says no where the full one says yes, after any text before the lead-in
    String after = TEXT + " " + text + " Gà cưỡi mình rùa đẹp mắt";
    if (lead) {
      assertThat(GalleryTailRule.mayHoldLeadIn(after, 0, after.length())).isTrue();
    }
  }

  @Test
  void theCheapTestRejectsTextWithNoPictureLeadIn() {
    String s = TEXT + " Ông nói: Chúng tôi sẽ làm. Ảnh: Lê Minh";
    assertThat(GalleryTailRule.mayHoldLeadIn(s, 0, s.length())).isFalse();
  }

  @Test
  void theGalleryModeCutsAfterANameAndAtACommonWordThatNamesOftenOpen() {
    String text = String.join(" ", GALLERY);
    DraftLine line = new DraftLine(1, text, new BitSet());
    List<String> plain = Units.split(line, 0, text.length()).stream()
        .map(u -> text.substring(u.start(), u.end()).strip()).toList();
    List<String> gallery = Units.split(line, 0, text.length(), true).stream()
        .map(u -> text.substring(u.start(), u.end()).strip()).toList();
    assertThat(gallery).containsExactlyElementsOf(GALLERY);
    // outside a gallery "Lê Quang Gà" and "thế Nhà thờ" may be names going on: no cut there
    assertThat(plain).hasSizeLessThan(GALLERY.size());
  }
}
