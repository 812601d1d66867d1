package io.github.vnnews.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link VietnameseText#matchingKey(String)} and the other comparison forms. */
class VietnameseTextTest {
  @Test
  void spellingsOfOneTextShareAKey() {
    String key = VietnameseText.matchingKey("Thành ủy Hòa Bình");
    assertThat(key).isEqualTo("thành uỷ hoà bình");
    for (String s :
        new String[] {
          "THÀNH UỶ HOÀ BÌNH", "Tha\u0300nh u\u0309y Ho\u0300a Bi\u0300nh", "Thành\u00A0uỷ  Hoà Bình ",
          "ThÃ\u00A0nh á»§y HÃ²a BÃ¬nh", "Thµnh ñy Hßa B×nh"
        }) {
      assertThat(VietnameseText.matchingKey(s)).as(s).isEqualTo(key);
    }
  }

  @Test
  void diacriticsStillMatter() {
    assertThat(VietnameseText.matchingKey("má")).isNotEqualTo(VietnameseText.matchingKey("mà"));
  }

  @Test
  void withToneStyle() {
    assertThat(VietnameseText.withToneStyle("thủy sản, hoà bình", ToneStyle.CLASSIC))
        .isEqualTo("thủy sản, hòa bình");
    assertThat(VietnameseText.withToneStyle("thủy sản, hoà bình", ToneStyle.MODERN))
        .isEqualTo("thuỷ sản, hoà bình");
  }

  @ParameterizedTest
  @CsvSource({
    "Nguyễn,true", "HOÀNG,true", "thu,true", "Quý,true", "Giêng,true", "nghiêng,true",
    "Zealand,false", "Hazard,false", "Cannes,false", "Mariana,false", "ngê,false", "cát2,false",
    "'',false",
  })
  void isSyllable(String word, boolean syllable) {
    assertThat(VietnameseText.isSyllable(word)).as(word).isEqualTo(syllable);
  }
}
