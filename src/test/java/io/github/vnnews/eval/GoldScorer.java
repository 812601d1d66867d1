package io.github.vnnews.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of {@code shared/eval/score.py}: line accuracy, body F1, caption recall, leaks and
 * metadata accuracy of extracted articles against gold annotations. Tokens are diacritic-folded,
 * lower-cased {@code \w+} runs; {@code aligned} and {@code contained} have the script's meaning.
 */
final class GoldScorer {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  /** What an extractor produced for one document. */
  record Output(
      String title, String author, String publishedAt, List<String> paragraphs,
      List<String> captions) {}

  /** The totals over a set of documents. */
  static final class Totals {
    int docs;
    int linesOk;
    int linesAll;
    double f1Sum;
    int capHit;
    int capAll;
    int leaks;
    int metaHit;
    int metaAll;
    final StringBuilder report = new StringBuilder();

    double lineAccuracy() {
      return linesAll == 0 ? 1.0 : (double) linesOk / linesAll;
    }

    double bodyF1() {
      return docs == 0 ? 1.0 : f1Sum / docs;
    }

    double captionRecall() {
      return capAll == 0 ? 1.0 : (double) capHit / capAll;
    }

    double meta() {
      return metaAll == 0 ? 1.0 : (double) metaHit / metaAll;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "docs=%d lineAccuracy=%.4f bodyF1=%.4f captionRecall=%.4f leaks=%d meta=%.4f",
          docs, lineAccuracy(), bodyF1(), captionRecall(), leaks, meta());
    }
  }

  private GoldScorer() {}

  static String fold(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    return s.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Precision, recall and F1 of token multisets. */
  static double[] prf(List<String> got, List<String> want) {
    Map<String, Integer> g = count(got);
    Map<String, Integer> w = count(want);
    int hit = 0;
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      hit += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
    }
    double p = got.isEmpty() ? (want.isEmpty() ? 1.0 : 0.0) : (double) hit / got.size();
    double r = want.isEmpty() ? 1.0 : (double) hit / want.size();
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new double[] {p, r, f};
  }

  private static Map<String, Integer> count(List<String> t) {
    Map<String, Integer> m = new HashMap<>();
    for (String s : t) {
      m.merge(s, 1, Integer::sum);
    }
    return m;
  }

  static boolean same(String a, String b) {
    return String.join(" ", tokens(a)).equals(String.join(" ", tokens(b)));
  }

  static boolean contained(String needle, List<String> hay) {
    List<String> n = tokens(needle);
    if (n.isEmpty()) {
      return false;
    }
    int k = n.size();
    for (int i = 0; i + k <= hay.size(); i++) {
      if (hay.subList(i, i + k).equals(n)) {
        return true;
      }
    }
    return false;
  }

  static boolean aligned(String needle, List<List<String>> paras) {
    List<String> n = tokens(needle);
    if (n.isEmpty()) {
      return false;
    }
    int k = n.size();
    for (List<String> p : paras) {
      if (p.size() >= k && (p.subList(0, k).equals(n) || p.subList(p.size() - k, p.size()).equals(n))) {
        return true;
      }
      if (p.size() < k && p.equals(n)) {
        return true;
      }
    }
    return false;
  }

  static boolean sameInstant(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    try {
      if (a.length() > 10 && b.length() > 10) {
        return OffsetDateTime.parse(a).isEqual(OffsetDateTime.parse(b));
      }
      return a.length() <= 10 && b.length() <= 10 && LocalDate.parse(a).equals(LocalDate.parse(b));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Scores one document and adds it to the totals.
   *
   * @param gold the gold annotation (parsed JSON)
   * @param out the extractor's output
   * @param t the totals
   */
  @SuppressWarnings("unchecked")
  static void score(Map<String, Object> gold, Output out, Totals t) {
    String key = (String) gold.get("file");
    List<String> goldBody = (List<String>) gold.get("body");
    List<Map<String, Object>> goldCaps = (List<Map<String, Object>>) gold.get("captions");
    List<Map<String, Object>> goldLines = (List<Map<String, Object>>) gold.get("lines");
    List<String> bodyTokens = tokens(String.join("\n", out.paragraphs()));
    double[] prf = prf(bodyTokens, tokens(String.join("\n", goldBody)));
    t.docs++;
    t.f1Sum += prf[2];
    int hit = 0;
    for (Map<String, Object> gc : goldCaps) {
      if (captionFound((String) gc.get("text"), out.captions())) {
        hit++;
      }
    }
    t.capHit += hit;
    t.capAll += goldCaps.size();
    List<List<String>> paraTokens = new ArrayList<>();
    for (String p : out.paragraphs()) {
      paraTokens.add(tokens(p));
    }
    int docLeaks = 0;
    List<String> wrong = new ArrayList<>();
    for (Map<String, Object> line : goldLines) {
      String label = (String) line.get("label");
      String text = (String) line.get("text");
      String core = text;
      if (label.equals("caption")) {
        for (Map<String, Object> gc : goldCaps) {
          if (text.contains((String) gc.get("text"))) {
            core = (String) gc.get("text");
            break;
          }
        }
      }
      boolean leaked = !label.equals("body") && !label.equals("title") && aligned(core, paraTokens);
      boolean right;
      switch (label) {
        case "body" -> right = contained(text, bodyTokens);
        case "title" -> right = same(Objects.requireNonNullElse(out.title(), ""), text);
        case "caption" -> right = !leaked && captionFound(core, out.captions());
        default -> right = !leaked;
      }
      if (leaked) {
        docLeaks++;
      }
      if (!right) {
        wrong.add("    line " + line.get("n") + " (" + label + ") wrong: "
            + text.substring(0, Math.min(90, text.length())));
      }
    }
    t.linesOk += goldLines.size() - wrong.size();
    t.linesAll += goldLines.size();
    t.leaks += docLeaks;
    List<String> metaWrong = new ArrayList<>();
    if (!same(Objects.requireNonNullElse(out.title(), ""),
        Objects.requireNonNullElse((String) gold.get("title"), ""))) {
      metaWrong.add("title");
    }
    if (!same(Objects.requireNonNullElse(out.author(), ""),
        Objects.requireNonNullElse((String) gold.get("author"), ""))) {
      metaWrong.add("author");
    }
    if (!sameInstant(out.publishedAt(), (String) gold.get("publishedAt"))) {
      metaWrong.add("publishedAt");
    }
    t.metaHit += 3 - metaWrong.size();
    t.metaAll += 3;
    if (!wrong.isEmpty() || prf[2] < 0.99 || !metaWrong.isEmpty()) {
      t.report.append(String.format(Locale.ROOT,
          "%s: bodyP=%.3f bodyR=%.3f bodyF1=%.3f captions=%d/%d leaks=%d meta_wrong=%s%n",
          key, prf[0], prf[1], prf[2], hit, goldCaps.size(), docLeaks,
          metaWrong.isEmpty() ? "-" : String.join(",", metaWrong)));
      for (String w : wrong) {
        t.report.append(w).append('\n');
      }
    }
  }

  private static boolean captionFound(String goldText, List<String> captions) {
    List<String> want = tokens(goldText);
    for (String c : captions) {
      if (prf(tokens(c), want)[2] >= 0.9) {
        return true;
      }
    }
    return false;
  }
}
