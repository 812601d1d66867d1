package io.github.vnnews.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Repairs scraped Vietnamese text, in the order of the spec's §0.
 *
 * <ol>
 *   <li>Mojibake: text that is UTF-8, TCVN3, VNI, VISCII, VPS or windows-1258 bytes read as
 *       windows-1252 or Latin-1 (also twice, "double UTF-8") is decoded again. Decided once for
 *       the whole document, never per word; see {@link Repaired#mojibakeOf()}.
 *   <li>Obfuscation joiners U+034F and U+033C after a letter are deleted.
 *   <li>Marks: tone marks typed before the vowel-shape mark are put after it ({@code a U+0301
 *       U+0302 -> ấ}), a mark doubled by mistake is dropped, then NFC.
 *   <li>Invisible characters: zero-width space, (non-)joiners, word joiner, BOM, soft hyphen, and
 *       C0/C1 controls other than tab, line feed and carriage return are deleted; NBSP, narrow
 *       NBSP, figure, thin, hair and ideographic spaces become a space, and so do U+2028 and
 *       U+2029 (a line break is never added or removed, so line numbers stay valid). Runs of
 *       spaces are left for the line stage.
 *   <li>Look-alikes: {@code Ð ð} (eth, as windows-1252 shows the byte of {@code Đ}) become {@code
 *       Đ đ} in tokens that then read as a Vietnamese syllable ({@code Ðại -> Đại}; {@code
 *       Guðmundur} stays). Done after the deletions so a hidden character cannot split a word.
 *   <li>Tone placement per syllable, as {@link ToneStyle} says. Non-Vietnamese words ({@code
 *       Huawei}, {@code guitar}, {@code café}), and words inside URLs and e-mail addresses, are
 *       never touched.
 * </ol>
 *
 * <p>Already clean text takes a fast path: one scan, no allocation, the same {@code String} back.
 *
 * <p>Example: {@code TextRepair.of(ToneStyle.KEEP).repair("Vie\u0323\u0302t Nam").text()} is
 * {@code "Việt Nam"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRepair {
  private static final int NEEDS_UNICODE = 1;
  private static final int NEEDS_TONES = 2;
  private static final int NEEDS_NFC_CHECK = 4;

  private final ToneStyle toneStyle;

  private TextRepair(ToneStyle toneStyle) {
    this.toneStyle = Objects.requireNonNull(toneStyle, "toneStyle");
  }

  /**
   * A repairer with the given tone style.
   *
   * @param toneStyle the tone-mark style
   * @return the repairer
   */
  public static TextRepair of(ToneStyle toneStyle) {
    return new TextRepair(toneStyle);
  }

  /**
   * The tone style this repairer applies.
   *
   * @return the style
   */
  public ToneStyle toneStyle() {
    return toneStyle;
  }

  /**
   * Repairs one document's text. Pass the whole document: mojibake is recognised per document.
   *
   * @param text the text, lines separated by {@code \n}; not null
   * @return the repaired text, whether anything changed, and the encoding whose mojibake was undone
   */
  public Repaired repair(String text) {
    String s = text;
    String mojibakeOf = null;
    // a pass can make the next one see more (a deleted control character joins a word, a text
    // that lost its soft hyphens reads as mojibake): repeat until nothing changes, so repair is
    // idempotent; clean text takes one pass
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Repaired r = once(s);
      if (r.mojibakeOf() != null && mojibakeOf == null) {
        mojibakeOf = r.mojibakeOf();
      }
      if (r.text().equals(s)) {
        break;
      }
      s = r.text();
    }
    return new Repaired(s, !s.equals(text), mojibakeOf);
  }

  private static final int MAX_PASSES = 4;

  private Repaired once(String text) {
    String s = text;
    String mojibakeOf = null;
    int flags = scan(s, toneStyle);
    if ((flags & MAYBE_MOJIBAKE) != 0) {
      Mojibake.Result m = Mojibake.repair(s);
      if (m != null) {
        s = m.text();
        mojibakeOf = m.encoding();
        flags = scan(s, toneStyle);
      }
    }
    if ((flags & (NEEDS_UNICODE | NEEDS_NFC_CHECK)) != 0) {
      s = unicode(s, (flags & NEEDS_NFC_CHECK) != 0);
      flags = NEEDS_TONES;
    }
    if ((flags & NEEDS_TONES) != 0) {
      String retoned = tones(s, toneStyle);
      if (retoned != s && !Normalizer.isNormalized(retoned, Normalizer.Form.NFC)) {
        retoned = Normalizer.normalize(retoned, Normalizer.Form.NFC);
      }
      s = retoned;
    }
    return new Repaired(s, !s.equals(text), mojibakeOf);
  }

  private static final int MAYBE_MOJIBAKE = 8;

  // per-character classes for the scan, one table lookup per character
  private static final char LETTER = 1;
  private static final char TONED = 2;
  private static final char BASE_U = 4;
  private static final char BASE_UH = 8;
  private static final char BASE_O = 16;
  private static final char BASE_OH = 32;
  private static final char ATTENTION = 64;
  private static final char NOT_BYTE = 128;
  private static final char HIGH = 256;
  private static final int TABLE_LIMIT = 0x2130;
  private static final char[] CLASSES = new char[TABLE_LIMIT];

  static {
    for (int c = 0; c < TABLE_LIMIT; c++) {
      CLASSES[c] = classify((char) c);
    }
  }

  private static char classify(char c) {
    int f = 0;
    if (c >= 0x80) {
      f |= HIGH;
      if (c >= 0x100 && Mojibake.cp1252Byte(c) < 0) {
        f |= NOT_BYTE;
      }
    }
    int inf = Syllables.info(c);
    if (inf != 0) {
      f |= LETTER;
      if (Syllables.tone(inf) != 0) {
        f |= TONED;
      }
      char b = Syllables.base(inf);
      f |= b == 'u' ? BASE_U : b == 'ư' ? BASE_UH : b == 'o' ? BASE_O : b == 'ơ' ? BASE_OH : 0;
      return (char) f;
    }
    boolean attention;
    if (c < 0x80) {
      attention = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
    } else if (c < 0x300) {
      attention = c <= 0xA0 || c == 0xAD || c == 'Ð' || c == 'ð';
    } else if (c < 0x370) {
      attention = true;
    } else if (c >= 0x2000 && c <= 0x206F) {
      attention = c < 0x2010 || (c >= 0x2028 && c <= 0x202F) || c >= 0x2060;
    } else {
      // other scripts and symbols: NFC must check them (CJK compatibility, Hangul, ...)
      attention = c >= 0x370 && !(c >= 0x20AC && c <= 0x20C0) && c != 0x2122;
    }
    return (char) (f | (attention ? ATTENTION : 0));
  }

  /** One pass over the text: what needs doing. Allocates nothing. */
  private static int scan(String s, ToneStyle style) {
    int acc = 0;
    boolean tones = false;
    int toned = 0;
    int prev = 0;
    int n = s.length();
    char[] classes = CLASSES;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int f = c < TABLE_LIMIT ? classes[c] : ATTENTION | HIGH | NOT_BYTE;
      if (f == LETTER) {
        // an untoned letter other than u ư o ơ: the common case, nothing to track
        prev = 0;
        continue;
      }
      acc |= f;
      if ((f & LETTER) == 0) {
        toned = 0;
        prev = 0;
        continue;
      }
      if ((f & TONED) != 0 && ++toned > 1) {
        tones = true;
      }
      if (((prev & BASE_U) != 0 && (f & BASE_OH) != 0)
          || ((prev & BASE_UH) != 0 && (f & BASE_O) != 0)) {
        tones = true;
      }
      prev = f;
    }
    int flags = 0;
    if ((acc & ATTENTION) != 0) {
      flags |= NEEDS_UNICODE | NEEDS_NFC_CHECK;
    }
    if ((acc & HIGH) != 0 && (acc & NOT_BYTE) == 0) {
      flags |= MAYBE_MOJIBAKE;
    }
    if (tones || (style != ToneStyle.KEEP && (acc & HIGH) != 0)) {
      flags |= NEEDS_TONES;
    }
    return flags;
  }

  /** Steps 2-6 of the spec's §0 on a text that needs at least one of them. */
  private static String unicode(String s, boolean nfcCheck) {
    var sb = new StringBuilder(s.length());
    int n = s.length();
    boolean marks = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((c == '\u034F' || c == '\u033C') && i > 0 && afterLetter(sb)) {
        continue;
      }
      if (c >= 0x300 && c < 0x370) {
        marks = true;
      }
      sb.append(c);
    }
    String t = marks ? reorderMarks(sb) : sb.toString();
    if ((marks || nfcCheck) && !Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    String out = invisibles(t);
    if (out != t && !Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
      // deleting an invisible character can bring a mark next to its letter
      out = Normalizer.normalize(reorderMarks(out), Normalizer.Form.NFC);
    }
    // after the deletions, so a control character inside a word cannot hide it (idempotence)
    return lookalikes(out);
  }

  private static boolean afterLetter(StringBuilder sb) {
    for (int k = sb.length() - 1; k >= 0; k--) {
      char p = sb.charAt(k);
      if (Character.isLetter(p)) {
        return true;
      }
      if (!(p >= 0x300 && p < 0x370)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isShapeMark(char c) {
    return c == '\u0302' || c == '\u0306' || c == '\u031B';
  }

  private static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323'
        || c == '\u0340' || c == '\u0341';
  }

  /**
   * Rule U2: in each run of marks after a Latin letter, shape marks go before tone marks and a
   * mark repeated right after itself is dropped. The letter is decomposed first so a precomposed
   * tone ({@code á U+0302}) is moved too.
   */
  private static String reorderMarks(CharSequence s) {
    var out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int j = i + 1;
      while (j < n && s.charAt(j) >= 0x300 && s.charAt(j) < 0x370) {
        j++;
      }
      if (j == i + 1 || !isVietnameseBase(c)) {
        out.append(s, i, j);
        i = j;
        continue;
      }
      String run = Normalizer.normalize(s.subSequence(i, j), Normalizer.Form.NFD);
      out.append(run.charAt(0));
      var tones = new StringBuilder(4);
      char last = 0;
      for (int k = 1; k < run.length(); k++) {
        char m = run.charAt(k);
        if (m == last) {
          continue;
        }
        last = m;
        if (isShapeMark(m)) {
          out.append(m);
        } else if (isToneMark(m)) {
          tones.append(m);
        } else {
          out.append(tones).append(m);
          tones.setLength(0);
        }
      }
      out.append(tones);
      i = j;
    }
    return out.toString();
  }

  private static boolean isVietnameseBase(char c) {
    return Syllables.info(c) != 0;
  }

  /** Ð/ð to Đ/đ in tokens that then read as a syllable. */
  private static String lookalikes(String s) {
    if (s.indexOf('Ð') < 0 && s.indexOf('ð') < 0) {
      return s;
    }
    char[] a = s.toCharArray();
    int n = a.length;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(a[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean eth = false;
      while (i < n && Character.isLetter(a[i])) {
        eth |= a[i] == 'Ð' || a[i] == 'ð';
        i++;
      }
      if (eth) {
        char[] copy = java.util.Arrays.copyOfRange(a, start, i);
        for (int k = 0; k < copy.length; k++) {
          copy[k] = copy[k] == 'Ð' ? 'Đ' : copy[k] == 'ð' ? 'đ' : copy[k];
        }
        var tok = java.nio.CharBuffer.wrap(copy);
        if (Syllables.isValid(tok, 0, copy.length)
            || Syllables.parse(bare(copy)) != null) {
          System.arraycopy(copy, 0, a, start, copy.length);
        }
      }
    }
    return new String(a);
  }

  private static CharSequence bare(char[] token) {
    var sb = new StringBuilder(token.length);
    for (char c : token) {
      int inf = Syllables.info(c);
      if (inf == 0) {
        return "";
      }
      sb.append(Syllables.base(inf));
    }
    return sb;
  }

  /** §1.5: invisible characters deleted, odd spaces made plain; never touches a line feed. */
  private static String invisibles(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char r;
      if (c == '\n' || c == '\r' || c == '\t') {
        r = c;
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        r = c == '\u0085' ? ' ' : 0;
      } else {
        r = switch (c) {
          case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000', '\u2028', '\u2029',
              '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008' -> ' ';
          case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u200E',
              '\u200F', '\u2061', '\u2062', '\u2063', '\u2064' -> 0;
          default -> c;
        };
      }
      if (r != c && sb == null) {
        sb = new StringBuilder(n);
        sb.append(s, 0, i);
      }
      if (sb != null && r != 0) {
        sb.append(r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Step 7: tone placement per token; allocates only when a token changes. */
  private static String tones(String s, ToneStyle style) {
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Syllables.info(c) == 0) {
        i++;
        continue;
      }
      int start = i;
      boolean high = false;
      while (i < n && Syllables.info(s.charAt(i)) != 0) {
        high |= s.charAt(i) >= 0x80;
        i++;
      }
      if (i < n && Character.isLetter(s.charAt(i))) {
        // a letter outside the Vietnamese alphabet: the whole word is foreign
        while (i < n && Character.isLetter(s.charAt(i))) {
          i++;
        }
        continue;
      }
      if (start > 0 && Character.isLetter(s.charAt(start - 1))) {
        continue;
      }
      if (!high && style == ToneStyle.KEEP) {
        continue;
      }
      String fixed = Syllables.retone(s, start, i, style);
      if (fixed == null || inLink(s, start, i)) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n);
      }
      sb.append(s, copied, start).append(fixed);
      copied = i;
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, copied, n).toString();
  }

  /** Whether a token sits in a URL, an e-mail address or a domain name. */
  private static boolean inLink(String s, int start, int end) {
    int a = start;
    while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
      a--;
    }
    int b = end;
    while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
      b++;
    }
    for (int k = a; k < b; k++) {
      char c = s.charAt(k);
      if (c == '@') {
        return true;
      }
      if ((c == '.' || c == '/' || c == ':' || c == '_')
          && k > a
          && k + 1 < b
          && Character.isLetterOrDigit(s.charAt(k - 1))
          && Character.isLetterOrDigit(s.charAt(k + 1))) {
        return true;
      }
      if (c == '/' && k + 1 < b && s.charAt(k + 1) == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * The result of {@link #repair(String)}.
   *
   * @param text the repaired text
   * @param changed whether repair changed anything
   * @param mojibakeOf the encoding whose mojibake was undone ({@code "utf-8"}, {@code "tcvn3"},
   *     {@code "vni"}, {@code "viscii"}, {@code "vps"}, {@code "windows-1258"}), or null
   */
  public record Repaired(String text, boolean changed, String mojibakeOf) {}
}
