package io.github.vnnews.reliability;

import io.github.vnnews.Article;
import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.RawDocument;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.SourceLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The "nothing lost" invariant: every word of a plain-text article's input ends up in its title,
 * paragraphs, captions (text and credit) or removed lines, exactly as many times.
 *
 * <p>Definitions:
 *
 * <ul>
 *   <li>A text is first put in Unicode NFC.
 *   <li>A <em>word character</em> is a code point that is a letter ({@link Character#isLetter}),
 *       a decimal digit ({@link Character#isDigit}) or a combining mark (general category Mn, Mc
 *       or Me, so that a mark that NFC cannot compose stays with its letter).
 *   <li>A <em>word</em> is a maximal run of word characters; everything else separates words.
 *   <li>The words of a text are the multiset of its words (case and tone marks kept as written).
 *   <li>The <em>input</em> of an article is the lines of the {@link RawDocument} the loader made
 *       (already decoded and repaired); its <em>output</em> is the title, every paragraph, every
 *       caption's text and credit and every removed piece's text.
 * </ul>
 *
 * <p>The invariant: words(input) = words(output), as multisets.
 */
public final class WordConservation {
  private WordConservation() {}

  /**
   * The words of a text, as a multiset (word to count), sorted for readable diffs.
   *
   * @param text the text
   * @return the multiset
   */
  public static Map<String, Integer> words(String text) {
    Map<String, Integer> out = new TreeMap<>();
    addWords(text, out);
    return out;
  }

  /**
   * The words of an article's input lines.
   *
   * @param doc the loaded document
   * @return the multiset
   */
  public static Map<String, Integer> inputWords(RawDocument doc) {
    Map<String, Integer> out = new TreeMap<>();
    for (SourceLine l : doc.lines()) {
      addWords(l.text(), out);
    }
    return out;
  }

  /**
   * The words of everything an article kept or removed.
   *
   * @param a the article
   * @return the multiset
   */
  public static Map<String, Integer> outputWords(Article a) {
    return outputWords(a.title(), a.paragraphs(), a.captions(), a.removed());
  }

  /**
   * The words of everything the plain-text normaliser kept or removed.
   *
   * @param e its extraction
   * @return the multiset
   */
  public static Map<String, Integer> outputWords(Extraction e) {
    return outputWords(e.title(), e.paragraphs(), e.captions(), e.removed());
  }

  private static Map<String, Integer> outputWords(
      String title, List<String> paragraphs, List<Caption> captions, List<RemovedLine> removed) {
    Map<String, Integer> out = new TreeMap<>();
    addWords(title, out);
    for (String p : paragraphs) {
      addWords(p, out);
    }
    for (Caption c : captions) {
      addWords(c.text(), out);
      addWords(c.credit(), out);
    }
    for (RemovedLine r : removed) {
      addWords(r.text(), out);
    }
    return out;
  }

  /**
   * Compares the input and output words of one article.
   *
   * @param doc the loaded document
   * @param a the article made of it
   * @return a description of the difference, or empty when the invariant holds
   */
  public static Optional<String> check(RawDocument doc, Article a) {
    return diff(inputWords(doc), outputWords(a));
  }

  /**
   * Describes the difference of two multisets.
   *
   * @param expected the input words
   * @param actual the output words
   * @return what is missing and what is extra, or empty when equal
   */
  public static Optional<String> diff(Map<String, Integer> expected, Map<String, Integer> actual) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    Map<String, Integer> all = new TreeMap<>(expected);
    actual.forEach((w, n) -> all.merge(w, 0, (x, y) -> x));
    for (String w : all.keySet()) {
      int e = expected.getOrDefault(w, 0);
      int g = actual.getOrDefault(w, 0);
      if (e > g) {
        missing.add(cut(w) + " x" + (e - g));
      } else if (g > e) {
        extra.add(cut(w) + " x" + (g - e));
      }
    }
    return Optional.of("words lost: " + head(missing) + "; words added: " + head(extra));
  }

  /**
   * Adds the multisets together.
   *
   * @param into the multiset to add to
   * @param more the multiset added
   */
  public static void addAll(Map<String, Integer> into, Map<String, Integer> more) {
    more.forEach((w, n) -> into.merge(w, n, Integer::sum));
  }

  private static void addWords(String text, Map<String, Integer> out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    int start = -1;
    int i = 0;
    while (i <= s.length()) {
      int cp = i < s.length() ? s.codePointAt(i) : -1;
      boolean word = cp >= 0 && isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.merge(s.substring(start, i), 1, Integer::sum);
        start = -1;
      }
      i += cp >= 0 ? Character.charCount(cp) : 1;
    }
  }

  /**
   * Whether a code point belongs to a word: a letter, a decimal digit or a combining mark.
   *
   * @param cp the code point
   * @return true for a word character
   */
  public static boolean isWordChar(int cp) {
    if (Character.isLetter(cp) || Character.isDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static String cut(String w) {
    return w.length() > 40 ? w.substring(0, 40) + "…(" + w.length() + " chars)" : w;
  }

  private static String head(List<String> items) {
    if (items.isEmpty()) {
      return "none";
    }
    return items.size() > 20 ? items.subList(0, 20) + " … (" + items.size() + " in all)" : items.toString();
  }
}
