package io.github.vnnews.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleJsonReaderTest {
  @ParameterizedTest
  @EnumSource(ArticleJsonWriter.Format.class)
  void roundTripGivesEqualRecords(ArticleJsonWriter.Format format) throws IOException {
    List<Article> original = new ArrayList<>();
    try (Corpus c = Corpus.read(Path.of("seeds"), Path.of("src/test/resources/load/hash-delimiters.txt"))) {
      c.forEach(original::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArticleJsonWriter w = ArticleJsonWriter.of(out, format)) {
      original.forEach(w::write);
    }
    List<Article> back = new ArrayList<>();
    try (ArticleJsonReader r = ArticleJsonReader.of(new ByteArrayInputStream(out.toByteArray()))) {
      r.forEachRemaining(back::add);
    }
    assertThat(back).hasSize(8).isEqualTo(original);
  }

  @Test
  void newerSchemaVersionIsRefused() {
    String json = "{\"schemaVersion\":3,\"id\":\"0000000000000000\"}\n";
    try (ArticleJsonReader r = ArticleJsonReader.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(r::hasNext).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemaVersion 3");
    }
  }

  @Test
  void versionOneDatesAndVersionTwoDateFieldsReadBackAlike() {
    String source = "\"source\":{\"path\":\"a.txt\",\"index\":0,\"startLine\":1,\"endLine\":1,\"format\":\"text\"}";
    String v1 = "{\"schemaVersion\":1,\"id\":\"0000000000000000\"," + source + ",\"publishedAt\":\"2023-07-28\"}\n";
    String v2 = "{\"schemaVersion\":2,\"id\":\"0000000000000000\"," + source
        + ",\"publishedAt\":null,\"publishedDate\":\"2023-07-28\",\"modifiedAt\":\"2023-07-29T08:00:00+07:00\","
        + "\"modifiedDate\":\"2023-07-29\"}\n";
    List<Article> back = new ArrayList<>();
    for (String json : List.of(v1, v2)) {
      try (ArticleJsonReader r = ArticleJsonReader.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
        back.add(r.next());
      }
    }
    assertThat(back).extracting(a -> a.publishedAt().toString()).containsExactly("2023-07-28", "2023-07-28");
    assertThat(back.get(1).modifiedAt().toString()).isEqualTo("2023-07-29T08:00:00+07:00");
  }
}
