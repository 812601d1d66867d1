package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NameCaptionRule} on a crawl's collapsed body line with a portrait's caption between two
 * of its sentences (the form of the baomoi crawl).
 */
class NameCaptionRuleTest {
  static final String TITLE = "Bộ Nông nghiệp đề nghị mở đường xuất khẩu lợn chính ngạch";
  static final String SAPO = "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn đề nghị các"
      + " doanh nghiệp tìm đường xuất khẩu lợn chính ngạch sang các thị trường mới.";
  static final String BEFORE = "Theo báo cáo của Bộ, giá lợn hơi tại nhiều tỉnh phía Bắc đã giảm"
      + " xuống dưới giá thành trong nhiều tháng liên tiếp, khiến người chăn nuôi thua lỗ nặng và"
      + " nhiều trang trại phải bỏ chuồng, cho lợn ăn cầm chừng để chờ giá lên. Các doanh nghiệp"
      + " chế biến cho biết sức tiêu thụ trong nước chưa đủ để hút hết lượng lợn tồn trong dân,"
      + " trong khi các thủ tục để xuất khẩu chính ngạch qua Trung Quốc vẫn đang được hai bên"
      + " đàm phán trong thời gian tới.";
  static final String AFTER = "Người chăn nuôi cần giảm đàn, tái cơ cấu sản xuất theo hướng liên"
      + " kết chuỗi, không nên chạy theo giá khi thị trường đầu ra còn bấp bênh. Bộ sẽ phối hợp"
      + " với các địa phương hỗ trợ vốn vay, giãn nợ cho các hộ gặp khó khăn và tổ chức các đợt"
      + " kết nối tiêu thụ với các hệ thống bán lẻ lớn trong cả nước ngay trong tháng này.";

  private static List<String> captions(Extraction e) {
    return e.captions().stream().map(Caption::text).toList();
  }

  private static Extraction run(String middle) {
    return Articles.run(TITLE, SAPO, BEFORE + " " + middle + " " + AFTER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Bộ trưởng Nguyễn Xuân Cường.",
      "Đại biểu Nguyễn Thanh Hồng (Bình Dương).",
      "Nhã Phương và Trường Giang.",
      "Phạm Thị Hồng Vân."
  })
  void aShortSentenceThatOnlyNamesIsACaption(String caption) {
    Extraction e = run(caption);
    assertThat(captions(e)).contains(caption);
    assertThat(String.join(" ", e.paragraphs())).doesNotContain(caption)
        .contains("trong thời gian tới.").contains("Người chăn nuôi cần giảm đàn");
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("NameCaptionRule"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // a verb after the name: a sentence of the body
      "Ông Nguyễn Xuân Cường phát biểu.",
      // a longer lead-in before the name
      "Kim sinh ra tại Quebec, Canada.",
      // goes on from the sentence before
      "Rồi đến Ezequiel Lavezzi.",
      // a list of names
      "Hùng Dũng, Thành Lương, Moses, Quang Hải.",
      // an agency's credit
      "Thế Lập/TTXVN.",
      // a credit's marker
      "Ảnh Nguyễn Tân.",
      // one name word
      "Bộ trưởng Cường."
  })
  void otherShortSentencesStay(String middle) {
    Extraction e = run(middle);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("NameCaptionRule"));
  }

  @Test
  void afterAnEllipsisOrAnAbbreviationTheSentenceMayGoOn() {
    String ellipsis = BEFORE.substring(0, BEFORE.length() - 1) + " ở... ĐH Bách Khoa. " + AFTER;
    assertThat(Articles.run(TITLE, SAPO, ellipsis).decisions())
        .noneMatch(d -> d.rule().equals("NameCaptionRule"));
    String before = BEFORE.substring(0, BEFORE.length() - 1) + " của mẫu I.D. Crozz Concept. ";
    assertThat(Articles.run(TITLE, SAPO, before + AFTER).decisions())
        .noneMatch(d -> d.rule().equals("NameCaptionRule"));
  }

  @Test
  void theNextUnitMustOpenASentence() {
    // a number after it: the unit was cut at an abbreviation (No. 5)
    Extraction e = Articles.run(TITLE, SAPO, BEFORE + " Jackson Pollock – Nora. 5, năm 1948"
        + " bức tranh được bán. " + AFTER);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("NameCaptionRule"));
  }

  @Test
  void isNameCaptionReadsTheShape() {
    assertThat(NameCaptionRule.isNameCaption("Tổng thống Nga Vladimir Putin.")).isTrue();
    assertThat(NameCaptionRule.isNameCaption("Trường THPT Phan Đình Phùng, Hà Nội.")).isTrue();
    assertThat(NameCaptionRule.isNameCaption("Minh Tú Shikin. và Maureen.")).isFalse();
    assertThat(NameCaptionRule.isNameCaption("B.Miền Trung.")).isFalse();
    assertThat(NameCaptionRule.isNameCaption("Chỉ số ICE U.S.")).isFalse();
    assertThat(NameCaptionRule.isNameCaption("Cho đến ngày Tuấn gặp Lan.")).isFalse();
    assertThat(NameCaptionRule.isNameCaption("Bà Phạm Thị Hồng Vân đã đến.")).isFalse();
  }

  @Test
  void mayHoldFindsAShortSentenceBetweenTwo() {
    assertThat(NameCaptionRule.mayHold("Một câu dài. Bộ trưởng Nguyễn Xuân Cường. Câu sau."))
        .isTrue();
    assertThat(NameCaptionRule.mayHold("Một câu. một hai ba bốn năm sáu bảy tám chín mười"
        + " mười một. Câu sau.")).isFalse();
  }
}
