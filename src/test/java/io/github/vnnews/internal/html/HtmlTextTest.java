package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "Máy bay tại Tân Sơn Nhất. Ảnh: Quỳnh Trần.|Máy bay tại Tân Sơn Nhất.|Quỳnh Trần",
        "Một bó hoa hồng - Ảnh: H.Y.T.|Một bó hoa hồng|H.Y.T.",
        "Một dự án của FLC. (Ảnh: Hồng Khanh)|Một dự án của FLC.|Hồng Khanh",
        "Ảnh minh hoạ.|Ảnh minh hoạ.|NULL",
        "Chuyên gia nêu sai sót (Ảnh minh hoạ)|Chuyên gia nêu sai sót (Ảnh minh hoạ)|NULL",
        "Tàu dầu gần cảng Nakhodka. Ảnh: Reuters|Tàu dầu gần cảng Nakhodka.|Reuters",
      })
  void creditsAreSplitOffCaptions(String in, String text, String credit) {
    String[] split = HtmlText.splitCredit(in);
    assertThat(split[0]).isEqualTo(text);
    assertThat(split[1]).isEqualTo(credit);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Theo Hồ Hương|Hồ Hương",
        "Hà Thu (tổng hợp)|Hà Thu",
        "Bài và ảnh: Việt Dũng|Việt Dũng",
        "Thanh Hà (Theo Reuters)|Thanh Hà",
        "Hoàng Anh (thực hiện)|Hoàng Anh",
      })
  void bylineDecorationsAreRemoved(String in, String out) {
    assertThat(HtmlText.stripAuthorDecorations(in)).isEqualTo(out);
  }

  @Test
  void personNames() {
    assertThat(HtmlText.looksLikePersonNames("NHẬT XUÂN - NGHI VŨ")).isTrue();
    assertThat(HtmlText.looksLikePersonNames("Thành Luân, Hữu Thắng")).isTrue();
    assertThat(HtmlText.looksLikePersonNames("Giang Huy - Hoàng Phương")).isTrue();
    assertThat(HtmlText.looksLikePersonNames("Ngày 4.1, Tòa tiếp tục phần thẩm vấn.")).isFalse();
    assertThat(HtmlText.looksLikePersonNames("Hoa nội địa có tăng giá")).isFalse();
  }

  @Test
  void collapseRemovesInvisibleCharacters() {
    assertThat(HtmlText.collapse("  a\u00A0\u00A0b\u200B c\n\t")).isEqualTo("a b c");
  }

  @Test
  void creditElementsAreCleaned() {
    assertThat(HtmlText.cleanCredit("Ảnh: Quỳnh Trần.")).isEqualTo("Quỳnh Trần");
    assertThat(HtmlText.cleanCredit("(Ảnh: H.Y.T.)")).isEqualTo("H.Y.T.");
    assertThat(HtmlText.cleanCredit("Ảnh chụp màn hình ngày 14.12.2019")).isEqualTo("Ảnh chụp màn hình ngày 14.12.2019");
  }
}
