package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8UnitsTest {
  @Test
  void everyUnitEncodesAsTheJdkDoesOrIsRefused() {
    byte[] out = new byte[8];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char[] cs = {(char) c};
      boolean surrogate = Character.isSurrogate((char) c);
      boolean escaped = c < 0x20 || c == '"' || c == '\\';
      int plain = Utf8Units.encode(cs, 1, out, 0, false);
      if (surrogate) {
        assertThat(plain).as("U+%04X", c).isEqualTo(-1);
        continue;
      }
      byte[] jdk = String.valueOf((char) c).getBytes(StandardCharsets.UTF_8);
      assertThat(Arrays.copyOf(out, plain)).as("U+%04X", c).isEqualTo(jdk);
      assertThat(Utf8Units.encode(cs, 1, out, 0, true)).isEqualTo(escaped ? -1 : jdk.length);
    }
  }

  @Test
  void randomVietnameseTextEncodesAsTheJdkDoesAtAnyOffset() {
    String alphabet = "aăâđêôơưáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịÝýỳỷỹỵ ĐƯƠ0123456789,.“”…–€";
    Random r = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      char[] cs = new char[r.nextInt(300)];
      for (int k = 0; k < cs.length; k++) {
        cs[k] = alphabet.charAt(r.nextInt(alphabet.length()));
      }
      int o = r.nextInt(5);
      byte[] out = new byte[o + cs.length * 3 + 1];
      int end = Utf8Units.encode(cs, cs.length, out, o, true);
      assertThat(Arrays.copyOfRange(out, o, end))
          .isEqualTo(new String(cs).getBytes(StandardCharsets.UTF_8));
    }
  }
}
