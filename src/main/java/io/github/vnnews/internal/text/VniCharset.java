package io.github.vnnews.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Map;

/**
 * VNI-Windows: a letter is a base byte (an ASCII vowel, or ơ ư Ơ Ư) followed by a mark byte, or
 * one byte for đ Đ, the i/Ỵ letters, ơ ư Ơ Ư.
 *
 * <p>The decoder joins a base byte with the mark byte after it; a mark byte with no base before it
 * stays the windows-1252 character it is, and so does every byte VNI does not use. The encoder
 * writes Vietnamese letters, ASCII, and the windows-1252 characters whose byte VNI leaves free
 * (curly quotes, dashes, the ellipsis); anything else is unmappable.
 */
final class VniCharset extends LegacyCharset {
  private final char[] single = LegacyTables.WINDOWS_1252.toCharArray();
  private final char[][] pairs = new char[256][];
  private final Map<Character, Integer> encode = new HashMap<>();

  VniCharset() {
    super("x-vni-windows", new String[] {"vni", "vni-windows", "x-vni"});
    boolean[] used = new boolean[256];
    String t = LegacyTables.VNI_LETTERS;
    for (int i = 0; i + 2 < t.length(); i += 3) {
      char letter = t.charAt(i);
      int b1 = t.charAt(i + 1);
      int b2 = t.charAt(i + 2);
      used[b1] = true;
      if (b2 == 0) {
        single[b1] = letter;
        encode.put(letter, one(b1));
      } else {
        used[b2] = true;
        if (pairs[b1] == null) {
          pairs[b1] = new char[256];
        }
        pairs[b1][b2] = letter;
        encode.put(letter, two(b1, b2));
      }
    }
    for (int b = 0; b < 256; b++) {
      char c = single[b];
      if (!encode.containsKey(c) && (b < 0x80 || !used[b])) {
        encode.put(c, one(b));
      }
    }
  }

  @Override
  int encodeChar(char c) {
    Integer p = encode.get(c);
    return p == null ? -1 : p;
  }

  @Override
  public CharsetDecoder newDecoder() {
    return new CharsetDecoder(this, 1f, 1f) {
      private int pending = -1;

      @Override
      protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
        while (in.hasRemaining()) {
          int b = in.get(in.position()) & 0xFF;
          if (pending >= 0) {
            if (!out.hasRemaining()) {
              return CoderResult.OVERFLOW;
            }
            char joined = pairs[pending][b];
            if (joined != 0) {
              out.put(joined);
              pending = -1;
              in.position(in.position() + 1);
              continue;
            }
            out.put(single[pending]);
            pending = -1;
          }
          if (pairs[b] != null) {
            pending = b;
            in.position(in.position() + 1);
            continue;
          }
          if (!out.hasRemaining()) {
            return CoderResult.OVERFLOW;
          }
          out.put(single[b]);
          in.position(in.position() + 1);
        }
        return CoderResult.UNDERFLOW;
      }

      @Override
      protected CoderResult implFlush(CharBuffer out) {
        if (pending >= 0) {
          if (!out.hasRemaining()) {
            return CoderResult.OVERFLOW;
          }
          out.put(single[pending]);
          pending = -1;
        }
        return CoderResult.UNDERFLOW;
      }

      @Override
      protected void implReset() {
        pending = -1;
      }
    };
  }
}
