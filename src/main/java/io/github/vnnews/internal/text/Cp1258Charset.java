package io.github.vnnews.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.text.Normalizer;

/**
 * Windows-1258 with an encoder that can write every Vietnamese letter.
 *
 * <p>Decoding is the JDK's windows-1258 table: tone marks come out as combining characters after
 * their letter ({@code "Vi\u00EA\u0323t"}), so the text still needs NFC ({@link TextRepair} does
 * it). The JDK's encoder cannot write a precomposed letter such as {@code ệ}; this one writes the
 * letter with its vowel shape (â ê ô ă ơ ư) as one byte and the tone as a second, combining byte
 * (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below), as Microsoft's and Unikey's
 * converters do.
 */
final class Cp1258Charset extends LegacyCharset {
  private final char[] decode = new char[256];
  private final java.util.Map<Character, Integer> table = new java.util.HashMap<>();

  Cp1258Charset() {
    super("x-vnnews-windows-1258", new String[] {"windows-1258-vn"});
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    String s = new String(all, Charset.forName("windows-1258"));
    for (int b = 0; b < 256; b++) {
      // bytes windows-1258 leaves undefined become C1 controls, as in WHATWG's table
      decode[b] = s.charAt(b) == '\uFFFD' ? (char) b : s.charAt(b);
      table.putIfAbsent(decode[b], b);
    }
  }

  @Override
  int encodeChar(char c) {
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    int toneByte = -1;
    var shape = new StringBuilder(3);
    for (int i = 0; i < nfd.length(); i++) {
      char m = nfd.charAt(i);
      int t = switch (m) {
        case '\u0300' -> 0xCC;
        case '\u0301' -> 0xEC;
        case '\u0303' -> 0xDE;
        case '\u0309' -> 0xD2;
        case '\u0323' -> 0xF2;
        default -> -1;
      };
      if (t >= 0 && toneByte < 0 && i > 0) {
        toneByte = t;
      } else {
        shape.append(m);
      }
    }
    String base = Normalizer.normalize(shape, Normalizer.Form.NFC);
    if (base.length() != 1) {
      return -1;
    }
    Integer b = table.get(base.charAt(0));
    if (b == null) {
      return -1;
    }
    return toneByte < 0 ? one(b) : two(b, toneByte);
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
