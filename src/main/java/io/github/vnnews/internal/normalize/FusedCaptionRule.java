package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the photo captions a crawl fused into the body line without a marker: {@code … tự mình
 * thực hiện 11m. Mahrez sút penalty bóng chạm 2 chân Cú trượt chân tai hại Bóng được đưa vào lưới
 * …} holds two. The line is cut into units ({@link Units}: sentences, and pieces glued on without
 * punctuation), and each unit is weighed by a learned model ({@code fused-caption.tsv}, fitted to
 * the gold by the test tool {@code TrainModels}) over what it looks like and where it stands: no
 * final full stop, glued to the next unit, short, a subject and a photo verb but no discourse
 * words, no function word at its end, capitalised words, first in the line (the lead photo), next
 * to other unpunctuated units (galleries), words shared with the headline. A unit the model gives
 * at least {@value #THRESHOLD} is cut out as a caption, unless a second model ({@code
 * fused-crosshead.tsv}, same features) finds it likelier a sub-heading.
 *
 * <p>Immutable and thread-safe.
 */
final class FusedCaptionRule implements Rule {
  static final String MODEL = "fused-caption.tsv";
  /** The crosshead model: a unit likelier a sub-heading than a caption stays in the body. */
  static final String CROSSHEAD_MODEL = "fused-crosshead.tsv";
  /** Fewest words of a line this rule looks into. */
  static final int MIN_LINE_WORDS = 120;
  /** Most words of a caption. */
  static final int MAX_WORDS = 45;
  /** Probability from which a unit is cut as a caption. */
  static final double THRESHOLD = 0.4;

  static final List<String> FEATURES = List.of(
      "unterminated", "softEnd", "softStart", "firstInLine", "lastInLine", "logWords",
      "short", "long", "endsFunctionWord", "photoVerb", "subject", "discourse", "quote", "colon",
      "question", "commas", "capitalShare", "prevUnterminated", "nextUnterminated",
      "titleSimilarity", "startsName", "startsCommon", "dash", "afterCaption", "nextOpener",
      "digits", "position", "endsName", "inLede", "words8", "words20", "tailRun",
      "afterColon");

  /** Words that never end a caption or a heading: prepositions, conjunctions, determiners. */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "của", "và", "với", "cho", "các", "những", "một", "là", "được", "bị", "có", "để", "từ",
      "theo", "tại", "trong", "về", "như", "khi", "thì", "mà", "nhưng", "hay", "hoặc", "do",
      "bởi", "vì", "nên", "đã", "sẽ", "đang", "rất", "cũng", "vẫn", "còn", "lại", "ở", "trên",
      "dưới", "đến", "tới", "vào", "qua", "không", "chưa", "đều", "mỗi", "mọi", "nhằm", "giữa",
      "sau", "trước", "này", "ra", "lên");

  private final LinearModel model = LinearModel.resource(MODEL, FEATURES);
  private final LinearModel crosshead = LinearModel.resource(CROSSHEAD_MODEL, FEATURES);

  @Override
  public String name() {
    return "FusedCaptionRule";
  }

  @Override
  public void apply(Draft draft) {
    Map<CharSequence, Integer> title = draft.title == null ? Map.of() : counts(draft.title);
    int lede = draft.ledeLine();
    for (int li = 0; li < draft.lines.size(); li++) {
      DraftLine line = draft.lines.get(li);
      if (line.words() < MIN_LINE_WORDS) {
        continue;
      }
      List<int[]> cuts = null;
      boolean firstBody = true;
      Piece before = null;
      for (Piece p : List.copyOf(line.pieces)) {
        if (p.decided()) {
          before = p;
          continue;
        }
        List<Units.Unit> units = Units.split(line, p.start, p.end);
        for (int k = 0; k < units.size(); k++) {
          Units.Unit u = units.get(k);
          boolean first = firstBody && k == 0;
          boolean last = k == units.size() - 1 && lastBody(line, p);
          boolean afterCaption = k == 0 && before != null && before.label == Label.CAPTION;
          // the trace records every candidate's vector (training), so it skips no unit
          if (draft.trace == null
              && !mayBeCaption(line, units, k, first, last, afterCaption, li == lede, title)) {
            continue;
          }
          double[] x = features(line, units, k, first, last, afterCaption, li == lede, title);
          if (x == null) {
            continue;
          }
          if (draft.trace != null) {
            draft.trace.example(MODEL, x, line.number, line.text, u.start(), u.end());
            draft.trace.example(CROSSHEAD_MODEL, x, line.number, line.text, u.start(), u.end());
          }
          double caption = model.probability(x);
          if (caption >= THRESHOLD && caption >= crosshead.probability(x)) {
            if (cuts == null) {
              cuts = new java.util.ArrayList<>();
            }
            if (cuts.size() < MAX_CUTS) {
              cuts.add(new int[] {u.start(), u.end()});
            }
          }
        }
        firstBody = false;
        before = p;
      }
      if (cuts != null) {
        for (int[] c : cuts) {
          line.cutSpan(c[0], c[1], Label.CAPTION, null, name());
        }
      }
    }
  }

  /** Whether no undecided piece follows {@code p} on the line. */
  private static boolean lastBody(DraftLine line, Piece p) {
    int i = line.pieces.indexOf(p);
    for (int k = i + 1; k < line.pieces.size(); k++) {
      if (!line.pieces.get(k).decided()) {
        return false;
      }
    }
    return true;
  }

  /** Log-odds of {@link #THRESHOLD}: the caption model's margin from which a unit is cut. */
  private static final double CAPTION_MARGIN = Math.log(THRESHOLD / (1 - THRESHOLD));
  /** Room for rounding between the bound's sum and the model's (both ~1e-15 off). */
  private static final double SLACK = 1e-9;
  /** The highest value of each feature (the lowest is 0 for all). */
  private static final double[] HIGH = new double[FEATURES.size()];

  static {
    java.util.Arrays.fill(HIGH, 1);
    HIGH[FEATURES.indexOf("logWords")] = Math.log1p(MAX_WORDS);
  }

  private static final int UNTERMINATED = FEATURES.indexOf("unterminated");
  private static final int SOFT_END = FEATURES.indexOf("softEnd");
  private static final int SOFT_START = FEATURES.indexOf("softStart");
  private static final int FIRST_IN_LINE = FEATURES.indexOf("firstInLine");
  private static final int LAST_IN_LINE = FEATURES.indexOf("lastInLine");
  private static final int LOG_WORDS = FEATURES.indexOf("logWords");
  private static final int SHORT = FEATURES.indexOf("short");
  private static final int LONG = FEATURES.indexOf("long");
  private static final int QUOTE = FEATURES.indexOf("quote");
  private static final int COLON = FEATURES.indexOf("colon");
  private static final int QUESTION = FEATURES.indexOf("question");
  private static final int COMMAS = FEATURES.indexOf("commas");
  private static final int PREV_UNTERMINATED = FEATURES.indexOf("prevUnterminated");
  private static final int NEXT_UNTERMINATED = FEATURES.indexOf("nextUnterminated");
  private static final int TITLE_SIMILARITY = FEATURES.indexOf("titleSimilarity");
  private static final int DASH = FEATURES.indexOf("dash");
  private static final int AFTER_CAPTION = FEATURES.indexOf("afterCaption");
  private static final int DIGITS = FEATURES.indexOf("digits");
  private static final int POSITION = FEATURES.indexOf("position");
  private static final int IN_LEDE = FEATURES.indexOf("inLede");
  private static final int WORDS8 = FEATURES.indexOf("words8");
  private static final int WORDS20 = FEATURES.indexOf("words20");
  private static final int TAIL_RUN = FEATURES.indexOf("tailRun");
  private static final int AFTER_COLON = FEATURES.indexOf("afterColon");

  /**
   * The pre-filter: whether unit {@code k} may reach the caption threshold. The features that cost
   * little (the unit's place among the units, its length, its punctuation and digits) are
   * computed exactly as {@link #features} computes them; every other feature is only known to lie
   * in [0, 1] and is taken at whichever end raises the caption model's margin ({@link
   * LinearModel#maxMargin}). False proves that {@link #features} gives null or a vector the model
   * scores below {@link #THRESHOLD}, whatever the other features are; true says nothing.
   * FastPathTest checks it against the model on random units. A feature added to {@link
   * #FEATURES} needs no change here if its values lie in [0, 1] (else its range in {@link #HIGH}).
   *
   * @return false when the unit cannot be cut as a caption
   */
  boolean mayBeCaption(DraftLine line, List<Units.Unit> units, int k, boolean first,
      boolean last, boolean afterCaption, boolean inLede, Map<CharSequence, Integer> title) {
    return marginBound(line, units, k, first, last, afterCaption, inLede, title)
        >= CAPTION_MARGIN - SLACK;
  }

  /**
   * The pre-filter's bound: the highest caption margin the unit's vector can have, or negative
   * infinity when {@link #features} gives null.
   */
  double marginBound(DraftLine line, List<Units.Unit> units, int k, boolean first,
      boolean last, boolean afterCaption, boolean inLede, Map<CharSequence, Integer> title) {
    double none = Double.NEGATIVE_INFINITY;
    if (units.size() < 2) {
      return none;
    }
    Units.Unit u = units.get(k);
    String s = line.text;
    int a = stripStart(s, u.start(), u.end());
    int b = stripEnd(s, a, u.end());
    if (a == b) {
      return none;
    }
    int w = Sentences.words(s, a, b, MAX_WORDS + 1);
    if (w > MAX_WORDS || !Character.isUpperCase(codePointAt(s, a, b))
        && !Character.isDigit(s.charAt(a))) {
      return none;
    }
    int commas = 0;
    int digits = 0;
    boolean quote = false;
    boolean colon = false;
    boolean paren = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == ',') {
        commas++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c == '"' || c == '“' || c == '”') {
        quote = true;
      } else if (c == ':') {
        colon = true;
      } else if (c == '(') {
        paren = true;
      }
    }
    double[] low = new double[HIGH.length];
    double[] high = HIGH.clone();
    known(low, high, UNTERMINATED, u.terminated() ? 0 : 1);
    known(low, high, SOFT_END, u.softEnd() ? 1 : 0);
    known(low, high, SOFT_START, u.softStart() ? 1 : 0);
    known(low, high, FIRST_IN_LINE, first ? 1 : 0);
    known(low, high, LAST_IN_LINE, last ? 1 : 0);
    known(low, high, LOG_WORDS, Math.log1p(w));
    known(low, high, SHORT, w <= 3 ? 1 : 0);
    known(low, high, LONG, w > 25 ? 1 : 0);
    known(low, high, QUOTE, quote ? 1 : 0);
    known(low, high, COLON, colon ? 1 : 0);
    known(low, high, QUESTION, s.charAt(b - 1) == '?' ? 1 : 0);
    known(low, high, COMMAS, Math.min(commas, 4) / 4.0);
    known(low, high, PREV_UNTERMINATED, k > 0 && !units.get(k - 1).terminated() ? 1 : 0);
    known(low, high, NEXT_UNTERMINATED, k + 1 < units.size() && !units.get(k + 1).terminated()
        ? 1 : 0);
    if (title.isEmpty()) {
      known(low, high, TITLE_SIMILARITY, 0);
    }
    known(low, high, DASH, s.charAt(a) == '-' || s.charAt(a) == '–' ? 1 : 0);
    known(low, high, AFTER_CAPTION, afterCaption ? 1 : 0);
    known(low, high, DIGITS, Math.min(digits, 8) / 8.0);
    if (!paren) {
      known(low, high, POSITION, 0); // every POSITION match opens with a bracket
    }
    known(low, high, IN_LEDE, inLede ? 1 : 0);
    known(low, high, WORDS8, w <= 8 ? 1 : 0);
    known(low, high, WORDS20, w <= 20 ? 1 : 0);
    known(low, high, TAIL_RUN, tailRun(units, k) ? 1 : 0);
    known(low, high, AFTER_COLON, k > 0 && endsWithColon(s, units.get(k - 1)) ? 1 : 0);
    return model.maxMargin(low, high);
  }

  private static void known(double[] low, double[] high, int feature, double value) {
    low[feature] = value;
    high[feature] = value;
  }

  /** {@code String.strip}'s start within {@code s[from, to)} (white space is all in the BMP). */
  private static int stripStart(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  /** {@code String.strip}'s end within {@code s[from, to)}. */
  private static int stripEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** The code point at {@code i} of {@code s[i, to)}, as {@code substring(i, to).codePointAt(0)}. */
  private static int codePointAt(String s, int i, int to) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return c;
  }

  /** Whether the unit's text, stripped, ends with a colon. */
  private static boolean endsWithColon(String s, Units.Unit u) {
    int b = stripEnd(s, u.start(), u.end());
    return b > u.start() && s.charAt(b - 1) == ':';
  }

  /** A gallery: unit {@code k} and every one after it to the end of the text lack a final stop. */
  private static boolean tailRun(List<Units.Unit> units, int k) {
    boolean tail = k + 1 < units.size() || !units.get(k).terminated();
    for (int j = k; j < units.size() && tail; j++) {
      tail = !units.get(j).terminated();
    }
    return tail && units.size() - k >= 2;
  }

  /** The feature vector of unit {@code k}, or null when it cannot be a caption at all. */
  static double[] features(DraftLine line, List<Units.Unit> units, int k, boolean first,
      boolean last, boolean afterCaption, boolean inLede, Map<CharSequence, Integer> title) {
    Units.Unit u = units.get(k);
    // the words are read in place in the line (UTF-16 where it has a Vietnamese letter), not cut
    // out: a cut ASCII word or unit is Latin-1, and this method's compiled code, made for one
    // kind, was thrown away and compiled again when the other came (see Capitalization.isLowerWord)
    String s = line.text;
    int a = stripStart(s, u.start(), u.end());
    int b = stripEnd(s, a, u.end());
    if (a == b || units.size() < 2) {
      return null;
    }
    String t = s.substring(a, b);
    int w = Sentences.words(s, a, b, MAX_WORDS + 1);
    if (w > MAX_WORDS || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
      return null;
    }
    // the words are t.split(" "): t neither starts nor ends with a space, so there is one more
    // word than spaces, and two spaces in a row make an empty word
    int words = 1;
    int firstEnd = -1;
    int lastStart = a;
    int caps = 0;
    int commas = 0;
    int digits = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        caps += capitalised(s, lastStart, i);
        words++;
        firstEnd = firstEnd < 0 ? i : firstEnd;
        lastStart = i + 1;
      } else if (c == ',') {
        commas++;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    caps += capitalised(s, lastStart, b);
    firstEnd = firstEnd < 0 ? b : firstEnd;
    String lastWord = s.substring(lastStart, b).toLowerCase(Locale.ROOT);
    double rate = Capitalization.rate(strip(s, a, firstEnd));
    Units.Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
    String nextText = next == null ? "" : line.text.substring(next.start(), next.end()).strip();
    double[] x = new double[FEATURES.size()];
    int f = 0;
    x[f++] = u.terminated() ? 0 : 1;
    x[f++] = u.softEnd() ? 1 : 0;
    x[f++] = u.softStart() ? 1 : 0;
    x[f++] = first ? 1 : 0;
    x[f++] = last ? 1 : 0;
    x[f++] = Math.log1p(w);
    x[f++] = w <= 3 ? 1 : 0;
    x[f++] = w > 25 ? 1 : 0;
    x[f++] = FUNCTION_WORDS.contains(strip(lastWord)) ? 1 : 0;
    x[f++] = UnmarkedCaptionRule.PHOTO_VERB.foundIn(t) ? 1 : 0;
    x[f++] = UnmarkedCaptionRule.subject(t) ? 1 : 0;
    x[f++] = UnmarkedCaptionRule.DISCOURSE.foundIn(t) ? 1 : 0;
    x[f++] = t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0 ? 1 : 0;
    x[f++] = t.indexOf(':') >= 0 ? 1 : 0;
    x[f++] = t.endsWith("?") ? 1 : 0;
    x[f++] = Math.min(commas, 4) / 4.0;
    x[f++] = (double) caps / words;
    x[f++] = k > 0 && !units.get(k - 1).terminated() ? 1 : 0;
    x[f++] = next != null && !next.terminated() ? 1 : 0;
    x[f++] = title.isEmpty() ? 0 : cosine(counts(t), title);
    x[f++] = rate >= 0.8 ? 1 : 0;
    x[f++] = rate >= 0 && rate < Units.AFTER_LOWER ? 1 : 0;
    x[f++] = t.charAt(0) == '-' || t.charAt(0) == '–' ? 1 : 0;
    x[f++] = afterCaption ? 1 : 0;
    x[f++] = !nextText.isEmpty() && (UnmarkedCaptionRule.OPENER_LITERALS.matches(nextText)
        || SentenceStarters.startsSentence(nextText, 0, nextText.length())) ? 1 : 0;
    x[f++] = Math.min(digits, 8) / 8.0;
    x[f++] = UnmarkedCaptionRule.POSITION.matcher(t).find() ? 1 : 0;
    x[f++] = isCapitalisedStripped(s, lastStart, b) ? 1 : 0;
    x[f++] = inLede ? 1 : 0;
    x[f++] = w <= 8 ? 1 : 0;
    x[f++] = w <= 20 ? 1 : 0;
    x[f++] = tailRun(units, k) ? 1 : 0;
    x[f++] = k > 0 && endsWithColon(line.text, units.get(k - 1)) ? 1 : 0;
    return x;
  }

  /** {@code s} without the characters that are not letters or digits at either end. */
  private static String strip(String s) {
    return strip(s, 0, s.length());
  }

  /** {@link #strip(String)} of {@code s[from, to)}. */
  private static String strip(String s, int from, int to) {
    int a = letterOrDigitStart(s, from, to);
    return s.substring(a, letterOrDigitEnd(s, a, to));
  }

  /**
   * 1 when the word {@code s[from, to)} is capitalised once its trailing non-letters are cut, else
   * 0. Cutting them keeps the first char unless it cuts all: a word that opens without a capital
   * is never capitalised, and is not scanned.
   */
  private static int capitalised(String s, int from, int to) {
    return from < to && Character.isUpperCase(s.charAt(from))
        && Capitalization.isCapitalised(s, from, lettersEnd(s, from, to)) ? 1 : 0;
  }

  /** Whether {@code s[from, to)}, stripped ({@link #strip(String)}), is capitalised. */
  private static boolean isCapitalisedStripped(String s, int from, int to) {
    int a = letterOrDigitStart(s, from, to);
    return Capitalization.isCapitalised(s, a, letterOrDigitEnd(s, a, to));
  }

  private static int letterOrDigitStart(String s, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int letterOrDigitEnd(String s, int from, int to) {
    while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * The end of {@code s[from, to)} without its trailing code points that are not letters:
   * {@link #stripTrailingNonLetters} in place (a surrogate pair counts only inside the span).
   */
  private static int lettersEnd(String s, int from, int to) {
    int e = to;
    while (e > from) {
      char c = s.charAt(e - 1);
      int n = Character.isLowSurrogate(c) && e - 2 >= from
          && Character.isHighSurrogate(s.charAt(e - 2)) ? 2 : 1;
      int cp = n == 2 ? Character.toCodePoint(s.charAt(e - 2), c) : c;
      if (Character.isLetter(cp)) {
        break;
      }
      e -= n;
    }
    return e;
  }

  /**
   * The cosine similarity of two word-count vectors, as Commons Text's {@code CosineSimilarity}
   * computes it (the dot product and the squared norms are sums of integers, exact in a long as in
   * its doubles) without its boxed intersection set.
   */
  static double cosine(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
    long dot = 0;
    long leftNorm = 0;
    for (Map.Entry<CharSequence, Integer> e : left.entrySet()) {
      long v = e.getValue();
      leftNorm += v * v;
      Integer r = right.get(e.getKey());
      if (r != null) {
        dot += v * r;
      }
    }
    long rightNorm = 0;
    for (Integer v : right.values()) {
      rightNorm += (long) v * v;
    }
    if (leftNorm <= 0 || rightNorm <= 0) {
      return 0;
    }
    return dot / (Math.sqrt(leftNorm) * Math.sqrt(rightNorm));
  }

  /**
   * {@code s} without its trailing code points that are not letters, as {@code
   * s.replaceAll("\\P{L}+$", "")} (every line terminator is a non-letter, so the regex's {@code $}
   * before a final one cuts the same) without a regex per word.
   */
  static String stripTrailingNonLetters(String s) {
    int e = lettersEnd(s, 0, s.length());
    return e == s.length() ? s : s.substring(0, e);
  }


  /**
   * Lower-case word counts, for the cosine similarity: the words are the runs of letters and
   * numbers ({@code \p{L}}, {@code \p{N}}) of the lower-cased text, as a split on {@code
   * [^\p{L}\p{N}]+} finds them, scanned without a regex.
   */
  static Map<CharSequence, Integer> counts(String s) {
    Map<CharSequence, Integer> m = new HashMap<>();
    String t = s.toLowerCase(Locale.ROOT);
    int n = t.length();
    int i = 0;
    while (i < n) {
      int c = t.codePointAt(i);
      if (!isWordCodePoint(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(c);
      } while (i < n && isWordCodePoint(c = t.codePointAt(i)));
      m.merge(t.substring(start, i), 1, Integer::sum);
    }
    return m;
  }

  /** Whether {@code c} is in {@code \p{L}} or {@code \p{N}}, as {@link Pattern} tests them. */
  private static boolean isWordCodePoint(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
