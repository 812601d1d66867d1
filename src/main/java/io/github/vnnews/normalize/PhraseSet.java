package io.github.vnnews.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A set of word phrases found in text by one pass over its words (a hash lookup per word and
 * phrase length), where an alternation regex would try every phrase at every character. Words are
 * runs of letters and digits; a phrase may carry words that must not follow it ({@code "dự"} but
 * not {@code "dự án"}).
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseSet {
  private final Set<String> phrases = new HashSet<>();
  private final Map<String, Set<String>> notFollowedBy = new HashMap<>();
  private final boolean ignoreCase;
  private int maxWords = 1;

  /**
   * A phrase set.
   *
   * @param ignoreCase true to match regardless of case; else only lower-case words match
   * @param entries phrases, each optionally followed by {@code " !next1|next2"} listing words
   *     that must not follow it
   */
  PhraseSet(boolean ignoreCase, String... entries) {
    this.ignoreCase = ignoreCase;
    for (String e : entries) {
      String phrase = e;
      int bang = e.indexOf(" !");
      if (bang > 0) {
        phrase = e.substring(0, bang);
        notFollowedBy.put(phrase, Set.copyOf(List.of(e.substring(bang + 2).split("\\|"))));
      }
      phrases.add(phrase);
      maxWords = Math.max(maxWords, phrase.split(" ").length);
    }
  }

  /** Whether any phrase occurs in {@code text}. */
  boolean foundIn(String text) {
    String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    String[] words = words(t);
    for (int i = 0; i < words.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 0; n < maxWords && i + n < words.length; n++) {
        if (n > 0) {
          sb.append(' ');
        }
        sb.append(words[i + n]);
        String phrase = sb.toString();
        if (phrases.contains(phrase)) {
          Set<String> not = notFollowedBy.get(phrase);
          if (not == null || i + n + 1 >= words.length || !not.contains(words[i + n + 1])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String[] words(String t) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int s = -1;
    for (int i = 0; i <= t.length(); i++) {
      boolean w = i < t.length() && Character.isLetterOrDigit(t.charAt(i));
      if (w && s < 0) {
        s = i;
      } else if (!w && s >= 0) {
        out.add(t.substring(s, i));
        s = -1;
      }
    }
    return out.toArray(new String[0]);
  }
}
