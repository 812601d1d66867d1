package io.github.vnnews.internal.quality;

import io.github.vnnews.Quality;
import io.github.vnnews.internal.text.VietnameseText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the {@link Quality} signals of an article body, the statistics of datatrove's Gopher
 * repetition and quality filters and FineWeb's line filter, the ones FineWeb-2 thresholds per
 * language ({@code configs/vie_Latn.yml}).
 *
 * <p>Example: {@code Quality q = QualityScorer.score(article.paragraphs());}
 *
 * <p>How each signal is counted (the body is the paragraphs, each one line; its length is the
 * characters of the paragraphs joined by line feeds):
 *
 * <table>
 *   <caption>Definitions</caption>
 *   <tr><th>signal</th><th>definition</th><th>as in</th></tr>
 *   <tr><td>words</td><td>whitespace-separated tokens with leading and trailing punctuation and
 *       symbols cut off; a token that is only punctuation is not a word ({@code "Hà Nội, 5%."}: 3
 *       words {@code Hà}, {@code Nội}, {@code 5})</td><td>Gopher {@code n_words}</td></tr>
 *   <tr><td>meanWordLength</td><td>mean code points per word</td><td>Gopher</td></tr>
 *   <tr><td>duplicateLineFraction</td><td>lines equal to an earlier line / lines</td>
 *       <td>Gopher {@code dup_line_frac}</td></tr>
 *   <tr><td>top{2,3,4}GramFraction</td><td>the most frequent word n-gram (the first seen among
 *       equals): its characters (words joined by one space) times its count / body length</td>
 *       <td>Gopher {@code top_n_grams}</td></tr>
 *   <tr><td>duplicate{5..10}GramFraction</td><td>walking the words: an n-gram seen before adds
 *       its characters and the walk jumps n words, else it is remembered and the walk moves one
 *       word; the sum / body length</td><td>Gopher {@code dup_n_grams} (over words, as the
 *       Gopher paper defines it; datatrove's loop runs over the list of n-grams instead)</td></tr>
 *   <tr><td>nonAlphaWordFraction</td><td>words without a letter / words</td><td>Gopher
 *       {@code max_non_alpha_words_ratio} is a minimum of 1 minus this</td></tr>
 *   <tr><td>linesEndingInPunctuation</td><td>lines whose last character is one of
 *       {@code . ! ? " ' … ” ’ »} / lines</td><td>FineWeb {@code line_punct_thr}</td></tr>
 *   <tr><td>vietnamese</td><td>{@link VietnameseText#countSyllables}: runs of letters that are
 *       well-formed Vietnamese syllables / runs of letters</td><td>(ours)</td></tr>
 * </table>
 *
 * <p>Thread-safe: static functions without shared state.
 */
public final class QualityScorer {
  private QualityScorer() {}

  /**
   * Scores a body.
   *
   * @param paragraphs the body, one paragraph a line; not null
   * @return the signals
   */
  public static Quality score(List<String> paragraphs) {
    return assess(null, paragraphs).quality();
  }

  /**
   * Scores a body and tells its language from the same syllable count.
   *
   * <p>The language is {@code vi} when at least one word in ten is a well-formed syllable that
   * carries a Vietnamese letter or tone mark (over the 35,385 articles of the baomoi crawl the
   * share is 0.19 at the lowest and 0.82 at the median; English prose has under 0.003), else
   * {@code en} when at least one word in ten is one of 24 English function words ({@code the, of,
   * and, to, is, …}), else {@code und}. Fewer than {@value #MIN_LANGUAGE_WORDS} words in the body
   * is too little to tell: the title's words are counted too, and {@code und} is the answer when
   * there are still too few.
   *
   * @param title the headline, or null
   * @param paragraphs the body, one paragraph a line; not null
   * @return the signals and the BCP 47 language tag
   */
  public static Assessment assess(String title, List<String> paragraphs) {
    // the work is split into small methods on purpose: one method holding every loop took the
    // JIT's optimising compiler seconds of CPU each time it compiled it, and it recompiled it
    // every time a rare branch (a repeat, a long article) was first taken
    Scratch w = SCRATCH.get();
    w.reset();
    int ending = 0;
    int duplicateLines = 0;
    Set<String> seenLines = new HashSet<>();
    long length = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      length += p.codePointCount(0, p.length()) + (i > 0 ? 1 : 0);
      if (!seenLines.add(p)) {
        duplicateLines++;
      }
      if (!p.isEmpty() && isStop(p.charAt(p.length() - 1))) {
        ending++;
      }
      w.scanWords(p);
    }
    int lines = paragraphs.size();
    int nw = w.words;
    double[] top = new double[5];
    double[] dup = new double[11];
    if (length > 0 && nw > 0) {
      nGramFractions(w, length, top, dup);
    }
    int letterRuns = w.letterRuns;
    int runs = letterRuns;
    if (runs < MIN_LANGUAGE_WORDS && title != null) {
      runs += w.countRuns(title);
    }
    String language =
        runs < MIN_LANGUAGE_WORDS ? "und"
            : w.marked * 10 >= runs ? "vi"
            : w.english * 10 >= runs ? "en"
            : "und";
    Quality q = new Quality(
        nw,
        round(nw == 0 ? 0 : (double) w.wordChars / nw),
        round(lines == 0 ? 0 : (double) duplicateLines / lines),
        round(top[2]), round(top[3]), round(top[4]),
        round(dup[5]), round(dup[6]), round(dup[7]), round(dup[8]), round(dup[9]), round(dup[10]),
        round(nw == 0 ? 0 : (double) w.nonAlpha / nw),
        round(lines == 0 ? 0 : (double) ending / lines),
        round(letterRuns == 0 ? 0 : (double) w.syllables / letterRuns));
    return new Assessment(q, language);
  }

  /**
   * The top 2- to 4-gram fractions into {@code top}, the duplicate 5- to 10-gram ones into {@code
   * dup}.
   */
  private static void nGramFractions(Scratch w, long length, double[] top, double[] dup) {
    int nw = w.words;
    LongIntMap counts = w.counts;
    long[] keys = w.keys();
    for (int n = 2; n <= 4; n++) {
      int grams = nGramKeys(w.hashes, nw, n, keys);
      top[n] = grams == 0 ? 0 : topNGram(keys, w.lengths, grams, n, counts) / (double) length;
    }
    // an n-gram (n >= 5) seen before opens with a 5-gram seen before: the walks look back along
    // the earlier places of the same 5-gram only, and need none where no 5-gram repeats
    int grams5 = nGramKeys(w.hashes, nw, 5, keys);
    int[] previous = w.previous(grams5);
    if (grams5 > 0 && earlierPlaces(keys, grams5, counts, previous)) {
      long[] keysN = w.keysN();
      boolean[] visited = w.visited(grams5);
      for (int n = 5; n <= 10; n++) {
        int grams = nGramKeys(w.hashes, nw, n, keysN);
        dup[n] = grams == 0 ? 0
            : duplicateNGrams(keysN, w.lengths, grams, n, previous, visited) / (double) length;
      }
    }
  }

  /** Below this many words, the language is {@code und}. */
  public static final int MIN_LANGUAGE_WORDS = 3;

  /**
   * What {@link #assess} finds.
   *
   * @param quality the signals
   * @param language {@code vi}, {@code en} or {@code und}
   */
  public record Assessment(Quality quality, String language) {}

  /** English function words: the test that tells English from other text that is not Vietnamese. */
  private static final Set<String> ENGLISH =
      Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on",
          "are", "be", "by", "this", "from", "or", "an", "at", "not", "which", "have");

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** Per-thread buffers: the words' hashes and lengths, an n-gram map, a syllable cache. */
  private static final class Scratch {
    long[] hashes = new long[1024];
    int[] lengths = new int[1024];
    private long[] keys = new long[1024];
    int words;

    private long[] keysN = new long[1024];
    private int[] previous = new int[1024];
    private boolean[] visited = new boolean[1024];

    long[] keys() {
      if (keys.length < hashes.length) {
        keys = new long[hashes.length];
      }
      return keys;
    }

    long[] keysN() {
      if (keysN.length < hashes.length) {
        keysN = new long[hashes.length];
      }
      return keysN;
    }

    int[] previous(int n) {
      if (previous.length < n) {
        previous = new int[Math.max(n, previous.length * 2)];
      }
      return previous;
    }

    boolean[] visited(int n) {
      if (visited.length < n) {
        visited = new boolean[Math.max(n, visited.length * 2)];
      }
      return visited;
    }
    final LongIntMap counts = new LongIntMap(4096);
    /**
     * Cache of answers by a 64-bit hash of the letters (0 = empty), open addressing with linear
     * probing, emptied when {@value #CACHE_FULL} answers fill it. A direct-mapped cache of the same
     * size missed on one run of letters in 50 of the generated corpus (two common syllables that
     * share a slot evict each other), and each miss parses a syllable.
     */
    final long[] cacheKeys = new long[CACHE_SLOTS];
    final byte[] cacheBits = new byte[CACHE_SLOTS];
    int cached;

    int nonAlpha;
    long wordChars;
    int letterRuns;
    int syllables;

    void reset() {
      words = 0;
      marked = 0;
      english = 0;
      nonAlpha = 0;
      wordChars = 0;
      letterRuns = 0;
      syllables = 0;
    }

    /**
     * Counts the words of one paragraph and the runs of letters inside them, in one pass over its
     * characters. A word is a run of non-space characters cut down to a word character at each
     * end: its hash and length are those of the characters up to its last word character, so the
     * pass keeps them as they stood there. A run of letters (a letter, then letters and marks)
     * holds only word characters, so it never reaches past the word's end.
     */
    void scanWords(String p) {
      int n = p.length();
      int j = 0;
      while (j < n) {
        int bits = CLASSES[p.charAt(j)];
        if ((bits & SPACE) != 0) {
          j++;
          continue;
        }
        // the word: from its first word character
        while ((bits & (LETTER | DIGIT | MARK)) == 0) {
          if (++j == n) {
            return;
          }
          bits = CLASSES[p.charAt(j)];
          if ((bits & SPACE) != 0) {
            break;
          }
        }
        if ((bits & SPACE) != 0) {
          continue; // a token with no word character
        }
        long h = WORD_SEED;
        int cps = 0;
        long wordHash = 0;
        int wordCps = 0;
        boolean letter = false;
        int runStart = -1;
        long runHash = 0;
        while (true) {
          char c = p.charAt(j);
          h = (h ^ c) * PRIME;
          if (!Character.isLowSurrogate(c)) {
            cps++;
          }
          if (runStart >= 0) {
            if ((bits & (LETTER | MARK)) != 0) {
              runHash = (runHash ^ c) * PRIME;
            } else {
              run(p, runStart, j, runHash);
              runStart = -1;
            }
          }
          if (runStart < 0 && (bits & LETTER) != 0) {
            runStart = j;
            runHash = (RUN_SEED ^ c) * PRIME;
          }
          if ((bits & (LETTER | DIGIT | MARK)) != 0) {
            wordHash = h;
            wordCps = cps;
            letter |= (bits & LETTER) != 0;
          }
          if (++j == n) {
            break;
          }
          bits = CLASSES[p.charAt(j)];
          if ((bits & SPACE) != 0) {
            break;
          }
        }
        if (runStart >= 0) {
          run(p, runStart, j, runHash);
        }
        add(mix(wordHash), wordCps);
        wordChars += wordCps;
        if (!letter) {
          nonAlpha++;
        }
      }
    }

    /** Counts one run of letters, {@code p[start, end)}, whose letters hash to {@code hash}. */
    private void run(String p, int start, int end, long hash) {
      letterRuns++;
      if (classify(p, start, end, hash)) {
        syllables++;
      }
    }

    void add(long hash, int length) {
      if (words == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, words * 2);
        lengths = java.util.Arrays.copyOf(lengths, words * 2);
      }
      hashes[words] = hash;
      lengths[words] = length;
      words++;
    }

    /** Marked syllables and English function words counted by {@link #classify}. */
    int marked;
    int english;

    /**
     * Whether the letters are a Vietnamese syllable; counts marked syllables and English function
     * words on the way. Answers are cached by a 64-bit hash of the letters.
     */
    boolean classify(String s, int start, int end) {
      long h = RUN_SEED;
      for (int i = start; i < end; i++) {
        h = (h ^ s.charAt(i)) * PRIME;
      }
      return classify(s, start, end, h);
    }

    /** {@link #classify(String, int, int)} of letters already hashed (FNV-1a from its seed). */
    private boolean classify(String s, int start, int end, long letters) {
      long h = mix(letters) | 1; // never 0, the empty mark
      int slot = (int) h & (CACHE_SLOTS - 1);
      while (cacheKeys[slot] != h && cacheKeys[slot] != 0) {
        slot = (slot + 1) & (CACHE_SLOTS - 1);
      }
      byte bits = cacheKeys[slot] == h ? cacheBits[slot] : cacheMiss(s, start, end, h, slot);
      if ((bits & MARKED) != 0) {
        marked++;
      }
      if ((bits & FUNCTION_WORD) != 0) {
        english++;
      }
      return (bits & SYLLABLE) != 0;
    }

    /** Looks the letters up and caches the answer at the empty {@code slot} (or anew). */
    private byte cacheMiss(String s, int start, int end, long h, int slot) {
      byte bits = lookUp(s, start, end);
      if (cached == CACHE_FULL) {
        java.util.Arrays.fill(cacheKeys, 0);
        cached = 0;
        slot = (int) h & (CACHE_SLOTS - 1);
      }
      cacheKeys[slot] = h;
      cacheBits[slot] = bits;
      cached++;
      return bits;
    }

    /** The answer of {@link #classify} for letters not in the cache. */
    private static byte lookUp(String s, int start, int end) {
      byte bits = 0;
      if (VietnameseText.isSyllable(s, start, end)) {
        bits |= SYLLABLE;
        for (int i = start; i < end; i++) {
          if (s.charAt(i) >= 0x80) {
            bits |= MARKED;
            break;
          }
        }
      }
      if (end - start <= 5
          && ENGLISH.contains(s.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
        bits |= FUNCTION_WORD;
      }
      return bits;
    }

    /** Counts (and classifies) the runs of letters of a text; returns how many there are. */
    int countRuns(String s) {
      int runs = 0;
      int n = s.length();
      int k = 0;
      while (k < n) {
        if (!isLetter(s.charAt(k))) {
          k++;
          continue;
        }
        int start = k;
        while (k < n && (CLASSES[s.charAt(k)] & (LETTER | MARK)) != 0) {
          k++;
        }
        runs++;
        classify(s, start, k);
      }
      return runs;
    }
  }

  /** Slots of the syllable cache (a power of two). */
  private static final int CACHE_SLOTS = 1 << 15;
  /** Answers the syllable cache holds before it is emptied: half its slots keep probes short. */
  private static final int CACHE_FULL = CACHE_SLOTS / 2;

  private static final byte SYLLABLE = 1;
  private static final byte MARKED = 2;
  private static final byte FUNCTION_WORD = 4;

  /**
   * Rounds to four decimals from the exact binary value (half-even), so the result is the same on
   * every JVM, whatever its {@code Double.toString}.
   *
   * @param x a number
   * @return the rounded number
   */
  public static double round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("not a finite number: " + x);
    }
    // x * 10^4 below 2^31 is off the exact product by under 2^-23: unless it lies within 10^-6
    // of a half, the nearest integer is the one the exact value rounds to, and BigDecimal's
    // doubleValue of k / 10^4 is the division (the same double)
    double y = x * 10_000;
    if (Math.abs(y) < 0x1p31 && Math.abs(Math.abs(y - Math.floor(y)) - 0.5) > 1e-6) {
      return Math.round(y) / 10_000.0;
    }
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * Characters of the most frequent n-gram times its count; among equally frequent n-grams the
   * one seen first (Python's {@code Counter.most_common(1)}).
   */
  private static long topNGram(long[] keys, int[] lens, int grams, int n, LongIntMap counts) {
    counts.clear(grams);
    // one pass: the top count, and the first place of the earliest n-gram that has it
    int best = 0;
    int bestFirst = -1;
    for (int i = 0; i < grams; i++) {
      int slot = counts.slot(keys[i]);
      int c = counts.incrementAt(slot, keys[i], i);
      int first = counts.firstAt(slot);
      if (c > best || c == best && first < bestFirst) {
        best = c;
        bestFirst = first;
      }
    }
    return (long) gramChars(lens, bestFirst, n) * best;
  }

  /**
   * For each place of a 5-gram, the place of its previous occurrence ({@code -1} for the first).
   *
   * @return whether any 5-gram occurs twice
   */
  private static boolean earlierPlaces(long[] keys, int grams, LongIntMap last, int[] previous) {
    last.clear(grams);
    boolean any = false;
    for (int i = 0; i < grams; i++) {
      int slot = last.slot(keys[i]);
      int before = last.firstAt(slot); // the last place seen so far, -1 for none
      previous[i] = before;
      any |= before >= 0;
      last.placeAt(slot, keys[i], i);
    }
    return any;
  }

  /**
   * datatrove's walk over the words: a repeated n-gram adds its characters and skips n words. An
   * n-gram is repeated when an earlier place the walk stopped at holds the same n-gram; such a
   * place holds the same 5-gram, so only the chain of earlier places of the 5-gram ({@code
   * previous}) is looked at.
   */
  private static long duplicateNGrams(long[] keys, int[] lens, int grams, int n, int[] previous,
      boolean[] visited) {
    java.util.Arrays.fill(visited, 0, grams, false);
    long repeated = 0;
    int i = 0;
    while (i < grams) {
      visited[i] = true;
      long k = keys[i];
      boolean seen = false;
      for (int j = previous[i]; j >= 0; j = previous[j]) {
        if (visited[j] && keys[j] == k) {
          seen = true;
          break;
        }
      }
      if (seen) {
        repeated += gramChars(lens, i, n);
        i += n;
      } else {
        i++;
      }
    }
    return repeated;
  }

  /**
   * The keys of the n-grams of the word hashes: a polynomial rolling hash modulo 2^64 over
   * hashes that are already mixed (two different n-grams share a key with odds near 2^-64).
   *
   * @return how many n-grams there are
   */
  private static int nGramKeys(long[] words, int count, int n, long[] keys) {
    int grams = count - n + 1;
    if (grams <= 0) {
      return 0;
    }
    long top = 1;
    long h = 0;
    for (int i = 0; i < n; i++) {
      h = h * PRIME + words[i];
      if (i > 0) {
        top *= PRIME;
      }
    }
    keys[0] = h;
    for (int i = 1; i < grams; i++) {
      h = (h - words[i - 1] * top) * PRIME + words[i + n - 1];
      keys[i] = h;
    }
    return grams;
  }

  /** FNV-1a's 64-bit prime: the word and letter-run hashes and the rolling n-gram keys. */
  private static final long PRIME = 0x100000001B3L;
  /** FNV-1a's offset basis: the seed of a word's hash. */
  private static final long WORD_SEED = 0xCBF29CE484222325L;
  /** The seed of a run of letters' hash (the cache key of {@code classify}), apart from words'. */
  private static final long RUN_SEED = 0x84222325CBF29CE4L;

  private static int gramChars(int[] lens, int at, int n) {
    int c = n - 1;
    for (int i = at; i < at + n; i++) {
      c += lens[i];
    }
    return c;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte MARK = 4;
  private static final byte SPACE = 8;
  /** The class bits of every UTF-16 unit (a table lookup instead of Character's per call). */
  private static final byte[] CLASSES = new byte[0x10000];

  static {
    for (int c = 0; c < CLASSES.length; c++) {
      int bits = 0;
      if (Character.isLetter(c)) {
        bits |= LETTER;
      }
      if (Character.isDigit(c)) {
        bits |= DIGIT;
      }
      if (c >= 0x300 && c < 0x370) {
        bits |= MARK;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        bits |= SPACE;
      }
      CLASSES[c] = (byte) bits;
    }
  }

  private static boolean isSpace(char c) {
    return (CLASSES[c] & SPACE) != 0;
  }

  private static boolean isLetter(char c) {
    return (CLASSES[c] & LETTER) != 0;
  }

  /** Letters, digits and combining marks (a word's edges are cut down to one of these). */
  private static boolean isWordChar(char c) {
    return (CLASSES[c] & (LETTER | DIGIT | MARK)) != 0;
  }

  private static boolean isMark(char c) {
    return (CLASSES[c] & MARK) != 0;
  }

  private static boolean isStop(char c) {
    return switch (c) {
      case '.', '!', '?', '"', '\'', '\u2026', '\u201D', '\u2019', '\u00BB' -> true;
      default -> false;
    };
  }

  /**
   * Open-addressing map from a 64-bit key to a count and a place (the n-gram's first place, or its
   * last, as the caller keeps it). Cleared for a given number of keys, it uses a table of about
   * twice that many slots (never more), so a short article clears and probes a short table. Not
   * thread-safe; one per thread.
   */
  static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int[] places;
    private boolean[] used;
    private int mask;

    LongIntMap(int expected) {
      allocate(Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1);
    }

    private void allocate(int cap) {
      keys = new long[cap];
      values = new int[cap];
      places = new int[cap];
      used = new boolean[cap];
    }

    /** Empties the map for at most {@code n} keys. */
    void clear(int n) {
      int cap = Integer.highestOneBit(Math.max(16, n * 2) - 1) << 1;
      if (cap > keys.length) {
        allocate(cap);
      }
      mask = cap - 1;
      java.util.Arrays.fill(used, 0, cap, false);
    }

    /** The slot of key {@code k}: its own, or the empty one where it would go. */
    int slot(long k) {
      int i = (int) ((k * 0x9E3779B97F4A7C15L) >>> 32) & mask;
      while (used[i] && keys[i] != k) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /** Adds one to the count at {@code slot} (key {@code k}, first seen at {@code place}). */
    int incrementAt(int slot, long k, int place) {
      if (!used[slot]) {
        used[slot] = true;
        keys[slot] = k;
        values[slot] = 0;
        places[slot] = place;
      }
      return ++values[slot];
    }

    /** The place kept at {@code slot}, or -1 for an empty slot. */
    int firstAt(int slot) {
      return used[slot] ? places[slot] : -1;
    }

    /** Keeps {@code place} as the place of key {@code k} at {@code slot}. */
    void placeAt(int slot, long k, int place) {
      used[slot] = true;
      keys[slot] = k;
      places[slot] = place;
    }
  }
}
