package io.github.vnnews.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.when;

import io.github.vnnews.DedupMode;
import io.github.vnnews.Options;
import io.github.vnnews.SkipReason;
import io.github.vnnews.internal.cli.CommonOptions;
import io.github.vnnews.internal.cli.FilterOptions;
import io.github.vnnews.internal.dedup.DedupOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The {@code spark-submit} job: reads a corpus on the cluster and writes its articles as JSON
 * Lines, the same lines {@code vnnews ingest} writes, with the same options.
 *
 * <pre>
 * spark-submit --class io.github.vnnews.spark.SparkIngestJob vnnews-spark-job.jar \
 *     --delimiter '#####' -o hdfs:///vnnews/out --errors hdfs:///vnnews/errors hdfs:///scrapes
 * </pre>
 *
 * <p>The output directory holds Spark's part files ({@code part-*.json}, one article a line: the
 * CLI's lines; in the CLI's order across files, read in name order, with {@code --input-order});
 * with {@code --format parquet}, Parquet files of the typed columns ({@link ExportSchema#ARTICLE})
 * written by Spark's own writer. {@code --errors DIR} gets the rejections as JSON lines (and, with
 * {@code --dedup drop}, the dropped duplicates). {@code --dedup mark|drop} finds the CLI's
 * duplicate clusters ({@link SparkCorpus#deduplicate}); {@code --min-words}, {@code
 * --min-vietnamese}, {@code --language} and {@code --fineweb2-filters} leave out the articles the
 * CLI's filters leave out, with the CLI's report records in {@code --errors} ({@link
 * SparkCorpus#filter}). Skipped
 * web-archive records are counted by reason in the summary, as the CLI counts them. Both are written in one pass over the inputs, to a hidden
 * directory beside the output that is then moved into place. Exit status as the CLI's: 0 every input
 * read, 1 some input rejected (the rest still written), 2 usage error. The arguments are checked
 * before Spark starts.
 */
@Command(
    name = "vnnews-spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads files and directories (recursively; local paths or hdfs://, s3a://, ... URIs) on Spark, "
          + "splits multi-article files on delimiter lines, normalises every article and writes JSON Lines: "
          + "the lines `vnnews ingest` writes for the same inputs.",
      "Exit status: 0 all inputs read, 1 some inputs rejected (the rest still written), 2 usage error."
    })
public final class SparkIngestJob implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (paths or URIs).")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Output directory: Spark part files, one article a line.")
  String output;

  @Option(names = "--errors", paramLabel = "DIR",
      description = "Write every rejected input (path, line, byteOffset, kind, message) to DIR as JSON Lines; "
          + "articles left out by --dedup drop or a quality filter too, with their cluster or check (as the CLI's --errors).")
  String errors;

  @Option(names = "--input-order",
      description = "Write the articles in the CLI's order (inputs as given, entries sorted, file order); costs a sort.")
  boolean inputOrder;

  @Option(names = "--min-partitions", paramLabel = "N",
      description = "Pack the files into at least N partitions (default: 3 per core).")
  Integer minPartitions;

  @Option(names = "--reader", paramLabel = "MODE", defaultValue = "binary-files",
      description = "How tasks read files: binary-files (default; Spark's binaryFiles, HDFS block locality) "
          + "or file-system (straight through the file system: less CPU per file, no locality).")
  String reader;

  @Option(names = "--compression", paramLabel = "CODEC",
      description = "Compress the part files: none (default), gzip, bzip2, zstd, ... (Parquet: snappy by default, gzip, zstd, ...)")
  String compression;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default): part-*.json files of the CLI's lines; parquet: Parquet files with the typed "
          + "columns of the export schema, written by Spark's own writer.")
  String format;

  @Option(names = "--dedup", paramLabel = "MODE", defaultValue = "off",
      description = "Duplicates (exact and near), as the CLI finds them: off (default), mark (every article, clusters in "
          + "its 'duplicate' field), drop (keep each cluster's canonical article: the earliest published, then the first "
          + "in input order; the others go to --errors with their cluster).")
  DedupMode dedup;

  @Option(names = "--dedup-threshold", paramLabel = "J", defaultValue = "" + DedupOptions.DEFAULT_THRESHOLD,
      description = "Jaccard similarity of the syllable-pair sets from which two articles are duplicates "
          + "(default: ${DEFAULT-VALUE}).")
  double dedupThreshold;

  @Option(names = "--overwrite", description = "Replace the output directories if they exist.")
  boolean overwrite;

  @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Keep Spark's INFO log lines (by default a session this job starts logs warnings and errors only).")
  boolean verbose;

  @Mixin CommonOptions common;

  @Mixin FilterOptions filters;

  private final SparkSession given;

  private SparkIngestJob(SparkSession given) {
    this.given = given;
  }

  /**
   * Runs the job on the session {@code spark-submit} configures, and exits with its status.
   *
   * @param args the arguments (see {@code --help})
   */
  public static void main(String[] args) {
    System.exit(commandLine(null).execute(args));
  }

  /**
   * Runs the job on a session the caller owns (and keeps open).
   *
   * @param spark the session
   * @param args the arguments (see {@code --help})
   * @return the exit status: 0 every input read, 1 some rejected, 2 usage error
   */
  public static int run(SparkSession spark, String... args) {
    return commandLine(java.util.Objects.requireNonNull(spark, "spark")).execute(args);
  }

  /** {@link #run(SparkSession, String...)} with standard error captured (for tests). */
  static int run(SparkSession spark, PrintWriter err, String... args) {
    CommandLine cl = commandLine(java.util.Objects.requireNonNull(spark, "spark"));
    cl.setErr(err);
    return cl.execute(args);
  }

  private static CommandLine commandLine(SparkSession spark) {
    CommandLine cl = new CommandLine(new SparkIngestJob(spark));
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExpandAtFiles(false); // "--delimiter @@@@@" is a delimiter, not a file of arguments
    return cl;
  }

  Options options() {
    return common.toOptions();
  }

  @Override
  public Integer call() {
    Options options;
    try {
      options = options();
      if (minPartitions != null && minPartitions < 1) {
        throw new IllegalArgumentException("--min-partitions must be at least 1");
      }
      readMode();
      parquet();
      dedupOptions();
      checks();
      if (paths.contains("-")) {
        throw new IllegalArgumentException("- (standard input) cannot be read by Spark; give files or directories");
      }
      if (given == null) {
        // the outputs are checked before Spark starts: a usage error costs no cluster start-up
        Configuration conf = hadoopConfiguration();
        checkTarget(new Path(output), conf);
        if (errors != null) {
          checkTarget(new Path(errors), conf);
        }
      }
    } catch (IllegalArgumentException | IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    SparkSession spark = given != null ? given : session();
    try {
      return ingest(spark, options);
    } finally {
      if (given == null) {
        spark.stop();
      }
    }
  }

  /**
   * The session this job starts: INFO log lines only with {@code --verbose} (Spark's {@code
   * spark.log.level}, unless it is set already, as with {@code spark-submit --conf}).
   */
  private SparkSession session() {
    SparkSession.Builder b = SparkSession.builder().appName("vnnews");
    if (!verbose && !new org.apache.spark.SparkConf().contains(LOG_LEVEL)) {
      b = b.config(LOG_LEVEL, "WARN");
    }
    return b.getOrCreate();
  }

  /** Spark's setting for the log level of a session it starts (Spark 3.5 and later). */
  static final String LOG_LEVEL = "spark.log.level";

  /**
   * The Hadoop configuration a session would have, made before one is started: the {@code
   * *-site.xml} files on the class path, and the {@code spark.hadoop.*} settings {@code
   * spark-submit} passes as system properties.
   */
  static Configuration hadoopConfiguration() {
    Configuration conf = new Configuration();
    for (String k : System.getProperties().stringPropertyNames()) {
      if (k.startsWith("spark.hadoop.")) {
        conf.set(k.substring("spark.hadoop.".length()), System.getProperty(k));
      }
    }
    return conf;
  }

  private int ingest(SparkSession spark, Options options) {
    long started = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(output);
    Path errs = errors == null ? null : new Path(errors);
    SparkCorpus corpus;
    try {
      checkTarget(out, conf);
      if (errs != null) {
        checkTarget(errs, conf);
      }
      int min = minPartitions != null ? minPartitions : 3 * spark.sparkContext().defaultParallelism();
      corpus = SparkCorpus.read(spark, paths, options, min, readMode());
    } catch (IllegalArgumentException | IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    // filtered while read, as the CLI filters before it deduplicates
    SparkCorpus.QualityChecks checks = checks();
    corpus = corpus.filter(checks);
    // the clusters are found first (jobs over the persisted records); writing applies them
    corpus = corpus.deduplicate(dedup, dedupOptions());
    SparkCorpus.DuplicateCounts dups = dedup == DedupMode.OFF ? null : corpus.duplicateCounts();
    // one pass: articles and rejections go to kind=article/ and kind=error/ of a temporary
    // directory beside the output, then move into place; the counts are observed on the way
    Dataset<Row> records = corpus.records();
    if (inputOrder) {
      records = records.orderBy(col("kind"), col("file"), col("seq"));
    }
    Observation counts = new Observation("vnnews");
    List<Column> metrics = new ArrayList<>();
    // an error row with an article id is an article left out on request (filtered, or a dropped
    // duplicate): a record of the report, not an input rejected
    Column error = col("kind").equalTo(SparkCorpus.KIND_ERROR);
    metrics.add(count(when(error.and(col("id").isNull()), 1)).as("errors"));
    metrics.add(count(when(error.and(col("id").isNotNull()), 1)).as("leftOut"));
    for (SkipReason r : SkipReason.values()) {
      metrics.add(count(when(col("kind").equalTo(SparkCorpus.KIND_SKIPPED).and(col("json").equalTo(r.jsonName())), 1))
          .as("skipped_" + r.jsonName()));
    }
    records =
        records
            .observe(
                counts,
                count(when(col("kind").equalTo(SparkCorpus.KIND_ARTICLE), 1)).as("articles"),
                metrics.toArray(new Column[0]))
            .filter(col("kind").notEqual(SparkCorpus.KIND_SKIPPED));
    Path tmp = new Path(out.getParent() == null ? out : out.getParent(),
        "." + out.getName() + "-vnnews-" + UUID.randomUUID());
    long articleCount;
    long errorCount;
    long filtered;
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    try {
      if (parquet()) {
        writeParquet(records, tmp);
      } else {
        DataFrameWriter<Row> w = records.select(col("kind"), col("json")).write().partitionBy("kind");
        if (compression != null) {
          w = w.option("compression", compression);
        }
        w.text(tmp.toString());
      }
      Map<String, Object> c = counts.getAsJava();
      articleCount = ((Number) c.get("articles")).longValue();
      errorCount = ((Number) c.get("errors")).longValue();
      filtered = ((Number) c.get("leftOut")).longValue() - (dedup == DedupMode.DROP ? dups.duplicates() : 0);
      for (SkipReason r : SkipReason.values()) {
        long n = ((Number) c.get("skipped_" + r.jsonName())).longValue();
        if (n > 0) {
          skipped.put(r, n);
        }
      }
      moveInto(new Path(tmp, "kind=" + SparkCorpus.KIND_ARTICLE), out, conf);
      if (errs != null) {
        moveInto(new Path(tmp, "kind=" + SparkCorpus.KIND_ERROR), errs, conf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the output into place: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      deleteQuietly(tmp, conf);
    }
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "vnnews-spark: %d article%s from %d file%s, %d rejected%s%s%s, %.2f s%n",
          articleCount, articleCount == 1 ? "" : "s", corpus.fileCount(), corpus.fileCount() == 1 ? "" : "s", errorCount, skippedSummary(skipped),
          filtered > 0 || !checks.isEmpty() ? ", " + filtered + " filtered" : "", dedupSummary(dups),
          (System.nanoTime() - started) / 1e9);
      err.flush();
    }
    return errorCount == 0 ? 0 : 1;
  }

  /** The CLI's summary of deduplication: {@code ", 3 duplicates in 2 clusters (marked)"}. */
  private String dedupSummary(SparkCorpus.DuplicateCounts d) {
    if (d == null) {
      return "";
    }
    return ", " + d.duplicates() + (d.duplicates() == 1 ? " duplicate" : " duplicates") + " in " + d.clusters()
        + (d.clusters() == 1 ? " cluster" : " clusters") + (dedup == DedupMode.DROP ? " (dropped)" : " (marked)");
  }

  /** The CLI's summary of skipped records: {@code ", 3 records skipped (2 request, 1 notHtml)"}. */
  private static String skippedSummary(Map<SkipReason, Long> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    long total = 0;
    StringBuilder by = new StringBuilder();
    for (Map.Entry<SkipReason, Long> e : skipped.entrySet()) {
      total += e.getValue();
      by.append(by.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().jsonName());
    }
    return ", " + total + (total == 1 ? " record" : " records") + " skipped (" + by + ")";
  }

  /**
   * Writes the articles as Parquet (typed columns, parsed from the export lines with {@link
   * ExportSchema#ARTICLE}) to {@code kind=article/} and the rejections as JSON lines to {@code
   * kind=error/}: two writes over records computed once (persisted in between).
   */
  private void writeParquet(Dataset<Row> records, Path tmp) {
    Dataset<Row> kept = records.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      DataFrameWriter<Row> w =
          kept.filter(col("kind").equalTo(SparkCorpus.KIND_ARTICLE))
              .select(from_json(col("json"), ExportSchema.ARTICLE).as("a"))
              .select(col("a.*"))
              .write();
      if (compression != null) {
        w = w.option("compression", compression);
      }
      w.parquet(new Path(tmp, "kind=" + SparkCorpus.KIND_ARTICLE).toString());
      kept.filter(col("kind").equalTo(SparkCorpus.KIND_ERROR)).select(col("json")).write()
          .text(new Path(tmp, "kind=" + SparkCorpus.KIND_ERROR).toString());
    } finally {
      kept.unpersist();
    }
  }

  /** The quality filters of the flags, checked as the CLI checks them. */
  private SparkCorpus.QualityChecks checks() {
    filters.filter(); // the CLI's checks and messages
    return new SparkCorpus.QualityChecks(filters.languageTags(), filters.minWords(), filters.minVietnamese(),
        filters.fineweb2());
  }

  private DedupOptions dedupOptions() {
    return DedupOptions.builder().threshold(dedupThreshold).build();
  }

  private boolean parquet() {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl":
      case "json":
        return false;
      case "parquet":
        return true;
      default:
        throw new IllegalArgumentException("unknown --format '" + format + "' (jsonl or parquet)");
    }
  }

  private SparkCorpus.ReadMode readMode() {
    switch (reader.toLowerCase(Locale.ROOT)) {
      case "binary-files":
        return SparkCorpus.ReadMode.BINARY_FILES;
      case "file-system":
        return SparkCorpus.ReadMode.FILE_SYSTEM;
      default:
        throw new IllegalArgumentException("unknown --reader '" + reader + "' (binary-files or file-system)");
    }
  }

  /** Fails early when a target exists and may not be replaced. */
  private void checkTarget(Path target, Configuration conf) throws IOException {
    if (!overwrite && target.getFileSystem(conf).exists(target)) {
      throw new IOException(target + " exists (use --overwrite to replace it)");
    }
  }

  /** Moves a written directory (or, when none was written, an empty one) to the target. */
  private void moveInto(Path written, Path target, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    if (fs.exists(target)) {
      fs.delete(target, true);
    }
    if (target.getParent() != null) {
      fs.mkdirs(target.getParent());
    }
    FileSystem from = written.getFileSystem(conf);
    if (!from.exists(written)) {
      fs.mkdirs(target);
    } else if (!from.getUri().equals(fs.getUri()) || !fs.rename(written, target)) {
      if (!FileUtil.copy(from, written, fs, target, true, conf)) {
        throw new IOException("cannot move " + written + " to " + target);
      }
    }
    // Spark's text writer names its files part-*.txt: they hold JSON lines, so say so
    for (FileStatus f : fs.listStatus(target)) {
      String name = f.getPath().getName();
      if (name.startsWith("part-") && name.contains(".txt")) {
        Path renamed = new Path(target, name.replace(".txt", ".json"));
        if (!fs.rename(f.getPath(), renamed)) {
          throw new IOException("cannot rename " + f.getPath() + " to " + renamed);
        }
      }
    }
    fs.create(new Path(target, "_SUCCESS"), true).close();
  }

  private static void deleteQuietly(Path p, Configuration conf) {
    try {
      p.getFileSystem(conf).delete(p, true);
    } catch (IOException e) {
      // a leftover hidden temporary directory costs space, not correctness
    }
  }


}
