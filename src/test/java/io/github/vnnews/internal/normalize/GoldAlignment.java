package io.github.vnnews.internal.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gold says of every character of an article's lines, for fitting learned rules: each
 * line's characters get the label of the gold entry that covers them ({@code body}, {@code title},
 * {@code caption}, {@code byline}, {@code dateline}, {@code chrome}), with the finer {@code
 * crosshead}, {@code repeat} and {@code dropped} for the parts of body lines the gold names so.
 * Pieces cut out of a line are found by their text, in order; a fused caption's span runs on
 * through its credit ({@code … Ảnh: NAME}).
 *
 * <p>Lines are the normaliser's cleaned lines (white space folded to single spaces), the form the
 * gold's texts are written in.
 */
final class GoldAlignment {
  private final Map<Integer, String[]> labels = new HashMap<>();

  /**
   * Aligns one gold document with its cleaned lines.
   *
   * @param gold the gold JSON as maps and lists
   * @param lines line number to cleaned text
   */
  @SuppressWarnings("unchecked")
  GoldAlignment(Map<String, Object> gold, Map<Integer, String> lines) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) gold.get("lines");
    Map<Integer, Integer> from = new HashMap<>();
    for (Map<String, Object> e : entries) {
      int n = ((Number) e.get("n")).intValue();
      String text = lines.get(n);
      if (text == null) {
        continue;
      }
      String label = (String) e.get("label");
      String[] l = labels.computeIfAbsent(n, k -> new String[text.length()]);
      if (!Boolean.TRUE.equals(e.get("inline"))) {
        String whole = Boolean.TRUE.equals(e.get("crosshead")) ? "crosshead" : label;
        for (int i = 0; i < l.length; i++) {
          if (l[i] == null) {
            l[i] = whole;
          }
        }
        for (String key : List.of("crossheads", "dropped")) {
          Object v = e.get(key);
          if (v instanceof List<?> list) {
            for (Object o : list) {
              mark(n, text, (String) o, key.equals("crossheads") ? "crosshead" : "dropped", from);
            }
          }
        }
        Object rep = e.get("repeats");
        if (rep instanceof List<?> list) {
          for (Object o : list) {
            mark(n, text, (String) ((Map<String, Object>) o).get("text"), "repeat", from);
          }
        }
      } else {
        mark(n, text, (String) e.get("text"), label, from);
      }
    }
    for (Map<String, Object> c : (List<Map<String, Object>>) gold.get("captions")) {
      if (!Boolean.TRUE.equals(c.get("inline"))) {
        continue;
      }
      String t = fold((String) c.get("text"));
      String credit = c.get("credit") == null ? null : fold((String) c.get("credit"));
      for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(lines).entrySet()) {
        int at = e.getValue().indexOf(t, from.getOrDefault(e.getKey(), 0));
        if (at < 0) {
          at = e.getValue().indexOf(t);
        }
        if (at < 0) {
          continue;
        }
        int end = at + t.length();
        if (credit != null) {
          int c2 = e.getValue().indexOf(credit, end);
          if (c2 >= 0 && c2 - end <= 16) {
            end = c2 + credit.length();
            while (end < e.getValue().length() && ").".indexOf(e.getValue().charAt(end)) >= 0) {
              end++;
            }
          }
        }
        String[] l = labels.computeIfAbsent(e.getKey(), k -> new String[e.getValue().length()]);
        for (int i = at; i < end; i++) {
          l[i] = "caption";
        }
        break;
      }
    }
  }

  private void mark(int n, String text, String piece, String label, Map<Integer, Integer> from) {
    if (piece == null) {
      return;
    }
    String p = fold(piece);
    int start = from.getOrDefault(n, 0);
    int at = text.indexOf(p, start);
    if (at < 0) {
      at = text.indexOf(p);
    }
    if (at < 0 || p.isEmpty()) {
      return;
    }
    String[] l = labels.get(n);
    for (int i = at; i < at + p.length(); i++) {
      l[i] = label;
    }
    from.put(n, at + p.length());
  }

  private static String fold(String s) {
    return String.join(" ", s.strip().split("\\s+"));
  }

  /**
   * The label most of a span's non-space characters carry.
   *
   * @param line the line number
   * @param start first character
   * @param end end, exclusive
   * @return the label, or null where the gold does not cover the line
   */
  String majority(int line, String text, int start, int end) {
    String[] l = labels.get(line);
    if (l == null) {
      return null;
    }
    Map<String, Integer> count = new HashMap<>();
    for (int i = Math.max(0, start); i < Math.min(end, l.length); i++) {
      if (text.charAt(i) != ' ' && l[i] != null) {
        count.merge(l[i], 1, Integer::sum);
      }
    }
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The share of a span's non-space characters that carry a label.
   *
   * @return a fraction in [0, 1]
   */
  double share(int line, String text, int start, int end, String label) {
    String[] l = labels.get(line);
    if (l == null) {
      return 0;
    }
    int all = 0;
    int hit = 0;
    for (int i = Math.max(0, start); i < Math.min(end, l.length); i++) {
      if (text.charAt(i) != ' ') {
        all++;
        if (label.equals(l[i])) {
          hit++;
        }
      }
    }
    return all == 0 ? 0 : (double) hit / all;
  }
}
