package io.github.vnnews.internal.dedup;

import io.github.vnnews.Article;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.text.VietnameseText;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Turns an article into its {@link Signature}: the text folded for comparison, cut into syllable
 * shingles, hashed with MinHash and banded for locality-sensitive hashing.
 *
 * <p>Folding (what two copies of a story may differ in without ceasing to be the same text): the
 * text ({@link Article#text()}, title and paragraphs) in NFC with every open oa/oe/uy syllable in
 * the modern tone style ({@link VietnameseText#placeTones}), lower case, and every run of
 * characters that are not letters, digits or combining marks made one separator. Diacritics are
 * kept: {@code má}, {@code mà} and {@code mã} are three syllables (datatrove's MinHash strips them
 * and makes them one).
 *
 * <table>
 *   <caption>Folding</caption>
 *   <tr><th>text</th><th>syllables</th></tr>
 *   <tr><td>{@code Thủy điện Hòa Bình: xả lũ!}</td><td>{@code thuỷ điện hoà bình xả lũ}</td></tr>
 *   <tr><td>{@code THUỶ ĐIỆN HOÀ BÌNH – XẢ LŨ}</td><td>{@code thuỷ điện hoà bình xả lũ}</td></tr>
 *   <tr><td>{@code Thuy dien Hoa Binh xa lu}</td><td>{@code thuy dien hoa binh xa lu} (not the
 *       same text)</td></tr>
 * </table>
 *
 * <p>MinHash: each shingle's 64-bit hash {@code x} goes through {@code bands × rows} bijections
 * {@code (x XOR s_i) * a_i} (odd {@code a_i}; {@code s_i, a_i} drawn from a {@link
 * SplittableRandom} seeded with {@link DedupOptions#seed()}); the signature keeps the minimum of
 * each. Everything is integer arithmetic on fixed seeds: the same article gives the same signature
 * on every run, machine, thread count and in Spark.
 *
 * <p>Immutable and thread-safe.
 */
public final class Signer {
  private final DedupOptions options;
  private final long[] xors;
  private final long[] multipliers;
  private final long[] bandSalts;

  /**
   * A signer.
   *
   * @param options the shingle size, bands, rows and seed
   */
  public Signer(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    int n = options.bands() * options.rows();
    SplittableRandom r = new SplittableRandom(options.seed());
    xors = new long[n];
    multipliers = new long[n];
    for (int i = 0; i < n; i++) {
      xors[i] = r.nextLong();
      multipliers[i] = r.nextLong() | 1;
    }
    bandSalts = new long[options.bands() + 1];
    for (int i = 0; i < bandSalts.length; i++) {
      bandSalts[i] = r.nextLong();
    }
  }

  /**
   * The options.
   *
   * @return the options this signer was made with
   */
  public DedupOptions options() {
    return options;
  }

  /**
   * Signs an article.
   *
   * @param article the article
   * @return its signature
   */
  public Signature sign(Article article) {
    return sign(article.id(), published(article.publishedAt()), article.text());
  }

  /**
   * Signs a text.
   *
   * @param id the article's id
   * @param published the canonical-order time ({@link #published(PublicationTime)})
   * @param text the article's text
   * @return its signature
   */
  public Signature sign(String id, long published, String text) {
    long[] tokens = tokens(text);
    long exact = 0x6A09E667F3BCC908L;
    for (long t : tokens) {
      exact = mix(exact * PRIME + t);
    }
    exact = mix(exact ^ tokens.length);
    long[] shingles64 = shingles(tokens);
    long[] mins = minHashes(shingles64);
    long[] bands = new long[options.bands()];
    int rows = options.rows();
    for (int b = 0; b < bands.length; b++) {
      long h = bandSalts[b];
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ mins[b * rows + r]);
      }
      bands[b] = h;
    }
    int count = shingles64.length;
    int[] shingles = new int[count];
    for (int i = 0; i < count; i++) {
      shingles[i] = (int) (shingles64[i] >>> 32);
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return new Signature(id, published, exact, bands,
        distinct == shingles.length ? shingles : Arrays.copyOf(shingles, distinct));
  }

  /** The 64-bit hashes of the shingles of a token sequence (one shingle when it is shorter). */
  private long[] shingles(long[] tokens) {
    int k = options.shingle();
    int count = tokens.length == 0 ? 0 : Math.max(1, tokens.length - k + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x3C6EF372FE94F82BL;
      for (int j = i; j < Math.min(tokens.length, i + k); j++) {
        h = h * PRIME + tokens[j];
      }
      out[i] = mix(h);
    }
    return out;
  }

  /** The MinHash values of a text (for tests: the fraction that agree estimates Jaccard). */
  long[] minHashes(String text) {
    return minHashes(shingles(tokens(text)));
  }

  private long[] minHashes(long[] shingles64) {
    int n = xors.length;
    long[] mins = new long[n];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long x : shingles64) {
      for (int i = 0; i < n; i++) {
        long v = (x ^ xors[i]) * multipliers[i];
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return mins;
  }

  /**
   * The canonical-order time of a publication time: epoch seconds of a date-time; a date alone
   * counts from 00:00 Vietnam time; {@link Long#MAX_VALUE} (after every date) for none.
   *
   * @param t the publication time, or null
   * @return the key
   */
  public static long published(PublicationTime t) {
    if (t == null) {
      return Long.MAX_VALUE;
    }
    OffsetDateTime at =
        t.hasTime()
            ? OffsetDateTime.of(t.date(), t.time(), t.offset())
            : t.date().atStartOfDay().atOffset(PublicationTime.VIETNAM);
    return at.toEpochSecond();
  }

  /**
   * The folded syllables of a text (see the class description), as 64-bit hashes of their
   * characters.
   *
   * @param text the text
   * @return the hashes, in text order
   */
  static long[] tokens(String text) {
    String s = VietnameseText.placeTones(text, ToneStyle.MODERN);
    long[] out = new long[Math.max(16, s.length() / 4)];
    int count = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isTokenChar(s.charAt(i))) {
        i++;
        continue;
      }
      long h = 0xCBF29CE484222325L;
      while (i < n && isTokenChar(s.charAt(i))) {
        h = (h ^ Character.toLowerCase(s.charAt(i))) * 0x100000001B3L;
        i++;
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = mix(h);
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * The folded text itself: what {@link #tokens} hashes, its syllables joined by one space (for
   * explanations and tests).
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    String s = VietnameseText.placeTones(text, ToneStyle.MODERN);
    StringBuilder sb = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isTokenChar(c)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || (c >= 0x300 && c < 0x370);
  }

  private static final long PRIME = 0x9E3779B97F4A7C15L;

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
