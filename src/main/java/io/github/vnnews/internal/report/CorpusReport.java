package io.github.vnnews.internal.report;

import io.github.vnnews.Article;
import io.github.vnnews.Duplicate;
import io.github.vnnews.Quality;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.internal.quality.QualityFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * What a corpus of articles looks like: counts by removed kind, caption, author and date coverage,
 * languages, duplicate clusters and their sizes, the distribution of every quality signal and how
 * many articles each of FineWeb-2's Vietnamese thresholds flags. {@link #add} the articles (of an
 * export read back, or straight from a {@link io.github.vnnews.Corpus}), then {@link #summary()};
 * {@link ReportText} and {@link ReportHtml} print it.
 *
 * <pre>{@code
 * CorpusReport r = new CorpusReport();
 * try (ArticleJsonReader in = ArticleJsonReader.of(Files.newInputStream(path))) {
 *   in.forEachRemaining(r::add);
 * }
 * ReportText.write(r.summary(), out);
 * }</pre>
 *
 * <p>Memory: a few counters, one float per quality signal per article (15 floats, 60 bytes: 60 MB
 * for a million articles), and the duplicate similarities. Not thread-safe.
 */
public final class CorpusReport {
  /** The quality signals reported, in order, with how to read each from {@link Quality}. */
  public static final Map<String, ToDoubleFunction<Quality>> SIGNALS = signals();

  private long articles;
  private long withQuality;
  private long withCaption;
  private long captions;
  private long withAuthor;
  private long withPublishedAt;
  private long words;
  private final Map<String, Long> languages = new TreeMap<>();
  private final Map<RemovedKind, long[]> removed = new EnumMap<>(RemovedKind.class);
  private final Map<Integer, Long> clusterSizes = new TreeMap<>();
  private long marked;
  private long nonCanonical;
  private final FloatList similarities = new FloatList();
  private final List<FloatList> values = new ArrayList<>();
  private final QualityFilter fineweb2 = QualityFilter.fineweb2Only();
  private final Map<String, Long> flagged = new LinkedHashMap<>();
  private long flaggedAny;

  /** An empty report. */
  public CorpusReport() {
    for (int i = 0; i < SIGNALS.size(); i++) {
      values.add(new FloatList());
    }
    for (String c : fineweb2.checkNames()) {
      flagged.put(c, 0L);
    }
  }

  /**
   * Counts one article.
   *
   * @param a the article
   */
  public void add(Article a) {
    Objects.requireNonNull(a, "article");
    articles++;
    languages.merge(a.language() == null ? "null" : a.language(), 1L, Long::sum);
    if (!a.captions().isEmpty()) {
      withCaption++;
      captions += a.captions().size();
    }
    if (a.author() != null && !a.author().isBlank()) {
      withAuthor++;
    }
    if (a.publishedAt() != null) {
      withPublishedAt++;
    }
    EnumMap<RemovedKind, Integer> kinds = new EnumMap<>(RemovedKind.class);
    for (RemovedLine r : a.removed()) {
      kinds.merge(r.kind(), 1, Integer::sum);
    }
    for (Map.Entry<RemovedKind, Integer> e : kinds.entrySet()) {
      long[] c = removed.computeIfAbsent(e.getKey(), k -> new long[2]);
      c[0] += e.getValue();
      c[1]++;
    }
    Duplicate d = a.duplicate();
    if (d != null) {
      marked++;
      if (d.canonical()) {
        clusterSizes.merge(d.size(), 1L, Long::sum);
      } else {
        nonCanonical++;
        similarities.add((float) d.similarity());
      }
    }
    Quality q = a.quality();
    if (q != null) {
      withQuality++;
      words += q.words();
      int i = 0;
      for (ToDoubleFunction<Quality> f : SIGNALS.values()) {
        values.get(i++).add((float) f.applyAsDouble(q));
      }
      List<String> failed = fineweb2.failures(q);
      for (String c : failed) {
        flagged.merge(c, 1L, Long::sum);
      }
      if (!failed.isEmpty()) {
        flaggedAny++;
      }
    }
  }

  /**
   * The figures of the articles added so far.
   *
   * @return an immutable summary
   */
  public Summary summary() {
    Map<RemovedKind, Removed> rem = new EnumMap<>(RemovedKind.class);
    for (Map.Entry<RemovedKind, long[]> e : removed.entrySet()) {
      rem.put(e.getKey(), new Removed(e.getValue()[0], e.getValue()[1]));
    }
    Map<String, Distribution> dist = new LinkedHashMap<>();
    int i = 0;
    for (String name : SIGNALS.keySet()) {
      dist.put(name, Distribution.of(values.get(i++).sorted()));
    }
    return new Summary(articles, withQuality, words, withCaption, captions, withAuthor, withPublishedAt,
        Collections.unmodifiableMap(new TreeMap<>(languages)), Collections.unmodifiableMap(rem),
        Collections.unmodifiableMap(new TreeMap<>(clusterSizes)), marked, nonCanonical,
        Distribution.of(similarities.sorted()), Collections.unmodifiableMap(dist),
        Collections.unmodifiableMap(new LinkedHashMap<>(flagged)), flaggedAny);
  }

  /**
   * The figures of a report.
   *
   * @param articles articles counted
   * @param withQuality articles that have quality signals
   * @param words body words of those articles, summed
   * @param withCaption articles with at least one caption
   * @param captions captions in all
   * @param withAuthor articles with an author
   * @param withPublishedAt articles with a publication time
   * @param languages articles per language tag
   * @param removed removed lines (and articles with any) per kind
   * @param clusterSizes duplicate clusters per size (from their canonical articles)
   * @param marked articles with a {@code duplicate} object
   * @param duplicates articles in a cluster that are not its canonical one
   * @param similarity the similarity of those to their canonical article
   * @param signals the distribution of each quality signal, in {@link #SIGNALS} order
   * @param flagged articles each FineWeb-2 threshold flags
   * @param flaggedAny articles flagged by at least one FineWeb-2 threshold
   */
  public record Summary(long articles, long withQuality, long words, long withCaption, long captions,
      long withAuthor, long withPublishedAt, Map<String, Long> languages, Map<RemovedKind, Removed> removed,
      Map<Integer, Long> clusterSizes, long marked, long duplicates, Distribution similarity,
      Map<String, Distribution> signals, Map<String, Long> flagged, long flaggedAny) {
    /**
     * The number of duplicate clusters.
     *
     * @return clusters counted by their canonical article
     */
    public long clusters() {
      long n = 0;
      for (long c : clusterSizes.values()) {
        n += c;
      }
      return n;
    }

    /**
     * The share of articles that duplicate an earlier canonical one.
     *
     * @return duplicates over articles; 0 for an empty corpus
     */
    public double duplicateRate() {
      return articles == 0 ? 0 : (double) duplicates / articles;
    }

  }

  /**
   * Removed text of one kind.
   *
   * @param lines lines (or inline pieces) removed
   * @param articles articles with at least one
   */
  public record Removed(long lines, long articles) {}

  /**
   * The distribution of one figure: count, mean, and the quantiles (nearest rank) 0, 5, 25, 50,
   * 75, 95 and 100 %, with the sorted values kept for histograms.
   *
   * @param count values
   * @param mean their mean (NaN when there are none)
   * @param quantiles min, p5, p25, median, p75, p95, max (NaN when there are none)
   * @param sorted the values in ascending order
   */
  public record Distribution(long count, double mean, double[] quantiles, float[] sorted) {
    /** The quantile levels of {@link #quantiles()}. */
    public static final double[] LEVELS = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};

    static Distribution of(float[] sorted) {
      double[] q = new double[LEVELS.length];
      if (sorted.length == 0) {
        Arrays.fill(q, Double.NaN);
        return new Distribution(0, Double.NaN, q, sorted);
      }
      double sum = 0;
      for (float v : sorted) {
        sum += v;
      }
      for (int i = 0; i < q.length; i++) {
        q[i] = sorted[rank(LEVELS[i], sorted.length)];
      }
      return new Distribution(sorted.length, sum / sorted.length, q, sorted);
    }

    /** The nearest-rank index of level p among n values. */
    static int rank(double p, int n) {
      return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
    }

    /**
     * Counts in equal bins from {@code lo} to {@code hi}; values outside go to the first or last
     * bin.
     *
     * @param bins the number of bins
     * @param lo the lower edge
     * @param hi the upper edge (above lo)
     * @return the count per bin
     */
    public long[] histogram(int bins, double lo, double hi) {
      long[] h = new long[bins];
      for (float v : sorted) {
        int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
        h[Math.max(0, Math.min(bins - 1, b))]++;
      }
      return h;
    }
  }

  private static Map<String, ToDoubleFunction<Quality>> signals() {
    Map<String, ToDoubleFunction<Quality>> m = new LinkedHashMap<>();
    m.put("words", Quality::words);
    m.put("meanWordLength", Quality::meanWordLength);
    m.put("duplicateLineFraction", Quality::duplicateLineFraction);
    m.put("top2GramFraction", Quality::top2GramFraction);
    m.put("top3GramFraction", Quality::top3GramFraction);
    m.put("top4GramFraction", Quality::top4GramFraction);
    m.put("duplicate5GramFraction", Quality::duplicate5GramFraction);
    m.put("duplicate6GramFraction", Quality::duplicate6GramFraction);
    m.put("duplicate7GramFraction", Quality::duplicate7GramFraction);
    m.put("duplicate8GramFraction", Quality::duplicate8GramFraction);
    m.put("duplicate9GramFraction", Quality::duplicate9GramFraction);
    m.put("duplicate10GramFraction", Quality::duplicate10GramFraction);
    m.put("nonAlphaWordFraction", Quality::nonAlphaWordFraction);
    m.put("linesEndingInPunctuation", Quality::linesEndingInPunctuation);
    m.put("vietnamese", Quality::vietnamese);
    return Collections.unmodifiableMap(m);
  }

  /** A growable array of floats. */
  private static final class FloatList {
    private float[] a = new float[1024];
    private int n;

    void add(float v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    float[] sorted() {
      float[] s = Arrays.copyOf(a, n);
      Arrays.sort(s);
      return s;
    }
  }
}
