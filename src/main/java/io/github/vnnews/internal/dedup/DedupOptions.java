package io.github.vnnews.internal.dedup;

import java.util.Objects;

/**
 * The settings of duplicate detection, with their defaults in one place. Immutable and
 * thread-safe; make one with {@link #builder()} or take {@link #defaults()}.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #shingle()}</td><td>{@value #DEFAULT_SHINGLE}</td><td>syllables per shingle: a
 *       text is the set of its runs of this many consecutive syllables (lower case, marks kept)</td></tr>
 *   <tr><td>{@link #bands()} × {@link #rows()}</td><td>{@value #DEFAULT_BANDS} ×
 *       {@value #DEFAULT_ROWS}</td><td>MinHash values per text, cut into bands of rows: two texts
 *       become a candidate pair when all the rows of one band agree; with these, a pair of
 *       similarity 0.3 is a candidate with probability 0.28, 0.4 with 0.65, 0.5 with 0.92, 0.6
 *       and above with 0.996 or more</td></tr>
 *   <tr><td>{@link #threshold()}</td><td>{@value #DEFAULT_THRESHOLD}</td><td>the Jaccard
 *       similarity of the shingle sets from which a candidate pair is a duplicate</td></tr>
 *   <tr><td>{@link #seed()}</td><td>{@value #DEFAULT_SEED}</td><td>seed of the MinHash
 *       permutations: the same seed, the same clusters on every run and machine</td></tr>
 *   <tr><td>{@link #allPairsBucket()}</td><td>{@value #DEFAULT_ALL_PAIRS_BUCKET}</td><td>texts
 *       sharing a band form every pair up to this many; a larger bucket (boilerplate, one story
 *       copied hundreds of times) gives each text a pair with the earliest one and with the one
 *       before it, so pairs grow linearly</td></tr>
 *   <tr><td>{@link #sortBufferRecords()}</td><td>{@value #DEFAULT_SORT_BUFFER_RECORDS}</td><td>
 *       records sorted in memory before a run is spilled to disk (12 bytes each)</td></tr>
 * </table>
 *
 * <p>The defaults were chosen on the labelled pairs of {@code eval/dedup} (215 pairs of the baomoi
 * crawl, {@code eval/dedup/RESULTS.md}): syllable pairs beat single syllables, 3- and 5-syllable
 * shingles at every threshold; on the dev half, F1 is flat from 0.35 to 0.45 and highest at 0.40,
 * which the test half confirms (precision 0.83, recall 0.92 over all pairs); 40 bands of 4 catch
 * more of the pairs near the threshold than 32 of 4 while keeping random pairs (Jaccard around
 * 0.03) out of the candidates. The similarity is exported, so a stricter cut can be applied
 * later; {@code --dedup drop} users who would rather lose fewer articles pass a higher threshold.
 *
 * <p>Example: {@code DedupOptions.builder().threshold(0.6).build()}.
 */
public final class DedupOptions {
  /** Default syllables per shingle. */
  public static final int DEFAULT_SHINGLE = 2;
  /** Default number of LSH bands. */
  public static final int DEFAULT_BANDS = 40;
  /** Default MinHash values per band. */
  public static final int DEFAULT_ROWS = 4;
  /** Default Jaccard threshold of a verified duplicate. */
  public static final double DEFAULT_THRESHOLD = 0.4;
  /** Default seed of the MinHash permutations. */
  public static final long DEFAULT_SEED = 0x5EED_D0C5L;
  /** Default largest bucket whose members all pair up. */
  public static final int DEFAULT_ALL_PAIRS_BUCKET = 8;
  /** Default records sorted in memory per spilled run. */
  public static final int DEFAULT_SORT_BUFFER_RECORDS = 1 << 21;

  private static final DedupOptions DEFAULTS = builder().build();

  private final int shingle;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final long seed;
  private final int allPairsBucket;
  private final int sortBufferRecords;

  private DedupOptions(Builder b) {
    this.shingle = b.shingle;
    this.bands = b.bands;
    this.rows = b.rows;
    this.threshold = b.threshold;
    this.seed = b.seed;
    this.allPairsBucket = b.allPairsBucket;
    this.sortBufferRecords = b.sortBufferRecords;
  }

  /**
   * The defaults.
   *
   * @return the shared default options
   */
  public static DedupOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.shingle = shingle;
    b.bands = bands;
    b.rows = rows;
    b.threshold = threshold;
    b.seed = seed;
    b.allPairsBucket = allPairsBucket;
    b.sortBufferRecords = sortBufferRecords;
    return b;
  }

  /** @return syllables per shingle */
  public int shingle() {
    return shingle;
  }

  /** @return the LSH bands */
  public int bands() {
    return bands;
  }

  /** @return MinHash values per band */
  public int rows() {
    return rows;
  }

  /** @return the Jaccard threshold of a duplicate */
  public double threshold() {
    return threshold;
  }

  /** @return the permutation seed */
  public long seed() {
    return seed;
  }

  /** @return the largest bucket whose members all pair up */
  public int allPairsBucket() {
    return allPairsBucket;
  }

  /** @return records sorted in memory per spilled run */
  public int sortBufferRecords() {
    return sortBufferRecords;
  }

  /**
   * The probability that a pair of the given Jaccard similarity becomes a candidate: {@code 1 -
   * (1 - s^rows)^bands}.
   *
   * @param similarity a Jaccard similarity
   * @return the probability
   */
  public double candidateProbability(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DedupOptions d && d.shingle == shingle && d.bands == bands && d.rows == rows
        && Double.compare(d.threshold, threshold) == 0 && d.seed == seed
        && d.allPairsBucket == allPairsBucket && d.sortBufferRecords == sortBufferRecords;
  }

  @Override
  public int hashCode() {
    return Objects.hash(shingle, bands, rows, threshold, seed, allPairsBucket, sortBufferRecords);
  }

  @Override
  public String toString() {
    return "DedupOptions[shingle=" + shingle + ", bands=" + bands + ", rows=" + rows
        + ", threshold=" + threshold + ", seed=" + seed + ", allPairsBucket=" + allPairsBucket
        + ", sortBufferRecords=" + sortBufferRecords + "]";
  }

  /** Builds {@link DedupOptions}. Not thread-safe. */
  public static final class Builder {
    private int shingle = DEFAULT_SHINGLE;
    private int bands = DEFAULT_BANDS;
    private int rows = DEFAULT_ROWS;
    private double threshold = DEFAULT_THRESHOLD;
    private long seed = DEFAULT_SEED;
    private int allPairsBucket = DEFAULT_ALL_PAIRS_BUCKET;
    private int sortBufferRecords = DEFAULT_SORT_BUFFER_RECORDS;

    private Builder() {}

    /**
     * @param n syllables per shingle, 1 to 16
     * @return this builder
     */
    public Builder shingle(int n) {
      this.shingle = check(n, 1, 16, "shingle");
      return this;
    }

    /**
     * @param n LSH bands, 1 to 256
     * @return this builder
     */
    public Builder bands(int n) {
      this.bands = check(n, 1, 256, "bands");
      return this;
    }

    /**
     * @param n MinHash values per band, 1 to 64
     * @return this builder
     */
    public Builder rows(int n) {
      this.rows = check(n, 1, 64, "rows");
      return this;
    }

    /**
     * @param t the Jaccard threshold of a duplicate, above 0 and at most 1
     * @return this builder
     */
    public Builder threshold(double t) {
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1], not " + t);
      }
      this.threshold = t;
      return this;
    }

    /**
     * @param s the MinHash permutation seed
     * @return this builder
     */
    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /**
     * @param n the largest bucket whose members all pair up, 2 to 1000
     * @return this builder
     */
    public Builder allPairsBucket(int n) {
      this.allPairsBucket = check(n, 2, 1000, "allPairsBucket");
      return this;
    }

    /**
     * @param n records sorted in memory per spilled run, 1024 to 2^27
     * @return this builder
     */
    public Builder sortBufferRecords(int n) {
      this.sortBufferRecords = check(n, 1024, 1 << 27, "sortBufferRecords");
      return this;
    }

    private static int check(int n, int min, int max, String name) {
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + n);
      }
      return n;
    }

    /**
     * The options.
     *
     * @return the immutable options
     */
    public DedupOptions build() {
      return new DedupOptions(this);
    }
  }
}
