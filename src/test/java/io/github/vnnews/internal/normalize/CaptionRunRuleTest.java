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
 * {@link CaptionRunRule} on the test page of {@link PageRegionRuleTest} (long paragraphs one blank
 * line apart) with a gallery between two of its paragraphs: two marked captions and, between them,
 * the lines under test. The captions are from the dev page copies (Zing, Xinh).
 */
class CaptionRunRuleTest {
  static final String FIRST_CAPTION = "Các tuyến đường quanh nhà thờ này luôn ùn tắc.";
  static final String LAST_CAPTION = "Cổng vào nhà thờ được trang trí bắt mắt và lộng lẫy.";
  static final String FIRST = FIRST_CAPTION + " Ảnh: Lê Hiếu.";
  static final String LAST = LAST_CAPTION + " Ảnh: Lê Hiếu.";
  static final String SHORT = "23h, nhiều người ngồi trong nhà thờ chuẩn bị làm lễ.";
  static final String SHORT2 = "Nhiều người tập trung trước nhà thờ Lớn.";
  /** 35 words: longer than a caption standing alone, not than a gallery's. */
  static final String LONG = "Giày màu đen có thể kết hợp với rất nhiều trang phục có màu sắc khác."
      + " Hãy cân nhắc những đôi giày đế thô, xu hướng giày đang làm điên đảo giới thời trang"
      + " trong mùa đông năm nay nhé.";

  /** The page with {@code first}, the {@code between} lines and {@code last}, {@code blanks} apart. */
  static List<String> page(String first, List<String> between, String last, int blanks) {
    List<String> l = PageRegionRuleTest.page("Tri Túc");
    String p0 = PARAGRAPHS.get(0) + " " + PARAGRAPHS.get(1);
    String p1 = PARAGRAPHS.get(2) + " " + PARAGRAPHS.get(3);
    l.set(l.indexOf(PARAGRAPHS.get(0)), p0);
    l.set(l.indexOf(PARAGRAPHS.get(1)), p1);
    int at = l.indexOf(p1);
    List<String> insert = new ArrayList<>();
    List<String> block = new ArrayList<>();
    if (first != null) {
      block.add(first);
    }
    block.addAll(between);
    block.add(last);
    for (String line : block) {
      insert.add(line);
      for (int b = 0; b < (line.equals(last) ? 1 : blanks); b++) {
        insert.add("");
      }
    }
    l.addAll(at, insert);
    return l;
  }

  @ParameterizedTest(name = "{0} after {1} blank lines between two captions: caption {2}")
  @CsvSource(delimiter = '|', value = {
    SHORT + " | 1 | true",
    // a long line is a gallery's caption only after a picture's blank lines
    LONG + " | 2 | true",
    LONG + " | 1 | false",
    // a label over a list
    "Những phụ kiện cần thiết cho buổi tiệc: | 1 | false",
  })
  void aCaptionShapedLineBetweenTwoCaptionsIsOne(String line, int blanks, boolean caption) {
    Extraction e = PageRegionRuleTest.run(page(FIRST, List.of(line), LAST, blanks));
    assertThat(e.captions()).extracting(Caption::text).contains(FIRST_CAPTION, LAST_CAPTION);
    if (caption) {
      assertThat(e.captions()).extracting(Caption::text).contains(line);
      assertThat(e.paragraphs()).doesNotContain(line);
      assertThat(e.decisions()).anyMatch(d -> d.rule().equals("CaptionRunRule"));
    } else {
      assertThat(e.paragraphs()).contains(line);
      assertThat(e.decisions()).noneMatch(d -> d.rule().equals("CaptionRunRule"));
    }
  }

  @Test
  void twoLinesBetweenCaptionsAreBothCaptions() {
    Extraction e = PageRegionRuleTest.run(page(FIRST, List.of(SHORT, SHORT2), LAST, 1));
    assertThat(e.captions()).extracting(Caption::text).contains(SHORT, SHORT2);
  }

  @Test
  void threeLinesBetweenCaptionsAreText() {
    String third = "Lượng người tập trung đông nghịt tại hang đá ở nhà thờ Cầu Rầm.";
    Extraction e = PageRegionRuleTest.run(page(FIRST, List.of(SHORT, SHORT2, third), LAST, 1));
    assertThat(e.paragraphs()).contains(SHORT, SHORT2, third);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("CaptionRunRule"));
  }

  @Test
  void aLineAfterOnlyOneCaptionIsText() {
    // the caption before, a paragraph after: nothing holds the line inside a gallery
    Extraction e = PageRegionRuleTest.run(page(null, List.of(FIRST), SHORT, 1));
    assertThat(e.captions()).extracting(Caption::text).contains(FIRST_CAPTION)
        .doesNotContain(SHORT);
    assertThat(e.paragraphs()).contains(SHORT);
  }
}
