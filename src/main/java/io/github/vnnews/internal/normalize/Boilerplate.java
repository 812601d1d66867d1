package io.github.vnnews.internal.normalize;

import io.github.vnnews.SourceLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What repeats across the documents of one corpus (a directory of one site's pages, a
 * multi-article file of one crawler): whole lines (menus, footers, a save-button notice) and the
 * words a crawler glued before or after every article ({@code Lưu bài viết thành công Bạn có thể
 * xem lại bài viết đã lưu ở trang…} opening each first line, {@code Nguồn: [Link nguồn]} closing
 * each last one). Learned from a sample of the corpus's first documents by a {@link Learner}; a
 * line or piece counts when it stands in at least half of them (at least {@value #MIN_DOCS}
 * documents). Deterministic (the same sample gives the same answer) and small (keys of a bounded
 * sample). No corpus, or fewer than {@value #MIN_DOCS} documents, gives {@link #NONE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Boilerplate {
  /** Fewest documents a repeat must stand in. */
  public static final int MIN_DOCS = 3;
  /** Most documents a learner looks at. */
  public static final int SAMPLE = 64;
  /** Longest repeated line, in words. */
  static final int MAX_LINE_WORDS = 60;
  /** Fewest and most words of a glued prefix or suffix. */
  static final int MIN_PIECE_WORDS = 3;
  static final int MAX_PIECE_WORDS = 30;
  /** How many lines at each end of a document are looked at for glued pieces. */
  static final int END_LINES = 2;

  /** Nothing repeats. */
  public static final Boilerplate NONE = new Boilerplate(Set.of(), List.of(), List.of());

  private final Set<String> lines;
  /** Glued prefixes and suffixes, as word lists in lower case, longest first. */
  private final List<List<String>> prefixes;
  private final List<List<String>> suffixes;

  private Boilerplate(Set<String> lines, List<List<String>> prefixes, List<List<String>> suffixes) {
    this.lines = Set.copyOf(lines);
    this.prefixes = List.copyOf(prefixes);
    this.suffixes = List.copyOf(suffixes);
  }

  /**
   * Whether nothing was learned.
   *
   * @return true when no line, prefix or suffix was learned
   */
  public boolean isEmpty() {
    return lines.isEmpty() && prefixes.isEmpty() && suffixes.isEmpty();
  }

  /** Whether a cleaned line repeats across the corpus. */
  boolean repeatedLine(String cleanLine) {
    return !lines.isEmpty() && lines.contains(key(cleanLine));
  }

  /**
   * The end offset of a learned prefix that opens {@code text} (and leaves text after it), or -1.
   */
  int prefixEnd(String text) {
    if (prefixes.isEmpty()) {
      return -1;
    }
    List<int[]> words = words(text);
    for (List<String> p : prefixes) {
      if (p.size() < words.size() && matches(text, words, 0, p)) {
        return words.get(p.size() - 1)[1];
      }
    }
    return -1;
  }

  /**
   * The start offset of a learned suffix that closes {@code text} (and leaves text before it), or
   * -1.
   */
  int suffixStart(String text) {
    if (suffixes.isEmpty()) {
      return -1;
    }
    List<int[]> words = words(text);
    for (List<String> s : suffixes) {
      int from = words.size() - s.size();
      if (from > 0 && matches(text, words, from, s)) {
        return words.get(from)[0];
      }
    }
    return -1;
  }

  private static boolean matches(String text, List<int[]> words, int from, List<String> piece) {
    for (int i = 0; i < piece.size(); i++) {
      int[] w = words.get(from + i);
      if (!text.substring(w[0], w[1]).toLowerCase(Locale.ROOT).equals(piece.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The space-separated words of a text, as offsets. */
  private static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      if (i > s) {
        out.add(new int[] {s, i});
      }
    }
    return out;
  }

  private static String key(String cleanLine) {
    return cleanLine.toLowerCase(Locale.ROOT);
  }

  /**
   * Learns a {@link Boilerplate} from the first documents of a corpus. Not thread-safe.
   */
  public static final class Learner {
    /**
     * One document of the sample: all its lines (as keys, with their words), its short lines and
     * its end pieces.
     */
    private record Sample(Map<String, Integer> all, Set<String> lines, Set<List<String>> prefixes,
        Set<List<String>> suffixes) {}

    private final List<Sample> docs = new ArrayList<>();
    private final Set<Set<String>> seen = new HashSet<>();

    /**
     * Whether the learner wants more documents.
     *
     * @return true until it has seen its sample
     */
    public boolean wantsMore() {
      return docs.size() < SAMPLE;
    }

    /**
     * Adds one document of the sample (past {@link #SAMPLE} documents, ignored). A document whose
     * lines are those of one added before (the same article twice) is not counted again.
     *
     * @param input its lines
     */
    public void add(List<SourceLine> input) {
      if (!wantsMore()) {
        return;
      }
      List<String> clean = new ArrayList<>();
      for (SourceLine l : input) {
        String c = Draft.clean(l.text(), new BitSet());
        if (!c.isEmpty()) {
          clean.add(c);
        }
      }
      Map<String, Integer> all = new HashMap<>();
      Set<String> seenLines = new HashSet<>();
      for (String c : clean) {
        int words = Sentences.words(c);
        all.put(key(c), words);
        if (words <= MAX_LINE_WORDS) {
          seenLines.add(key(c));
        }
      }
      if (all.isEmpty() || !seen.add(all.keySet())) {
        return;
      }
      Set<List<String>> pre = new HashSet<>();
      Set<List<String>> suf = new HashSet<>();
      for (int i = 0; i < Math.min(END_LINES, clean.size()); i++) {
        pieces(clean.get(i), true, pre);
        pieces(clean.get(clean.size() - 1 - i), false, suf);
      }
      docs.add(new Sample(all, seenLines, pre, suf));
    }

    private static void pieces(String line, boolean front, Set<List<String>> out) {
      String[] w = line.toLowerCase(Locale.ROOT).split(" ");
      for (int n = MIN_PIECE_WORDS; n <= Math.min(MAX_PIECE_WORDS, w.length - 1); n++) {
        out.add(List.of(front ? java.util.Arrays.copyOfRange(w, 0, n)
            : java.util.Arrays.copyOfRange(w, w.length - n, w.length)));
      }
    }

    /**
     * What repeats in at least half of the sample (and in {@value #MIN_DOCS} documents). Copies of
     * one article (most of their words in lines other documents have too) first leave the sample:
     * what they share is their text, not the site's chrome (a page's menus are many lines but few
     * of its words).
     *
     * @return the boilerplate, {@link #NONE} for a sample of fewer than {@value #MIN_DOCS}
     */
    public Boilerplate build() {
      List<Sample> kept = docs;
      for (int round = 0; round < 2; round++) {
        Map<String, Integer> lineDocs = new HashMap<>();
        for (Sample d : kept) {
          d.all.keySet().forEach(k -> lineDocs.merge(k, 1, Integer::sum));
        }
        int min = Math.max(MIN_DOCS, (kept.size() + 1) / 2);
        List<Sample> distinct = new ArrayList<>();
        for (Sample d : kept) {
          long words = 0;
          long repeated = 0;
          for (Map.Entry<String, Integer> e : d.all.entrySet()) {
            words += e.getValue();
            if (lineDocs.get(e.getKey()) >= min) {
              repeated += e.getValue();
            }
          }
          if (repeated * 2 <= words) {
            distinct.add(d);
          }
        }
        kept = distinct;
      }
      if (kept.size() < MIN_DOCS) {
        return NONE;
      }
      int min = Math.max(MIN_DOCS, (kept.size() + 1) / 2);
      Map<String, Integer> lineDocs = new HashMap<>();
      Map<List<String>, Integer> prefixDocs = new HashMap<>();
      Map<List<String>, Integer> suffixDocs = new HashMap<>();
      for (Sample d : kept) {
        d.lines.forEach(k -> lineDocs.merge(k, 1, Integer::sum));
        d.prefixes.forEach(k -> prefixDocs.merge(k, 1, Integer::sum));
        d.suffixes.forEach(k -> suffixDocs.merge(k, 1, Integer::sum));
      }
      Set<String> lines = new HashSet<>();
      lineDocs.forEach((k, v) -> {
        if (v >= min) {
          lines.add(k);
        }
      });
      return new Boilerplate(lines, longest(prefixDocs, min), longest(suffixDocs, min));
    }

    /** The frequent pieces, longest first (the longest one that fits a text is cut). */
    private static List<List<String>> longest(Map<List<String>, Integer> counts, int min) {
      List<List<String>> frequent = new ArrayList<>();
      counts.forEach((k, v) -> {
        if (v >= min) {
          frequent.add(k);
        }
      });
      frequent.sort((a, b) -> b.size() != a.size() ? b.size() - a.size()
          : String.join(" ", a).compareTo(String.join(" ", b)));
      return frequent;
    }
  }
}
