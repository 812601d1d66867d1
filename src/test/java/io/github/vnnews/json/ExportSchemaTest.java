package io.github.vnnews.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ExportSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Schema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schema/article.schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static String export(ArticleJsonWriter.Format format, Path... paths) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Corpus c = Corpus.read(paths); ArticleJsonWriter w = ArticleJsonWriter.of(out, format)) {
      for (Article a : c) {
        w.write(a);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seedsExportValidatesAgainstTheShippedSchema() throws IOException {
    Schema schema = schema();
    String jsonl = export(ArticleJsonWriter.Format.JSON_LINES, Path.of("seeds"));
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      List<Error> errors = schema.validate(MAPPER.readTree(line));
      assertThat(errors).as(line.substring(0, 120)).isEmpty();
    }
  }

  @Test
  void webArchiveAndHtmlExportsValidateToo() throws IOException {
    // the fields only archived pages fill (url, fetchedAt, warcRecordId, offset) and the times only
    // HTML pages state (modifiedAt, section, tags) are checked here
    Schema schema = schema();
    List<Path> inputs = new java.util.ArrayList<>(List.of(Path.of("src/test/resources/warc/wget-dev.warc.gz")));
    inputs.addAll(io.github.vnnews.WarcFixtures.devPages());
    String jsonl = export(ArticleJsonWriter.Format.JSON_LINES, inputs.toArray(Path[]::new));
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(21);
    assertThat(lines).anyMatch(l -> l.contains("\"offset\":") && !l.contains("\"offset\":null"));
    for (String line : lines) {
      List<Error> errors = schema.validate(MAPPER.readTree(line));
      assertThat(errors).as(line.substring(0, 160)).isEmpty();
    }
  }

  @Test
  void schemaRejectsWhatTheExporterMustNeverWrite() throws IOException {
    Schema schema = schema();
    JsonNode ok = MAPPER.readTree(export(ArticleJsonWriter.Format.JSON_LINES, Path.of("seeds/004_3c5535e1b6821573.txt")));
    assertThat(schema.validate(ok)).isEmpty();
    String broken = ok.toString().replace("\"schemaVersion\":2", "\"schemaVersion\":1");
    assertThat(schema.validate(MAPPER.readTree(broken))).isNotEmpty();
    String badDate = ((tools.jackson.databind.node.ObjectNode) ok.deepCopy()).put("publishedAt", "28/07/2023").toString();
    assertThat(schema.validate(MAPPER.readTree(badDate))).isNotEmpty();
    // one type per field: a date alone is not a publishedAt (it belongs in publishedDate)
    String dateOnly = ((tools.jackson.databind.node.ObjectNode) ok.deepCopy()).put("publishedAt", "2023-07-28").toString();
    assertThat(schema.validate(MAPPER.readTree(dateOnly))).isNotEmpty();
    String dateTime = ((tools.jackson.databind.node.ObjectNode) ok.deepCopy()).put("publishedDate", "2023-07-28T10:00:00+07:00").toString();
    assertThat(schema.validate(MAPPER.readTree(dateTime))).isNotEmpty();
    tools.jackson.databind.node.ObjectNode noText = (tools.jackson.databind.node.ObjectNode) ok.deepCopy();
    noText.remove("text");
    assertThat(schema.validate(noText)).as("text is required").isNotEmpty();
  }

  @Test
  void vietnameseIsWrittenUnescapedAsUtf8() throws IOException {
    String jsonl = export(ArticleJsonWriter.Format.JSON_LINES, Path.of("seeds/004_3c5535e1b6821573.txt"));
    assertThat(jsonl).contains("Thường trực Ban Bí thư").doesNotContain("\\u").endsWith("}\n");
    assertThat(jsonl).contains("\"path\":\"seeds/004_3c5535e1b6821573.txt\"");
  }

  @Test
  void arrayFormatIsOneJsonArrayWithTheSameObjects() throws IOException {
    String jsonl = export(ArticleJsonWriter.Format.JSON_LINES, Path.of("seeds"));
    String array = export(ArticleJsonWriter.Format.ARRAY, Path.of("seeds"));
    JsonNode node = MAPPER.readTree(array);
    assertThat(node.isArray()).isTrue();
    assertThat(node.size()).isEqualTo(5);
    List<String> lines = jsonl.lines().toList();
    for (int i = 0; i < 5; i++) {
      assertThat(node.get(i)).isEqualTo(MAPPER.readTree(lines.get(i)));
    }
  }
}
