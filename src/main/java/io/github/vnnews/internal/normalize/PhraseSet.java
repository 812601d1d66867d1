package io.github.vnnews.internal.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of word phrases found in text by one pass over its words, where an alternation regex would
 * try every phrase at every character. Phrases are bucketed by the first character and length of
 * their first word, so a word costs one small table lookup and no allocation. Words are
 * runs of letters and digits; a phrase may carry words that must not follow it ({@code "dự"} but
 * not {@code "dự án"}).
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseSet {
  /** A phrase split into words, and the words that must not follow it (may be empty). */
  private record Entry(String[] words, String[] notFollowedBy) {}

  /**
   * Open-addressing table from a first-word key (see {@link #key}) to its phrases: a lookup per
   * word boxes no {@code Integer}. Empty slots hold key -1 (keys are never negative).
   */
  private final int[] keys;
  private final Entry[][] values;
  private final int mask;
  private final boolean ignoreCase;

  /**
   * A phrase set.
   *
   * @param ignoreCase true to match regardless of case; else only lower-case words match
   * @param entries phrases, each optionally followed by {@code " !next1|next2"} listing words
   *     that must not follow it
   */
  PhraseSet(boolean ignoreCase, String... entries) {
    this.ignoreCase = ignoreCase;
    Map<String, String[]> phrases = new LinkedHashMap<>();
    for (String e : entries) {
      String phrase = e;
      String[] not = new String[0];
      int bang = e.indexOf(" !");
      if (bang > 0) {
        phrase = e.substring(0, bang);
        not = e.substring(bang + 2).split("\\|");
      }
      if (bang > 0 || !phrases.containsKey(phrase)) {
        phrases.put(phrase, not);
      }
    }
    Map<Integer, List<Entry>> buckets = new HashMap<>();
    for (Map.Entry<String, String[]> e : phrases.entrySet()) {
      String[] words = e.getKey().split(" ", -1);
      if (java.util.Arrays.asList(words).contains("")) {
        continue; // never matches: words are non-empty runs of letters and digits
      }
      buckets.computeIfAbsent(key(words[0], 0, words[0].length()), k -> new ArrayList<>())
          .add(new Entry(words, e.getValue()));
    }
    int size = Integer.highestOneBit(Math.max(4, buckets.size() * 4) - 1) << 1;
    keys = new int[size];
    java.util.Arrays.fill(keys, -1);
    values = new Entry[size][];
    mask = size - 1;
    for (Map.Entry<Integer, List<Entry>> e : buckets.entrySet()) {
      int k = e.getKey();
      int slot = slot(k);
      while (keys[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = e.getValue().toArray(new Entry[0]);
    }
  }

  private static int key(String s, int from, int to) {
    return (s.charAt(from) << 8) | Math.min(to - from, 255);
  }

  private int slot(int key) {
    return (key * 0x9E3779B1 >>> 16) & mask;
  }

  /** The phrases whose first word has {@code key}, or null. */
  private Entry[] lookup(int key) {
    int slot = slot(key);
    while (true) {
      int k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k < 0) {
        return null;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether any phrase occurs in {@code text}. */
  boolean foundIn(String text) {
    String t = ignoreCase ? DraftLine.toLower(text) : text;
    int n = t.length();
    int i = nextWordStart(t, 0);
    while (i < n) {
      int we = wordEnd(t, i);
      Entry[] candidates = lookup(key(t, i, we));
      if (candidates != null) {
        for (Entry e : candidates) {
          if (matchesAt(t, i, we, e)) {
            return true;
          }
        }
      }
      i = nextWordStart(t, we);
    }
    return false;
  }

  /**
   * Whether entry {@code e} matches at the word {@code t[ws, we)} and the following words, and is
   * not followed by one of its excluded words.
   */
  private static boolean matchesAt(String t, int ws, int we, Entry e) {
    String[] words = e.words;
    if (!same(t, ws, we, words[0])) {
      return false;
    }
    int end = we;
    for (int k = 1; k < words.length; k++) {
      int s = nextWordStart(t, end);
      if (s >= t.length()) {
        return false;
      }
      end = wordEnd(t, s);
      if (!same(t, s, end, words[k])) {
        return false;
      }
    }
    int s = nextWordStart(t, end);
    return s >= t.length() || !oneOf(t, s, wordEnd(t, s), e.notFollowedBy);
  }

  /** The start of the first word at or after {@code from}, or the length of {@code t}. */
  private static int nextWordStart(String t, int from) {
    byte[] word = WORD;
    int i = from;
    while (i < t.length() && word[t.charAt(i)] == 0) {
      i++;
    }
    return i;
  }

  /** The end of the word that starts at {@code from}. */
  private static int wordEnd(String t, int from) {
    byte[] word = WORD;
    int i = from;
    while (i < t.length() && word[t.charAt(i)] != 0) {
      i++;
    }
    return i;
  }

  /** 1 for each char that {@link Character#isLetterOrDigit(char)} accepts (a table load is cheaper). */
  private static final byte[] WORD = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      WORD[c] = (byte) (Character.isLetterOrDigit((char) c) ? 1 : 0);
    }
  }

  private static boolean oneOf(String t, int from, int to, String[] words) {
    for (String w : words) {
      if (same(t, from, to, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String t, int from, int to, String word) {
    return to - from == word.length() && t.regionMatches(from, word, 0, word.length());
  }
}
