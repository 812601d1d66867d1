package io.github.vnnews.spark;

import static org.apache.spark.sql.functions.col;

import io.github.vnnews.DedupMode;
import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.quality.QualityFilter;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * A corpus read on Apache Spark: the same loader, normaliser and JSON exporter as {@link
 * io.github.vnnews.Corpus} and the CLI, run over the executors, so a Spark run and a CLI run over
 * the same inputs give the same lines.
 *
 * <pre>{@code
 * SparkCorpus corpus = SparkCorpus.read(spark, List.of("hdfs:///scrapes/2024"),
 *     Options.builder().delimiter("#####").build());
 * corpus.jsonLines().write().text("hdfs:///vnnews/2024");   // export lines, as the CLI writes
 * corpus.errorLines().write().text("hdfs:///vnnews/2024-errors");
 * Dataset<Row> articles = corpus.articles();                 // typed columns (ExportSchema.ARTICLE)
 * }</pre>
 *
 * <h2>Paths and ids</h2>
 *
 * <p>Article ids hash the path in {@code source.path}, so the path must be the one the CLI writes.
 * Inputs are expanded on the driver, in the CLI's order, and every file keeps the path as the
 * user typed it: {@code seeds} gives {@code seeds/000_x.txt}, {@code /data/c} gives {@code
 * /data/c/a.txt}, {@code hdfs://nn/c/} gives {@code hdfs://nn/c/a.txt} (never the {@code
 * file:/abs/path} that {@code binaryFiles} reports). Local paths go through the CLI's own walker
 * (sorted entries, hidden entries skipped, include and exclude globs, symbolic-link loops
 * reported); other file systems through {@link HadoopWalker} with the same rules. Give the paths
 * relative to the same working directory as the CLI run you compare with.
 *
 * <h2>Reading</h2>
 *
 * <p>Files are read raw (gzip is undone by the loader, which sniffs the magic bytes), one file
 * open per task at a time and one article in memory at a time: a file is iterated, never
 * collected. The driver packs the files, in input order, into partitions of about equal cost (size
 * plus {@code spark.files.openCostInBytes}), at least {@code minPartitions} of them (default three
 * per core) and none above {@code spark.files.maxPartitionBytes} unless one file is, so that a
 * corpus of many small files still spreads over every core ({@code binaryFiles} alone would put
 * it in one partition). Each pack is read with {@code binaryFiles} ({@link ReadMode#BINARY_FILES},
 * the default) or straight through the file system ({@link ReadMode#FILE_SYSTEM}). Files that
 * Hadoop's input format would mangle or drop (names with {@code , { } [ ] * ? \ : % ^}, names
 * starting with {@code _} or {@code .}, empty files) are always read through the file system.
 *
 * <h2>Output</h2>
 *
 * <p>{@link #records()} has one row per article and per rejection ({@link #RECORD_SCHEMA}); the
 * other views filter it. Each view is lazy and recomputes the corpus: {@code records().persist()}
 * first to use several. Rejections are the CLI's {@code --errors} records.
 *
 * <h2>Quality filters and duplicates</h2>
 *
 * <p>{@link #filter(QualityChecks)} applies the CLI's {@code --language}, {@code --min-words},
 * {@code --min-vietnamese} and {@code --fineweb2-filters} while the files are read, and {@link
 * #deduplicate(DedupMode, double)} finds the CLI's duplicate clusters, in that order, as {@code
 * ingest} does: {@code SparkCorpus.read(...).filter(checks).deduplicate(DedupMode.MARK, 0.4)}.
 *
 * <p>Immutable once read; the datasets are Spark's, usable from the driver thread.
 */
public final class SparkCorpus {
  /** The {@code kind} of an article record. */
  public static final String KIND_ARTICLE = "article";

  /** The {@code kind} of a rejection record. */
  public static final String KIND_ERROR = "error";

  /**
   * The {@code kind} of a skipped web-archive record (a request, an image, a redirect: see {@link
   * io.github.vnnews.SkipReason}); its {@code json} column holds the reason's name ({@code
   * request}, {@code notHtml}, …).
   */
  public static final String KIND_SKIPPED = "skipped";

  /**
   * The columns of {@link #records()}: {@code kind} ({@value #KIND_ARTICLE}, {@value
   * #KIND_ERROR} or {@value #KIND_SKIPPED}), {@code file} (the input's position in the CLI's
   * order), {@code seq} (the record's position within its input), {@code id} (the article id, for
   * an article and for an article left out on request, that is one a {@linkplain
   * #filter(QualityChecks) quality filter} or {@code DedupMode.DROP} left out; null for an
   * input rejected and a skipped record) and {@code json} (the export line, or the error-report
   * line, without newline; for a skipped record, the {@link io.github.vnnews.SkipReason#jsonName()
   * reason}). An article left out on request is a record of kind {@value #KIND_ERROR}: its line is
   * the CLI's report record ({@code kind} {@code filtered} or {@code duplicate}).
   */
  public static final StructType RECORD_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("kind", DataTypes.StringType, false),
              DataTypes.createStructField("file", DataTypes.IntegerType, false),
              DataTypes.createStructField("seq", DataTypes.LongType, false),
              DataTypes.createStructField("id", DataTypes.StringType, true),
              DataTypes.createStructField("json", DataTypes.StringType, false)));

  /** How tasks read the files. */
  public enum ReadMode {
    /**
     * Through {@code SparkContext.binaryFiles}: Hadoop's input format packs the files, and a
     * cluster scheduler can place tasks near the files' blocks (HDFS). Spark serialises the whole
     * Hadoop configuration once per file for it, which costs about as much CPU as normalising a
     * 100 KB file; the default.
     */
    BINARY_FILES,
    /**
     * Straight through the Hadoop file system, the configuration shipped once per task: cheaper
     * per file, without block locality (the better choice for object stores, local disks and
     * corpora of many small files).
     */
    FILE_SYSTEM
  }

  /**
   * The CLI's quality filters, for {@link SparkCorpus#filter(QualityChecks)}: {@code --language} ({@code
   * languages}), {@code --min-words}, {@code --min-vietnamese} and {@code --fineweb2-filters}. An
   * article that fails a check is left out and becomes the CLI's report record ({@code kind}
   * {@code filtered}, with the check, the article's value and the threshold); the checks run in
   * the CLI's order (language, words, Vietnamese share, then FineWeb-2's), the first failure is the
   * reason. The values are the {@code quality} object's, unrounded, as in the CLI.
   *
   * <pre>{@code
   * QualityChecks checks = QualityChecks.none().withMinWords(50).withMinVietnamese(0.5);
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param languages the language tags kept ({@code vi}, {@code en}, {@code und}; two or three
   *     letters, any case: kept stripped and in lower case); empty for any language; never null
   * @param minWords the fewest words of the body kept, at least 0; null for no such check
   * @param minVietnamese the lowest share of Vietnamese syllables kept, from 0 to 1; null for no
   *     such check
   * @param fineweb2 whether FineWeb-2's Vietnamese thresholds apply (see the CLI's {@code
   *     --fineweb2-filters})
   */
  public record QualityChecks(Set<String> languages, Integer minWords, Double minVietnamese, boolean fineweb2) {
    private static final QualityChecks NONE = new QualityChecks(Set.of(), null, null, false);

    /**
     * Checks and normalises the values.
     *
     * @param languages the language tags kept; empty for any language
     * @param minWords the fewest words kept, or null
     * @param minVietnamese the lowest share of Vietnamese syllables kept, or null
     * @param fineweb2 whether FineWeb-2's thresholds apply
     * @throws IllegalArgumentException for a tag that is not two or three letters, a negative
     *     word count or a share outside 0 to 1
     */
    public QualityChecks {
      Objects.requireNonNull(languages, "languages");
      LinkedHashSet<String> tags = new LinkedHashSet<>();
      for (String l : languages) {
        tags.add(QualityFilter.languageTag(Objects.requireNonNull(l, "language")));
      }
      languages = Set.copyOf(tags);
      if (minWords != null && minWords < 0) {
        throw new IllegalArgumentException("minWords must be at least 0, not " + minWords);
      }
      if (minVietnamese != null && !(minVietnamese >= 0 && minVietnamese <= 1)) {
        throw new IllegalArgumentException("minVietnamese must be from 0 to 1, not " + minVietnamese);
      }
    }

    /**
     * No check: every article is kept.
     *
     * @return the empty checks
     */
    public static QualityChecks none() {
      return NONE;
    }

    /**
     * These checks with {@code --language}.
     *
     * @param tags the language tags kept; empty for any language
     * @return the new checks
     */
    public QualityChecks withLanguages(Set<String> tags) {
      return new QualityChecks(tags, minWords, minVietnamese, fineweb2);
    }

    /**
     * These checks with {@code --min-words}.
     *
     * @param n the fewest words kept, at least 0
     * @return the new checks
     */
    public QualityChecks withMinWords(int n) {
      return new QualityChecks(languages, n, minVietnamese, fineweb2);
    }

    /**
     * These checks with {@code --min-vietnamese}.
     *
     * @param share the lowest share of Vietnamese syllables kept, from 0 to 1
     * @return the new checks
     */
    public QualityChecks withMinVietnamese(double share) {
      return new QualityChecks(languages, minWords, share, fineweb2);
    }

    /**
     * These checks with or without {@code --fineweb2-filters}.
     *
     * @param on whether FineWeb-2's thresholds apply
     * @return the new checks
     */
    public QualityChecks withFineweb2(boolean on) {
      return new QualityChecks(languages, minWords, minVietnamese, on);
    }

    /**
     * Whether no check is set.
     *
     * @return true when every article is kept
     */
    public boolean isEmpty() {
      return languages.isEmpty() && minWords == null && minVietnamese == null && !fineweb2;
    }

    /** The checks in the form the readers ship to the executors. */
    Shipped ship() {
      return new Shipped(languages, minWords, minVietnamese, fineweb2);
    }
  }

  /**
   * {@link QualityChecks} as the readers ship them to the executors, where they become the
   * library's filter (which is not serialisable).
   */
  record Shipped(Set<String> languages, Integer minWords, Double minVietnamese, boolean fineweb2)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    QualityFilter toFilter() {
      return QualityFilter.of(languages, minWords, minVietnamese, fineweb2);
    }
  }

  /** What {@link #read} listed and chose: enough to read the corpus again with a filter. */
  private record Reading(InputListing listing, OptionsSnapshot options, int minPartitions, ReadMode mode) {}

  private final SparkSession spark;
  private final Dataset<Row> records;
  private final int fileCount;
  private final Dataset<Row> clusters;
  /** How the corpus was read, while it can still be filtered (null once deduplicated). */
  private final Reading reading;
  private final QualityChecks checks;

  private SparkCorpus(SparkSession spark, Dataset<Row> records, int fileCount, Dataset<Row> clusters,
      Reading reading, QualityChecks checks) {
    this.spark = spark;
    this.records = records;
    this.fileCount = fileCount;
    this.clusters = clusters;
    this.reading = reading;
    this.checks = checks;
  }

  /**
   * Reads files and directories with the default options.
   *
   * @param spark the session
   * @param paths files and directories (local paths or file-system URIs)
   * @return the corpus
   */
  public static SparkCorpus read(SparkSession spark, String... paths) {
    return read(spark, List.of(paths), Options.defaults());
  }

  /**
   * Reads files and directories.
   *
   * @param spark the session
   * @param paths files and directories (local paths or file-system URIs)
   * @param options the same options as for the CLI
   * @return the corpus
   */
  public static SparkCorpus read(SparkSession spark, List<String> paths, Options options) {
    return read(spark, paths, options, 3 * spark.sparkContext().defaultParallelism());
  }

  /**
   * Reads files and directories into at least {@code minPartitions} partitions.
   *
   * @param spark the session
   * @param paths files and directories (local paths or file-system URIs)
   * @param options the same options as for the CLI
   * @param minPartitions the fewest partitions to pack the files into (at least 1)
   * @return the corpus
   * @throws IllegalArgumentException for standard input ({@code -}) or an unusable path
   */
  public static SparkCorpus read(SparkSession spark, List<String> paths, Options options, int minPartitions) {
    return read(spark, paths, options, minPartitions, ReadMode.BINARY_FILES);
  }

  /**
   * Reads files and directories into at least {@code minPartitions} partitions, choosing how the
   * bytes are read.
   *
   * @param spark the session
   * @param paths files and directories (local paths or file-system URIs)
   * @param options the same options as for the CLI
   * @param minPartitions the fewest partitions to pack the files into (at least 1)
   * @param mode how tasks read the files
   * @return the corpus
   * @throws IllegalArgumentException for standard input ({@code -}) or an unusable path
   */
  public static SparkCorpus read(
      SparkSession spark, List<String> paths, Options options, int minPartitions, ReadMode mode) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(mode, "mode");
    if (minPartitions < 1) {
      throw new IllegalArgumentException("minPartitions must be at least 1");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    InputListing listing = InputListing.list(List.copyOf(paths), options, jsc.hadoopConfiguration());
    Reading reading = new Reading(listing, OptionsSnapshot.of(options), minPartitions, mode);
    QualityChecks none = QualityChecks.none();
    return new SparkCorpus(spark, records(spark, reading, none), listing.files().size(), null, reading, none);
  }

  /**
   * The corpus with the CLI's quality filters applied while its files are read: an article that
   * fails a check becomes the CLI's report record ({@code kind} {@code filtered}; a row of kind
   * {@value #KIND_ERROR} with the article's id, in {@link #errorLines()}), the others are as
   * before. Filter first, then {@linkplain #deduplicate(DedupMode, double) deduplicate}, as the
   * CLI does: filtered articles are in no cluster. Lazy, like {@link #read}.
   *
   * <pre>{@code
   * SparkCorpus kept = corpus.filter(QualityChecks.none().withMinWords(50).withLanguages(Set.of("vi")));
   * }</pre>
   *
   * @param checks the checks ({@link QualityChecks#none()} returns this corpus)
   * @return the filtered corpus
   * @throws IllegalStateException when this corpus is filtered or deduplicated already (give
   *     every check in one call, before deduplicating)
   */
  public SparkCorpus filter(QualityChecks checks) {
    Objects.requireNonNull(checks, "checks");
    if (checks.isEmpty()) {
      return this;
    }
    if (reading == null) {
      throw new IllegalStateException("filter the corpus before deduplicating it (the CLI filters first)");
    }
    if (!this.checks.isEmpty()) {
      throw new IllegalStateException("the corpus is filtered already: give every check in one QualityChecks");
    }
    return new SparkCorpus(spark, records(spark, reading, checks), fileCount, null, reading, checks);
  }

  /** The records of the files, read with the options and tested by the checks. */
  private static Dataset<Row> records(SparkSession spark, Reading reading, QualityChecks checks) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    InputListing listing = reading.listing();
    OptionsSnapshot snapshot = reading.options();
    int minPartitions = reading.minPartitions();
    ReadMode mode = reading.mode();

    List<InputFile> bulk = new ArrayList<>();
    List<InputFile> direct = new ArrayList<>();
    for (InputFile f : listing.files()) {
      (mode == ReadMode.BINARY_FILES && f.binaryFilesSafe() ? bulk : direct).add(f);
    }
    List<JavaRDD<Row>> parts = new ArrayList<>();
    if (!bulk.isEmpty()) {
      Map<String, InputFile> byKey = new HashMap<>();
      for (InputFile f : bulk) {
        byKey.put(f.hadoopKey(), f);
      }
      Broadcast<Map<String, InputFile>> files = jsc.broadcast(byKey);
      List<JavaPairRDD<String, PortableDataStream>> chunks = new ArrayList<>();
      for (List<InputFile> chunk : plan(bulk, spark.sparkContext().getConf(), minPartitions)) {
        StringBuilder joined = new StringBuilder();
        for (InputFile f : chunk) {
          if (joined.length() > 0) {
            joined.append(',');
          }
          joined.append(f.hadoopKey());
        }
        chunks.add(jsc.binaryFiles(joined.toString(), 1));
      }
      JavaPairRDD<String, PortableDataStream> streams = chunks.size() == 1 ? chunks.get(0) : union(jsc, chunks);
      parts.add(streams.mapPartitions(new BinaryFilesReader(files, snapshot, checks.ship())));
    }
    if (!direct.isEmpty()) {
      // one planned pack per partition
      List<List<InputFile>> packs = plan(direct, spark.sparkContext().getConf(), minPartitions);
      SerializableConfiguration conf = new SerializableConfiguration(jsc.hadoopConfiguration());
      parts.add(jsc.parallelize(packs, packs.size()).mapPartitions(new DirectReader(conf, snapshot, checks.ship())));
    }
    if (!listing.errors().isEmpty()) {
      List<Row> rows = new ArrayList<>();
      for (InputListing.Listed e : listing.errors()) {
        rows.add(errorRow(e.ordinal(), e.error()));
      }
      parts.add(jsc.parallelize(rows, 1));
    }
    JavaRDD<Row> all;
    if (parts.isEmpty()) {
      all = jsc.emptyRDD();
    } else {
      all = parts.get(0);
      for (int i = 1; i < parts.size(); i++) {
        all = all.union(parts.get(i));
      }
    }
    return spark.createDataFrame(all, RECORD_SCHEMA);
  }

  /** One union of many RDDs (a chain of pairwise unions would nest as deep as there are chunks). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JavaPairRDD<String, PortableDataStream> union(
      JavaSparkContext jsc, List<JavaPairRDD<String, PortableDataStream>> rdds) {
    return jsc.union(rdds.toArray(new JavaPairRDD[0]));
  }

  /**
   * Packs files into partitions, in input order, of about equal cost, where a file costs its size
   * plus {@code spark.files.openCostInBytes} (default 4 MiB): about {@code minPartitions}
   * partitions or more when there are that many files (a file costlier than a share has its own),
   * none above {@code spark.files.maxPartitionBytes} (default 128 MiB) unless one file is. {@code binaryFiles} alone would pack a corpus of small
   * files into one partition (it packs by size only, up to a split size of at least the open
   * cost), leaving every core but one idle.
   *
   * @param files the files
   * @param conf Spark's configuration
   * @param minPartitions the fewest partitions wanted
   * @return the partitions' files
   */
  static List<List<InputFile>> plan(List<InputFile> files, org.apache.spark.SparkConf conf, int minPartitions) {
    long maxBytes = conf.getSizeAsBytes("spark.files.maxPartitionBytes", "128m");
    long openCost = conf.getSizeAsBytes("spark.files.openCostInBytes", "4m");
    long total = 0;
    for (InputFile f : files) {
      total += f.size() + openCost;
    }
    long target = Math.max(1, Math.min(maxBytes, (total + minPartitions - 1) / minPartitions));
    // files above the target stand alone: spread the others over the partitions left
    long smallTotal = 0;
    int big = 0;
    for (InputFile f : files) {
      long cost = f.size() + openCost;
      if (cost >= target) {
        big++;
      } else {
        smallTotal += cost;
      }
    }
    int left = Math.max(1, minPartitions - big);
    target = Math.max(1, Math.min(target, (smallTotal + left - 1) / left));
    List<List<InputFile>> out = new ArrayList<>();
    List<InputFile> current = new ArrayList<>();
    long bytes = 0;
    for (InputFile f : files) {
      long cost = f.size() + openCost;
      if (!current.isEmpty() && bytes + cost > target) {
        out.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(f);
      bytes += cost;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static Row errorRow(int ordinal, IngestError e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArticleJsonWriter.writeError(out, e);
    String line = out.toString(StandardCharsets.UTF_8);
    if (line.endsWith("\n")) {
      line = line.substring(0, line.length() - 1);
    }
    return RowFactory.create(KIND_ERROR, ordinal, 0L, null, line);
  }

  /**
   * Every record: one per article and one per rejection, columns {@link #RECORD_SCHEMA}, in no
   * particular order.
   *
   * @return the records
   */
  public Dataset<Row> records() {
    return records;
  }

  /**
   * The export lines, one per article, exactly as the CLI's {@code ingest} writes them (JSON Lines
   * without the newline), in no particular order.
   *
   * @return the lines
   */
  public Dataset<String> jsonLines() {
    return records.filter(col("kind").equalTo(KIND_ARTICLE)).select(col("json")).as(Encoders.STRING());
  }

  /**
   * The export lines in the CLI's order (inputs as given, directory entries sorted, articles in
   * file order). Costs a sort of the whole output.
   *
   * @return the sorted lines
   */
  public Dataset<String> jsonLinesInInputOrder() {
    return records
        .filter(col("kind").equalTo(KIND_ARTICLE))
        .orderBy(col("file"), col("seq"))
        .select(col("json"))
        .as(Encoders.STRING());
  }

  /**
   * The rejections, one JSON line each, as the CLI writes them to {@code --errors}: {@code path},
   * {@code line}, {@code byteOffset}, {@code kind}, {@code message}; and the articles left out on
   * request (by {@link #filter(QualityChecks)} or {@code DedupMode.DROP}), with their id and check
   * or cluster.
   *
   * @return the lines
   */
  public Dataset<String> errorLines() {
    return records.filter(col("kind").equalTo(KIND_ERROR)).select(col("json")).as(Encoders.STRING());
  }

  /**
   * How many web-archive records were skipped, by reason (what the CLI's summary counts). Runs a
   * job over the corpus.
   *
   * @return the counts by reason name ({@code request}, {@code notHtml}, …), reasons never met
   *     left out
   */
  public Map<String, Long> skippedCounts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (Row r : records.filter(col("kind").equalTo(KIND_SKIPPED)).groupBy(col("json")).count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /**
   * The articles as typed columns ({@link ExportSchema#ARTICLE}), parsed from {@link
   * #jsonLines()}.
   *
   * @return the articles
   */
  public Dataset<Row> articles() {
    return spark.read().schema(ExportSchema.ARTICLE).json(jsonLines());
  }

  /**
   * The corpus with its exact and near-duplicate articles marked or dropped: the clusters the
   * CLI's {@code --dedup mark|drop --dedup-threshold T} finds for the same articles (same
   * clusters, sizes, canonical articles and similarities), found with shuffles on LSH band keys.
   * {@link DedupMode#MARK}: every article, those in a cluster with their {@code duplicate} object;
   * {@link DedupMode#DROP}: the articles that are not the canonical one of their cluster become
   * rejection records ({@code kind} {@value #KIND_ERROR}, the CLI's dropped record in {@code
   * json}). Runs the jobs that find the clusters now (reading the corpus once, keeping its records
   * persisted, memory and disk, for the output); the output itself stays lazy. Shingles, bands
   * and hash seeds are the CLI's fixed defaults, so runs are reproducible.
   *
   * <pre>{@code
   * SparkCorpus marked = corpus.deduplicate(DedupMode.MARK, 0.4);
   * marked.jsonLines().write().text("hdfs:///vnnews/2024");
   * }</pre>
   *
   * @param mode {@link DedupMode#MARK} or {@link DedupMode#DROP} ({@code OFF} returns this corpus)
   * @param threshold the Jaccard similarity of syllable shingles from which two articles are
   *     duplicates, above 0 and at most 1 (the CLI's default is 0.4)
   * @return the corpus with its clusters applied
   * @throws IllegalArgumentException for a threshold out of range
   */
  public SparkCorpus deduplicate(DedupMode mode, double threshold) {
    return deduplicate(mode, withThreshold(threshold));
  }

  /**
   * {@link #deduplicate(DedupMode, double)} with the number of partitions of its shuffles chosen
   * (by default {@code spark.sql.shuffle.partitions}); the clusters do not depend on it.
   *
   * @param mode {@link DedupMode#MARK} or {@link DedupMode#DROP} ({@code OFF} returns this corpus)
   * @param threshold the similarity from which two articles are duplicates, in (0, 1]
   * @param partitions the partitions of the shuffles that bucket, verify and cluster (at least 1)
   * @return the corpus with its clusters applied
   * @throws IllegalArgumentException for a threshold out of range
   */
  public SparkCorpus deduplicate(DedupMode mode, double threshold, int partitions) {
    return deduplicate(mode, withThreshold(threshold), partitions);
  }

  private static DedupOptions withThreshold(double threshold) {
    return DedupOptions.defaults().toBuilder().threshold(threshold).build();
  }

  /** The job's way in, with every dedup setting (an internal type), default partitions. */
  SparkCorpus deduplicate(DedupMode mode, DedupOptions options) {
    return deduplicate(mode, options, Math.max(1, Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"))));
  }

  /** The job's and the tests' way in, with every dedup setting (an internal type). */
  SparkCorpus deduplicate(DedupMode mode, DedupOptions options, int partitions) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(options, "options");
    if (mode == DedupMode.OFF) {
      return this;
    }
    Dataset<Row> kept = records.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    SparkDedup.Result r = SparkDedup.apply(spark, kept, mode, options, partitions);
    return new SparkCorpus(spark, r.records(), fileCount, r.clusters(), null, checks);
  }

  /**
   * What {@link #deduplicate} found: how many articles are in a cluster without being its
   * canonical article, and how many clusters there are (the CLI's summary counts). Runs a small
   * job over the clusters.
   *
   * @return the counts, both 0 when the corpus was not deduplicated
   */
  public DuplicateCounts duplicateCounts() {
    if (clusters == null) {
      return new DuplicateCounts(0, 0);
    }
    long canonical = clusters.filter(col("canonical")).count();
    return new DuplicateCounts(clusters.count() - canonical, canonical);
  }

  /**
   * The counts of {@link #duplicateCounts()}.
   *
   * @param duplicates articles in a cluster that are not its canonical article
   * @param clusters clusters of two or more articles
   */
  public record DuplicateCounts(long duplicates, long clusters) {}

  /**
   * How many files the inputs expanded to.
   *
   * @return the count
   */
  public int fileCount() {
    return fileCount;
  }

  private static Iterator<InputFile> flatten(Iterator<List<InputFile>> packs) {
    return new Iterator<>() {
      private Iterator<InputFile> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && packs.hasNext()) {
          current = packs.next().iterator();
        }
        return current.hasNext();
      }

      @Override
      public InputFile next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Closes the partition's open file when its task ends early (a failure, a {@code take}). */
  private static Iterator<Row> closingAtTaskEnd(RecordIterator it) {
    TaskContext ctx = TaskContext.get();
    if (ctx != null) {
      ctx.addTaskCompletionListener((TaskCompletionListener) c -> it.close());
    }
    return it;
  }

  /** Reads the files {@code binaryFiles} packed into a partition. */
  private static final class BinaryFilesReader
      implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, InputFile>> files;
    private final OptionsSnapshot options;
    private final Shipped checks;

    BinaryFilesReader(Broadcast<Map<String, InputFile>> files, OptionsSnapshot options, Shipped checks) {
      this.files = files;
      this.options = options;
      this.checks = checks;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> part) {
      Map<String, InputFile> byKey = files.value();
      Iterator<RecordIterator.Input> inputs =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return part.hasNext();
            }

            @Override
            public RecordIterator.Input next() {
              Tuple2<String, PortableDataStream> t = part.next();
              InputFile f = byKey.get(t._1());
              if (f == null) {
                throw new IllegalStateException("binaryFiles returned a file the driver did not list: " + t._1());
              }
              PortableDataStream stream = t._2();
              return new RecordIterator.Input() {
                @Override
                public InputFile file() {
                  return f;
                }

                @Override
                public InputStream open() {
                  return stream.open();
                }
              };
            }
          };
      return closingAtTaskEnd(new RecordIterator(inputs, options.toOptions(), checks.toFilter()));
    }
  }

  /** Reads files through the Hadoop file system, one by one. */
  private static final class DirectReader implements FlatMapFunction<Iterator<List<InputFile>>, Row> {
    private static final long serialVersionUID = 1L;
    private final SerializableConfiguration conf;
    private final OptionsSnapshot options;
    private final Shipped checks;

    DirectReader(SerializableConfiguration conf, OptionsSnapshot options, Shipped checks) {
      this.conf = conf;
      this.options = options;
      this.checks = checks;
    }

    @Override
    public Iterator<Row> call(Iterator<List<InputFile>> packs) {
      Iterator<InputFile> part = flatten(packs);
      Iterator<RecordIterator.Input> inputs =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return part.hasNext();
            }

            @Override
            public RecordIterator.Input next() {
              InputFile f = part.next();
              return new RecordIterator.Input() {
                @Override
                public InputFile file() {
                  return f;
                }

                @Override
                public InputStream open() throws IOException {
                  URI uri = URI.create(f.uri());
                  if ("file".equalsIgnoreCase(uri.getScheme())) {
                    // Hadoop's local file system cannot open names with a colon (its checksum
                    // file name does not parse); Java can
                    return java.nio.file.Files.newInputStream(java.nio.file.Path.of(uri));
                  }
                  Path p = new Path(uri);
                  return p.getFileSystem(conf.value()).open(p);
                }
              };
            }
          };
      return closingAtTaskEnd(new RecordIterator(inputs, options.toOptions(), checks.toFilter()));
    }
  }
}
