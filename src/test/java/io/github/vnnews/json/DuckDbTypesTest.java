package io.github.vnnews.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.WarcFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export read by DuckDB's JSON reader ({@code read_json_auto}, the JDBC driver from Maven
 * Central) with its own type inference: every column gets one type, timestamps as {@code
 * TIMESTAMP WITH TIME ZONE} and dates as {@code DATE}, and exports of different inputs (plain text,
 * HTML pages, a web archive) infer the same types. With schema version 1, a date alone in {@code
 * publishedAt} beside full timestamps made the column's type depend on the data.
 */
class DuckDbTypesTest {
  @TempDir static Path tmp;
  private static Path seeds;
  private static Path dev;
  private static Path warc;
  private static Path all;

  @BeforeAll
  static void exports() throws IOException {
    List<Path> devPages = WarcFixtures.devPages();
    assumeTrue(!devPages.isEmpty(), "the shared dev corpus (../shared/corpus/dev) is missing");
    Path devDir = devPages.get(0).getParent();
    seeds = export("seeds.jsonl", List.of(Path.of("seeds")));
    dev = export("dev.jsonl", List.of(devDir));
    warc = export("warc.jsonl", List.of(Path.of("src/test/resources/warc/wget-dev.warc.gz")));
    all = export("all.jsonl", List.of(Path.of("seeds"), devDir, Path.of("src/test/resources/warc/wget-dev.warc.gz")));
  }

  private static Path export(String name, List<Path> inputs) throws IOException {
    Path out = tmp.resolve(name);
    try (Corpus c = Corpus.read(inputs, io.github.vnnews.Options.defaults());
        OutputStream os = Files.newOutputStream(out);
        ArticleJsonWriter w = ArticleJsonWriter.jsonLines(os)) {
      for (Article a : c) {
        w.write(a);
      }
    }
    return out;
  }

  /** Column name to DuckDB type, as {@code DESCRIBE} gives them. */
  static Map<String, String> types(Path jsonl) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_json_auto('" + jsonl + "')")) {
      while (r.next()) {
        out.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return out;
  }

  @Test
  void everyColumnHasTheTypeOfItsField() throws SQLException {
    Map<String, String> t = types(all);
    System.out.println("DuckDB read_json_auto types of the dev export (seeds, dev pages, wget WARC):");
    t.forEach((k, v) -> System.out.println("  " + k + "\t" + v));
    assertThat(t.keySet()).containsExactly(io.github.vnnews.spark.ExportSchema.ARTICLE.fieldNames());
    assertThat(t).containsEntry("schemaVersion", "BIGINT")
        .containsEntry("id", "VARCHAR")
        .containsEntry("contentHash", "VARCHAR")
        .containsEntry("title", "VARCHAR")
        .containsEntry("publishedAt", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("publishedDate", "DATE")
        .containsEntry("modifiedAt", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("modifiedDate", "DATE")
        .containsEntry("paragraphs", "VARCHAR[]")
        .containsEntry("captions", "STRUCT(\"text\" VARCHAR, credit VARCHAR)[]")
        .containsEntry("tags", "VARCHAR[]")
        .containsEntry("text", "VARCHAR");
    assertThat(t.get("source")).startsWith("STRUCT(")
        .contains("path VARCHAR", "\"index\" BIGINT", "url VARCHAR", "fetchedAt TIMESTAMP WITH TIME ZONE",
            "warcRecordId VARCHAR", "\"offset\" BIGINT");
    assertThat(t.get("removed")).startsWith("STRUCT(").endsWith(")[]");
    assertThat(t.values()).noneMatch(v -> v.equals("JSON") || v.contains("UNION"));
  }

  @Test
  void exportsOfDifferentInputsInferTheSameTypes() throws SQLException {
    Map<String, String> whole = types(all);
    List<String> compared = new ArrayList<>();
    for (Path p : List.of(seeds, dev, warc)) {
      Map<String, String> part = types(p);
      for (Map.Entry<String, String> e : part.entrySet()) {
        // a column null in every row of a small export has nothing to infer from (DuckDB says
        // JSON, or "NULL" inside a struct); every column that has values agrees with the whole
        if (e.getValue().contains("JSON") || e.getValue().contains("\"NULL\"")) {
          continue;
        }
        assertThat(e.getValue()).as("%s in %s", e.getKey(), p.getFileName()).isEqualTo(whole.get(e.getKey()));
        compared.add(e.getKey());
      }
    }
    assertThat(compared).contains("publishedAt", "publishedDate", "text", "paragraphs");
  }
}
