package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File names from their bytes: UTF-8, and each byte that is not part of it written \xNN. */
class PathTextTest {
  private static String text(byte... b) {
    return InputWalker.decodeEscaped(b, 0, b.length);
  }

  @Test
  void validUtf8IsTheNameItself() {
    byte[] b = "bài-một/tin.txt".getBytes(StandardCharsets.UTF_8);
    assertThat(InputWalker.decodeEscaped(b, 0, b.length)).isEqualTo("bài-một/tin.txt");
  }

  @Test
  void bytesOutsideUtf8AreEscapedOneByOne() {
    assertThat(text((byte) 't', (byte) 0xFF, (byte) '.')).isEqualTo("t\\xFF.");
    assertThat(text((byte) 't', (byte) 0xFE, (byte) '.')).isEqualTo("t\\xFE.");
    // a windows-1258 name: "bài" with 0xE0 alone, then a cut three-byte sequence at the end
    assertThat(text((byte) 'b', (byte) 0xE0, (byte) 'i', (byte) 0xE1, (byte) 0xBA))
        .isEqualTo("b\\xE0i\\xE1\\xBA");
    // valid parts around an invalid byte stay readable
    byte[] mixed = "tên\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = "tên".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + 1];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = mixed[mixed.length - 1];
    assertThat(text(all)).isEqualTo("tên\\xFF");
  }
}
