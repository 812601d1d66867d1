package io.github.vnnews.internal.load;

/** Strict UTF-8 validation (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF. */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes strict UTF-8 into UTF-16 in one pass, finding the first invalid sequence and the first
   * NUL byte on the way (what {@link #firstInvalid} and a NUL scan would find).
   *
   * @param b the bytes
   * @param off the first byte to decode
   * @param len how many bytes to decode
   * @param dst receives the chars; at least {@code len} long (UTF-8 never has more UTF-16 units
   *     than bytes)
   * @return the number of chars, or {@code -1 - i} when the byte at {@code off + i} is a NUL or
   *     starts an invalid sequence
   */
  static int decode(byte[] b, int off, int len, char[] dst) {
    int i = off;
    int end = off + len;
    int o = 0;
    while (i < end) {
      int c = b[i];
      if (c > 0) {
        dst[o++] = (char) c;
        i++;
        continue;
      }
      if (c == 0) {
        return -1 - (i - off);
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= end) {
          return -1 - (i - off);
        }
        int c1 = b[i + 1];
        if ((c1 & 0xC0) != 0x80) {
          return -1 - (i - off);
        }
        dst[o++] = (char) (((c & 0x1F) << 6) | (c1 & 0x3F));
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= end) {
          return -1 - (i - off);
        }
        int c1 = b[i + 1];
        int c2 = b[i + 2];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) {
          return -1 - (i - off);
        }
        int cp = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return -1 - (i - off);
        }
        dst[o++] = (char) cp;
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= end) {
          return -1 - (i - off);
        }
        int c1 = b[i + 1];
        int c2 = b[i + 2];
        int c3 = b[i + 3];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
          return -1 - (i - off);
        }
        int cp = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF) {
          return -1 - (i - off);
        }
        dst[o++] = Character.highSurrogate(cp);
        dst[o++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return -1 - (i - off);
      }
    }
    return o;
  }

  /**
   * The index of the first byte that starts an invalid sequence, or -1 when all is valid.
   *
   * @param b the bytes
   * @param off the first byte to check
   * @param len how many bytes to check
   * @return the index relative to {@code off}, or -1
   */
  static int firstInvalid(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i - off;
      }
      if (i + need >= end) {
        return i - off;
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return i - off;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i - off;
      }
      i += need + 1;
    }
    return -1;
  }
}
