package io.github.vnnews.spark;

import static org.apache.spark.sql.functions.col;

import io.github.vnnews.Article;
import io.github.vnnews.DedupMode;
import io.github.vnnews.Dropped;
import io.github.vnnews.Duplicate;
import io.github.vnnews.internal.dedup.BucketPairs;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.dedup.Deduplicator;
import io.github.vnnews.internal.dedup.Signature;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.dedup.Similarity;
import io.github.vnnews.json.ArticleJsonReader;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Near-duplicate detection on Spark: the CLI's {@link Deduplicator} as shuffles, giving the same
 * clusters, sizes, canonical articles and similarities for the same articles, whatever the number
 * of partitions.
 *
 * <p>The steps, each a function of the articles and the {@link DedupOptions} alone:
 *
 * <ol>
 *   <li><b>Signatures.</b> Each article (decoded from its export line) is signed by the CLI's
 *       {@link Signer}: its {@link Signature#bucketKeys() bucket keys} (one per LSH band and the
 *       exact key) and its shingle set, keyed by its position in input order ({@code file},
 *       {@code seq}) and its canonical-order time.
 *   <li><b>Buckets</b>, a join on band keys: the (key, article) records are grouped by key; a
 *       bucket's members are sorted into the canonical order (earliest {@code publishedAt}, then
 *       input order) and paired by {@link BucketPairs}, as the CLI pairs them; repeated pairs are
 *       dropped ({@code distinct}).
 *   <li><b>Verification.</b> Each candidate pair is joined with the two shingle sets and kept
 *       when their exact Jaccard similarity ({@link Similarity#jaccard}) reaches the threshold:
 *       a verified edge with the similarity quantised as the CLI keeps it.
 *   <li><b>Components.</b> The edges' connected components by label propagation (each article
 *       takes the smallest position among itself and its neighbours until nothing changes; as
 *       many rounds as the widest component's diameter, two or three for copies of a story).
 *   <li><b>Clusters.</b> Each component's edges, sorted by the later article's canonical rank
 *       and then the earlier one's, are walked exactly as the CLI walks all of them: an article
 *       joins the earliest article it is a verified duplicate of that is not itself in another's
 *       cluster. A component holds every edge its articles' decisions depend on, so the walk per
 *       component decides as the CLI's one walk does.
 *   <li><b>Output.</b> The clusters are joined back onto the records by position: {@link
 *       DedupMode#MARK} puts {@code duplicate} into the line ({@link
 *       ArticleJsonWriter#withDuplicate}); {@link DedupMode#DROP} turns the articles that are not
 *       canonical into rejection records ({@link Dropped}, as the CLI writes them to {@code
 *       --errors}).
 * </ol>
 *
 * <p>Memory: a task holds one bucket (its members' positions and times, 16 bytes each) or one
 * component's edges at a time; everything else streams through Spark's shuffles, which spill.
 *
 * <p>Stateless; the datasets it returns are Spark's.
 */
final class SparkDedup {
  private SparkDedup() {}

  /**
   * The schema of {@link Result#clusters()}: one row per article in a cluster, with its position
   * ({@code file}, {@code seq}) and its {@link Duplicate} ({@code cluster} id, {@code size},
   * {@code canonical}, {@code similarity} in millionths).
   */
  static final StructType CLUSTER_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("file", DataTypes.IntegerType, false),
              DataTypes.createStructField("seq", DataTypes.LongType, false),
              DataTypes.createStructField("cluster", DataTypes.StringType, false),
              DataTypes.createStructField("size", DataTypes.IntegerType, false),
              DataTypes.createStructField("canonical", DataTypes.BooleanType, false),
              DataTypes.createStructField("similarity", DataTypes.IntegerType, false)));

  /**
   * What deduplication gives: the records with clusters applied, and the clusters themselves.
   *
   * @param records the records ({@link SparkCorpus#RECORD_SCHEMA}) with duplicates marked or
   *     dropped
   * @param clusters one row per article in a cluster ({@link #CLUSTER_SCHEMA}); persisted
   */
  record Result(Dataset<Row> records, Dataset<Row> clusters) {}

  /**
   * Finds the clusters of the article records and applies them.
   *
   * @param spark the session
   * @param records the corpus's records ({@link SparkCorpus#RECORD_SCHEMA}); read twice (persist
   *     them first)
   * @param mode {@link DedupMode#MARK} or {@link DedupMode#DROP}
   * @param options the settings (the CLI's)
   * @param partitions the partitions of the shuffles (at least 1)
   * @return the records with duplicates marked or dropped, and the clusters
   */
  static Result apply(SparkSession spark, Dataset<Row> records, DedupMode mode, DedupOptions options, int partitions) {
    Objects.requireNonNull(options, "options");
    if (mode == DedupMode.OFF || mode == null) {
      throw new IllegalArgumentException("mode must be MARK or DROP, not " + mode);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
    }
    Settings settings = Settings.of(options);
    JavaPairRDD<Long, Sig> sigs =
        records
            .filter(col("kind").equalTo(SparkCorpus.KIND_ARTICLE))
            .select(col("file"), col("seq"), col("json"))
            .javaRDD()
            .mapPartitionsToPair(new SignPartition(settings))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Edge> edges = verify(sigs, candidates(sigs, settings, partitions), settings, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      JavaRDD<Row> clusterRows = clusters(edges, partitions);
      Dataset<Row> clusters = spark.createDataFrame(clusterRows, CLUSTER_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
      clusters.count(); // computes the clusters once, while the signatures and edges are kept
      edges.unpersist(false);
      Dataset<Row> joined =
          records
              .join(clusters, records.col("file").equalTo(clusters.col("file"))
                  .and(records.col("seq").equalTo(clusters.col("seq")))
                  .and(records.col("kind").equalTo(SparkCorpus.KIND_ARTICLE)), "left_outer")
              .select(records.col("kind"), records.col("file"), records.col("seq"), records.col("id"),
                  records.col("json"), clusters.col("cluster"), clusters.col("size"), clusters.col("canonical"),
                  clusters.col("similarity"));
      Dataset<Row> out = joined.map(new ApplyCluster(mode == DedupMode.DROP), Encoders.row(SparkCorpus.RECORD_SCHEMA));
      return new Result(out, clusters);
    } finally {
      sigs.unpersist(false);
    }
  }

  /** An article's position in input order as one number: the file's ordinal, then the record's. */
  static long position(int file, long seq) {
    if (file < 0 || seq < 0 || seq > 0xFFFF_FFFFL) {
      throw new IllegalStateException("record " + seq + " of input " + file + " is out of range for deduplication "
          + "(at most 2^32 records an input)");
    }
    return (long) file << 32 | seq;
  }

  /** Step 2: the distinct candidate pairs, earlier article first (canonical order). */
  private static JavaPairRDD<Long, Long> candidates(JavaPairRDD<Long, Sig> sigs, Settings settings, int partitions) {
    int allPairs = settings.allPairsBucket;
    return sigs
        .flatMapToPair(t -> {
          Sig s = t._2();
          List<Tuple2<Long, Member>> out = new ArrayList<>(s.keys.length);
          Member m = new Member(s.position, s.published);
          for (long k : s.keys) {
            out.add(new Tuple2<>(k, m));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(bucket -> {
          List<Member> list = new ArrayList<>();
          bucket._2().forEach(list::add);
          if (list.size() < 2) {
            return java.util.Collections.emptyIterator();
          }
          Member[] members = list.toArray(new Member[0]);
          Arrays.sort(members, Member.CANONICAL);
          List<Tuple2<Long, Long>> pairs = new ArrayList<>();
          BucketPairs.forEach(members.length, allPairs,
              (i, j) -> pairs.add(new Tuple2<>(members[i].position, members[j].position)));
          return pairs.iterator();
        })
        .distinct(partitions);
  }

  /** Step 3: the candidate pairs whose shingle sets are similar enough. */
  private static JavaRDD<Edge> verify(
      JavaPairRDD<Long, Sig> sigs, JavaPairRDD<Long, Long> pairs, Settings settings, int partitions) {
    double threshold = settings.threshold;
    return pairs
        .join(sigs, partitions) // earlier -> (later, earlier's signature)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(sigs, partitions) // later -> (earlier's signature, later's signature)
        .flatMap(t -> {
          Sig earlier = t._2()._1();
          Sig later = t._2()._2();
          double s = Similarity.jaccard(earlier.shingles, later.shingles);
          if (s < threshold) {
            return java.util.Collections.emptyIterator();
          }
          return List.of(new Edge(Member.of(later), later.id, Member.of(earlier), earlier.id, Deduplicator.quantize(s)))
              .iterator();
        });
  }

  /** Steps 4 and 5: components, then the CLI's walk in each; one row per article in a cluster. */
  private static JavaRDD<Row> clusters(JavaRDD<Edge> edges, int partitions) {
    JavaPairRDD<Long, Long> links = edges
        .flatMapToPair(e -> List.of(
            new Tuple2<>(e.later.position, e.earlier.position),
            new Tuple2<>(e.earlier.position, e.later.position)).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels =
        links.reduceByKey(Math::min, partitions).mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      JavaPairRDD<Long, Long> next = links
          .join(labels, partitions) // u -> (v, label of u)
          .mapToPair(t -> t._2())
          .union(labels)
          .reduceByKey(Math::min, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    links.unpersist(false);
    JavaPairRDD<Long, Long> finalLabels = labels;
    JavaRDD<Row> rows = edges
        .mapToPair(e -> new Tuple2<>(e.later.position, e))
        .join(finalLabels, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
        .groupByKey(partitions)
        .flatMap(c -> walk(c._2()).iterator());
    return rows;
  }

  /**
   * The CLI's walk over one component's edges ({@code Deduplicator}'s step 4): edges sorted by the
   * later article's canonical rank, then the earlier one's; each later article joins the first
   * earlier one not itself placed in a cluster.
   */
  static List<Row> walk(Iterable<Edge> component) {
    List<Edge> edges = new ArrayList<>();
    component.forEach(edges::add);
    edges.sort((a, b) -> {
      int c = Member.CANONICAL.compare(a.later, b.later);
      return c != 0 ? c : Member.CANONICAL.compare(a.earlier, b.earlier);
    });
    Map<Long, Long> head = new HashMap<>();
    Map<Long, Integer> similarity = new HashMap<>();
    Map<Long, Integer> members = new HashMap<>();
    Map<Long, Long> ids = new HashMap<>();
    long current = -1;
    boolean placed = false;
    for (Edge e : edges) {
      long later = e.later.position;
      long earlier = e.earlier.position;
      ids.put(later, e.laterId);
      ids.put(earlier, e.earlierId);
      if (later != current) {
        current = later;
        placed = false;
      }
      if (placed || head.containsKey(earlier)) {
        continue;
      }
      head.put(later, earlier);
      similarity.put(later, e.similarity);
      members.merge(earlier, 1, Integer::sum);
      placed = true;
    }
    List<Row> out = new ArrayList<>(head.size() + members.size());
    for (Map.Entry<Long, Integer> m : members.entrySet()) {
      long p = m.getKey();
      out.add(RowFactory.create((int) (p >>> 32), p & 0xFFFF_FFFFL, hex(ids.get(p)), m.getValue() + 1, true,
          Deduplicator.quantize(1.0)));
    }
    for (Map.Entry<Long, Long> h : head.entrySet()) {
      long p = h.getKey();
      long canonical = h.getValue();
      out.add(RowFactory.create((int) (p >>> 32), p & 0xFFFF_FFFFL, hex(ids.get(canonical)),
          members.get(canonical) + 1, false, similarity.get(p)));
    }
    return out;
  }

  private static String hex(long id) {
    return java.util.HexFormat.of().toHexDigits(id);
  }

  /** The deduplication settings as plain values, shipped to the executors. */
  static final class Settings implements Serializable {
    private static final long serialVersionUID = 1L;
    final int shingle;
    final int bands;
    final int rows;
    final double threshold;
    final long seed;
    final int allPairsBucket;

    private Settings(DedupOptions o) {
      shingle = o.shingle();
      bands = o.bands();
      rows = o.rows();
      threshold = o.threshold();
      seed = o.seed();
      allPairsBucket = o.allPairsBucket();
    }

    static Settings of(DedupOptions o) {
      return new Settings(o);
    }

    DedupOptions toOptions() {
      return DedupOptions.builder().shingle(shingle).bands(bands).rows(rows).threshold(threshold).seed(seed)
          .allPairsBucket(allPairsBucket).build();
    }
  }

  /** An article in the canonical order: its position and its canonical-order time. */
  static final class Member implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Earliest time first, then input order: the CLI's rank. */
    static final java.util.Comparator<Member> CANONICAL =
        java.util.Comparator.<Member>comparingLong(m -> m.published).thenComparingLong(m -> m.position);
    final long position;
    final long published;

    Member(long position, long published) {
      this.position = position;
      this.published = published;
    }

    static Member of(Sig s) {
      return new Member(s.position, s.published);
    }
  }

  /** What verification needs of an article. */
  static final class Sig implements Serializable {
    private static final long serialVersionUID = 1L;
    final long position;
    final long published;
    final long id;
    final long[] keys;
    final int[] shingles;

    Sig(long position, Signature s) {
      this.position = position;
      this.published = s.published();
      this.id = Long.parseUnsignedLong(s.id(), 16);
      this.keys = s.bucketKeys();
      this.shingles = s.shingles();
    }
  }

  /** A verified pair: the later article (canonical order), the earlier one, their similarity. */
  static final class Edge implements Serializable {
    private static final long serialVersionUID = 1L;
    final Member later;
    final long laterId;
    final Member earlier;
    final long earlierId;
    final int similarity;

    Edge(Member later, long laterId, Member earlier, long earlierId, int similarity) {
      this.later = later;
      this.laterId = laterId;
      this.earlier = earlier;
      this.earlierId = earlierId;
      this.similarity = similarity;
    }
  }

  /** Signs the article records of a partition (rows: file, seq, json). */
  private static final class SignPartition
      implements org.apache.spark.api.java.function.PairFlatMapFunction<Iterator<Row>, Long, Sig> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;

    SignPartition(Settings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Tuple2<Long, Sig>> call(Iterator<Row> rows) {
      Signer signer = new Signer(settings.toOptions());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Tuple2<Long, Sig> next() {
          Row r = rows.next();
          long p = position(r.getInt(0), r.getLong(1));
          Article a = decode(r.getString(2));
          return new Tuple2<>(p, new Sig(p, signer.sign(a)));
        }
      };
    }
  }

  static Article decode(String json) {
    try (ArticleJsonReader r = ArticleJsonReader.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return r.next();
    }
  }

  /** Puts an article's cluster into its line, or makes a dropped duplicate a rejection record. */
  private static final class ApplyCluster implements org.apache.spark.api.java.function.MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean drop;

    ApplyCluster(boolean drop) {
      this.drop = drop;
    }

    @Override
    public Row call(Row r) {
      if (r.isNullAt(5)) {
        return RowFactory.create(r.getString(0), r.getInt(1), r.getLong(2), r.isNullAt(3) ? null : r.getString(3),
            r.getString(4));
      }
      Duplicate d = new Duplicate(r.getString(5), r.getInt(6), r.getBoolean(7), Deduplicator.dequantize(r.getInt(8)));
      String json = r.getString(4);
      if (drop && !d.canonical()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleJsonWriter.writeDropped(out, Dropped.duplicate(decode(json), d));
        return RowFactory.create(SparkCorpus.KIND_ERROR, r.getInt(1), r.getLong(2), r.getString(3), line(out));
      }
      byte[] marked = ArticleJsonWriter.withDuplicate(json.getBytes(StandardCharsets.UTF_8), d);
      return RowFactory.create(r.getString(0), r.getInt(1), r.getLong(2), r.getString(3),
          new String(marked, StandardCharsets.UTF_8));
    }

    private static String line(ByteArrayOutputStream out) {
      String s = out.toString(StandardCharsets.UTF_8);
      return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
  }
}
