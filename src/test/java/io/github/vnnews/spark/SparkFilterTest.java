package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnnews.DedupMode;
import io.github.vnnews.Options;
import io.github.vnnews.internal.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * The quality filters on Spark against the CLI's on the same corpus: {@link SparkDedupTest}'s 294
 * articles (bodies of 75 to 400 words, near-copies among them) plus a file of articles meant to
 * fail: English ones, a short notice, a repeated line, a list without punctuation, a table of
 * rates (the CLI filters them for their language, words, non-alphabetic words and top 4-grams,
 * and the others with a body under 150 words for their words). The CLI runs in-process with
 * {@code --language vi --min-words 150 --min-vietnamese 0.9 --fineweb2-filters} (and once more
 * with {@code --dedup drop}); the job and {@link
 * SparkCorpus#filter} must keep the same lines, byte for byte and in order, and report the same
 * records (so the same checks, values and thresholds).
 */
@EnabledForJreRange(max = JRE.JAVA_22) // Spark's Hadoop calls Subject.getSubject, gone in Java 23+
class SparkFilterTest {
  @TempDir static Path tmp;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Options OPTIONS = Options.builder().learnBoilerplate(false).build();
  private static final String[] FILTERS = {
    "--language", "vi", "--min-words", "150", "--min-vietnamese", "0.9", "--fineweb2-filters"
  };
  private static final SparkCorpus.QualityChecks CHECKS =
      SparkCorpus.QualityChecks.none().withLanguages(Set.of("VI")).withMinWords(150).withMinVietnamese(0.9)
          .withFineweb2(true);

  private static SparkSession spark;
  private static Path corpus;
  private static List<String> cliKept;
  private static List<String> cliReport;
  private static String cliSummary;
  private static List<String> cliDropKept;
  private static List<String> cliDropReport;
  private static String cliDropSummary;

  @BeforeAll
  static void corpusAndCliRuns() throws Exception {
    corpus = SparkDedupTest.corpus(tmp.resolve("corpus"), 16);
    Files.writeString(corpus.resolve("part-9-odd.txt"), String.join("#####\n", ODD), StandardCharsets.UTF_8);
    Path kept = tmp.resolve("cli.jsonl");
    Path report = tmp.resolve("cli-errors.jsonl");
    cliSummary = cli(args("ingest", "--no-learn-boilerplate", "-o", kept.toString(), "--errors", report.toString(),
        corpus.toString()));
    cliKept = Files.readAllLines(kept, StandardCharsets.UTF_8);
    cliReport = Files.readAllLines(report, StandardCharsets.UTF_8);
    Path spill = Files.createDirectories(tmp.resolve("spill"));
    Path dropKept = tmp.resolve("cli-drop.jsonl");
    Path dropReport = tmp.resolve("cli-drop-errors.jsonl");
    cliDropSummary = cli(args("ingest", "--no-learn-boilerplate", "--dedup", "drop", "--temp-dir", spill.toString(),
        "-o", dropKept.toString(), "--errors", dropReport.toString(), corpus.toString()));
    cliDropKept = Files.readAllLines(dropKept, StandardCharsets.UTF_8);
    cliDropReport = Files.readAllLines(dropReport, StandardCharsets.UTF_8);
    spark = LocalSpark.session();
  }

  /** The filter flags inserted after the first argument. */
  private static String[] args(String first, String... rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(List.of(FILTERS));
    out.addAll(List.of(rest));
    return out.toArray(new String[0]);
  }

  private static String cli(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(args)).as("CLI status (stderr: %s)", err).isZero();
    return err.toString();
  }

  @Test
  void theCliFiltersForSeveralReasonsAndKeepsTheRest() throws IOException {
    Map<String, Integer> checks = new TreeMap<>();
    for (String l : cliReport) {
      JsonNode r = MAPPER.readTree(l);
      assertThat(r.get("kind").asString()).isEqualTo("filtered");
      checks.merge(r.get("check").asString(), 1, Integer::sum);
    }
    assertThat(checks).as("filtered by check")
        .containsKeys("language", "minWords", "nonAlphaWordFraction", "top4GramFraction");
    assertThat(cliKept).hasSizeGreaterThan(50);
    assertThat(cliKept.size() + cliReport.size()).isEqualTo(294 + ODD.size());
    assertThat(cliSummary).contains(", 0 rejected, " + cliReport.size() + " filtered,");
    assertThat(cliDropReport).anySatisfy(l -> assertThat(l).contains("\"kind\":\"duplicate\""));
  }

  @Test
  void theJobKeepsAndReportsWhatTheCliKeepsAndReports() throws IOException {
    Path out = tmp.resolve("spark");
    Path errors = tmp.resolve("spark-errors");
    StringWriter err = new StringWriter();
    int status = SparkIngestJob.run(spark, new PrintWriter(err), args("--no-learn-boilerplate", "--input-order",
        "--min-partitions", "3", "-o", out.toString(), "--errors", errors.toString(), corpus.toString()));
    assertThat(status).as("job status (stderr: %s)", err).isZero();
    assertThat(partLines(out)).isEqualTo(cliKept);
    assertThat(partLines(errors)).as("the report in input order").isEqualTo(cliReport);
    assertThat(err.toString()).contains("vnnews-spark: " + cliKept.size() + " articles from 7 files, 0 rejected, "
        + cliReport.size() + " filtered,");
  }

  @Test
  void theJobFiltersBeforeItDropsDuplicatesAsTheCliDoes() throws IOException {
    Path out = tmp.resolve("spark-drop");
    Path errors = tmp.resolve("spark-drop-errors");
    StringWriter err = new StringWriter();
    int status = SparkIngestJob.run(spark, new PrintWriter(err), args("--no-learn-boilerplate", "--dedup", "drop",
        "--min-partitions", "4", "-o", out.toString(), "--errors", errors.toString(), corpus.toString()));
    assertThat(status).as("job status (stderr: %s)", err).isZero();
    assertThat(sorted(partLines(out))).isEqualTo(sorted(cliDropKept));
    assertThat(sorted(partLines(errors))).isEqualTo(sorted(cliDropReport));
    String counts = cliDropSummary.replaceAll("(?s).*(, 0 rejected, \\d+ filtered, [^,]+ in [^,]+ \\(dropped\\)).*", "$1");
    assertThat(counts).startsWith(", 0 rejected, ").contains("filtered", "(dropped)");
    assertThat(err.toString()).contains(counts);
  }

  @Test
  void theApiFiltersAsTheCliDoes() {
    SparkCorpus c = SparkCorpus.read(spark, List.of(corpus.toString()), OPTIONS, 2).filter(CHECKS);
    assertThat(c.jsonLinesInInputOrder().collectAsList()).isEqualTo(cliKept);
    assertThat(sorted(c.errorLines().collectAsList())).isEqualTo(sorted(cliReport));
    assertThat(c.records().filter("kind = 'error' and id is null").count()).as("no input rejected").isZero();

    SparkCorpus deduplicated = c.deduplicate(DedupMode.DROP, 0.4);
    assertThat(sorted(deduplicated.jsonLines().collectAsList())).isEqualTo(sorted(cliDropKept));
    assertThat(sorted(deduplicated.errorLines().collectAsList())).isEqualTo(sorted(cliDropReport));
  }

  @Test
  void theApiFiltersOnceAndBeforeDeduplicating() {
    SparkCorpus c = SparkCorpus.read(spark, List.of(corpus.toString()), OPTIONS, 2);
    assertThat(c.filter(SparkCorpus.QualityChecks.none())).isSameAs(c);
    assertThatThrownBy(() -> c.deduplicate(DedupMode.MARK, 0.4).filter(CHECKS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("before deduplicating");
    assertThatThrownBy(() -> c.filter(CHECKS).filter(CHECKS.withMinWords(10)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("filtered already");
  }

  @Test
  void checksAreValidatedAndNormalised() {
    assertThat(CHECKS.languages()).containsExactly("vi");
    assertThat(SparkCorpus.QualityChecks.none().isEmpty()).isTrue();
    assertThat(CHECKS.isEmpty()).isFalse();
    assertThatThrownBy(() -> SparkCorpus.QualityChecks.none().withMinWords(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SparkCorpus.QualityChecks.none().withMinVietnamese(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SparkCorpus.QualityChecks.none().withMinVietnamese(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SparkCorpus.QualityChecks.none().withLanguages(Set.of("Vietnamese!")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a language tag");
  }

  @Test
  void badFilterValuesAreUsageErrorsBeforeSparkWorks() {
    for (String[] bad : new String[][] {{"--min-words", "-1"}, {"--min-vietnamese", "2"}, {"--language", "x1"}}) {
      StringWriter err = new StringWriter();
      int status = SparkIngestJob.run(spark, new PrintWriter(err), bad[0], bad[1], "-o",
          tmp.resolve("never").toString(), corpus.toString());
      assertThat(status).as("%s %s", bad[0], bad[1]).isEqualTo(2);
      assertThat(err.toString()).contains(bad[0]);
      assertThat(tmp.resolve("never")).doesNotExist();
    }
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

  /** Sixteen lines without a full stop, 190 words, the same words again and again. */
  private static String villages() {
    String[] names = {"tân phú", "hòa bình", "an ninh đông", "sơn thành tây", "xuân lâm", "hòa thắng", "an chấn",
      "ea bar", "sơn hội", "hòa xuân nam", "an hiệp", "xuân phước", "đức bình", "hòa mỹ tây", "an định", "sơn long"};
    String[] districts = {"đồng xuân", "tây hòa", "tuy an", "sông hinh", "phú hòa", "sơn hòa", "đông hòa", "sông cầu"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      sb.append("xã ").append(names[i]).append(" huyện ").append(districts[i % districts.length])
          .append(" tỉnh phú yên đạt chuẩn nông thôn mới năm nay\n");
    }
    return sb.toString();
  }

  /** Articles meant to fail one check or another. */
  private static final List<String> ODD = List.of(
      "Committee approves the budget\n"
          + "The committee met on Friday to discuss the budget for the coming year.\n"
          + "It is expected that the plan will be approved by the end of the month, and that the work on the "
          + "new bridge will start in the spring, after the rains.\n",
      "Weather\nSunny in the north, showers in the south; temperatures from 24 to 31 degrees.\n",
      "Thông báo\nTạm ngừng cấp điện khu vực phường Bến Nghé từ 8 giờ đến 12 giờ ngày mai.\n",
      "Khuyến mãi lớn\n"
          + "Mua ngay hôm nay để nhận ưu đãi lớn nhất trong năm.\n".repeat(8)
          + "Liên hệ tổng đài để biết thêm chi tiết về chương trình khuyến mãi.\n",
      "Danh sách các xã đạt chuẩn nông thôn mới\n" + villages(),
      "Tỷ giá ngoại tệ\n"
          + "USD 24.150 24.520 24.180; EUR 25.870 27.210 26.010; JPY 158,2 167,5 159,1; GBP 30.110 31.390 30.250.\n"
          + "AUD 15.760 16.430 15.850; CAD 17.420 18.160 17.530; CHF 26.980 28.130 27.150; SGD 17.690 18.440 17.800.\n"
          + "CNY 3.310 3.450 3.330; HKD 3.050 3.180 3.070; KRW 16,2 19,1 17,0; THB 640 720 660; 1.000 2.000 3.000.\n");
}
