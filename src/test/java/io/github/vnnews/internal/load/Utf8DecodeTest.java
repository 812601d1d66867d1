package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass decoder agrees with strict validation, a NUL scan and the JDK's decoder. */
class Utf8DecodeTest {
  private static int firstNul(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static void check(byte[] b) {
    char[] dst = new char[b.length];
    int n = Utf8.decode(b, 0, b.length, dst);
    int bad = Utf8.firstInvalid(b, 0, b.length);
    int nul = firstNul(b);
    int expected = bad < 0 ? nul : nul < 0 ? bad : Math.min(bad, nul);
    if (expected < 0) {
      assertThat(n).isNotNegative();
      assertThat(new String(dst, 0, n)).isEqualTo(new String(b, StandardCharsets.UTF_8));
    } else {
      assertThat(-1 - n).as("error offset").isEqualTo(expected);
    }
  }

  @Test
  void vietnameseTextDecodesLikeTheJdk() {
    check("Chiều 28/7, Thường trực Ban Bí thư — “Việt Nam” 😀 ẩ ỹ Đ".getBytes(StandardCharsets.UTF_8));
    check(new byte[0]);
  }

  @Test
  void invalidSequencesAndNulsAreFoundAtTheirFirstByte() {
    check(new byte[] {'a', (byte) 0xC3, 0x00});
    check(new byte[] {'a', (byte) 0xC0, (byte) 0x80}); // overlong
    check(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // surrogate
    check(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // above U+10FFFF
    check(new byte[] {'x', (byte) 0xE1, (byte) 0xBB}); // truncated at the end
    check(new byte[] {'x', 0, (byte) 0xFF});
    check(new byte[] {(byte) 0xFF, 0});
  }

  @Test
  void randomBytesAgreeWithTheReference() {
    SplittableRandom rnd = new SplittableRandom(5);
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8), "ệ".getBytes(StandardCharsets.UTF_8),
      "đ".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0x80},
      {(byte) 0xC3}, {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFE}
    };
    for (int round = 0; round < 5000; round++) {
      int parts = rnd.nextInt(12);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < parts; i++) {
        // mostly valid text, now and then a broken piece
        byte[] p = pieces[rnd.nextInt(10) < 8 ? rnd.nextInt(4) : rnd.nextInt(pieces.length)];
        out.write(p, 0, p.length);
      }
      check(out.toByteArray());
    }
  }
}
