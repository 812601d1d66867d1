package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

  private static List<String> units(String text) {
    DraftLine line = new DraftLine(1, text, new BitSet());
    return Units.split(line, 0, text.length()).stream()
        .map(u -> text.substring(u.start(), u.end()).strip()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a capitalised common word after a lower-case word opens a glued unit; one that stands
      # capitalised inside names about as often as it opens a sentence (Bóng: Liên đoàn Bóng đá,
      # Quả Bóng vàng) does not
      thực hiện 11m. Mahrez sút penalty bóng chạm 2 chân Cú trượt chân tai hại Bóng được đưa vào lưới. | thực hiện 11m.‖Mahrez sút penalty bóng chạm 2 chân‖Cú trượt chân tai hại Bóng được đưa vào lưới.
      # names go on with capitals or follow a word that introduces them: no cut
      Tổng Bí thư Nguyễn Phú Trọng làm việc với tỉnh. Ông Trọng nói rằng ông Trọng rất vui. | Tổng Bí thư Nguyễn Phú Trọng làm việc với tỉnh.‖Ông Trọng nói rằng ông Trọng rất vui.
      hàng tháng của Cơ quan Thông tin Năng lượng Mỹ cho biết sản lượng tăng. | hàng tháng của Cơ quan Thông tin Năng lượng Mỹ cho biết sản lượng tăng.
      # after a name, a common word with a capital followed by lower case; a word that often
      # opens titles (Chủ tịch, Chủ nhiệm) is not taken as a sentence start
      Chủ nhiệm UB Đối ngoại Nguyễn Văn Giàu Xem lại tầm quản lý vĩ mô Chủ nhiệm nói. | Chủ nhiệm UB Đối ngoại Nguyễn Văn Giàu‖Xem lại tầm quản lý vĩ mô Chủ nhiệm nói.
      # a syllable of names that hardly ever opens a sentence goes on the name, whatever its case
      # elsewhere: no cut inside a personal, place or body's name
      tang vật vụ án trùm ma túy Tráng A Tàng và đồng bọn mua bán trái phép chất ma túy. | tang vật vụ án trùm ma túy Tráng A Tàng và đồng bọn mua bán trái phép chất ma túy.
      Sau khi lãnh đạo tỉnh Lâm Đồng cùng các sở có chuyến khảo sát. | Sau khi lãnh đạo tỉnh Lâm Đồng cùng các sở có chuyến khảo sát.
      Theo đó, ngành Kỹ thuật y sinh do khoa Cơ khí chịu trách nhiệm. | Theo đó, ngành Kỹ thuật y sinh do khoa Cơ khí chịu trách nhiệm.
      # a word that opens sentences starts a glued one after a name too
      Hàng trăm người đến xem trận đấu với CLB của Indonesia Sau bàn mở tỉ số, đội chủ nhà chơi hưng phấn. | Hàng trăm người đến xem trận đấu với CLB của Indonesia‖Sau bàn mở tỉ số, đội chủ nhà chơi hưng phấn.
      """)
  void cutsWhereACommonWordOpensAGluedUnit(String text, String expected) {
    assertThat(String.join("‖", units(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # common words that open sentences, syllables of names that do not (after a capitalised word)
      trong | 0.9 | 1.0
      sau | 0.9 | 1.0
      tàng | 0.0 | 0.1
      sĩ | 0.0 | 0.2
      đồng | 0.5 | 0.85
      """)
  void openerSharesComeFromTheCrawl(String syllable, double min, double max) {
    assertThat(Capitalization.openerShare(syllable, true)).isBetween(min, max);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cú | 0.0 | 0.06
      bóng | 0.0 | 0.06
      việt | 0.9 | 1.0
      mahrez | 0.95 | 1.0
      """)
  void capitalRatesComeFromTheCrawl(String syllable, double min, double max) {
    assertThat(Capitalization.rate(syllable)).isBetween(min, max);
    assertThat(Capitalization.rate(syllable.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(Capitalization.rate(syllable));
  }
}
