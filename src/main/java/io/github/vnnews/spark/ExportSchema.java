package io.github.vnnews.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The export schema (the JSON that {@link io.github.vnnews.json.ArticleJsonWriter} writes) as a
 * Spark {@link StructType}, to read export lines into typed columns: {@code
 * spark.read().schema(ExportSchema.ARTICLE).json(lines)}. Times stay ISO-8601 strings (a timestamp
 * keeps the offset the page printed, which Spark's timestamp type would drop; the {@code *Date}
 * fields hold {@code yyyy-MM-dd}); every field is nullable. The Parquet output of the Spark job
 * has these columns.
 *
 * <p>Immutable.
 */
public final class ExportSchema {
  /** One article, fields in the order the exporter writes them. */
  public static final StructType ARTICLE = article();

  private ExportSchema() {}

  private static StructType article() {
    StructType source =
        struct(
            field("path", StringType),
            field("index", IntegerType),
            field("startLine", IntegerType),
            field("endLine", IntegerType),
            field("format", StringType),
            field("encoding", StringType),
            field("repaired", BooleanType),
            field("url", StringType),
            field("site", StringType),
            field("fetchedAt", StringType),
            field("warcRecordId", StringType),
            field("offset", LongType));
    StructType caption = struct(field("text", StringType), field("credit", StringType));
    StructType removed =
        struct(
            field("line", IntegerType),
            field("kind", StringType),
            field("text", StringType),
            field("rule", StringType),
            field("inline", BooleanType));
    StructType quality =
        struct(
            field("words", IntegerType),
            field("meanWordLength", DoubleType),
            field("duplicateLineFraction", DoubleType),
            field("top2GramFraction", DoubleType),
            field("top3GramFraction", DoubleType),
            field("top4GramFraction", DoubleType),
            field("duplicate5GramFraction", DoubleType),
            field("duplicate6GramFraction", DoubleType),
            field("duplicate7GramFraction", DoubleType),
            field("duplicate8GramFraction", DoubleType),
            field("duplicate9GramFraction", DoubleType),
            field("duplicate10GramFraction", DoubleType),
            field("nonAlphaWordFraction", DoubleType),
            field("linesEndingInPunctuation", DoubleType),
            field("vietnamese", DoubleType));
    StructType duplicate =
        struct(
            field("cluster", StringType),
            field("size", IntegerType),
            field("canonical", BooleanType),
            field("similarity", DoubleType));
    return struct(
        field("schemaVersion", IntegerType),
        field("id", StringType),
        field("contentHash", StringType),
        field("source", source),
        field("title", StringType),
        field("publishedAt", StringType),
        field("publishedDate", StringType),
        field("author", StringType),
        field("paragraphs", createArrayType(StringType, true)),
        field("captions", createArrayType(caption, true)),
        field("removed", createArrayType(removed, true)),
        field("language", StringType),
        field("modifiedAt", StringType),
        field("modifiedDate", StringType),
        field("pageClock", StringType),
        field("pageClockDate", StringType),
        field("sourceOutlet", StringType),
        field("outletTag", StringType),
        field("section", StringType),
        field("tags", createArrayType(StringType, true)),
        field("quality", quality),
        field("text", StringType),
        field("duplicate", duplicate));
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
