package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 class 5: image alt texts ({@link InlineImageAltRule}) and the labels and credit lines
 * of embedded videos ({@link EmbedLabelRule}), and class 7: web addresses and lists of references
 * closing the text ({@link SourceRule}).
 */
class ImageAltAndEmbedTest {
  private static final String TITLE = "Nhan sắc tựa nữ thần của 15 Hoa hậu Thế giới đẹp nhất";
  private static final String CAPTION = "Venezuela giữ kỷ lục là quốc gia thắng nhiều nhất.";

  @Test
  void altTextEchoingTheTitleIsCutAndTheCaptionBeforeItKept() {
    Extraction e = run(TITLE, LEDE, BODY + " Susana Duijm - Hoa hậu Thế giới 1955 Nhan sắc tựa nữ"
        + " thần của Top 15 Hoa hậu Thế giới đẹp nhất - Ảnh 1." + CAPTION);
    assertThat(e.removed()).extracting(RemovedLine::text).containsExactly(
        "Nhan sắc tựa nữ thần của Top 15 Hoa hậu Thế giới đẹp nhất - Ảnh 1.");
    StringBuilder kept = new StringBuilder(String.join("\n", e.paragraphs()));
    e.captions().forEach(c -> kept.append('\n').append(c.text()));
    assertThat(kept.toString()).contains("Susana Duijm - Hoa hậu Thế giới 1955").contains(CAPTION);
  }

  @Test
  void altTextOfAnotherHeadlineRunsFromTheSentenceStart() {
    Extraction e = run("Tuyển Việt Nam ưu tiên cầu thủ gốc Việt", LEDE,
        BODY + " Tuyển Việt Nam ưu tiên Việt kiều - Ảnh 2.Thủ môn Đặng Văn Lâm chơi xuất sắc.");
    assertThat(e.removed()).extracting(RemovedLine::text)
        .containsExactly("Tuyển Việt Nam ưu tiên Việt kiều - Ảnh 2.");
  }

  @Test
  void everyAltTextOfAGalleryLineIsCut() {
    StringBuilder line = new StringBuilder(BODY);
    for (int i = 1; i <= 40; i++) {
      line.append(" Tuyển Việt Nam ưu tiên Việt kiều - Ảnh ").append(i).append('.').append(CAPTION);
    }
    Extraction e = run(TITLE, LEDE, line.toString());
    assertThat(e.removed()).hasSize(40).extracting(RemovedLine::text)
        .allMatch(r -> r.startsWith("Tuyển Việt Nam ưu tiên Việt kiều - Ảnh "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a sentence that ends before the number is text
    " Ông cho biết đã chụp lại toàn bộ hiện trường. - Ảnh 3 trong bộ sưu tập được giữ lại.",
    // too long for an alt text
    " Trong suốt nhiều năm qua các cấp các ngành của tỉnh đã cùng nhau nỗ lực không ngừng để"
        + " xây dựng quê hương ngày càng giàu đẹp văn minh và hiện đại hơn nữa trong thời gian"
        + " tới đây với sự đồng lòng của toàn dân - Ảnh 4.",
  })
  void sentencesBeforeAnImageNumberStay(String tail) {
    Extraction e = run(TITLE, LEDE, BODY + tail);
    assertThat(e.removed()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nhan sac tua nu than cua 15 Hoa hau The gioi dep nhat",
    "nhan-sac-tua-nu-than-cua-15-hoa-hau-the-gioi-dep-nhat",
    "Nhan sac tua nu than cua 15 Hoa hau The gioi dep nhat - Anh 3",
  })
  void unaccentedTitleLineIsAltText(String alt) {
    Extraction e = run(TITLE, LEDE, alt, BODY);
    assertThat(e.removed()).extracting(RemovedLine::text).containsExactly(alt);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nhan sac tua nu than cua 15 Hoa hau",
    "Miss World is one of the oldest beauty pageants in the world.",
  })
  void otherUnaccentedLinesStay(String line) {
    Extraction e = run(TITLE, LEDE, line, BODY);
    assertThat(e.removed()).extracting(RemovedLine::text).doesNotContain(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a video label with its credit line
    "Video: Top 10 pha ghi bàn đẹp mắt từ xa: Nguồn video: YouTube/Wrzzer.",
    "XEM CLIP: Cận cảnh vụ tai nạn trên cao tốc.",
    "Mời độc giả cùng xem video:",
    // a credit line alone
    "(Nguồn clip: Cảnh Tuấn)",
    "Nguồn video: YouTube.",
  })
  void videoLabelsAndCreditsAreCut(String label) {
    Extraction e = run(TITLE, LEDE, BODY + " " + label + " " + BODY);
    assertThat(e.removed()).extracting(RemovedLine::text).containsExactly(label);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY, BODY);
  }

  @Test
  void videoLabelEndsWhereAGluedSentenceStarts() {
    Extraction e = run(TITLE, LEDE, BODY + " Video: Màn biểu diễn của đội tuyển quốc gia Trước đó,"
        + " đội tuyển đã giành chiến thắng.");
    assertThat(e.removed()).extracting(RemovedLine::text)
        .containsExactly("Video: Màn biểu diễn của đội tuyển quốc gia");
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY,
        "Trước đó, đội tuyển đã giành chiến thắng.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "' http://phunuvietnam.vn/xa-hoi/a-123.html'|phunuvietnam.vn",
    "' Theo VTV http://cafef.vn/a-20170601.chn'|VTV",
    "' Website: http://www.congan.com.vn/tin-tuc'|congan.com.vn",
    "' Tài liệu tham khảo: [1] http://who.int/a [2] Bộ Y tế, 2016.'|NULL",
  })
  void addressesAndReferencesClosingTheTextAreSources(String closing, String outlet) {
    Extraction e = run(TITLE, LEDE, BODY + closing);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.sourceOutlet()).isEqualTo(outlet);
  }

  @Test
  void addressInsideASentenceIsText() {
    String s = " Thí sinh tra cứu điểm tại địa chỉ http://thiquocgia.vn.";
    Extraction e = run(TITLE, LEDE, BODY + s);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY + s);
  }
}
