package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.PageTooLargeException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broken, truncated, deeply nested and random pages never throw. */
class HtmlRobustnessTest {
  private static final String ARTICLE =
      "<html><head><meta property=\"article:published_time\" content=\"2026-03-07T08:06:00+07:00\">"
          + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tin A\"}</script>"
          + "</head><body><h1>Tin A</h1><div class=\"content\"><p>Đoạn một của bài viết có đủ dài để được"
          + " tính là nội dung chính, với nhiều dấu phẩy, chữ và số 2026.</p><p>Đoạn hai cũng khá dài,"
          + " nói về giá vàng, tỷ giá và thị trường chứng khoán trong tuần.</p></div></body></html>";

  @Test
  void truncatedAtEveryTenthCharacter() {
    for (int i = 0; i < ARTICLE.length(); i += 10) {
      Extraction x = HtmlExtractor.defaults().extract(ARTICLE.substring(0, i), "");
      assertThat(x).isNotNull();
    }
  }

  @Test
  void deeplyNestedPageIsBounded() {
    int depth = 20_000;
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(depth));
    sb.append("<p>Nội dung nằm rất sâu trong cây, nhưng vẫn phải được đọc ra mà không tràn ngăn xếp.</p>");
    sb.append("</div>".repeat(depth));
    sb.append("<span>").append("<b><i>".repeat(5_000)).append("chữ");
    Extraction x = HtmlExtractor.defaults().extract(sb.toString(), "");
    assertThat(String.join(" ", x.paragraphs())).contains("Nội dung nằm rất sâu");
  }

  @Test
  void unclosedAndMisnestedTags() {
    Extraction x = HtmlExtractor.defaults().extract(
        "<html><body><h1>Tin <b>A</h1><div class=content><p>Đoạn một <i>dài, có dấu phẩy, chữ"
            + " và số<p>Đoạn hai <table><td>ô</div></b></i><script>var x = '<p>không phải</p>';",
        "");
    assertThat(x.paragraphs()).noneMatch(p -> p.contains("không phải"));
  }

  @Test
  void randomBytesAsText() {
    Random r = new Random(42);
    String alphabet = "<>/=\"' abcdivpscrtmlếạđ&#;{}[]:,\n";
    for (int n = 0; n < 100; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(600);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      assertThat(HtmlExtractor.defaults().extract(sb.toString(), "x")).isNotNull();
    }
  }

  /** Regression: a page over the limit was cut at the limit without a word. */
  @Test
  void inputBeyondMaxCharsIsRefusedNotCut() {
    HtmlExtractor small = HtmlExtractor.builder().maxChars(2048).build();
    String page = ARTICLE + "<p>" + "x".repeat(10_000) + "</p>";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.extract(page, ""))
        .isInstanceOf(PageTooLargeException.class)
        .hasMessage("page of " + page.length() + " characters is longer than the limit of 2048 characters");
    assertThat(small.toBuilder().build().extract(ARTICLE, "").title()).isEqualTo("Tin A");
  }
}
