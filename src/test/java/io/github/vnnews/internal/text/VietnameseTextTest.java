package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
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

  @Test
  void countSyllablesAsTheTableSays() {
    assertThat(VietnameseText.countSyllables("Hà Nội mưa to"))
        .isEqualTo(new VietnameseText.SyllableCount(4, 4, 3));
    assertThat(VietnameseText.countSyllables("The cat is on the mat"))
        .isEqualTo(new VietnameseText.SyllableCount(6, 3, 0));
    assertThat(VietnameseText.countSyllables("COVID-19 tại TP.HCM"))
        .isEqualTo(new VietnameseText.SyllableCount(4, 1, 1));
    assertThat(VietnameseText.countSyllables("2017 - 2018").share()).isEqualTo(0.0);
    // upper case and either tone style count alike; a misplaced or doubled tone does not
    assertThat(VietnameseText.countSyllables("HOÀ hòa thuỷ thủy tạị").syllables()).isEqualTo(4);
  }

  @Test
  void placeTonesOnlyPlacesTones() {
    assertThat(VietnameseText.placeTones("Thủy điện Hòa Bình", ToneStyle.MODERN)).isEqualTo("Thuỷ điện Hoà Bình");
    assertThat(VietnameseText.placeTones("Thuỷ điện Hoà Bình", ToneStyle.CLASSIC)).isEqualTo("Thủy điện Hòa Bình");
    assertThat(VietnameseText.placeTones("Tha\u0300nh u\u0309y", ToneStyle.MODERN)).isEqualTo("Thành uỷ");
    // a run of symbols is left alone (the full repair may read it as mojibake)
    assertThat(VietnameseText.placeTones("— … —", ToneStyle.MODERN)).isEqualTo("— … —");
  }
}
