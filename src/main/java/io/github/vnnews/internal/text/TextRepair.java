package io.github.vnnews.internal.text;

import io.github.vnnews.ToneStyle;
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
  private static final int NEEDS_TONES = 2;

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
      Pass r = once(s);
      if (r.mojibakeOf() != null && mojibakeOf == null) {
        mojibakeOf = r.mojibakeOf();
      }
      if (r.text().equals(s)) {
        break;
      }
      s = r.text();
      if (r.settled()) {
        // the next pass would find nothing to do
        break;
      }
    }
    return new Repaired(s, !s.equals(text), mojibakeOf);
  }

  private static final int MAX_PASSES = 4;

  /**
   * One pass of the repair.
   *
   * @param settled whether a scan of {@code text} found nothing to do, so another pass would
   *     return it unchanged
   */
  private record Pass(String text, String mojibakeOf, boolean settled) {}

  private Pass once(String text) {
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
    if ((flags & (MARK | CLEANUP | NFC_CHECK)) != 0) {
      s = unicode(s, flags);
      // the scan's word state is what step 7 acts on: only a hit sends the text there
      flags = scan(s, toneStyle);
      if ((flags & (MAYBE_MOJIBAKE | MARK | CLEANUP | NFC_CHECK | NEEDS_TONES)) == 0) {
        return new Pass(s, mojibakeOf, true);
      }
    }
    if ((flags & NEEDS_TONES) != 0) {
      String retoned =
          toneStyle == ToneStyle.KEEP
              ? tonesKeep(s, (flags >>> 16) * HIT_BLOCK)
              : tones(s, toneStyle);
      if (retoned != s && !Normalizer.isNormalized(retoned, Normalizer.Form.NFC)) {
        retoned = Normalizer.normalize(retoned, Normalizer.Form.NFC);
      }
      s = retoned;
    }
    return new Pass(s, mojibakeOf, false);
  }

  private static final int MAYBE_MOJIBAKE = 8;

  /*
   * The scan reads one int per UTF-16 code unit from CLASSES (all 64K of them, so no range test)
   * and does five ALU operations without a branch:
   *
   *   acc |= e;  run = (run + e) & (e >>> 16);  hits |= run;
   *
   * The low 16 bits of an entry are added to `run`, the high 16 bits are the mask of what
   * survives; a character that is not a letter of the Vietnamese alphabet has mask 0, so `run`
   * is about the current word only. In the low half:
   *
   *   2-3   TONED (4) on a toned letter: a second toned letter in the word makes 8 (a hit)
   *   4, 5  U_PENDING on u and ơ; u keeps it, ơ keeps only the carry: HORN_HIT for u+ơ
   *   6, 7  UH_PENDING on ư and o; ư keeps it, o keeps only the carry: HORN_HIT for ư+o
   *   8-14  MARK, CLEANUP, NFC_CHECK, HIGH, NOT_BYTE, JOINER, ETH: for `acc`, never kept
   *
   * u+ơ and ư+o are a missing horn ("đuợc"), fixed in every style. A carry can only reach a
   * kept bit wrongly after a real hit (a third toned letter), and u+u or ư+ư carry into a bit
   * their mask drops (no nucleus has them), so the hits are every word KEEP may change and
   * hardly more: clean text meets one only in a run-together word ("hànhchính").
   */
  private static final int TONED = 1 << 2;
  private static final int TONE_HIT = 1 << 3;
  private static final int U_PENDING = 1 << 4;
  private static final int U_HORN_HIT = 1 << 5;
  private static final int UH_PENDING = 1 << 6;
  private static final int UH_HORN_HIT = 1 << 7;
  private static final int HITS = TONE_HIT | U_HORN_HIT | UH_HORN_HIT;
  /** U+0300-U+036F: combining marks, reordered, and the joiners U+034F, U+033C. */
  private static final int MARK = 1 << 8;
  /** What the invisible-character and look-alike steps change. */
  private static final int CLEANUP = 1 << 9;
  /** Not inert under NFC: decomposes, reorders or composes with the character before it. */
  private static final int NFC_CHECK = 1 << 10;
  private static final int HIGH = 1 << 11;
  private static final int NOT_BYTE = 1 << 12;
  /** U+034F and U+033C, deleted after a letter; also MARK. */
  private static final int JOINER = 1 << 13;
  /** Ð and ð, the look-alikes of Đ and đ; also CLEANUP. */
  private static final int ETH = 1 << 14;
  private static final int[] CLASSES = new int[0x10000];

  /** High surrogates whose 1024 code points are all inert under NFC, checked at class load. */
  private static final char[] INERT_PLANES = {'\uD835', '\uD83C', '\uD83D', '\uD83E'};

  static {
    for (int c = 0; c < CLASSES.length; c++) {
      CLASSES[c] = classify((char) c);
    }
    for (char hi : INERT_PLANES) {
      boolean inert = true;
      for (char lo = '\uDC00'; lo <= '\uDFFF' && inert; lo++) {
        int cp = Character.toCodePoint(hi, lo);
        inert = !isMarkType(cp) && Normalizer.isNormalized(new String(new char[] {hi, lo}),
            Normalizer.Form.NFC);
      }
      if (inert) {
        CLASSES[hi] &= ~NFC_CHECK;
      }
    }
  }

  private static boolean isMarkType(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static int classify(char c) {
    int e = 0;
    if (c >= 0x80) {
      e |= HIGH;
      if (c >= 0x100 && Mojibake.cp1252Byte(c) < 0) {
        e |= NOT_BYTE;
      }
    }
    int inf = Syllables.info(c);
    if (inf != 0) {
      int keep = TONED | TONE_HIT;
      if (Syllables.tone(inf) != 0) {
        e |= TONED;
      }
      switch (Syllables.base(inf)) {
        case 'u' -> {
          e |= U_PENDING;
          keep |= U_PENDING;
        }
        case 'ơ' -> {
          e |= U_PENDING;
          keep |= U_HORN_HIT;
        }
        case 'ư' -> {
          e |= UH_PENDING;
          keep |= UH_PENDING;
        }
        case 'o' -> {
          e |= UH_PENDING;
          keep |= UH_HORN_HIT;
        }
        default -> { }
      }
      return e | keep << 16;
    }
    if (c >= 0x300 && c < 0x370) {
      // the grapheme joiner is also an invisible character, deleted wherever it stands
      return e | MARK | (c == '\u034F' ? CLEANUP : 0) | (c == '\u034F' || c == '\u033C' ? JOINER : 0);
    }
    if (isCleanup(c)) {
      return e | CLEANUP | (c == 'Ð' || c == 'ð' ? ETH : 0);
    }
    if (!isNfcInert(c)) {
      e |= NFC_CHECK;
    }
    return e;
  }

  /** What {@link #invisibles} deletes or turns into a space, and the look-alikes Ð ð. */
  private static boolean isCleanup(char c) {
    if (c < 0xA0) {
      return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c >= 0x7F;
    }
    return c == '\u00A0' || c == '\u00AD' || c == 'Ð' || c == 'ð'
        || (c >= 0x2000 && c <= 0x200F)
        || c == '\u2028' || c == '\u2029' || c == '\u202F'
        || (c >= 0x2060 && c <= 0x2064)
        || c == '\u3000' || c == '\uFEFF';
  }

  /**
   * Whether NFC leaves {@code c} and its neighbours alone wherever it stands: it maps to itself,
   * has combining class 0 and never composes with the character before it. Every character that
   * can compose backwards is a mark or a Hangul vowel or final jamo; variation selectors are
   * marks of class 0 that compose with nothing. High surrogates are inert only in the planes of
   * {@link #INERT_PLANES}; lone low surrogates are.
   */
  static boolean isNfcInert(char c) {
    if (Character.isHighSurrogate(c)) {
      return false;
    }
    if (Character.isLowSurrogate(c)) {
      return true;
    }
    if (c >= 0x1160 && c <= 0x11FF) {
      return false;
    }
    if (isMarkType(c)) {
      return c >= 0xFE00 && c <= 0xFE0F;
    }
    return Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
  }

  /**
   * One pass over the text: what needs doing. Allocates nothing and never branches per char.
   * Bits 16-31 of the result hold the block of {@link #HIT_BLOCK} chars where the first word hit
   * is (at most 0xFFFF: never after it), so step 7 need not go over the text before it again.
   */
  private static int scan(String s, ToneStyle style) {
    int[] classes = CLASSES;
    int acc = 0;
    int run = 0;
    int hits = 0;
    int hitBlock = -1;
    int n = s.length();
    for (int b = 0; b < n; ) {
      int end = n - b > HIT_BLOCK ? b + HIT_BLOCK : n;
      for (int i = b; i < end; i++) {
        int e = classes[s.charAt(i)];
        acc |= e;
        run = (run + e) & (e >>> 16);
        hits |= run;
      }
      if (hitBlock < 0 && (hits & HITS) != 0) {
        hitBlock = Math.min(b / HIT_BLOCK, 0xFFFF);
      }
      b = end;
    }
    int flags = acc & (MARK | CLEANUP | NFC_CHECK | JOINER | ETH);
    if ((acc & HIGH) != 0 && (acc & NOT_BYTE) == 0) {
      flags |= MAYBE_MOJIBAKE;
    }
    if (hitBlock >= 0 || (style != ToneStyle.KEEP && (acc & HIGH) != 0)) {
      flags |= NEEDS_TONES;
    }
    return flags | Math.max(hitBlock, 0) << 16;
  }

  private static final int HIT_BLOCK = 4096;

  /**
   * Steps 2-6 of the spec's §0 on a text that needs at least one of them; {@code flags} (from
   * {@link #scan}) say which characters are present, so steps with nothing to do are skipped.
   */
  private static String unicode(String s, int flags) {
    String t = s;
    boolean marks = (flags & MARK) != 0;
    if ((flags & JOINER) != 0) {
      var sb = new StringBuilder(s.length());
      marks = false;
      int n = s.length();
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
      t = sb.toString();
    }
    if (marks) {
      t = reorderMarks(t);
    }
    // without marks and characters NFC may change, every character is inert: t is NFC
    if ((flags & (MARK | NFC_CHECK)) != 0 && !Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    if ((flags & CLEANUP) == 0) {
      // NFC and mark reordering make no invisible character and no look-alike
      return t;
    }
    boolean[] joined = new boolean[1];
    String out = invisibles(t, joined);
    if (joined[0] && !Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
      // deleting an invisible character can bring a mark next to its letter
      out = Normalizer.normalize(reorderMarks(out), Normalizer.Form.NFC);
    }
    // after the deletions, so a control character inside a word cannot hide it (idempotence);
    // neither NFC nor the deletions make an eth
    return (flags & ETH) != 0 ? lookalikes(out) : out;
  }

  /** The index of the first character at or after {@code from} with one of the class bits. */
  private static int next(String s, int from, int bits) {
    int[] classes = CLASSES;
    int n = s.length();
    for (int i = from; i < n; i++) {
      if ((classes[s.charAt(i)] & bits) != 0) {
        return i;
      }
    }
    return n;
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

  private static boolean isMark(char c) {
    return c >= 0x300 && c < 0x370;
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
   * tone ({@code á U+0302}) is moved too. Text between such runs is copied in bulk.
   */
  private static String reorderMarks(String s) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while ((i = next(s, i, MARK)) < n) {
      int j = i + 1;
      while (j < n && isMark(s.charAt(j))) {
        j++;
      }
      // [i, j) is a maximal run of marks; the character before it is its base
      if (i == 0 || !isVietnameseBase(s.charAt(i - 1)) || inOrder(s, i - 1, j)) {
        i = j;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, i - 1);
      String run = Normalizer.normalize(s.subSequence(i - 1, j), Normalizer.Form.NFD);
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
      copied = j;
      i = j;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  /**
   * Whether rule U2 leaves a base and its marks as they are up to canonical equivalence (NFC
   * follows), without decomposing: the common decomposed forms, an ASCII letter with one mark or
   * with a shape mark then a tone mark (NFD puts U+0323 first but U2 puts the shape mark back in
   * front), and an untoned letter with one tone mark.
   */
  private static boolean inOrder(String s, int base, int end) {
    char b = s.charAt(base);
    int marks = end - base - 1;
    if (b < 0x80) {
      return marks == 1
          || (marks == 2 && isShapeMark(s.charAt(base + 1)) && isToneMark(s.charAt(base + 2)));
    }
    // "Unicode tổ hợp": â ê ô ơ ư ă (no tone of their own) and a combining tone mark
    return marks == 1
        && isToneMark(s.charAt(base + 1))
        && Syllables.tone(Syllables.info(b)) == 0;
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

  /**
   * §1.5: invisible characters deleted, odd spaces made plain; never touches a line feed. Sets
   * {@code joined[0]} when a deletion brings a character that is not inert under NFC next to
   * another one.
   */
  private static String invisibles(String s, boolean[] joined) {
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length();
    int[] classes = CLASSES;
    for (int i = next(s, 0, CLEANUP); i < n; i = next(s, i + 1, CLEANUP)) {
      char c = s.charAt(i);
      char r;
      if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
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
      if (r == c) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n);
      }
      sb.append(s, copied, i);
      copied = i + 1;
      if (r != 0) {
        sb.append(r);
      } else if (i + 1 < n && (classes[s.charAt(i + 1)] & (MARK | NFC_CHECK)) != 0) {
        // what follows the deleted character may now compose with or reorder around the one
        // before it
        joined[0] = true;
      }
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, copied, n).toString();
  }

  /**
   * Step 7 for KEEP, which changes only the words where the scan's word state hits (two toned
   * letters, a missing horn): the same one-pass state finds them, from {@code from} (where the
   * scan saw the first), and only those words go to {@link Syllables#retone}, under the same word
   * rules as {@link #tones}.
   */
  private static String tonesKeep(String s, int from) {
    int[] classes = CLASSES;
    StringBuilder sb = null;
    int copied = 0;
    int n = s.length();
    int run = 0;
    int i = from;
    // back to a character that is not a letter: the word state is 0 after it
    while (i > 0 && classes[s.charAt(i - 1)] >>> 16 != 0) {
      i--;
    }
    while (i < n) {
      int e = classes[s.charAt(i)];
      run = (run + e) & (e >>> 16);
      if ((run & HITS) == 0) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && Syllables.info(s.charAt(start - 1)) != 0) {
        start--;
      }
      int end = i + 1;
      while (end < n && Syllables.info(s.charAt(end)) != 0) {
        end++;
      }
      // what follows the word is not a letter of the alphabet: the word state starts afresh
      run = 0;
      i = end;
      if ((end < n && Character.isLetter(s.charAt(end)))
          || (start > 0 && Character.isLetter(s.charAt(start - 1)))) {
        // part of a foreign word
        continue;
      }
      String fixed = Syllables.retone(s, start, end, ToneStyle.KEEP);
      if (fixed == null || inLink(s, start, end)) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n);
      }
      sb.append(s, copied, start).append(fixed);
      copied = end;
    }
    if (sb == null) {
      return s;
    }
    return sb.append(s, copied, n).toString();
  }

  /** Bases (lowercase, shape kept) that are vowels, indexed by char. */
  private static final boolean[] VOWEL_BASES = new boolean['ư' + 1];

  static {
    for (char v : "aăâeêioôơuưy".toCharArray()) {
      VOWEL_BASES[v] = true;
    }
  }

  /**
   * Step 7 alone on text that is already repaired and in NFC: every token's tone placed in the
   * style ({@link VietnameseText#placeTones}). No mojibake detection, no other cleanup.
   */
  static String placeTones(String s, ToneStyle style) {
    String r = style == ToneStyle.KEEP ? tonesKeep(s, 0) : tones(s, style);
    if (r != s && !Normalizer.isNormalized(r, Normalizer.Form.NFC)) {
      r = Normalizer.normalize(r, Normalizer.Form.NFC);
    }
    return r;
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
      int toned = 0;
      int vowels = 0;
      boolean tonedConsonant = false;
      boolean hornless = false;
      char prevBase = 0;
      int inf;
      while (i < n && (inf = Syllables.info(s.charAt(i))) != 0) {
        char b = Syllables.base(inf);
        boolean vowel = b < VOWEL_BASES.length && VOWEL_BASES[b];
        if (vowel) {
          vowels++;
        }
        if (Syllables.tone(inf) != 0) {
          toned++;
          tonedConsonant |= !vowel;
        }
        hornless |= (prevBase == 'u' && b == 'ơ') || (prevBase == 'ư' && b == 'o');
        prevBase = b;
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
      // Syllables.retone changes a word only with a missing horn (u+ơ, ư+o) or a tone; KEEP only
      // with a missing horn or two toned letters; a tone on the only vowel is where every style
      // puts it: no parse for those words
      boolean mayChange =
          style == ToneStyle.KEEP
              ? hornless || toned > 1
              : hornless || (toned > 0 && (vowels > 1 || toned > 1 || tonedConsonant));
      if (!mayChange) {
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
