package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec's §1 vectors and the contract of {@link TextRepair#repair(String)}. */
class TextRepairTest {
  private static final TextRepair KEEP = TextRepair.of(ToneStyle.KEEP);

  private static String keep(String s) {
    return KEEP.repair(s).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          a\u0301\u0302 | \u1EA5
          e\u0323\u0302 | \u1EC7
          o\u0323\u031B | \u1EE3
          u\u031B\u0300 | \u1EEB
          a\u0341 | \u00E1
          \u00EA\u0323 | \u1EC7
          \u01B0\u0300 | \u1EEB
          Vie\u0302\u0323t | Vi\u1EC7t
          Vie\u0323\u0302t | Vi\u1EC7t
          Vi\u00EA\u0323t | Vi\u1EC7t
          \u00E1\u0302 | \u1EA5
          a\u0302\u0302\u0301 | \u1EA5
          """)
  void markOrderThenNfc(String input, String expected) {
    assertThat(keep(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          'H\u00E0\u00A0N\u1ED9i'      | 'H\u00E0 N\u1ED9i'
          'Th\u00E0nh\u200B \u1EE7y'   | 'Th\u00E0nh \u1EE7y'
          '\uFEFFBT.'                  | 'BT.'
          'Vi\u1EC7t\u00ADNam'         | 'Vi\u1EC7tNam'
          'N\u034F\u034F\u034Fg\u034F\u034F\u034Fa\u034F\u034F\u034Fy' | 'Ngay'
          'T\u033Ch\u033C\u1EE7\u033Cy\u033C' | 'Th\u1EE7y'
          '\u00D0\u1EA1i h\u1ED9i'     | '\u0110\u1EA1i h\u1ED9i'
          '\u00F0\u00E2y'              | '\u0111\u00E2y'
          'Gu\u00F0mundur'             | 'Gu\u00F0mundur'
          'a\u2028b'                   | 'a b'
          'x\u0007y'                   | 'xy'
          """)
  void invisiblesLookalikesAndJoiners(String input, String expected) {
    assertThat(keep(input)).isEqualTo(expected);
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String s = "Chiều 28/7, Thường trực Ban Bí thư giao ban “trực tuyến” – Tỉnh uỷ, Thành ủy…\n";
    TextRepair.Repaired r = KEEP.repair(s);
    assertThat(r.text()).isSameAs(s);
    assertThat(r.changed()).isFalse();
    assertThat(r.mojibakeOf()).isNull();
    String ascii = "Plain ASCII text, guitar and Huawei.\nSecond line.";
    assertThat(KEEP.repair(ascii).text()).isSameAs(ascii);
  }

  @Test
  void softHyphenAndNbspAreDataUntilMojibakeIsRepaired() {
    // TCVN3 "ư" is 0xAD (soft hyphen in windows-1252); UTF-8 "à" ends in 0xA0 (NBSP)
    String tcvn3 = "Thñ t\u00ADíng ChÝnh phñ vµ ng\u00ADêi d©n";
    TextRepair.Repaired r = KEEP.repair(tcvn3);
    assertThat(r.text()).isEqualTo("Thủ tướng Chính phủ và người dân");
    assertThat(r.mojibakeOf()).isEqualTo("tcvn3");
    assertThat(keep("ThÃ\u00A0nh phá»‘ HÃ\u00A0 Ná»™i")).isEqualTo("Thành phố Hà Nội");
  }

  @Test
  void lineBreaksAreNeverAddedOrRemoved() {
    String s = "Hà\u2028Nội\n\u2029\nx\u0085y\r\nThành\u200B ủy\n";
    String out = keep(s);
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(4);
    assertThat(out).isEqualTo("Hà Nội\n \nx y\r\nThành ủy\n");
  }

  @Test
  void keepRepairsOnlyWhatNoStyleAllows() {
    assertThat(keep("tạị đuợc truờng hòan hoà hòa")).isEqualTo("tại được trường hòan hoà hòa");
  }

  @Test
  void foreignWordsUrlsAndEmailsAreNotRetoned() {
    TextRepair modern = TextRepair.of(ToneStyle.MODERN);
    assertThat(modern.repair("Huawei guitar Quy café Zürich").text())
        .isEqualTo("Huawei guitar Quy café Zürich");
    assertThat(modern.repair("xem https://vi.wikipedia.org/wiki/Hòa_Bình hoặc thủy@hòa.vn").text())
        .isEqualTo("xem https://vi.wikipedia.org/wiki/Hòa_Bình hoặc thủy@hòa.vn");
    assertThat(modern.repair("tỉnh Hòa Bình, www.hòa.vn").text())
        .isEqualTo("tỉnh Hoà Bình, www.hòa.vn");
  }

  @Test
  void frenchAndGermanTextIsNotMistakenForMojibake() {
    String fr = "Le café est à côté de l’hôtel, très près du théâtre «Élysée».";
    assertThat(KEEP.repair(fr).text()).isEqualTo(fr);
    String de = "Größere Maßnahmen für Zürich und München.";
    assertThat(KEEP.repair(de).text()).isEqualTo(de);
  }
}
