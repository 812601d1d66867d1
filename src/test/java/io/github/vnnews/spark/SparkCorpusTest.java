package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Options;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Spark path against the CLI on the same inputs: the seeds plus a directory of multi-article,
 * gzip, HTML, awkwardly named, hidden, empty and nested files, and a missing path. Spark runs in
 * {@code local[2]}; the CLI runs in-process.
 */
@EnabledForJreRange(max = JRE.JAVA_22) // Spark's Hadoop calls Subject.getSubject, gone in Java 23+
class SparkCorpusTest {
  @TempDir static Path tmp;

  private static SparkSession spark;
  private static List<String> inputs;
  private static List<String> cliLines;
  private static List<String> cliErrors;
  private static SparkCorpus corpus;

  private static final Options OPTIONS =
      Options.builder().delimiter("#####").toneStyle(ToneStyle.MODERN).build();
  private static final String[] CLI_OPTIONS = {"--delimiter", "#####", "--tone", "modern"};

  @BeforeAll
  static void corpusAndCliRun() throws Exception {
    Path seeds = Path.of("seeds");
    assumeTrue(Files.isDirectory(seeds), "run from the project directory (seeds/ missing)");
    List<Path> seedFiles;
    try (Stream<Path> s = Files.list(seeds)) {
      seedFiles = s.sorted().collect(Collectors.toList());
    }
    List<String> texts = new ArrayList<>();
    for (Path p : seedFiles) {
      texts.add(Files.readString(p, StandardCharsets.UTF_8).strip());
    }
    Path dir = Files.createDirectories(tmp.resolve("multi dir"));
    // three articles split by '#####' (crlf line ends in the last one)
    Files.writeString(dir.resolve("hash-delimited.txt"),
        texts.get(0) + "\n#####\n" + texts.get(1) + "\n#####\n" + texts.get(2).replace("\n", "\r\n") + "\n",
        StandardCharsets.UTF_8);
    // gzip: two articles, the second one repeated under a leading delimiter
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("two-articles.txt.gz")))) {
      out.write(("#####\n" + texts.get(3) + "\n\n#####\n\n" + texts.get(4) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // names Hadoop's input format would mangle or drop: read directly
    Files.writeString(dir.resolve("_under, [1]:x.txt"), texts.get(1), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("page.html"),
        "<!doctype html><html><head><title>t</title></head><body><h1>" + firstLine(texts.get(2))
            + "</h1><p>" + texts.get(2).replace("\n", "</p><p>") + "</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), texts.get(0), StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.createDirectories(dir.resolve("nested/deeper"));
    Files.writeString(dir.resolve("nested/deeper/a.txt"), texts.get(4) + "\n=====\n" + texts.get(0), StandardCharsets.UTF_8);
    Files.write(dir.resolve("nested/binary.txt"), new byte[] {'a', 0, 'b', '\n'});
    // a web archive made by GNU Wget (a real crawler), found by content under a neutral name (no
    // extension: a directory's files are read when their name is an article file's or has none)
    Files.copy(Path.of("src/test/resources/warc/wget-dev.warc.gz"), dir.resolve("nested/crawl"));

    inputs = List.of("seeds", dir.toString(), tmp.resolve("missing.txt").toString());

    Path cliOut = tmp.resolve("cli.jsonl");
    Path cliErr = tmp.resolve("cli-errors.jsonl");
    List<String> args = new ArrayList<>(List.of("ingest", "-q", "-o", cliOut.toString(), "--errors", cliErr.toString()));
    args.addAll(List.of(CLI_OPTIONS));
    args.addAll(inputs);
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args.toArray(String[]::new));
    assertThat(status).as("CLI status (stderr: %s)", err).isEqualTo(1);
    cliLines = Files.readAllLines(cliOut, StandardCharsets.UTF_8);
    cliErrors = Files.readAllLines(cliErr, StandardCharsets.UTF_8);
    assertThat(cliLines).hasSizeGreaterThan(10);
    assertThat(cliErrors).hasSize(3); // empty.txt, nested/binary.txt, missing.txt

    spark = LocalSpark.session();
    corpus = SparkCorpus.read(spark, inputs, OPTIONS);
    corpus.records().cache(); // the views below filter it: read the inputs once
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Test
  void sparkLinesEqualCliLinesSortedById() {
    List<String> sparkLines = new ArrayList<>(corpus.jsonLines().collectAsList());
    Comparator<String> byId = Comparator.comparing(SparkCorpusTest::id).thenComparing(Comparator.naturalOrder());
    List<String> expected = new ArrayList<>(cliLines);
    sparkLines.sort(byId);
    expected.sort(byId);
    assertSameLines(sparkLines, expected);
    assertThat(corpus.fileCount()).isEqualTo(5 + 8);
    assertThat(sparkLines).filteredOn(l -> l.contains("\"warcRecordId\":\"<urn:uuid:")).hasSize(20);
  }

  @Test
  void readingThroughTheFileSystemGivesTheSameRecords() {
    SparkCorpus direct =
        SparkCorpus.read(spark, inputs, OPTIONS, 3, SparkCorpus.ReadMode.FILE_SYSTEM);
    assertSameLines(direct.jsonLinesInInputOrder().collectAsList(), cliLines);
    assertThat(direct.records().filter("kind = 'error'").count()).isEqualTo(cliErrors.size());
  }

  @Test
  void inputOrderIsTheClisOrderForArticlesAndRejections() {
    assertSameLines(corpus.jsonLinesInInputOrder().collectAsList(), cliLines);
    List<String> errors =
        corpus.records()
            .filter("kind = 'error'")
            .orderBy("file", "seq")
            .select("json")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(errors).containsExactlyElementsOf(cliErrors);
    assertThat(cliLines).anyMatch(l -> l.contains("\"path\":\"seeds/000_af910dd6cbbcd9d5.txt\""));
    assertThat(cliLines).anyMatch(l -> l.contains("_under, [1]:x.txt"));
  }

  @Test
  void skippedWebArchiveRecordsAreCountedByKindAsTheCliCountsThem() {
    assertThat(corpus.skippedCounts()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "warcinfo", 1L, "request", 25L, "metadata", 3L, "redirect", 1L, "httpError", 1L, "notHtml", 2L, "noArticle", 1L));
  }

  @Test
  void jacksonTwoInSparkAndJacksonThreeInTheExporterShareTheJvm() {
    // Spark parses the lines with its Jackson 2 (com.fasterxml) while the exporter wrote them
    // with Jackson 3 (tools.jackson): both in this JVM, neither breaking the other
    Dataset<Row> articles = corpus.articles();
    List<Row> rows = articles.select("id", "source.path", "source.index", "paragraphs").collectAsList();
    assertThat(rows).hasSameSizeAs(cliLines);
    assertThat(rows.stream().map(r -> r.getString(0)).collect(Collectors.toSet()))
        .isEqualTo(cliLines.stream().map(SparkCorpusTest::id).collect(Collectors.toSet()));
    // the typed paragraphs are the exported ones (only the crawl's link index has none)
    assertThat(rows.stream().filter(r -> r.getList(3).isEmpty()).count())
        .isEqualTo(cliLines.stream().filter(l -> l.contains("\"paragraphs\":[]")).count())
        .isLessThan(2);
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
  }

  @Test
  void exportSchemaNamesEveryFieldTheExporterWrites() {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> top = Set.of(ExportSchema.ARTICLE.fieldNames());
    for (String line : cliLines) {
      JsonNode n = mapper.readTree(line);
      assertThat(top).containsAll(n.propertyNames());
      assertThat(Set.of(((org.apache.spark.sql.types.StructType) ExportSchema.ARTICLE.apply("source").dataType()).fieldNames()))
          .containsAll(n.get("source").propertyNames());
    }
  }

  @Test
  void manySmallFilesSpreadOverEveryCore() throws IOException {
    Path many = Files.createDirectories(tmp.resolve("many"));
    String text = Files.readString(Path.of("seeds/000_af910dd6cbbcd9d5.txt"), StandardCharsets.UTF_8);
    for (int i = 0; i < 60; i++) {
      Files.writeString(many.resolve(String.format(java.util.Locale.ROOT, "f%03d.txt", i)), text, StandardCharsets.UTF_8);
    }
    SparkCorpus small = SparkCorpus.read(spark, List.of(many.toString()), Options.defaults());
    List<Integer> filesPerPartition =
        small.records()
            .select("file")
            .javaRDD()
            .mapPartitions(rows -> {
              Set<Integer> files = new java.util.HashSet<>();
              rows.forEachRemaining(r -> files.add(r.getInt(0)));
              return List.of(files.size()).iterator();
            })
            .collect();
    int parallelism = spark.sparkContext().defaultParallelism();
    assertThat(filesPerPartition.size()).isGreaterThanOrEqualTo(2 * parallelism);
    assertThat(filesPerPartition.stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    int max = filesPerPartition.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int min = filesPerPartition.stream().mapToInt(Integer::intValue).min().orElseThrow();
    assertThat(max - min).as("files per partition %s", filesPerPartition).isLessThanOrEqualTo(max / 2 + 1);
  }

  @Test
  void jobWritesTheCliLinesAndErrors() throws IOException {
    Path out = tmp.resolve("job-out");
    Path errs = tmp.resolve("job-errors");
    List<String> args = new ArrayList<>(List.of("-q", "--input-order", "-o", out.toString(), "--errors", errs.toString()));
    args.addAll(List.of(CLI_OPTIONS));
    args.addAll(inputs);
    int status = SparkIngestJob.run(spark, args.toArray(String[]::new));
    assertThat(status).isEqualTo(1);
    assertSameLines(readParts(out), cliLines);
    assertThat(readParts(errs)).containsExactlyElementsOf(cliErrors);
    try (Stream<Path> parts = Files.list(out)) {
      assertThat(parts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")))
          .isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(".json"));
    }
    assertThat(SparkIngestJob.run(spark, "-q", "-o", out.toString(), "-")).isEqualTo(2);
    assertThat(SparkIngestJob.run(spark, "-q", "--format", "csv", "-o", tmp.resolve("x").toString(), "seeds")).isEqualTo(2);
  }

  @Test
  void parquetHoldsTheArticlesInTypedColumns() {
    Path out = tmp.resolve("job-parquet");
    List<String> args = new ArrayList<>(List.of("-q", "--format", "parquet", "-o", out.toString()));
    args.addAll(List.of(CLI_OPTIONS));
    args.addAll(inputs);
    assertThat(SparkIngestJob.run(spark, args.toArray(String[]::new))).isEqualTo(1);
    Dataset<Row> back = spark.read().parquet(out.toString());
    assertThat(back.schema().fieldNames()).containsExactly(ExportSchema.ARTICLE.fieldNames());
    assertThat(back.schema().apply("source").dataType()).isEqualTo(ExportSchema.ARTICLE.apply("source").dataType());
    List<Row> rows = back.select("id", "contentHash", "text", "source.offset").collectAsList();
    assertThat(rows.stream().map(r -> r.getString(0)).sorted().collect(Collectors.toList()))
        .isEqualTo(cliLines.stream().map(SparkCorpusTest::id).sorted().collect(Collectors.toList()));
    ObjectMapper mapper = new ObjectMapper();
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (String l : cliLines) {
      byId.put(id(l), mapper.readTree(l));
    }
    for (Row r : rows) {
      JsonNode cli = byId.get(r.getString(0));
      assertThat(r.getString(1)).isEqualTo(cli.get("contentHash").asString());
      assertThat(r.getString(2)).isEqualTo(cli.get("text").asString());
      assertThat(r.isNullAt(3) ? null : r.getLong(3))
          .isEqualTo(cli.get("source").get("offset").isNull() ? null : cli.get("source").get("offset").asLong());
    }
  }

  /** The lines of a Spark output directory's part files, in part order. */
  static List<String> readParts(Path dir) throws IOException {
    List<Path> parts;
    try (Stream<Path> s = Files.list(dir)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList());
    }
    List<String> lines = new ArrayList<>();
    for (Path p : parts) {
      lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** Equal lists of export lines; on failure, names the articles (path, index, id) that differ. */
  static void assertSameLines(List<String> actual, List<String> expected) {
    assertThat(actual.stream().map(SparkCorpusTest::label).collect(Collectors.toList()))
        .containsExactlyElementsOf(expected.stream().map(SparkCorpusTest::label).collect(Collectors.toList()));
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("line of %s", label(expected.get(i))).isEqualTo(expected.get(i));
    }
  }

  private static String label(String line) {
    int p = line.indexOf("\"path\":\"");
    int x = line.indexOf(",\"startLine\"");
    return id(line) + " " + (p < 0 || x < 0 ? line.substring(0, Math.min(80, line.length())) : line.substring(p, x));
  }

  private static String id(String line) {
    int i = line.indexOf("\"id\":\"");
    return line.substring(i + 6, line.indexOf('"', i + 6));
  }
}
