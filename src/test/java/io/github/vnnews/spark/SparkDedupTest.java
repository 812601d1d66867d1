package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.DedupMode;
import io.github.vnnews.Options;
import io.github.vnnews.internal.cli.Main;
import io.github.vnnews.internal.dedup.DedupOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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
 * Deduplication on Spark against the CLI's on the same corpus: {@link #corpus} writes 294
 * articles in six files with injected near-copies (a new headline, another lede, a paragraph
 * added or dropped, an outlet's tag, upper case), an exact copy, a story copied eleven times (a
 * bucket larger than {@link DedupOptions#allPairsBucket()}, paired linearly), and datelines that
 * put some copies before their original in the canonical order. The CLI runs in-process with
 * {@code --dedup mark} and {@code drop}; Spark ({@code local[2]}) must write the same lines, byte
 * for byte (so the same clusters, sizes, canonical flags and similarities), for 1, 3 and 7
 * partitions.
 */
@EnabledForJreRange(max = JRE.JAVA_22) // Spark's Hadoop calls Subject.getSubject, gone in Java 23+
class SparkDedupTest {
  @TempDir static Path tmp;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static SparkSession spark;
  private static Path corpus;
  private static List<String> cliMarked;
  private static List<String> cliDropped;
  private static List<String> cliDroppedReport;
  private static String cliDropSummary;
  private static long cliDuplicates;
  private static long cliClusters;

  private static final Options OPTIONS = Options.builder().learnBoilerplate(false).build();

  @BeforeAll
  static void corpusAndCliRuns() throws Exception {
    corpus = corpus(tmp.resolve("corpus"), 16);
    Path spill = Files.createDirectories(tmp.resolve("spill"));
    Path marked = tmp.resolve("cli-mark.jsonl");
    cli("ingest", "-q", "--no-learn-boilerplate", "--dedup", "mark", "--temp-dir", spill.toString(),
        "-o", marked.toString(), corpus.toString());
    cliMarked = Files.readAllLines(marked, StandardCharsets.UTF_8);
    for (String l : cliMarked) {
      JsonNode d = MAPPER.readTree(l).get("duplicate");
      if (!d.isNull()) {
        if (d.get("canonical").asBoolean()) {
          cliClusters++;
        } else {
          cliDuplicates++;
        }
      }
    }
    Path dropped = tmp.resolve("cli-drop.jsonl");
    Path report = tmp.resolve("cli-drop-errors.jsonl");
    cliDropSummary = cli("ingest", "--no-learn-boilerplate", "--dedup", "drop", "--temp-dir", spill.toString(),
        "-o", dropped.toString(), "--errors", report.toString(), corpus.toString());
    cliDropped = Files.readAllLines(dropped, StandardCharsets.UTF_8);
    cliDroppedReport = Files.readAllLines(report, StandardCharsets.UTF_8);
    spark = LocalSpark.session();
  }

  private static String cli(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(args)).as("CLI status (stderr: %s)", err).isZero();
    return err.toString();
  }

  @Test
  void theFixtureHasTheClustersItIsMeantToHave() throws IOException {
    List<JsonNode> articles = new ArrayList<>();
    for (String l : cliMarked) {
      articles.add(MAPPER.readTree(l));
    }
    Map<String, Integer> firstInInput = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    boolean canonicalNotFirst = false;
    int i = 0;
    for (JsonNode a : articles) {
      JsonNode d = a.get("duplicate");
      if (!d.isNull()) {
        String c = d.get("cluster").asString();
        firstInInput.putIfAbsent(c, i);
        sizes.put(c, d.get("size").asInt());
      }
      i++;
    }
    i = 0;
    for (JsonNode a : articles) {
      JsonNode d = a.get("duplicate");
      if (!d.isNull() && d.get("canonical").asBoolean() && firstInInput.get(d.get("cluster").asString()) < i) {
        canonicalNotFirst = true; // an earlier date beat input order
      }
      i++;
    }
    assertThat(articles).hasSizeGreaterThan(240);
    assertThat(sizes).hasSizeGreaterThan(20);
    assertThat(sizes.values()).anySatisfy(n -> assertThat(n).isGreaterThan(DedupOptions.DEFAULT_ALL_PAIRS_BUCKET));
    assertThat(canonicalNotFirst).as("a canonical article that is not its cluster's first in input order").isTrue();
    assertThat(cliDropped.size() + cliDroppedReport.size()).isEqualTo(articles.size());
  }

  @Test
  void markGivesTheClisLinesForAnyNumberOfPartitions() {
    for (int partitions : new int[] {1, 3, 7}) {
      SparkCorpus c = SparkCorpus.read(spark, List.of(corpus.toString()), OPTIONS, partitions)
          .deduplicate(DedupMode.MARK, DedupOptions.DEFAULT_THRESHOLD, partitions);
      // in input order, so equal lines are the same articles with the same clusters in the same places
      assertThat(c.jsonLinesInInputOrder().collectAsList()).as("%d partitions", partitions).isEqualTo(cliMarked);
      assertThat(c.errorLines().count()).isZero();
      assertThat(c.duplicateCounts()).isEqualTo(new SparkCorpus.DuplicateCounts(cliDuplicates, cliClusters));
    }
  }

  @Test
  void theJobDropsWhatTheCliDropsAndReportsItTheSameWay() throws IOException {
    Path out = tmp.resolve("spark-drop");
    Path errors = tmp.resolve("spark-drop-errors");
    StringWriter err = new StringWriter();
    int status = SparkIngestJob.run(spark, new PrintWriter(err), "--no-learn-boilerplate", "--dedup", "drop", "--min-partitions", "4", "-o", out.toString(),
        "--errors", errors.toString(), corpus.toString());
    assertThat(status).as("job status (stderr: %s)", err).isZero();
    assertThat(sorted(partLines(out))).isEqualTo(sorted(cliDropped));
    assertThat(sorted(partLines(errors))).isEqualTo(sorted(cliDroppedReport));
    String counts = cliDropSummary.replaceAll("(?s).*, 0 rejected(, [^,]+ in [^,]+ \\(dropped\\)).*", "$1");
    assertThat(counts).startsWith(", ").contains("(dropped)");
    assertThat(err.toString()).contains(", 0 rejected" + counts);
  }

  private static List<String> partLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sorted(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    out.sort(null);
    return out;
  }

  // ---- the fixture

  private static final String[] WORDS = (
      "người dân thành phố hà nội cho biết năm nay giá cả tăng mạnh trong khi thu nhập không đổi "
          + "chính phủ đã ban hành nghị định mới về quản lý thị trường bất động sản nhằm ổn định "
          + "tình hình kinh tế xã hội các địa phương cần triển khai ngay những biện pháp cụ thể để "
          + "bảo đảm an toàn giao thông trước mùa mưa bão sắp tới theo thống kê của tổng cục "
          + "lượng khách du lịch quốc tế đến việt nam tăng gấp đôi so với cùng kỳ năm ngoái")
      .split(" ");

  /** A paragraph of random syllables and numbers: two originals share few syllable pairs. */
  private static String paragraph(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = 25 + r.nextInt(35);
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      sb.append(i == 0 ? "" : " ").append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      if (r.nextInt(6) == 0) {
        sb.append(' ').append(r.nextInt(100_000));
      }
    }
    return sb.append('.').toString();
  }

  /** An article: a headline, a dateline or none, paragraphs. */
  private record Story(String title, String date, List<String> paragraphs) {
    String text() {
      StringBuilder sb = new StringBuilder(title).append('\n');
      if (date != null) {
        sb.append(date).append('\n');
      }
      for (String p : paragraphs) {
        sb.append(p).append('\n');
      }
      return sb.toString();
    }
  }

  private static String date(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return null; // no publication time: after every dated article in the canonical order
    }
    return String.format(Locale.ROOT, "Thứ 6, %02d/0%d/2023 | %02d:%02d:00 [GMT +7]", 1 + r.nextInt(28),
        1 + r.nextInt(9), r.nextInt(24), r.nextInt(60));
  }

  private static Story copy(Story s, SplittableRandom r) {
    List<String> ps = new ArrayList<>(s.paragraphs());
    String title = s.title();
    for (int e = 1 + r.nextInt(2); e > 0; e--) {
      switch (r.nextInt(6)) {
        case 0 -> title = "Cập nhật: " + title.toLowerCase(Locale.ROOT);
        case 1 -> ps.set(0, paragraph(r)); // another lede
        case 2 -> ps.add(paragraph(r));
        case 3 -> {
          if (ps.size() > 3) {
            ps.remove(ps.size() - 1);
          }
        }
        case 4 -> ps.set(0, "(TTXVN) - " + ps.get(0));
        default -> ps.replaceAll(p -> p.toUpperCase(Locale.ROOT));
      }
    }
    return new Story(title, date(r), ps);
  }

  /**
   * Writes the corpus (294 articles; the CLI finds 111 duplicates in 46 clusters): 180 originals, a quarter of them with one to three near-copies placed
   * anywhere after (or, one in ten, before) them, an exact copy, a story in twelve versions;
   * six files of articles between {@code #####} lines.
   */
  static Path corpus(Path dir, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    List<Story> all = new ArrayList<>();
    for (int i = 0; i < 180; i++) {
      List<String> ps = new ArrayList<>();
      for (int k = 3 + r.nextInt(5); k > 0; k--) {
        ps.add(paragraph(r));
      }
      Story s = new Story("Tin số " + i + ": " + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)],
          date(r), ps);
      all.add(s);
      if (r.nextInt(4) == 0) {
        for (int c = 1 + r.nextInt(3); c > 0; c--) {
          Story x = copy(s, r);
          int at = r.nextInt(10) == 0 ? r.nextInt(all.size()) : all.size() + r.nextInt(40);
          all.add(Math.min(at, all.size()), x);
        }
      }
    }
    Story wire = all.get(7);
    for (int c = 0; c < 11; c++) {
      List<String> ps = new ArrayList<>(wire.paragraphs());
      ps.add(c % 2 == 0 ? "Theo TTXVN." : "Nguồn: Báo Tin Tức " + c + ".");
      all.add(20 + 17 * c, new Story(wire.title(), date(r), ps));
    }
    all.add(all.size() - 3, all.get(30)); // word for word, in another file
    Files.createDirectories(dir);
    int perFile = (all.size() + 5) / 6;
    for (int f = 0; f < 6; f++) {
      StringBuilder sb = new StringBuilder();
      for (int i = f * perFile; i < Math.min(all.size(), (f + 1) * perFile); i++) {
        sb.append(i == f * perFile ? "" : "#####\n").append(all.get(i).text());
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "part-%d.txt", f)), sb.toString(), StandardCharsets.UTF_8);
    }
    return dir;
  }
}
