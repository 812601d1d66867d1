package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code vnnews ingest --dedup off|mark|drop} and the quality filters, in-process: the seeds plus
 * a re-edited copy of seed 000 (new headline, its own lede, another outlet's chrome), seed 001 in
 * upper case, and an English text.
 */
class DedupCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path tmp;
  private Path corpus;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void corpus() throws IOException {
    corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(s, corpus.resolve(s.getFileName()));
      }
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("seeds/000_af910dd6cbbcd9d5.txt")));
    lines.set(0, "(TTXVN) - Hội nghị giao ban trực tuyến diễn ra chiều 28/7 tại Hà Nội với 63 điểm cầu.");
    lines.add(0, "Thường trực Ban Bí thư giao ban với các tỉnh ủy, thành ủy");
    lines.add(0, "Trang chủ | Thời sự | Chính trị");
    lines.add("Chia sẻ");
    Files.write(corpus.resolve("100-reedit.txt"), lines, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("101-upper.txt"),
        Files.readString(Path.of("seeds/001_bc9d6e7807c2e2ea.txt")).toUpperCase(java.util.Locale.ROOT));
    Files.writeString(corpus.resolve("102-english.txt"),
        "The committee met on Friday to discuss the budget.\n"
            + "It is expected that the plan will be approved by the end of the month, and that the work will start in the spring.\n");
  }

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static List<JsonNode> read(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      out.add(MAPPER.readTree(l));
    }
    return out;
  }

  private static JsonNode byPath(List<JsonNode> articles, String name) {
    return articles.stream().filter(a -> a.get("source").get("path").asString().endsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no article from " + name));
  }

  @Test
  void markKeepsEveryArticleAndMarksTheClusters() throws IOException {
    Path o = tmp.resolve("out.jsonl");
    Path spill = Files.createDirectories(tmp.resolve("spill"));
    assertThat(run("ingest", corpus.toString(), "--dedup", "mark", "--temp-dir", spill.toString(), "-o", o.toString()))
        .isZero();
    List<JsonNode> a = read(o);
    assertThat(a).hasSize(8);
    JsonNode seed0 = byPath(a, "000_af910dd6cbbcd9d5.txt");
    JsonNode reedit = byPath(a, "100-reedit.txt");
    assertThat(seed0.get("duplicate").get("canonical").asBoolean()).isTrue();
    assertThat(seed0.get("duplicate").get("size").asInt()).isEqualTo(2);
    assertThat(reedit.get("duplicate").get("cluster").asString()).isEqualTo(seed0.get("id").asString());
    assertThat(reedit.get("duplicate").get("similarity").asDouble()).isBetween(0.5, 0.99);
    JsonNode upper = byPath(a, "101-upper.txt");
    assertThat(upper.get("duplicate").get("cluster").asString()).isEqualTo(byPath(a, "001_bc9d6e7807c2e2ea.txt").get("id").asString());
    // in upper case the normaliser may read a line or two differently: nearly, not exactly, the same
    assertThat(upper.get("duplicate").get("similarity").asDouble()).isGreaterThan(0.95);
    assertThat(byPath(a, "002_47439332d31f91e3.txt").get("duplicate").isNull()).isTrue();
    assertThat(byPath(a, "102-english.txt").get("language").asString()).isEqualTo("en");
    assertThat(err.toString()).contains("vnnews: 8 articles from 8 files, 0 rejected, 2 duplicates in 2 clusters (marked)");
    try (var left = Files.list(spill)) {
      assertThat(left).as("spill files deleted").isEmpty();
    }
  }

  @Test
  void aTempDirThatCannotBeWrittenIsAUsageErrorBeforeAnythingIsRead() throws IOException {
    Path o = tmp.resolve("out.jsonl");
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    for (Path t : new Path[] {tmp.resolve("missing"), file}) {
      err.getBuffer().setLength(0);
      assertThat(run("ingest", corpus.toString(), "--dedup", "mark", "--temp-dir", t.toString(), "-o", o.toString()))
          .isEqualTo(Main.USAGE);
      assertThat(err.toString()).contains("--temp-dir: " + t + " is not a writable directory");
      assertThat(o).doesNotExist();
    }
    assertThat(run("ingest", corpus.toString(), "--temp-dir", tmp.resolve("missing").toString(), "-o", o.toString()))
        .as("without --dedup nothing spills").isZero();
  }

  @Test
  void markIsByteIdenticalForAnyThreadCount() throws IOException {
    Path one = tmp.resolve("one.jsonl");
    Path two = tmp.resolve("two.jsonl");
    assertThat(run("ingest", corpus.toString(), "--dedup", "mark", "--threads", "1", "-o", one.toString())).isZero();
    assertThat(run("ingest", corpus.toString(), "--dedup", "mark", "--threads", "3", "-o", two.toString())).isZero();
    assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
  }

  @Test
  void offWritesNoClustersAndKeepsTheOutputOfBefore() throws IOException {
    Path o = tmp.resolve("off.jsonl");
    assertThat(run("ingest", corpus.toString(), "-o", o.toString())).isZero();
    assertThat(read(o)).hasSize(8).allSatisfy(a -> assertThat(a.get("duplicate").isNull()).isTrue());
  }

  @Test
  void dropReportsTheDroppedArticlesWithTheirCluster() throws IOException {
    Path o = tmp.resolve("out.jsonl");
    Path errors = tmp.resolve("errors.jsonl");
    assertThat(run("ingest", corpus.toString(), "--dedup", "drop", "--errors", errors.toString(), "-o", o.toString()))
        .as("dropping on request is not a rejected input").isZero();
    List<JsonNode> kept = read(o);
    assertThat(kept).hasSize(6);
    assertThat(kept).noneMatch(a -> a.get("source").get("path").asString().endsWith("100-reedit.txt"));
    assertThat(byPath(kept, "000_af910dd6cbbcd9d5.txt").get("duplicate").get("size").asInt()).isEqualTo(2);
    List<JsonNode> report = read(errors);
    assertThat(report).hasSize(2).allSatisfy(r -> assertThat(r.get("kind").asString()).isEqualTo("duplicate"));
    JsonNode r0 = report.stream().filter(r -> r.get("path").asString().endsWith("100-reedit.txt")).findFirst().orElseThrow();
    assertThat(r0.get("cluster").asString()).isEqualTo(byPath(kept, "000_af910dd6cbbcd9d5.txt").get("id").asString());
    assertThat(r0.get("line").asInt()).isEqualTo(1);
    assertThat(r0.get("message").asString()).contains("duplicate of " + r0.get("cluster").asString());
    assertThat(err.toString()).contains("2 duplicates in 2 clusters (dropped)");
  }

  @Test
  void filtersMoveArticlesToTheReportWithTheReason() throws IOException {
    Path o = tmp.resolve("out.jsonl");
    Path errors = tmp.resolve("errors.jsonl");
    assertThat(run("ingest", corpus.toString(), "--language", "vi", "--min-words", "950", "--errors",
        errors.toString(), "-o", o.toString())).isZero();
    List<JsonNode> report = read(errors);
    assertThat(report).allSatisfy(r -> assertThat(r.get("kind").asString()).isEqualTo("filtered"));
    JsonNode english = report.stream().filter(r -> r.get("path").asString().endsWith("102-english.txt")).findFirst().orElseThrow();
    assertThat(english.get("check").asString()).isEqualTo("language");
    JsonNode short0 = report.stream().filter(r -> r.get("path").asString().endsWith("002_47439332d31f91e3.txt")).findFirst().orElseThrow();
    assertThat(short0.get("check").asString()).isEqualTo("minWords");
    assertThat(short0.get("value").asDouble()).isLessThan(950);
    assertThat(short0.get("threshold").asDouble()).isEqualTo(950.0);
    assertThat(read(o).size() + report.size()).isEqualTo(8);
    assertThat(err.toString()).contains(report.size() + " filtered");
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThat(run("ingest", corpus.toString(), "--dedup", "maybe")).isEqualTo(2);
    assertThat(run("ingest", corpus.toString(), "--dedup-threshold", "0")).isEqualTo(2);
    assertThat(run("ingest", corpus.toString(), "--dedup-threshold", "1.5")).isEqualTo(2);
    assertThat(run("ingest", corpus.toString(), "--min-vietnamese", "2")).isEqualTo(2);
    assertThat(run("ingest", corpus.toString(), "--min-words", "-1")).isEqualTo(2);
    assertThat(run("ingest", corpus.toString(), "--language", "Vietnamese!")).isEqualTo(2);
  }

  @Test
  void helpDescribesTheModesAndTheDefault() {
    assertThat(run("ingest", "--help")).isZero();
    assertThat(out.toString()).contains("--dedup=MODE", "off (default)", "--dedup-threshold", "--temp-dir",
        "--min-words", "--min-vietnamese", "--language", "--fineweb2-filters");
  }
}
