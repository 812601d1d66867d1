package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A headline only with evidence: labels and credits that open or close a text are none. */
class TitleEvidenceTest {
  private static final String TITLE = "Tỉnh tổng kết công tác xây dựng Đảng năm 2023";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Video",
    "Thời sự",
    "Minh An / Dân trí",
    "Hà Linh - VOV",
  })
  void aLabelOrACreditOnTheFirstLineIsNoTitle(String first) {
    Extraction e = run(first, LEDE, BODY);
    assertThat(e.title()).isNull();
    assertThat(e.paragraphs()).contains(LEDE, BODY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Hiện trường vụ tai nạn - Ảnh: HOÀI THƯƠNG",
    "Hành khách tại sân bay quốc tế Los Angeles tháng 5-2021 - Ảnh: REUTERS",
    "Đoàn rước kiệu về đền Thượng (Ảnh: Hà Thanh)",
  })
  void theLeadPhotosCaptionOnTheFirstLineIsNoTitleButACaption(String first) {
    Extraction e = run(first, LEDE, BODY);
    assertThat(e.title()).isNull();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.captions()).hasSize(1);
  }

  @Test
  void aHeadlineNamingPicturesIsStillAHeadline() {
    String t = "Ảnh: Cận cảnh lễ hội đền Sóc năm 2019 ở Hà Nội";
    assertThat(run(t, LEDE, BODY).title()).isEqualTo(t);
  }

  @Test
  void aShortLabelOverTheTextIsRemoved() {
    Extraction e = run("Video", LEDE, BODY);
    assertThat(e.removed()).anySatisfy(r -> {
      assertThat(r.text()).isEqualTo("Video");
      assertThat(r.kind()).isEqualTo(RemovedKind.MENU);
    });
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void aHeadlineOfThreeWordsOrMoreStays() {
    assertThat(run("Giao ban Thường trực", LEDE, BODY).title()).isEqualTo("Giao ban Thường trực");
    assertThat(run(TITLE, LEDE, BODY).title()).isEqualTo(TITLE);
  }

  @Test
  void aHeadlineMayTrailOffInTheMiddle() {
    String t = "U20 Việt Nam: Từ ngạc nhiên đến... 'thất vọng'";
    assertThat(run(t, LEDE, BODY).title()).isEqualTo(t);
  }

  @Test
  void aCreditOnTheLastLineIsNoTrailingTitle() {
    Extraction e = run(LEDE, BODY, "Minh An / Dân trí");
    assertThat(e.title()).isNull();
  }

  @Test
  void aHeadlinePrintedAfterTheTextIsStillFound() {
    assertThat(run(LEDE, BODY, TITLE).title()).isEqualTo(TITLE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "Minh An / Dân trí | true",
    "Hà Linh - VOV | true",
    "8/3 boy vào bếp chế bánh tình yêu | false",
    "Giá vàng vượt 20 triệu đồng/lượng | false",
    TITLE + " | false",
  })
  void credits(String line, boolean credit) {
    assertThat(TitleRule.credit(line)).isEqualTo(credit);
  }
}
