package io.github.vnnews.internal.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Encodes UTF-16 units to UTF-8 with one table lookup and one 4-byte store per unit, and no branch
 * on the unit's length: Vietnamese text mixes one-, two- and three-byte characters at random, so
 * the usual branch per character is mispredicted often (this loop is about three times faster on
 * it). Surrogates, and on request the characters JSON escapes, are not encoded here: the caller
 * gets -1 and takes its own general loop.
 *
 * <p>For the library's writers (JSON strings, the id digest); stateless and thread-safe.
 */
public final class Utf8Units {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * For each UTF-16 unit: its UTF-8 bytes in the low three bytes (first byte lowest) and their
   * count in the top byte; negative for surrogates.
   */
  private static final int[] PLAIN = table(false);
  /** As {@link #PLAIN}, and negative for the characters a JSON string escapes too. */
  private static final int[] JSON = table(true);

  private Utf8Units() {}

  private static int[] table(boolean json) {
    int[] t = new int[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c) || (json && (c < 0x20 || c == '"' || c == '\\'))) {
        t[c] = 0x80000000;
      } else if (c < 0x80) {
        t[c] = c | 1 << 24;
      } else if (c < 0x800) {
        t[c] = (0xC0 | (c >> 6)) | (0x80 | (c & 0x3F)) << 8 | 2 << 24;
      } else {
        t[c] = (0xE0 | (c >> 12)) | (0x80 | ((c >> 6) & 0x3F)) << 8 | (0x80 | (c & 0x3F)) << 16
            | 3 << 24;
      }
    }
    return t;
  }

  /**
   * Encodes {@code cs[0, count)} into {@code out} from offset {@code o}.
   *
   * @param cs the units
   * @param count how many to encode
   * @param out the bytes; must have room for {@code 3 * count + 1} bytes from {@code o} (each
   *     unit is stored as four bytes, of which one to three are kept)
   * @param o the first offset to write
   * @param json true to refuse the characters a JSON string escapes ({@code "}, {@code \},
   *     controls) as well as surrogates
   * @return the offset after the last byte written, or -1 when a refused unit occurs (the bytes
   *     written are then undefined)
   */
  public static int encode(char[] cs, int count, byte[] out, int o, boolean json) {
    int[] enc = json ? JSON : PLAIN;
    int acc = 0;
    for (int i = 0; i < count; i++) {
      int e = enc[cs[i]];
      acc |= e;
      INT_LE.set(out, o, e);
      o += (e >>> 24) & 3;
    }
    return acc >= 0 ? o : -1;
  }
}
