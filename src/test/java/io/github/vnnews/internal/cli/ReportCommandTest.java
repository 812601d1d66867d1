package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code vnnews report}, in-process, on an export of the seeds plus near-copies ingested with
 * {@code --dedup mark}: every figure it prints is recomputed here from the JSON itself (not from
 * the report's classes), the page has its charts, and a damaged export is named with what was read.
 */
class ReportCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path tmp;
  private Path export;
  private List<JsonNode> articles;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void export() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(s, corpus.resolve(s.getFileName()));
        // a copy of each seed in another outlet's chrome (which the normaliser removes)
        List<String> lines = new ArrayList<>(Files.readAllLines(s, StandardCharsets.UTF_8));
        lines.add(0, "Trang chủ | Xã hội");
        lines.add("Chia sẻ bài viết");
        Files.write(corpus.resolve("copy-" + s.getFileName()), lines, StandardCharsets.UTF_8);
      }
    }
    export = tmp.resolve("out.jsonl");
    assertThat(run("ingest", corpus.toString(), "--dedup", "mark", "-q", "-o", export.toString())).isZero();
    articles = new ArrayList<>();
    for (String l : Files.readAllLines(export, StandardCharsets.UTF_8)) {
      articles.add(MAPPER.readTree(l));
    }
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private long count(java.util.function.Predicate<JsonNode> p) {
    return articles.stream().filter(p).count();
  }

  @Test
  void theFiguresAreThoseOfTheExport() {
    assertThat(run("report", export.toString())).as(err.toString()).isZero();
    String text = out.toString();
    long n = articles.size();
    long dups = count(a -> !a.get("duplicate").isNull() && !a.get("duplicate").get("canonical").asBoolean());
    long clusters = count(a -> !a.get("duplicate").isNull() && a.get("duplicate").get("canonical").asBoolean());
    assertThat(dups).as("the near-copies were found").isGreaterThanOrEqualTo(5);
    assertThat(text).contains(String.format(Locale.ROOT, "articles: %d (%d with quality signals", n, n));
    assertThat(text).contains(String.format(Locale.ROOT, "duplicates: %d of %d articles (%.2f %%) in %d clusters",
        dups, n, 100.0 * dups / n, clusters));
    long authors = count(a -> !a.get("author").isNull());
    assertThat(text).contains(String.format(Locale.ROOT, "coverage: author %d (", authors));
    long captioned = count(a -> !a.get("captions").isEmpty());
    assertThat(text).contains(String.format(Locale.ROOT, "caption %d (", captioned));
    java.util.Map<String, long[]> kinds = new java.util.TreeMap<>();
    for (JsonNode a : articles) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (JsonNode r : a.get("removed")) {
        long[] k = kinds.computeIfAbsent(r.get("kind").asString(), x -> new long[2]);
        k[0]++;
        if (seen.add(r.get("kind").asString())) {
          k[1]++;
        }
      }
    }
    assertThat(kinds).isNotEmpty();
    kinds.forEach((kind, k) -> assertThat(text).containsPattern("\\n  " + kind + " +" + k[0] + " +" + k[1] + " "));

    // the median of words, nearest rank, from the JSON
    double[] words = articles.stream().mapToDouble(a -> a.get("quality").get("words").asDouble()).sorted().toArray();
    long median = (long) words[(int) Math.ceil(0.5 * words.length) - 1];
    Matcher m = Pattern.compile("\\n  words +(\\S+) +(\\S+) +(\\S+) +(\\S+) +(\\S+) ").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    assertThat(m.group(5)).isEqualTo(Long.toString(median));
    assertThat(m.group(2)).isEqualTo(Long.toString((long) words[0]));

    // a FineWeb-2 check, from the JSON
    long fewPunct = count(a -> a.get("quality").get("linesEndingInPunctuation").asDouble() <= 0.333);
    assertThat(text).containsPattern("\\n  linesEndingInPunctuation <= 0.3330 +" + fewPunct + " \\(");
  }

  @Test
  void thePageHasAChartPerSignalAndTheClusters() throws IOException {
    Path page = tmp.resolve("report.html");
    assertThat(run("report", export.toString(), "--html", page.toString())).as(err.toString()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith(ReportCommand.OWN_PAGE.get(0));
    assertThat(Pattern.compile("<svg class=\"chart\"").matcher(html).results().count())
        .as("15 signals, removed kinds, cluster sizes, similarities").isEqualTo(18);
    assertThat(html).contains("id=\"clusterSizes\"").contains("id=\"vietnamese\"").contains("class=\"threshold\"");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void aGzipExportReadsLikeThePlainOne() throws IOException {
    Path gz = tmp.resolve("out.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(export));
    }
    assertThat(run("report", export.toString())).isZero();
    String plain = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("report", gz.toString())).isZero();
    assertThat(out.toString()).isEqualTo(plain);
  }

  @Test
  void aDamagedExportIsNamedAndWhatWasReadIsReported() throws IOException {
    Path bad = tmp.resolve("bad.jsonl");
    List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>(lines.subList(0, 3));
    kept.add("{\"schemaVersion\": 2, \"title\": \"cut off");
    Files.write(bad, kept, StandardCharsets.UTF_8);
    assertThat(run("report", bad.toString())).isEqualTo(Main.REJECTED);
    assertThat(err.toString()).contains("bad.jsonl").contains("after 3 articles");
    assertThat(out.toString()).startsWith("articles: 3 (");
  }

  @Test
  void thePageMayNotReplaceAnInput() throws IOException {
    byte[] before = Files.readAllBytes(export);
    assertThat(run("report", export.toString(), "--html", export.toString())).isEqualTo(Main.USAGE);
    assertThat(Files.readAllBytes(export)).isEqualTo(before);
    assertThat(err.toString()).contains("--html");
    assertThat(out.toString()).as("refused before anything is read").isEmpty();
  }
}
