package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.PageTooLargeException;
import io.github.vnnews.RemovedLine;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for page extraction and charset sniffing. In the normal build they run as
 * regression tests over their stored inputs; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=HtmlExtractorFuzzTest} fuzzes.
 *
 * <p>Invariants: no exception (but {@link PageTooLargeException} for a page over the limit); no
 * blank paragraph or caption; removed blocks in page order.
 */
class HtmlExtractorFuzzTest {
  private static final int MAX_CHARS = 1 << 16;
  private static final HtmlExtractor EXTRACTOR = HtmlExtractor.builder().maxChars(MAX_CHARS).build();

  @FuzzTest(maxDuration = "30s")
  void extractAnyPage(FuzzedDataProvider data) {
    String page = data.consumeRemainingAsString();
    if (page.length() > MAX_CHARS) {
      assertThatThrownBy(() -> EXTRACTOR.extract(page, null)).isInstanceOf(PageTooLargeException.class);
      return;
    }
    Extraction x = EXTRACTOR.extract(page, "https://example.vn/");
    assertThat(x.paragraphs()).noneMatch(String::isBlank);
    // a caption's text is blank only when the caption is its credit alone
    assertThat(x.captions()).noneMatch(c -> c.text().isBlank() && c.credit() == null);
    assertThat(x.captions()).noneMatch(c -> !c.text().isEmpty() && c.text().isBlank());
    assertThat(x.removed()).extracting(RemovedLine::line).isSorted();
  }

  @FuzzTest(maxDuration = "30s")
  void sniffAnyBytes(byte[] bytes) {
    String cs = HtmlCharsetSniffer.sniff(bytes, bytes.length);
    if (cs != null) {
      assertThat(cs).isNotBlank();
    }
    String page = new String(bytes, StandardCharsets.ISO_8859_1);
    if (page.length() > MAX_CHARS) {
      assertThatThrownBy(() -> EXTRACTOR.extract(page, null)).isInstanceOf(PageTooLargeException.class);
      return;
    }
    assertThat(EXTRACTOR.extract(page, null)).isNotNull();
  }
}
