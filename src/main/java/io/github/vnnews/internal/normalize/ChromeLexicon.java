package io.github.vnnews.internal.normalize;

import io.github.vnnews.RemovedKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Vietnamese chrome phrases that the plain-text rules ({@code LinePatternRule}, {@code
 * InlineChromeRule}) and the HTML extractor both use: one resource, {@code chrome-lexicon.tsv}
 * beside this class, so that a phrase learned once serves both.
 *
 * <p>Each entry is a kind (a {@link RemovedKind} by its JSON name, or {@code outlet} for the
 * names of news outlets, which are chrome alone on a line and never an author), a phrase, and
 * where the phrase may stand:
 *
 * <table>
 *   <caption>Places</caption>
 *   <tr><th>where</th><th>the phrase stands</th><th>example</th></tr>
 *   <tr><td>{@code line}</td><td>alone on its line or block (trailing {@code : . … ! > »}, a count
 *       "(12)" and surrounding brackets allowed)</td><td>{@code Tin khác}, {@code (Tổng hợp)}</td></tr>
 *   <tr><td>{@code label}</td><td>alone, or followed by a colon and its content</td>
 *       <td>{@code Từ khóa: giá vàng, lãi suất}</td></tr>
 *   <tr><td>{@code start}</td><td>alone, or opening its line followed by anything</td>
 *       <td>{@code Chia sẻ qua Facebook}</td></tr>
 *   <tr><td>{@code inline}</td><td>as {@code start}, and also opening a piece fused into a line of
 *       text after a sentence end (a crawl that collapsed the page)</td>
 *       <td>{@code … đã kết thúc. Tin liên quan Giá xăng tăng}</td></tr>
 *   <tr><td>{@code within}</td><td>anywhere in a short line</td><td>{@code © 2026 Báo X}</td></tr>
 * </table>
 *
 * <p>The two evidence columns of the file (crawl articles and page outlets where the phrase stands
 * so) are written by {@code bench/lexicon/count.py}; a phrase earns its place by them. Lookups fold
 * case; the phrase is matched word by word, so spacing does not matter.
 *
 * <p>Example: {@code ChromeLexicon.defaults().lineKind("Tin liên quan:")} is {@code "related"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChromeLexicon {
  /** Where a phrase may stand; each place includes the ones before it, except {@link #WITHIN}. */
  public enum Where {
    /** Alone on its line. */
    LINE,
    /** Alone, or followed by a colon and content. */
    LABEL,
    /** Alone, or opening its line. */
    START,
    /** Opening its line, or a piece fused into text after a sentence end. */
    INLINE,
    /** Anywhere in a short line. */
    WITHIN;

    /** The name used in the file. */
    String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One entry.
   *
   * @param kind a {@link RemovedKind} JSON name, or {@code outlet}
   * @param where where the phrase may stand
   * @param phrase the phrase as written (a trailing colon is part of it: then it must be there)
   */
  public record Entry(String kind, Where where, String phrase) {
    /**
     * Checks the fields.
     *
     * @param kind a {@link RemovedKind} JSON name, or {@code outlet}
     * @param where where the phrase may stand
     * @param phrase the phrase as written (a trailing colon is part of it: then it must be there)
     */
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(phrase, "phrase");
    }

    /**
     * What removing a line of this entry records: the kind, or {@link RemovedKind#CHROME} for an
     * outlet's name.
     *
     * @return the kind
     */
    public RemovedKind removedKind() {
      return kind.equals(OUTLET) ? RemovedKind.CHROME : RemovedKind.fromJsonName(kind);
    }
  }

  /** The kind of outlet names. */
  public static final String OUTLET = "outlet";

  /** The resource the default lexicon is read from. */
  static final String RESOURCE = "chrome-lexicon.tsv";

  private static final ChromeLexicon DEFAULTS = load();

  private static final Pattern TRAILING = Pattern.compile("[\\s:.…!>»]*(?:\\(\\s*\\d*\\s*\\))?[\\s:.…!>»]*$");

  private final List<Entry> entries;
  /** Folded phrase (words joined by one space) to the entries with it, in file order. */
  private final Map<String, List<Entry>> byKey = new HashMap<>();
  private final int maxWords;

  private ChromeLexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    int most = 1;
    for (Entry e : this.entries) {
      String key = key(e.phrase());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      most = Math.max(most, key.split(" ").length);
    }
    this.maxWords = most;
  }

  /**
   * The lexicon read from {@code chrome-lexicon.tsv}.
   *
   * @return the shared instance
   */
  public static ChromeLexicon defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a lexicon: lines {@code kind <TAB> where <TAB> phrase [<TAB> evidence …]}; blank lines
   * and lines starting with {@code #} are skipped.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @param name the file's name, for errors
   * @return the lexicon
   * @throws IOException when reading fails
   * @throws IllegalArgumentException on a malformed line, naming the file and line
   */
  public static ChromeLexicon read(InputStream in, String name) throws IOException {
    List<Entry> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols[2].isBlank()) {
        throw new IllegalArgumentException(name + ":" + n + ": expected kind, where, phrase");
      }
      String kind = cols[0].strip();
      if (!kind.equals(OUTLET)) {
        try {
          RemovedKind.fromJsonName(kind);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ":" + n + ": unknown kind '" + kind + "'", e);
        }
      }
      Where where;
      try {
        where = Where.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + n + ": unknown place '" + cols[1] + "'", e);
      }
      String phrase = cols[2].strip();
      if (!seen.add(key(phrase) + "\t" + where)) {
        throw new IllegalArgumentException(name + ":" + n + ": duplicate phrase '" + phrase + "'");
      }
      out.add(new Entry(kind, where, phrase));
    }
    return new ChromeLexicon(out);
  }

  private static ChromeLexicon load() {
    try (InputStream in = ChromeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every entry, in file order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The phrases of a kind that may stand at one of the given places, longest first (so that an
   * alternation built from them prefers the longer phrase).
   *
   * @param kind a kind
   * @param places the places
   * @return the phrases
   */
  public List<String> phrases(String kind, Where... places) {
    Set<Where> want = Set.of(places);
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.kind().equals(kind) && want.contains(e.where()) && !out.contains(e.phrase())) {
        out.add(e.phrase());
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return Collections.unmodifiableList(out);
  }

  /**
   * A regular-expression alternation of {@link #phrases}, each phrase quoted, its spaces matching
   * one or more spaces, a final colon allowed a space before it; {@code "(?!)"} (never matches)
   * when there is none.
   *
   * @param kind a kind
   * @param places the places
   * @return the alternation, without a surrounding group
   */
  public String alternation(String kind, Where... places) {
    List<String> ps = phrases(kind, places);
    if (ps.isEmpty()) {
      return "(?!)";
    }
    StringBuilder sb = new StringBuilder();
    for (String p : ps) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      boolean colon = p.endsWith(":");
      String[] words = (colon ? p.substring(0, p.length() - 1).strip() : p).split(" +");
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          sb.append(" +");
        }
        sb.append(Pattern.quote(words[i]));
      }
      if (colon) {
        sb.append(" ?:");
      }
    }
    return sb.toString();
  }

  /**
   * The kind of a text that is a phrase alone (any place but {@code within}): "Tin liên quan:",
   * "(Tổng hợp)", "Bình luận (12)".
   *
   * @param text the line or block
   * @return the kind, or null
   */
  public String lineKind(String text) {
    Entry e = line(text);
    return e == null ? null : e.kind();
  }

  /**
   * The entry of a text that is a phrase alone (any place but {@code within}).
   *
   * @param text the line or block
   * @return the entry, or null
   */
  public Entry line(String text) {
    if (text == null || text.length() > 120) {
      return null;
    }
    String t = text.strip();
    if (t.length() > 2 && (t.charAt(0) == '(' || t.charAt(0) == '[')
        && (t.endsWith(")") || t.endsWith("]"))) {
      t = t.substring(1, t.length() - 1);
    }
    String bare = TRAILING.matcher(t).replaceFirst("");
    for (String candidate : new String[] {bare, bare + ":"}) {
      List<Entry> es = byKey.get(key(candidate));
      if (es != null) {
        for (Entry e : es) {
          if (e.where() != Where.WITHIN && (!candidate.endsWith(":") || t.contains(":"))) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /**
   * The entry whose phrase opens a text: a {@code label} phrase followed by a colon, a {@code
   * start} or {@code inline} phrase followed by anything after a word boundary (a phrase written
   * with a final colon needs the colon). The longest phrase wins.
   *
   * @param text the line or block
   * @return the entry, or null
   */
  public Entry opening(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<int[]> words = wordSpans(text, maxWords);
    if (words.isEmpty() || words.get(0)[0] != 0) {
      return null;
    }
    int n = text.length();
    for (int k = words.size(); k >= 1; k--) {
      int end = words.get(k - 1)[1];
      int j = end;
      while (j < n && text.charAt(j) == ' ') {
        j++;
      }
      boolean colon = j < n && text.charAt(j) == ':';
      String head = key(text.substring(0, end));
      List<Entry> es = byKey.get(head);
      List<Entry> withColon = colon ? byKey.get(head + ":") : null;
      for (List<Entry> list : java.util.Arrays.asList(withColon, es)) {
        if (list == null) {
          continue;
        }
        for (Entry e : list) {
          boolean fits = switch (e.where()) {
            case LABEL -> colon;
            case START, INLINE -> !e.phrase().endsWith(":") || colon;
            default -> false;
          };
          if (fits) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /**
   * The {@code within} entry found anywhere in a text, at word boundaries.
   *
   * @param text a short line
   * @return the entry, or null
   */
  public Entry within(String text) {
    return within(text, null);
  }

  /**
   * The {@code within} entry of a kind found anywhere in a text, at word boundaries.
   *
   * @param text a short line
   * @param kind the kind, or null for any
   * @return the entry, or null
   */
  public Entry within(String text, String kind) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String t = key(text);
    for (Entry e : entries) {
      if (e.where() == Where.WITHIN && (kind == null || e.kind().equals(kind))
          && containsWord(t, key(e.phrase()))) {
        return e;
      }
    }
    return null;
  }

  /** Whether {@code k} occurs in {@code t} with no letter or digit right before or after it. */
  private static boolean containsWord(String t, String k) {
    for (int at = t.indexOf(k); at >= 0; at = t.indexOf(k, at + 1)) {
      boolean before = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))
          || !Character.isLetterOrDigit(k.charAt(0));
      int e = at + k.length();
      boolean after = e == t.length() || !Character.isLetterOrDigit(t.charAt(e))
          || !Character.isLetterOrDigit(k.charAt(k.length() - 1));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name is a news outlet's ("Thanh Niên", "VnExpress", "Báo Tuổi Trẻ").
   *
   * @param name a name
   * @return true for an outlet
   */
  public boolean isOutlet(String name) {
    if (name == null) {
      return false;
    }
    String k = key(name);
    for (String prefix : new String[] {"", "báo ", "tạp chí "}) {
      if (k.startsWith(prefix)) {
        List<Entry> es = byKey.get(k.substring(prefix.length()));
        if (es != null && es.stream().anyMatch(e -> e.kind().equals(OUTLET))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Lower case (root locale), words joined by one space: {@code String.join(" ",
   * s.strip().toLowerCase(Locale.ROOT).split("\\s+"))}, by one scan instead of a regex compiled
   * at every call. After {@code strip} no run of {@code \\s} opens or closes the text, so each run
   * inside becomes one space.
   */
  static String key(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    int n = t.length();
    int i = 0;
    // the first run that is not one plain space
    while (i < n && !(isRegexSpace(t.charAt(i))
        && (t.charAt(i) != ' ' || i + 1 < n && isRegexSpace(t.charAt(i + 1))))) {
      i++;
    }
    if (i == n) {
      return t; // every run already one plain space
    }
    StringBuilder out = new StringBuilder(n).append(t, 0, i);
    while (i < n) {
      char c = t.charAt(i);
      if (isRegexSpace(c)) {
        while (i < n && isRegexSpace(t.charAt(i))) {
          i++;
        }
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The characters of the regex class {@code \\s}: space, tab, line feed, VT, form feed, CR. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The [start, end) of the first words of a text: runs of letters and digits, a hyphen or an
   * ampersand inside a run kept ("E-mail"); stops at a colon.
   */
  private static List<int[]> wordSpans(String text, int most) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && out.size() < most) {
      char c = text.charAt(i);
      if (c == ':') {
        break;
      }
      if (!Character.isLetterOrDigit(c)) {
        if (!Character.isWhitespace(c) && out.isEmpty()) {
          out.add(new int[] {i, i + 1}); // a leading symbol: no phrase opens the text here
          return out;
        }
        i++;
        continue;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '-' || text.charAt(i) == '&') && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      out.add(new int[] {s, i});
    }
    return out;
  }
}
