package io.github.vnnews.internal.dedup;

import io.github.vnnews.Duplicate;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Finds exact and near-duplicate articles in a corpus of any size, in bounded memory, and tells
 * each article its {@link Duplicate} cluster.
 *
 * <pre>{@code
 * try (Deduplicator d = Deduplicator.create(DedupOptions.defaults(), tempDir)) {
 *   for (Article a : corpus) {
 *     d.add(d.signer().sign(a), ArticleJsonWriter.encode(a));   // in input order
 *   }
 *   d.finish(threads);
 *   d.forEach((seq, payload, duplicate) -> ...);                // input order again
 * }
 * }</pre>
 *
 * <p><b>What is a duplicate.</b> Two articles are candidates when their folded texts hash alike
 * (exact duplicates) or when all MinHash values of one LSH band agree (see {@link Signer}); a
 * candidate pair is a duplicate when the Jaccard similarity of the shingle sets, computed exactly
 * ({@link Similarity}), reaches {@link DedupOptions#threshold()}. Clusters are then formed in the
 * canonical order (earliest {@code publishedAt}, then input order): an article joins the earliest
 * article it is a verified duplicate of that is itself the head of a cluster, else it heads one.
 * So every member's {@link Duplicate#similarity()} to its canonical article is at least the
 * threshold, clusters never chain through a middle article, and the clusters depend only on the
 * articles and the options: not on thread counts, buffer sizes or where the work ran.
 *
 * <p><b>Bounded memory.</b> Nothing grows with the corpus on the heap. {@link #add} appends the
 * payload, the shingle set and four numbers per article to files in a private directory under the
 * temp directory, and the band keys to a {@link RunSorter} that sorts 2 Mi records (24 MiB) at a
 * time and spills sorted runs. {@link #finish} then works from files: (1) an external sort of the
 * articles by publication time gives each its rank in the canonical order; (2) merging the band
 * runs brings every bucket together, whose pairs (all pairs up to {@link
 * DedupOptions#allPairsBucket()} members, else each member with the earliest and with the one
 * before it) go to another external sort, which drops repeats; (3) each candidate pair is verified
 * on {@code threads} threads, reading the two shingle sets back from the file; (4) the verified
 * pairs, sorted by the later article's rank, are walked once to form the clusters; (5) {@link
 * #forEach} reads the payloads back in input order. Per-article tables (ranks, cluster heads,
 * similarities, sizes: 40 bytes an article) are memory-mapped files. Disk: the payloads, about 4
 * bytes per shingle, {@code 12 × (bands + 1)} bytes per article for band records and 12 bytes per
 * candidate pair, all deleted on {@link #close()}. The largest bucket is held in memory while its
 * pairs are made (8 bytes a member).
 *
 * <p>Not thread-safe: one thread adds, finishes and reads; {@link #finish(int)} uses its own
 * threads for the verification.
 */
public final class Deduplicator implements Closeable {
  private final DedupOptions options;
  private final Signer signer;
  private final Path dir;
  private final DataOutputStream payloads;
  private final DataOutputStream shingles;
  private final DataOutputStream ids;
  private final DataOutputStream published;
  private final DataOutputStream shingleIndex;
  private final RunSorter bands;
  private long shingleOffset;
  private long payloadBytes;
  private int count;
  private boolean finished;
  private Result result;
  private final Stats.Builder stats = new Stats.Builder();

  private Deduplicator(DedupOptions options, Path dir) throws IOException {
    this.options = options;
    this.signer = new Signer(options);
    this.dir = dir;
    this.payloads = out("payloads");
    this.shingles = out("shingles");
    this.ids = out("ids");
    this.published = out("published");
    this.shingleIndex = out("shingle-index");
    this.bands = new RunSorter(dir, "bands", options.sortBufferRecords());
  }

  private DataOutputStream out(String name) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16));
  }

  /**
   * A deduplicator that keeps its files in a new directory under {@code tempDir}.
   *
   * @param options the settings
   * @param tempDir where to make the private directory (it must exist)
   * @return the deduplicator; close it to delete its files
   * @throws IOException when the directory cannot be made
   */
  public static Deduplicator create(DedupOptions options, Path tempDir) throws IOException {
    Objects.requireNonNull(options, "options");
    Path dir = Files.createTempDirectory(tempDir, "vnnews-dedup-");
    return new Deduplicator(options, dir);
  }

  /**
   * The signer made from the options (thread-safe: sign articles on worker threads).
   *
   * @return the signer
   */
  public Signer signer() {
    return signer;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public DedupOptions options() {
    return options;
  }

  /**
   * Adds the next article in input order.
   *
   * @param signature its signature ({@link Signer#sign})
   * @param payload what {@link #forEach} gives back for it (the encoded article, say); may be
   *     empty, not null
   * @throws IOException when a file cannot be written
   */
  public void add(Signature signature, byte[] payload) throws IOException {
    if (finished) {
      throw new IllegalStateException("add after finish");
    }
    if (count == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " articles");
    }
    int seq = count++;
    payloads.writeInt(payload.length);
    payloads.write(payload);
    payloadBytes += 4L + payload.length;
    ids.writeLong(parseId(signature.id()));
    published.writeLong(signature.published());
    int[] sh = signature.shingles();
    shingleIndex.writeLong(shingleOffset);
    shingleIndex.writeInt(sh.length);
    for (int v : sh) {
      shingles.writeInt(v);
    }
    shingleOffset += 4L * sh.length;
    for (long k : signature.bucketKeys()) {
      bands.add(k, seq);
    }
  }

  private static long parseId(String id) {
    if (id.length() != 16) {
      throw new IllegalArgumentException("an article id is 16 hex digits, not '" + id + "'");
    }
    return Long.parseUnsignedLong(id, 16);
  }

  /**
   * How many articles were added.
   *
   * @return the count
   */
  public int size() {
    return count;
  }

  /**
   * Finds the clusters. Call once, after the last {@link #add}.
   *
   * @param threads threads that verify candidate pairs (at least 1)
   * @return what was found
   * @throws IOException when a file cannot be read or written
   */
  public Stats finish(int threads) throws IOException {
    if (finished) {
      throw new IllegalStateException("finish called twice");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    finished = true;
    for (DataOutputStream o : new DataOutputStream[] {payloads, shingles, ids, published, shingleIndex}) {
      o.close();
    }
    stats.articles = count;
    stats.payloadBytes = payloadBytes;
    stats.shingleBytes = shingleOffset;
    Result r = new Result(dir, count);
    this.result = r;
    rank(r);
    try (RunSorter pairs = new RunSorter(dir, "pairs", options.sortBufferRecords())) {
      buckets(r, pairs);
      try (RunSorter edges = new RunSorter(dir, "edges", options.sortBufferRecords())) {
        verify(r, pairs, edges, threads);
        cluster(r, edges);
      }
    }
    bands.close();
    return stats.build();
  }

  /** Step 1: each article's rank in the canonical order (publication time, then input order). */
  private void rank(Result r) throws IOException {
    try (Column pub = Column.map(dir.resolve("published"), count, 8);
        RunSorter order = new RunSorter(dir, "order", options.sortBufferRecords())) {
      for (int seq = 0; seq < count; seq++) {
        // flipping the sign bit makes the unsigned order of the sorter the signed order of time
        order.add(pub.getLong(seq) ^ Long.MIN_VALUE, seq);
      }
      try (RunSorter.Cursor c = order.finish()) {
        int rank = 0;
        while (c.next()) {
          r.rankOf.putInt(c.value(), rank);
          r.seqAt.putInt(rank, c.value());
          rank++;
        }
      }
    }
  }

  /** Step 2: buckets of equal band keys become candidate pairs (by input position). */
  private void buckets(Result r, RunSorter pairs) throws IOException {
    stats.bandRecords = bands.count();
    int[] members = new int[16];
    int n = 0;
    long bucket = 0;
    try (RunSorter.Cursor c = bands.finish()) {
      boolean more = c.next();
      while (more) {
        long key = c.key();
        if (n > 0 && key != bucket) {
          emit(r, members, n, pairs);
          n = 0;
        }
        bucket = key;
        if (n == members.length) {
          members = Arrays.copyOf(members, n * 2);
        }
        members[n++] = c.value();
        more = c.next();
      }
      if (n > 0) {
        emit(r, members, n, pairs);
      }
    }
    stats.bandSpillBytes = bands.spilledBytes();
  }

  private void emit(Result r, int[] members, int n, RunSorter pairs) throws IOException {
    if (n < 2) {
      return;
    }
    stats.buckets++;
    stats.largestBucket = Math.max(stats.largestBucket, n);
    // members in canonical order: by rank
    long[] byRank = new long[n];
    for (int i = 0; i < n; i++) {
      byRank[i] = (long) r.rankOf.getInt(members[i]) << 32 | members[i];
    }
    Arrays.sort(byRank, 0, n);
    BucketPairs.forEach(n, options.allPairsBucket(), (i, j) -> {
      int a = (int) byRank[i];
      int b = (int) byRank[j];
      pairs.add((long) Math.min(a, b) << 32 | Math.max(a, b), 0);
    });
  }

  /** Step 3: each distinct candidate pair's Jaccard similarity; the duplicates become edges. */
  private void verify(Result r, RunSorter pairs, RunSorter edges, int threads) throws IOException {
    stats.candidatePairRecords = pairs.count();
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, t -> {
      Thread th = new Thread(t, "vnnews-dedup-verify");
      th.setDaemon(true);
      return th;
    });
    Deque<Future<long[]>> inFlight = new ArrayDeque<>();
    try (FileChannel sh = FileChannel.open(dir.resolve("shingles"), StandardOpenOption.READ);
        ShingleReader reader = new ShingleReader(dir.resolve("shingle-index"), sh);
        RunSorter.Cursor c = pairs.finish()) {
      long[] batch = new long[BATCH];
      int n = 0;
      long last = -1;
      while (c.next()) {
        long pair = c.key();
        if (pair == last) {
          continue;
        }
        last = pair;
        stats.candidatePairs++;
        batch[n++] = pair;
        if (n == BATCH) {
          submit(r, reader, Arrays.copyOf(batch, n), pool, inFlight, edges, threads);
          n = 0;
        }
      }
      if (n > 0) {
        submit(r, reader, Arrays.copyOf(batch, n), pool, inFlight, edges, threads);
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.poll(), r, edges);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    stats.pairSpillBytes = pairs.spilledBytes();
  }

  private static final int BATCH = 4096;

  private void submit(Result r, ShingleReader reader, long[] batch, ExecutorService pool,
      Deque<Future<long[]>> inFlight, RunSorter edges, int threads) throws IOException {
    double threshold = options.threshold();
    java.util.concurrent.Callable<long[]> task = () -> verifyBatch(reader, batch, threshold);
    if (pool == null) {
      try {
        drain(java.util.concurrent.CompletableFuture.completedFuture(task.call()), r, edges);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    inFlight.add(pool.submit(task));
    while (inFlight.size() > 2 * threads) {
      drain(inFlight.poll(), r, edges);
    }
  }

  /** Verifies a batch; returns the duplicates as {@code pair, quantised similarity} couples. */
  private static long[] verifyBatch(ShingleReader reader, long[] batch, double threshold) throws IOException {
    long[] out = new long[batch.length * 2];
    int n = 0;
    int lastA = -1;
    int[] a = null;
    for (long pair : batch) {
      int sa = (int) (pair >>> 32);
      int sb = (int) pair;
      if (sa != lastA) {
        a = reader.read(sa);
        lastA = sa;
      }
      int[] b = reader.read(sb);
      double s = Similarity.jaccard(a, b);
      if (s >= threshold) {
        out[n++] = pair;
        out[n++] = quantize(s);
      }
    }
    return Arrays.copyOf(out, n);
  }

  private void drain(Future<long[]> f, Result r, RunSorter edges) throws IOException {
    long[] found;
    try {
      found = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while verifying candidate pairs", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
    for (int i = 0; i < found.length; i += 2) {
      int a = (int) (found[i] >>> 32);
      int b = (int) found[i];
      int ra = r.rankOf.getInt(a);
      int rb = r.rankOf.getInt(b);
      // keyed by the later article's rank, then the earlier one's
      edges.add((long) Math.max(ra, rb) << 32 | Math.min(ra, rb), (int) found[i + 1]);
      stats.verifiedPairs++;
    }
  }

  /** Step 4: walk the verified pairs in the canonical order of their later article. */
  private void cluster(Result r, RunSorter edges) throws IOException {
    r.head.fillInt(-1);
    try (RunSorter.Cursor c = edges.finish()) {
      int current = -1;
      boolean placed = false;
      while (c.next()) {
        int later = (int) (c.key() >>> 32);
        int earlier = (int) c.key();
        if (later != current) {
          current = later;
          placed = false;
        }
        if (placed || r.head.getInt(earlier) != -1) {
          continue; // already placed, or the earlier article is itself in another's cluster
        }
        r.head.putInt(later, earlier);
        r.similarity.putInt(later, c.value());
        r.members.putInt(earlier, r.members.getInt(earlier) + 1);
        placed = true;
      }
    }
    for (int rank = 0; rank < count; rank++) {
      int m = r.members.getInt(rank);
      if (m > 0) {
        stats.clusters++;
        stats.duplicates += m;
        stats.largestCluster = Math.max(stats.largestCluster, m + 1);
      }
    }
  }

  /** Receives each article's payload and cluster, in input order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One article.
     *
     * @param seq its 0-based position in input order
     * @param payload the payload it was added with
     * @param duplicate its cluster, or null when it is in none
     * @throws IOException to stop the walk
     */
    void accept(int seq, byte[] payload, Duplicate duplicate) throws IOException;
  }

  /**
   * Gives every article back in input order with its cluster. Call after {@link #finish}; may be
   * called more than once.
   *
   * @param sink the receiver
   * @throws IOException when a file cannot be read, or the sink throws
   */
  public void forEach(Sink sink) throws IOException {
    if (result == null) {
      throw new IllegalStateException("forEach before finish");
    }
    Result r = result;
    try (DataInputStream in = new DataInputStream(
            new BufferedInputStream(Files.newInputStream(dir.resolve("payloads")), 1 << 16));
        Column idColumn = Column.map(dir.resolve("ids"), count, 8)) {
      for (int seq = 0; seq < count; seq++) {
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        sink.accept(seq, payload, duplicate(r, idColumn, seq));
      }
    }
  }

  /**
   * The cluster of one article, by its position in input order. Call after {@link #finish}.
   *
   * @param seq the position
   * @return the cluster, or null when the article is in none
   * @throws IOException when a file cannot be read
   */
  public Duplicate duplicate(int seq) throws IOException {
    if (result == null) {
      throw new IllegalStateException("duplicate before finish");
    }
    Objects.checkIndex(seq, count);
    try (Column idColumn = Column.map(dir.resolve("ids"), count, 8)) {
      return duplicate(result, idColumn, seq);
    }
  }

  private static Duplicate duplicate(Result r, Column idColumn, int seq) {
    int rank = r.rankOf.getInt(seq);
    int head = r.head.getInt(rank);
    if (head == -1) {
      int members = r.members.getInt(rank);
      return members == 0 ? null
          : new Duplicate(HexFormat.of().toHexDigits(idColumn.getLong(seq)), members + 1, true, 1.0);
    }
    int headSeq = r.seqAt.getInt(head);
    return new Duplicate(HexFormat.of().toHexDigits(idColumn.getLong(headSeq)),
        r.members.getInt(head) + 1, false, dequantize(r.similarity.getInt(rank)));
  }

  /**
   * A similarity as an integer of millionths, the form in which it is kept and compared between
   * the CLI and Spark.
   *
   * @param similarity from 0 to 1
   * @return the millionths, rounded half up
   */
  public static int quantize(double similarity) {
    return (int) Math.round(similarity * 1_000_000);
  }

  /**
   * The similarity written to the output: millionths rounded to four decimals.
   *
   * @param millionths a quantised similarity
   * @return the similarity
   */
  public static double dequantize(int millionths) {
    return Math.round(millionths / 100.0) / 10_000.0;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Closeable c : new Closeable[] {payloads, shingles, ids, published, shingleIndex, bands, result}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      first = first == null ? e : first;
    }
    if (first != null) {
      throw first;
    }
  }

  /** The per-article tables of the result, by rank or input position. */
  private static final class Result implements Closeable {
    final Column rankOf;
    final Column seqAt;
    final Column head;
    final Column similarity;
    final Column members;

    Result(Path dir, int count) throws IOException {
      rankOf = Column.map(dir.resolve("rank-of"), count, 4);
      seqAt = Column.map(dir.resolve("seq-at"), count, 4);
      head = Column.map(dir.resolve("head"), count, 4);
      similarity = Column.map(dir.resolve("similarity"), count, 4);
      members = Column.map(dir.resolve("members"), count, 4);
    }

    @Override
    public void close() throws IOException {
      for (Column c : new Column[] {rankOf, seqAt, head, similarity, members}) {
        c.close();
      }
    }
  }

  /** Reads shingle sets back by input position; thread-safe (positional reads). */
  private static final class ShingleReader implements Closeable {
    private final Column index;
    private final FileChannel channel;

    ShingleReader(Path indexFile, FileChannel channel) throws IOException {
      long entries = Files.size(indexFile) / 12;
      this.index = Column.map(indexFile, entries * 3, 4);
      this.channel = channel;
    }

    int[] read(int seq) throws IOException {
      long at = seq * 3L;
      long offset = (long) index.getInt(at) << 32 | (index.getInt(at + 1) & 0xFFFFFFFFL);
      int n = index.getInt(at + 2);
      ByteBuffer buf = ByteBuffer.allocate(n * 4);
      while (buf.hasRemaining()) {
        if (channel.read(buf, offset + buf.position()) < 0) {
          throw new IOException("shingle file ends early at article " + seq);
        }
      }
      buf.flip();
      int[] out = new int[n];
      buf.asIntBuffer().get(out);
      return out;
    }

    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  /**
   * What {@link #finish} found and what it cost.
   *
   * @param articles articles added
   * @param clusters clusters of two or more articles
   * @param duplicates articles in a cluster that are not its canonical article
   * @param largestCluster the largest cluster's size
   * @param bandRecords band records sorted (bands + 1 per article with text)
   * @param buckets buckets of two or more articles
   * @param largestBucket the largest bucket's size
   * @param candidatePairRecords candidate pairs made, repeats included
   * @param candidatePairs distinct candidate pairs verified
   * @param verifiedPairs candidate pairs that are duplicates
   * @param payloadBytes bytes of payloads kept on disk
   * @param shingleBytes bytes of shingle sets kept on disk
   * @param bandSpillBytes bytes of band runs spilled (0 when they fit in the buffer)
   * @param pairSpillBytes bytes of candidate-pair runs spilled
   */
  public record Stats(
      long articles, long clusters, long duplicates, long largestCluster, long bandRecords,
      long buckets, long largestBucket, long candidatePairRecords, long candidatePairs,
      long verifiedPairs, long payloadBytes, long shingleBytes, long bandSpillBytes,
      long pairSpillBytes) {

    private static final class Builder {
      long articles;
      long clusters;
      long duplicates;
      long largestCluster;
      long bandRecords;
      long buckets;
      long largestBucket;
      long candidatePairRecords;
      long candidatePairs;
      long verifiedPairs;
      long payloadBytes;
      long shingleBytes;
      long bandSpillBytes;
      long pairSpillBytes;

      Stats build() {
        return new Stats(articles, clusters, duplicates, largestCluster, bandRecords, buckets,
            largestBucket, candidatePairRecords, candidatePairs, verifiedPairs, payloadBytes,
            shingleBytes, bandSpillBytes, pairSpillBytes);
      }
    }
  }
}
