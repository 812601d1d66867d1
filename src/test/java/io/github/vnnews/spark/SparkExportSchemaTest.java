package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@link ExportSchema#ARTICLE} names exactly the fields of {@code schema/article.schema.json}. */
class SparkExportSchemaTest {
  @Test
  void structTypeFollowsTheJsonSchema() throws Exception {
    Path file = Path.of(System.getProperty("vnnews.basedir", "."), "schema", "article.schema.json");
    assumeTrue(Files.isRegularFile(file), "schema/article.schema.json missing");
    JsonNode schema = new ObjectMapper().readTree(Files.readString(file));
    StructType article = ExportSchema.ARTICLE;
    assertThat(article.fieldNames()).containsExactlyInAnyOrderElementsOf(names(schema.get("properties")));
    JsonNode props = schema.get("properties");
    assertThat(struct(article, "source").fieldNames())
        .containsExactlyInAnyOrderElementsOf(names(props.get("source").get("properties")));
    assertThat(elements(article, "captions").fieldNames())
        .containsExactlyInAnyOrderElementsOf(names(props.get("captions").get("items").get("properties")));
    assertThat(elements(article, "removed").fieldNames())
        .containsExactlyInAnyOrderElementsOf(names(props.get("removed").get("items").get("properties")));
  }

  private static List<String> names(JsonNode properties) {
    return new ArrayList<>(properties.propertyNames());
  }

  private static StructType struct(StructType t, String field) {
    return (StructType) t.apply(field).dataType();
  }

  private static StructType elements(StructType t, String field) {
    return (StructType) ((ArrayType) t.apply(field).dataType()).elementType();
  }
}
