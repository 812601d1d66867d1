package io.github.vnnews.bench;

import io.github.vnnews.Extraction;
import io.github.vnnews.internal.html.HtmlExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to extract one ~500 KB news page with {@link HtmlExtractor}, after warm-up.
 *
 * <p>The page is built from a dev page ({@code shared/corpus/dev/vnexpress_tnmcp_vnexpress_article.html},
 * found through the {@code vnnews.shared} property or {@code ../shared}) by repeating its article
 * paragraphs and its link lists (related news, menus) until the page holds at least 500 000
 * characters; without shared/, a synthetic page of the same shape is used.
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main
 * HtmlExtractBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlExtractBenchmark {
  /** The size the page is grown to, in characters. */
  static final int TARGET_CHARS = 500_000;

  private String page;
  private final HtmlExtractor extractor = HtmlExtractor.defaults();

  /**
   * Builds the page.
   *
   * @throws IOException when the dev page exists but cannot be read
   */
  @Setup
  public void setup() throws IOException {
    page = buildPage();
    Extraction x = extractor.extract(page, "");
    if (x.paragraphs().isEmpty()) {
      throw new IllegalStateException("benchmark page yields no body");
    }
  }

  static String buildPage() throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"),
        "corpus", "dev", "vnexpress_tnmcp_vnexpress_article.html");
    Document doc;
    if (Files.exists(dev)) {
      doc = Jsoup.parse(Files.readString(dev, StandardCharsets.UTF_8));
    } else {
      StringBuilder sb = new StringBuilder("<html><head><title>Tin</title></head><body>");
      sb.append("<nav><ul>");
      for (int i = 0; i < 40; i++) {
        sb.append("<li><a href=\"/muc-").append(i).append("\">Chuyên mục ").append(i).append("</a></li>");
      }
      sb.append("</ul></nav><h1>Cách các nước đối phó cú sốc năng lượng</h1><article class=\"fck_detail\">");
      for (int i = 0; i < 20; i++) {
        sb.append("<p class=\"Normal\">Đoạn ").append(i).append(": Trung Quốc, Nhật Bản, Thái Lan hạn chế")
            .append(" xuất khẩu nhiên liệu, Ấn Độ tăng mua dầu Nga, còn Myanmar hạn chế xe lưu thông.</p>");
      }
      sb.append("</article></body></html>");
      doc = Jsoup.parse(sb.toString());
    }
    Element article = doc.selectFirst("article.fck_detail, article, div.content");
    Element lists = doc.selectFirst("ul:has(a)");
    String articleHtml = article == null ? "" : article.html();
    String listHtml = lists == null ? "" : lists.outerHtml();
    if (article != null) {
      article.append(articleHtml); // the article's blocks twice
    }
    int rounds = 0;
    while (doc.outerHtml().length() < TARGET_CHARS && rounds++ < 1000) {
      Element box = doc.body().appendElement("div").addClass("box-related");
      if (listHtml.isEmpty()) {
        box.appendElement("p").text("Tin liên quan lặp lại để đạt kích thước trang. ".repeat(50));
      } else {
        box.append(listHtml);
      }
    }
    return doc.outerHtml();
  }

  /**
   * Extracts the page once.
   *
   * @return the extraction (returned so that the work is not optimised away)
   */
  @Benchmark
  public Extraction extract() {
    return extractor.extract(page, "https://vnexpress.net/");
  }
}
