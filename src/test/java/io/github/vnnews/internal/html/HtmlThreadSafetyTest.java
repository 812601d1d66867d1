package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared extractor, many threads, the same results as one thread. */
class HtmlThreadSafetyTest {
  private static String page(int i) {
    StringBuilder sb = new StringBuilder("<html><head><meta property=\"article:published_time\" content=\"2026-03-0")
        .append(1 + i % 9).append("T08:0").append(i % 10).append(":00+07:00\"></head><body>")
        .append("<nav><a href=/>Trang chủ</a></nav><h1>Bài số ").append(i).append(" về giá vàng</h1>")
        .append("<div class=\"content\">");
    for (int p = 0; p <= i % 5; p++) {
      sb.append("<p>Đoạn ").append(p).append(" của bài ").append(i)
          .append(": giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng mỗi lượng.</p>");
    }
    sb.append("<figure><img src=x.jpg><figcaption>Ảnh số ").append(i).append(". Ảnh: Minh Anh</figcaption></figure>");
    return sb.append("</div></body></html>").toString();
  }

  @Test
  void concurrentExtractionsMatchSequentialOnes() throws Exception {
    HtmlExtractor extractor = HtmlExtractor.defaults();
    List<Extraction> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      expected.add(extractor.extract(page(i), ""));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 40; i++) {
          int k = i;
          futures.add(pool.submit(() -> extractor.extract(page(k), "")));
        }
      }
      for (int j = 0; j < futures.size(); j++) {
        assertThat(futures.get(j).get()).isEqualTo(expected.get(j % 40));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
