package io.github.vnnews.internal.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Guesses the encoding of a document's bytes: UTF-8 or one of the legacy Vietnamese encodings
 * (windows-1258, TCVN3, VNI, VISCII, VPS), for the whole document at once (spec §3.4).
 *
 * <ul>
 *   <li>Valid UTF-8 (pure ASCII included, a UTF-8 byte-order mark allowed) is always {@code
 *       "utf-8"}. Mojibake that was saved as UTF-8 is valid UTF-8: {@link TextRepair} undoes it.
 *   <li>Otherwise each legacy decoding is scored by how many of its words are valid Vietnamese
 *       syllables; the best one wins if most of its words are syllables. UTF-8 with a few bad
 *       bytes competes too, its U+FFFD counting against it.
 *   <li>Bytes with NUL or many control bytes (images, archives, UTF-16), and text in which no
 *       decoding reads as Vietnamese, give null.
 * </ul>
 *
 * <p>Thread-safe: no state.
 */
public final class EncodingDetector {
  private static final List<Detected> LEGACY =
      List.of(
          new Detected("windows-1258", VietnameseCharsets.WINDOWS_1258),
          new Detected("tcvn3", VietnameseCharsets.TCVN3),
          new Detected("vni", VietnameseCharsets.VNI),
          new Detected("viscii", VietnameseCharsets.VISCII),
          new Detected("vps", VietnameseCharsets.VPS));

  private static final Detected UTF_8 = new Detected("utf-8", StandardCharsets.UTF_8);

  private EncodingDetector() {}

  /**
   * The encoding of a sample of a document's bytes.
   *
   * @param bytes the sample (the start of the document)
   * @param length how many bytes of the sample to look at
   * @param truncated true when the sample is not the whole document (a multi-byte character may
   *     be cut at its end)
   * @return the detected encoding, or null when no supported encoding plausibly fits
   */
  public static Detected detect(byte[] bytes, int length, boolean truncated) {
    int n = Math.min(length, bytes.length);
    int utf8 = validUtf8(bytes, n, truncated);
    if (utf8 == VALID) {
      return UTF_8;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return null;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls * 50 > n) {
      return null;
    }
    Detected best = null;
    Scoring.Score bestScore = null;
    String utf8Text = Mojibake.decode(bytes, n, StandardCharsets.UTF_8);
    Scoring.Score us = Scoring.score(utf8Text);
    if (us.plausible()) {
      best = UTF_8;
      bestScore = us;
    }
    for (Detected d : LEGACY) {
      Scoring.Score sc = Scoring.score(Mojibake.decode(bytes, n, d.charset()));
      if (sc.plausible() && (bestScore == null || sc.value() > bestScore.value())) {
        best = d;
        bestScore = sc;
      }
    }
    return best;
  }

  /** Fewest valid syllables that let one record of a file be read in another encoding. */
  static final int MIN_RECORD_SYLLABLES = 3;

  /**
   * The encoding one record (one article) of a file is written in, when the record shows it
   * clearly: for a record that the file's encoding does not fit (a file that mixes encodings, or a
   * page whose declared charset is wrong). Stricter than {@link #detect}: valid UTF-8 with bytes
   * beyond ASCII is UTF-8; otherwise a legacy decoding must read as Vietnamese with at least
   * {@value #MIN_RECORD_SYLLABLES} valid syllables, so that a few stray bytes never become text.
   *
   * @param bytes the record's bytes (from offset 0)
   * @param length how many of them
   * @return the encoding, or null when none fits clearly
   */
  public static Detected detectRecord(byte[] bytes, int length) {
    int n = Math.min(length, bytes.length);
    if (validUtf8(bytes, n, false) == VALID) {
      return beyondAscii(bytes, n) ? UTF_8 : null;
    }
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return null;
      }
    }
    Detected best = null;
    Scoring.Score bestScore = Scoring.score(Mojibake.decode(bytes, n, StandardCharsets.UTF_8));
    if (!bestScore.plausible()) {
      bestScore = null;
    }
    for (Detected d : LEGACY) {
      Scoring.Score sc = Scoring.score(Mojibake.decode(bytes, n, d.charset()));
      if (sc.plausible() && sc.good() >= MIN_RECORD_SYLLABLES
          && (bestScore == null || sc.value() > bestScore.value())) {
        best = d;
        bestScore = sc;
      }
    }
    return best;
  }

  /**
   * Whether a record's bytes read as Vietnamese in an encoding (for a record of a legacy file:
   * when they do not, {@link #detectRecord} is asked).
   *
   * @param bytes the record's bytes (from offset 0)
   * @param length how many of them
   * @param charset the encoding
   * @return true when most words with letters beyond ASCII are valid syllables
   */
  public static boolean fits(byte[] bytes, int length, Charset charset) {
    return Scoring.score(Mojibake.decode(bytes, Math.min(length, bytes.length), charset)).plausible();
  }

  /**
   * Whether bytes hold any byte beyond ASCII.
   *
   * @param bytes the bytes (from offset 0)
   * @param length how many of them
   * @return true when one is 0x80 or above
   */
  public static boolean beyondAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether bytes are complete, strict UTF-8. */
  static boolean isStrictUtf8(byte[] bytes, int length) {
    return validUtf8(bytes, length, false) == VALID;
  }

  private static final int VALID = 0;
  private static final int INVALID = 1;

  /** Strict UTF-8 check (no overlongs, no surrogates); a cut last character is fine if truncated. */
  private static int validUtf8(byte[] b, int n, boolean truncated) {
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        return INVALID;
      }
      if (i + len > n) {
        if (!truncated) {
          return INVALID;
        }
        for (int k = i + 1; k < n; k++) {
          if ((b[k] & 0xC0) != 0x80) {
            return INVALID;
          }
        }
        return VALID;
      }
      int cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return INVALID;
        }
        cp = cp << 6 | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return INVALID;
      }
      i += len;
    }
    return VALID;
  }

  /**
   * A detected encoding.
   *
   * @param name the encoding's name as the library reports it ({@code "utf-8"}, {@code "tcvn3"},
   *     {@code "vni"}, {@code "viscii"}, {@code "vps"}, {@code "windows-1258"})
   * @param charset a charset that decodes it ({@link VietnameseCharsets#forName(String)} of the
   *     name)
   */
  public record Detected(String name, Charset charset) {}
}
