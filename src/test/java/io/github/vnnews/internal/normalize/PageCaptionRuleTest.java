package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.PageRegionRuleTest.PARAGRAPHS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PageCaptionRule} on the test page of {@link PageRegionRuleTest} with long paragraphs (two
 * of its paragraphs on one line) one blank line apart, as {@code innerText} prints them, and a line after more blank lines among
 * them. The lines are from the dev page copies (Zing, Sonic's VnExpress, Teen9x, GenK).
 */
class PageCaptionRuleTest {
  static List<String> page(String line, int blanks) {
    List<String> l = PageRegionRuleTest.page("Tri Túc");
    String p0 = PARAGRAPHS.get(0) + " " + PARAGRAPHS.get(1);
    String p1 = PARAGRAPHS.get(2) + " " + PARAGRAPHS.get(3);
    l.set(l.indexOf(PARAGRAPHS.get(0)), p0);
    l.set(l.indexOf(PARAGRAPHS.get(1)), p1);
    int at = l.indexOf(p1);
    List<String> insert = new ArrayList<>();
    for (int b = 1; b < blanks; b++) { // the page has one blank line before p1 already
      insert.add("");
    }
    insert.add(line);
    l.addAll(at, insert);
    l.add(at + insert.size(), "");
    return l;
  }

  @ParameterizedTest(name = "{0} after {1} blank lines: caption {2}")
  @CsvSource(delimiter = '|', value = {
    "Nhà thờ Hàm Long (Hà Nội) lung linh ánh sáng. | 2 | true",
    "Năm 2011, Đức sang Thái Lan dự giải rubic quốc tế. Chuyến đi này có cả bố mẹ cậu theo cùng."
        + " | 2 | true",
    "Diễn biến cổ phiếu AAT và chỉ số VN-Index trong giai đoạn 2021 - 2023 | 3 | true",
    // as many blank lines as the paragraphs have: text
    "Nhà thờ Hàm Long (Hà Nội) lung linh ánh sáng. | 1 | false",
    // far more: a box or a section of the page, not a picture
    "Nhà thờ Hàm Long (Hà Nội) lung linh ánh sáng. | 6 | false",
    // a step's label, a short crosshead
    "Bước 1: | 3 | false",
    "Bơi cùng cá mập | 2 | false",
    // a paragraph after a picture with no caption
    "Sở thích giải trí cá nhân số một của tôi là xem phim, đặc biệt là phim hình sự, tôi thích"
        + " những bộ phim có cốt truyện chặt chẽ và nhiều tình tiết bất ngờ. | 2 | false",
  })
  void aShortLineAfterThePicturesBlankLinesIsItsCaption(String line, int blanks, boolean caption) {
    Extraction e = PageRegionRuleTest.run(page(line, blanks));
    assertThat(e.title()).isEqualTo(PageRegionRuleTest.HEADLINE);
    if (caption) {
      assertThat(e.captions()).extracting(Caption::text).containsExactly(line);
      assertThat(e.paragraphs()).doesNotContain(line);
      assertThat(e.decisions()).anyMatch(d -> d.rule().equals("PageCaptionRule"));
    } else {
      assertThat(e.captions()).isEmpty();
      assertThat(e.paragraphs()).contains(line);
    }
    assertThat(e.paragraphs()).contains(PARAGRAPHS.get(0) + " " + PARAGRAPHS.get(1),
        PARAGRAPHS.get(2) + " " + PARAGRAPHS.get(3));
  }

  @Test
  void offOutsideAPageCopy() {
    String line = "Nhà thờ Hàm Long (Hà Nội) lung linh ánh sáng.";
    List<String> excerpt = new ArrayList<>(List.of(PageRegionRuleTest.HEADLINE,
        PageRegionRuleTest.SAPO, "", PARAGRAPHS.get(0) + " " + PARAGRAPHS.get(1), "", "", line,
        "", PARAGRAPHS.get(2) + " " + PARAGRAPHS.get(3)));
    Extraction e = PageRegionRuleTest.run(excerpt);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("PageCaptionRule"));
  }
}
