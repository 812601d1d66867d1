package io.github.vnnews.internal.normalize;

import java.util.List;
import java.util.Set;

/**
 * The shape of every line of one article, for telling a whole-page copy (the {@code innerText} of
 * a page: menus, tickers, sidebars and footers around the article, one block a line) from a text
 * that holds an article alone, and for scoring each line of a page copy as article text or page
 * chrome: length, sentence punctuation, function-word density, digits, capitals, the blank lines
 * around it (a page's paragraphs stand apart, its menu items do not) and the run of short
 * unpunctuated lines it belongs to (menus and link lists come in runs).
 *
 * <table>
 *   <caption>Evidence for a page copy (all of it needed)</caption>
 *   <tr><th>measure</th><th>at least</th></tr>
 *   <tr><td>non-blank lines</td><td>{@value #MIN_LINES}</td></tr>
 *   <tr><td>longest run of short unpunctuated lines</td><td>{@value #MIN_RUN}</td></tr>
 *   <tr><td>share of lines in runs of three or more of them</td><td>{@value #MIN_RUN_SHARE}</td></tr>
 * </table>
 *
 * <p>A crawler dump (title, sapo, body on a few lines) and a page excerpt (the seeds) have neither
 * the lines nor the runs. Computed once per article in one pass over each line; not thread-safe
 * (belongs to one {@link Draft}).
 */
final class PageShape {
  /** Fewest non-blank lines of a page copy. */
  static final int MIN_LINES = 30;
  /** Shortest longest run of short unpunctuated lines in a page copy. */
  static final int MIN_RUN = 8;
  /** Least share of lines standing in runs of three or more short unpunctuated lines. */
  static final double MIN_RUN_SHARE = 0.2;
  /** Most words of a short line (a menu item, a link). */
  static final int SHORT_WORDS = 10;

  /** The features of the line model, in the order of {@link #lineFeatures}. */
  static final List<String> LINE_FEATURES = List.of(
      "words", "terminal", "colon", "sentences", "stopwords", "digits", "commas", "capitals",
      "allCaps", "blankBefore", "blankAfter", "shortRun", "prevWords", "prevTerminal",
      "nextWords", "nextTerminal", "prev2Words", "prev2Terminal", "next2Words", "next2Terminal",
      "gapBefore", "gapAfter");

  /**
   * Vietnamese function words (grammatical syllables that carry sentences, not names or topics):
   * their share is high in running text, low in menus, names and headlines.
   */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "của", "và", "là", "có", "được", "các", "những", "trong", "cho", "với", "đã", "này", "để",
      "không", "một", "thì", "mà", "khi", "từ", "theo", "về", "đến", "ra", "vào", "lại", "cũng",
      "sẽ", "đang", "như", "nhưng", "nên", "vì", "do", "bị", "tại", "trên", "dưới", "sau",
      "trước", "nếu", "hay", "hoặc", "rằng", "thế", "đó", "ấy", "nhiều", "rất", "vẫn", "còn",
      "chỉ", "đều", "mới", "nhất", "hơn", "bởi", "qua", "cùng", "họ", "chúng", "tôi", "nào",
      "gì", "đây", "vậy", "nữa", "ở", "ai", "mình", "sự", "việc", "thể", "cả", "đi", "lên");

  final int size;
  final int[] words;
  final boolean[] terminal;
  final boolean[] shortLine;
  /** Length of the run of short lines each short line belongs to (0 for other lines). */
  final int[] run;
  final boolean[] blankBefore;
  final boolean[] blankAfter;
  /** Blank lines before each line (a run of them marks an image or a block boundary). */
  final int[] gap;
  private final List<DraftLine> lines;

  PageShape(List<DraftLine> lines) {
    this.lines = lines;
    this.size = lines.size();
    words = new int[size];
    terminal = new boolean[size];
    shortLine = new boolean[size];
    run = new int[size];
    blankBefore = new boolean[size];
    blankAfter = new boolean[size];
    gap = new int[size + 1];
    for (int i = 0; i < size; i++) {
      DraftLine l = lines.get(i);
      words[i] = l.words();
      terminal[i] = Sentences.endsTerminal(l.text, 0, l.text.length());
      shortLine[i] = words[i] <= SHORT_WORDS && !terminal[i] && !endsWith(l.text, ':');
      blankBefore[i] = i == 0 || l.number - lines.get(i - 1).number > 1;
      gap[i] = i == 0 ? 0 : l.number - lines.get(i - 1).number - 1;
      blankAfter[i] = i == size - 1 || lines.get(i + 1).number - l.number > 1;
    }
    for (int i = 0; i < size; ) {
      if (!shortLine[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < size && shortLine[j]) {
        j++;
      }
      for (int k = i; k < j; k++) {
        run[k] = j - i;
      }
      i = j;
    }
  }

  /**
   * Whether the lines are a whole-page copy (see the table above).
   *
   * @return true for a page copy
   */
  boolean isPageCopy() {
    if (size < MIN_LINES) {
      return false;
    }
    int longest = 0;
    int inRuns = 0;
    for (int i = 0; i < size; i++) {
      longest = Math.max(longest, run[i]);
      if (run[i] >= 3) {
        inRuns++;
      }
    }
    return longest >= MIN_RUN && inRuns >= MIN_RUN_SHARE * size;
  }

  /**
   * The line model's feature vector of line {@code i} (a fresh array).
   *
   * @param i the line index
   * @return the features, in the order of {@link #LINE_FEATURES}
   */
  double[] lineFeatures(int i) {
    String t = lines.get(i).text;
    double[] x = new double[LINE_FEATURES.size()];
    x[0] = logWords(i);
    x[1] = terminal[i] ? 1 : 0;
    x[2] = endsWith(t, ':') ? 1 : 0;
    int tokens = 0;
    int function = 0;
    int capitals = 0;
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int commas = 0;
    int sentences = 0;
    int n = t.length();
    int start = -1;
    for (int k = 0; k <= n; k++) {
      char c = k < n ? t.charAt(k) : ' ';
      if (c == ' ') {
        if (start >= 0) {
          tokens++;
          if (Character.isUpperCase(t.charAt(start))) {
            capitals++;
          }
          if (k - start <= MAX_FUNCTION_WORD + 2 && functionWord(t, start, k)) {
            function++;
          }
          char last = t.charAt(k - 1);
          if ((last == '.' || last == '!' || last == '?' || last == '…') && k - start > 1) {
            sentences++;
          }
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = k;
      }
      if (Character.isDigit(c)) {
        digits++;
      } else if (c == ',') {
        commas++;
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    x[3] = Math.min(sentences, 5) / 5.0;
    x[4] = tokens == 0 ? 0 : function / (double) tokens;
    x[5] = n == 0 ? 0 : digits / (double) n;
    x[6] = Math.min(commas, 5) / 5.0;
    x[7] = tokens == 0 ? 0 : capitals / (double) tokens;
    x[8] = letters >= 2 && upper == letters ? 1 : 0;
    x[9] = blankBefore[i] ? 1 : 0;
    x[10] = blankAfter[i] ? 1 : 0;
    x[11] = Math.log1p(run[i]);
    x[12] = i >= 1 ? logWords(i - 1) : 0;
    x[13] = i >= 1 && terminal[i - 1] ? 1 : 0;
    x[14] = i + 1 < size ? logWords(i + 1) : 0;
    x[15] = i + 1 < size && terminal[i + 1] ? 1 : 0;
    x[16] = i >= 2 ? logWords(i - 2) : 0;
    x[17] = i >= 2 && terminal[i - 2] ? 1 : 0;
    x[18] = i + 2 < size ? logWords(i + 2) : 0;
    x[19] = i + 2 < size && terminal[i + 2] ? 1 : 0;
    x[20] = Math.log1p(gap[i]);
    x[21] = i + 1 < size ? Math.log1p(gap[i + 1]) : 0;
    return x;
  }

  double logWords(int i) {
    return Math.log1p(words[i]);
  }

  /** A paragraph of running text: a long line ending in a full stop. */
  boolean paragraph(int i) {
    return terminal[i] && words[i] >= 12;
  }

  /** Longest function word, in chars. */
  private static final int MAX_FUNCTION_WORD = 5;

  /** Whether the token {@code t[from, to)}, without punctuation around it, is a function word. */
  private static boolean functionWord(String t, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(t.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(t.charAt(to - 1))) {
      to--;
    }
    return to - from <= MAX_FUNCTION_WORD && to > from
        && FUNCTION_WORDS.contains(DraftLine.toLower(t.substring(from, to)));
  }

  static boolean endsWith(String t, char c) {
    return !t.isEmpty() && t.charAt(t.length() - 1) == c;
  }
}
