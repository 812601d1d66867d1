package io.github.vnnews.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * Base of the legacy Vietnamese charsets: every character is written as one or two bytes.
 *
 * <p>Subclasses say how one character is written; this class supplies the encoder loop.
 */
abstract class LegacyCharset extends Charset {
  LegacyCharset(String name, String[] aliases) {
    super(name, aliases);
  }

  /**
   * The bytes of one character, packed as {@code length << 16 | second << 8 | first}, or -1 when
   * the charset cannot write it.
   */
  abstract int encodeChar(char c);

  /** Packs one byte for {@link #encodeChar}. */
  static int one(int b) {
    return 1 << 16 | (b & 0xFF);
  }

  /** Packs two bytes for {@link #encodeChar}. */
  static int two(int first, int second) {
    return 2 << 16 | (second & 0xFF) << 8 | (first & 0xFF);
  }

  @Override
  public boolean contains(Charset cs) {
    return cs == this || "US-ASCII".equals(cs.name());
  }

  @Override
  public CharsetEncoder newEncoder() {
    return new CharsetEncoder(this, 1.1f, 2f, new byte[] {'?'}) {
      @Override
      public boolean canEncode(char c) {
        return encodeChar(c) >= 0;
      }

      @Override
      protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
        while (in.hasRemaining()) {
          char c = in.get(in.position());
          int packed = encodeChar(c);
          if (packed < 0) {
            if (Character.isHighSurrogate(c)) {
              if (in.remaining() < 2) {
                return CoderResult.UNDERFLOW;
              }
              return Character.isLowSurrogate(in.get(in.position() + 1))
                  ? CoderResult.unmappableForLength(2)
                  : CoderResult.malformedForLength(1);
            }
            return Character.isLowSurrogate(c)
                ? CoderResult.malformedForLength(1)
                : CoderResult.unmappableForLength(1);
          }
          int len = packed >>> 16;
          if (out.remaining() < len) {
            return CoderResult.OVERFLOW;
          }
          out.put((byte) packed);
          if (len == 2) {
            out.put((byte) (packed >>> 8));
          }
          in.position(in.position() + 1);
        }
        return CoderResult.UNDERFLOW;
      }
    };
  }
}
