package io.github.vnnews.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * A table-driven 8-bit charset (TCVN3, TCVN 5712 VN1, VISCII, VPS, WHATWG windows-1252).
 *
 * <p>Every byte decodes (there is no malformed input). The encoder writes each character the table
 * holds; a {@code caseLoss} table adds capitals the encoding has no code for, written with the byte
 * of their lowercase letter, as the fonts of that encoding did. Other characters are unmappable.
 */
final class SingleByteCharset extends LegacyCharset {
  private final char[] decode;
  private final char[] encodeKeys;
  private final byte[] encodeValues;

  SingleByteCharset(String name, String[] aliases, String table, String caseLoss) {
    super(name, aliases);
    if (table.length() != 256) {
      throw new IllegalArgumentException(name + ": table has " + table.length() + " entries");
    }
    decode = table.toCharArray();
    var map = new java.util.TreeMap<Character, Byte>();
    for (int b = 255; b >= 0; b--) {
      map.putIfAbsent(decode[b], (byte) b);
    }
    for (int i = 0; i + 1 < caseLoss.length(); i += 2) {
      map.put(caseLoss.charAt(i), (byte) caseLoss.charAt(i + 1));
    }
    encodeKeys = new char[map.size()];
    encodeValues = new byte[map.size()];
    int i = 0;
    for (var e : map.entrySet()) {
      encodeKeys[i] = e.getKey();
      encodeValues[i] = e.getValue();
      i++;
    }
  }

  /** The character a byte decodes to. */
  char decode(int unsignedByte) {
    return decode[unsignedByte];
  }

  /** The byte of a character, or -1 when the charset cannot write it. */
  int encode(char c) {
    if (c < 0x80 && decode[c] == c) {
      return c;
    }
    int k = Arrays.binarySearch(encodeKeys, c);
    return k < 0 ? -1 : encodeValues[k] & 0xFF;
  }

  @Override
  int encodeChar(char c) {
    int b = encode(c);
    return b < 0 ? -1 : one(b);
  }

  @Override
  public CharsetDecoder newDecoder() {
    return new CharsetDecoder(this, 1f, 1f) {
      @Override
      protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
        while (in.hasRemaining()) {
          if (!out.hasRemaining()) {
            return CoderResult.OVERFLOW;
          }
          out.put(decode[in.get() & 0xFF]);
        }
        return CoderResult.UNDERFLOW;
      }
    };
  }
}
