package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entities a crawler left in plain text, decoded by Commons Text; look-alikes left alone. */
class HtmlEntitiesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Ford Photo Tour &quot;chiêm ngưỡng&quot; Đại ngàn|Ford Photo Tour \"chiêm ngưỡng\" Đại ngàn",
        "m&#7897;t ng&#432;&#7901;i|một người",
        "m&#x1ED9;t|một",
        "R&amp;D|R&D",
        "&amp;quot; once|&quot; once",
        "Ảnh:&nbsp;FB.|Ảnh:\u00A0FB.",
        "giá &lt;100 đồng|giá <100 đồng",
      })
  void realEntitiesAreDecoded(String in, String out) {
    assertThat(HtmlEntities.holdsEntities(in)).isTrue();
    assertThat(HtmlEntities.decode(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Giám đốc Sở TN&MT; ông Nguyễn Văn Khoa",  // an abbreviation, not an entity
        "lĩnh vực TT&TT; Đề xuất sửa đổi",
        "Công ty A & B",
        "line&#10;break",                          // a decoded line break would add a line
        "bell&#7;",                                // control characters stay encoded
        "&#99999999;",                             // out of range
      })
  void lookAlikesStay(String in) {
    assertThat(HtmlEntities.holdsEntities(in)).isFalse();
    assertThat(HtmlEntities.decode(in)).isSameAs(in);
  }

  @Test
  void textWithoutAnAmpersandIsReturnedAsIs() {
    String s = "Không có thực thể nào ở đây.";
    assertThat(HtmlEntities.decode(s)).isSameAs(s);
  }
}
