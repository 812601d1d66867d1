package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java example, kept compiling and working. */
class ReadmeExampleTest {
  @Test
  void readmeExample() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    List<String> titles = new ArrayList<>();
    // --- as in README.md ---
    Options options = Options.builder().delimiter("#####").build();
    try (Corpus corpus = Corpus.read(List.of(Path.of("seeds")), options);
        ArticleJsonWriter out = ArticleJsonWriter.jsonLines(sink)) {
      for (Article a : corpus) {
        titles.add(a.title() + " | " + a.publishedAt() + " | " + a.author());
        out.write(a);
      }
      assertThat(corpus.errors()).isEmpty();
    }
    // ---
    assertThat(titles).hasSize(5);
    assertThat(titles).contains(
        "Thường trực Ban Bí thư giao ban công tác 6 tháng với các đồng chí Bí thư Tỉnh ủy, Thành ủy"
            + " | 2023-07-28T18:13:12+07:00 | Thu Chung");
    assertThat(sink.toString(StandardCharsets.UTF_8).lines()).hasSize(5);
  }
}
