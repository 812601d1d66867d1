package io.github.vnnews.internal.text;

import io.github.vnnews.ToneStyle;
import java.text.Normalizer;
import java.util.Set;

/**
 * The Vietnamese syllable model of the spec (§2.2-2.4): letters split into base, tone and case,
 * a parser for {@code onset? nucleus coda?}, and tone placement.
 *
 * <p>All methods are static and thread-safe; tables are built once.
 */
final class Syllables {
  /** Tone numbers: 0 none, then grave, acute, hook above, tilde, dot below. */
  static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final int LOW_LIMIT = 0x200;
  private static final int HIGH_START = 0x1EA0;
  private static final int HIGH_LIMIT = 0x1F00;
  /** Packed: base (lowercase, vowel shape kept) | tone << 16 | upper << 19 | letter << 20. */
  private static final int[] LOW = new int[LOW_LIMIT];
  private static final int[] HIGH = new int[HIGH_LIMIT - HIGH_START];
  /** Precomposed letter for base * 6 + tone, lowercase; indexed via {@link #baseIndex}. */
  private static final char[] COMPOSE = new char[BaseLetters.ALL.length() * 6];

  private static final String[] ONSETS = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"
  };
  private static final Set<String> NUCLEI =
      Set.of(
          "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
          "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê",
          "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oeo", "uây",
          "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu", "oo");
  private static final Set<String> CODAS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

  /** Bases with their vowel shape: the letters a syllable may hold. */
  private static final class BaseLetters {
    static final String ALL = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
  }

  static {
    for (int i = 0; i < BaseLetters.ALL.length(); i++) {
      char b = BaseLetters.ALL.charAt(i);
      for (int t = 0; t < 6; t++) {
        String s = t == 0 ? String.valueOf(b) : b + String.valueOf(TONE_MARKS[t]);
        String c = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (c.length() == 1) {
          COMPOSE[i * 6 + t] = c.charAt(0);
          register(c.charAt(0), b, t, false);
          String upper = c.toUpperCase(java.util.Locale.ROOT);
          if (upper.length() == 1) {
            register(upper.charAt(0), b, t, true);
          }
        }
      }
    }
  }

  private Syllables() {}

  private static void register(char c, char base, int tone, boolean upper) {
    int v = base | tone << 16 | (upper ? 1 << 19 : 0) | 1 << 20;
    if (c < LOW_LIMIT) {
      LOW[c] = v;
    } else if (c >= HIGH_START && c < HIGH_LIMIT) {
      HIGH[c - HIGH_START] = v;
    }
  }

  /** Packed letter info of {@code c}, or 0 when it is not a letter of the Vietnamese alphabet. */
  static int info(char c) {
    if (c < LOW_LIMIT) {
      return LOW[c];
    }
    if (c >= HIGH_START && c < HIGH_LIMIT) {
      return HIGH[c - HIGH_START];
    }
    return 0;
  }

  static char base(int info) {
    return (char) (info & 0xFFFF);
  }

  static int tone(int info) {
    return (info >>> 16) & 7;
  }

  static boolean upper(int info) {
    return (info & 1 << 19) != 0;
  }

  private static int baseIndex(char base) {
    return BaseLetters.ALL.indexOf(base);
  }

  /** The precomposed letter of a base with a tone, in the given case. */
  static char compose(char base, int tone, boolean upper) {
    char c = COMPOSE[baseIndex(base) * 6 + tone];
    return upper ? Character.toUpperCase(c) : c;
  }

  private static boolean isVowel(char base) {
    return "aăâeêioôơuưy".indexOf(base) >= 0;
  }

  /** A parsed syllable: lengths of onset, nucleus and coda over the bare lowercase letters. */
  record Parsed(int onset, String nucleus, String coda) {}

  /** Parses bare lowercase letters as {@code onset? nucleus coda?}; null when they are not one. */
  static Parsed parse(CharSequence bare) {
    int n = bare.length();
    if (n == 0 || n > 8) {
      return null;
    }
    int onset = 0;
    for (String o : ONSETS) {
      if (startsWith(bare, o)) {
        onset = o.length();
        break;
      }
    }
    if (onset == 2 && bare.charAt(0) == 'g' && bare.charAt(1) == 'i') {
      boolean vowelAfter = false;
      for (int i = 2; i < n; i++) {
        vowelAfter |= isVowel(bare.charAt(i));
      }
      if (!vowelAfter) {
        onset = 1;
      }
    }
    int end = onset;
    while (end < n && isVowel(bare.charAt(end))) {
      end++;
    }
    if (end == onset) {
      return null;
    }
    String nucleus = bare.subSequence(onset, end).toString();
    String coda = bare.subSequence(end, n).toString();
    if (!CODAS.contains(coda)) {
      return null;
    }
    if (!NUCLEI.contains(nucleus) && horned(nucleus) == null) {
      return null;
    }
    return new Parsed(onset, nucleus, coda);
  }

  /** The nucleus with its missing horn put back ({@code uơ, ưo -> ươ}), or null. */
  static String horned(String nucleus) {
    return switch (nucleus) {
      case "uơ", "ưo" -> "ươ";
      case "uơi", "ưoi" -> "ươi";
      case "uơu", "ưou" -> "ươu";
      default -> null;
    };
  }

  private static boolean startsWith(CharSequence s, String prefix) {
    if (s.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the tone goes inside the nucleus (Unikey's rule, spec §2.3).
   *
   * @param modern true for the MODERN style in open oa/oe/uy, false for CLASSIC
   */
  static int tonePosition(String nucleus, boolean hasCoda, boolean modern) {
    int len = nucleus.length();
    if (len == 1) {
      return 0;
    }
    int horn = nucleus.indexOf('ơ');
    if (horn >= 0 && nucleus.indexOf('ư') >= 0) {
      return horn;
    }
    for (int i = 0; i < len; i++) {
      if ("âêôăơư".indexOf(nucleus.charAt(i)) >= 0) {
        return i;
      }
    }
    if (len == 3) {
      return 1;
    }
    if (nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy")) {
      return hasCoda || modern ? 1 : 0;
    }
    return hasCoda ? 1 : 0;
  }

  /**
   * Whether a nucleus/coda pair has two accepted tone places (open oa, oe, uy): the only case
   * where CLASSIC and MODERN differ.
   */
  static boolean styleDependent(String nucleus, String coda) {
    return coda.isEmpty()
        && (nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy"));
  }

  /**
   * Re-places the tone of one token (a run of letters, NFC).
   *
   * <p>KEEP fixes only what no style allows: a tone written twice ({@code tạị}) and a missing horn
   * before a coda ({@code đuợc}); otherwise it leaves the token as written. CLASSIC and MODERN put
   * the tone where that style wants it, which also fixes misplaced tones ({@code hòan -> hoàn}).
   * Tokens that are not a Vietnamese syllable, or carry two different tones, are left alone.
   *
   * @return the new token, or null when it stays as it is
   */
  static String retone(CharSequence text, int start, int end, ToneStyle style) {
    int len = end - start;
    if (len > 8 || len == 0) {
      return null;
    }
    char[] bare = new char[len];
    int tone = 0;
    int toned = 0;
    int firstTonePos = -1;
    int lastTonePos = -1;
    for (int i = 0; i < len; i++) {
      int inf = info(text.charAt(start + i));
      if (inf == 0) {
        return null;
      }
      bare[i] = base(inf);
      int t = tone(inf);
      if (t != 0) {
        if (tone != 0 && t != tone) {
          return null;
        }
        tone = t;
        toned++;
        if (firstTonePos < 0) {
          firstTonePos = i;
        }
        lastTonePos = i;
      }
    }
    var bareSeq = java.nio.CharBuffer.wrap(bare);
    Parsed p = parse(bareSeq);
    if (p == null) {
      return null;
    }
    String nucleus = p.nucleus();
    String fixed = horned(nucleus);
    boolean hornFix = fixed != null && !p.coda().isEmpty() && !(p.onset() == 2 && bare[0] == 'q');
    if (fixed != null && !hornFix && !NUCLEI.contains(nucleus)) {
      return null;
    }
    if (hornFix) {
      nucleus = fixed;
      for (int i = 0; i < nucleus.length(); i++) {
        bare[p.onset() + i] = nucleus.charAt(i);
      }
    }
    int pos;
    if (tone == 0) {
      pos = -1;
    } else if (style == ToneStyle.KEEP) {
      if (toned == 1 && !hornFix) {
        return null;
      }
      if (styleDependent(nucleus, p.coda())) {
        int second = p.onset() + 1;
        pos = firstTonePos == second || lastTonePos == second ? second : p.onset();
      } else {
        pos = p.onset() + tonePosition(nucleus, !p.coda().isEmpty(), false);
      }
    } else {
      pos = p.onset()
          + tonePosition(nucleus, !p.coda().isEmpty(), style == ToneStyle.MODERN);
    }
    if (tone == 0 && !hornFix) {
      return null;
    }
    var sb = new StringBuilder(len);
    boolean changed = false;
    for (int i = 0; i < len; i++) {
      char orig = text.charAt(start + i);
      char c = compose(bare[i], i == pos ? tone : 0, upper(info(orig)));
      changed |= c != orig;
      sb.append(c);
    }
    return changed ? sb.toString() : null;
  }

  /**
   * Whether a token (a run of letters, NFC) is a well-formed Vietnamese syllable: it parses, has
   * at most one tone, a stop coda (p t c ch) carries acute or dot below, and the onset suits the
   * vowel (k gh ngh only before e ê i y; c g ng never before e ê i). Used to score decodings.
   */
  static boolean isValid(CharSequence text, int start, int end) {
    int len = end - start;
    if (len == 0 || len > 7) {
      return false;
    }
    var bare = new StringBuilder(len);
    int tone = 0;
    for (int i = start; i < end; i++) {
      int inf = info(text.charAt(i));
      if (inf == 0) {
        return false;
      }
      int t = tone(inf);
      if (t != 0) {
        if (tone != 0) {
          return false;
        }
        tone = t;
      }
      bare.append(base(inf));
    }
    Parsed p = parse(bare);
    if (p == null || !NUCLEI.contains(p.nucleus())) {
      return false;
    }
    String coda = p.coda();
    boolean stop = coda.equals("p") || coda.equals("t") || coda.equals("c") || coda.equals("ch");
    if (stop && tone != 2 && tone != 5) {
      return false;
    }
    char v = p.nucleus().charAt(0);
    String onset = bare.substring(0, p.onset());
    boolean front = v == 'e' || v == 'ê' || v == 'i' || v == 'y';
    switch (onset) {
      case "k", "gh", "ngh" -> {
        if (!front) {
          return false;
        }
      }
      case "c", "ng" -> {
        if (front) {
          return false;
        }
      }
      case "g" -> {
        if (v == 'e' || v == 'ê') {
          return false;
        }
      }
      default -> { }
    }
    char last = p.nucleus().charAt(p.nucleus().length() - 1);
    return !(coda.equals("ch") || coda.equals("nh")) || "aêiy".indexOf(last) >= 0;
  }
}
