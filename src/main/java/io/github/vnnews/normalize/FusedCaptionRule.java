package io.github.vnnews.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;

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
  /** Compiled once (a regex in {@code String.replaceAll} is compiled on every call). */
  private static final Pattern TRAILING_NON_LETTERS = Pattern.compile("\\P{L}+$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
          double[] x = features(line, units, k, firstBody && k == 0,
              k == units.size() - 1 && lastBody(line, p), k == 0 && before != null
                  && before.label == Label.CAPTION, li == lede, title);
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

  /** The feature vector of unit {@code k}, or null when it cannot be a caption at all. */
  static double[] features(DraftLine line, List<Units.Unit> units, int k, boolean first,
      boolean last, boolean afterCaption, boolean inLede, Map<CharSequence, Integer> title) {
    Units.Unit u = units.get(k);
    String t = line.text.substring(u.start(), u.end()).strip();
    if (t.isEmpty() || units.size() < 2) {
      return null;
    }
    int w = Sentences.words(t);
    if (w > MAX_WORDS || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
      return null;
    }
    String[] words = t.split(" ");
    String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
    int caps = 0;
    int commas = 0;
    int digits = 0;
    for (String s : words) {
      if (Capitalization.isCapitalised(TRAILING_NON_LETTERS.matcher(s).replaceAll(""))) {
        caps++;
      }
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',') {
        commas++;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    double rate = Capitalization.rate(strip(words[0]));
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
    x[f++] = (double) caps / words.length;
    x[f++] = k > 0 && !units.get(k - 1).terminated() ? 1 : 0;
    x[f++] = next != null && !next.terminated() ? 1 : 0;
    x[f++] = title.isEmpty() ? 0 : new CosineSimilarity().cosineSimilarity(counts(t), title);
    x[f++] = rate >= 0.8 ? 1 : 0;
    x[f++] = rate >= 0 && rate < Units.AFTER_LOWER ? 1 : 0;
    x[f++] = t.charAt(0) == '-' || t.charAt(0) == '–' ? 1 : 0;
    x[f++] = afterCaption ? 1 : 0;
    x[f++] = !nextText.isEmpty() && (UnmarkedCaptionRule.OPENER_LITERALS.matches(nextText)
        || SentenceStarters.startsSentence(nextText, 0, nextText.length())) ? 1 : 0;
    x[f++] = Math.min(digits, 8) / 8.0;
    x[f++] = UnmarkedCaptionRule.POSITION.matcher(t).find() ? 1 : 0;
    x[f++] = Capitalization.isCapitalised(strip(lastWord.isEmpty() ? "" : words[words.length - 1]))
        ? 1 : 0;
    x[f++] = inLede ? 1 : 0;
    x[f++] = w <= 8 ? 1 : 0;
    x[f++] = w <= 20 ? 1 : 0;
    // a gallery: this unit and every one after it to the end of the text lack a final stop
    boolean tail = k + 1 < units.size() || !u.terminated();
    for (int j = k; j < units.size() && tail; j++) {
      tail = !units.get(j).terminated();
    }
    x[f++] = tail && units.size() - k >= 2 ? 1 : 0;
    String prev = k > 0 ? line.text.substring(units.get(k - 1).start(), units.get(k - 1).end()).strip()
        : "";
    x[f++] = prev.endsWith(":") ? 1 : 0;
    return x;
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Lower-case word counts, for the cosine similarity. */
  static Map<CharSequence, Integer> counts(String s) {
    Map<CharSequence, Integer> m = new HashMap<>();
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }
}
