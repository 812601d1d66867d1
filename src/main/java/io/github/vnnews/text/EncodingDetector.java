package io.github.vnnews.text;

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
