package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EncodingDetector} and the streaming behaviour of the charsets. */
class EncodingDetectorTest {
  @Test
  void validUtf8IsAlwaysUtf8() {
    for (String s : new String[] {"", "plain ascii", "Việt Nam", "日本語", "Ã¡Â»", "\uFEFFHà"}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      assertThat(EncodingDetector.detect(b, b.length, false).name()).as(s).isEqualTo("utf-8");
    }
  }

  @Test
  void truncatedSampleMayEndMidCharacter() {
    byte[] b = "Nguyễn".getBytes(StandardCharsets.UTF_8);
    int cut = b.length - 2; // inside the three bytes of ễ
    assertThat(EncodingDetector.detect(b, cut, true).name()).isEqualTo("utf-8");
  }

  @Test
  void binaryAndForeignTextGiveNull() {
    var rnd = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[4096];
      rnd.nextBytes(b);
      assertThat(EncodingDetector.detect(b, b.length, false)).isNull();
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D'};
    assertThat(EncodingDetector.detect(png, png.length, false)).isNull();
    byte[] latin1 =
        "Le café est à côté de l'hôtel, très près du théâtre. Größere Maßnahmen für München."
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(EncodingDetector.detect(latin1, latin1.length, false)).isNull();
    byte[] cyrillic = "Привет, как дела? Всё хорошо.".getBytes(Charset.forName("windows-1251"));
    assertThat(EncodingDetector.detect(cyrillic, cyrillic.length, false)).isNull();
  }

  @Test
  void utf8WithAFewBadBytesStillReadsAsUtf8() {
    String text = "Thường trực Ban Bí thư giao ban trực tuyến với các tỉnh uỷ, thành ủy. ";
    byte[] good = text.repeat(20).getBytes(StandardCharsets.UTF_8);
    good[100] = (byte) 0xFF;
    assertThat(EncodingDetector.detect(good, good.length, false).name()).isEqualTo("utf-8");
  }

  @Test
  void vniPairsAreJoinedAcrossReadBuffers() throws IOException {
    String text = "Thủ tướng Chính phủ và người dân Việt Nam. ".repeat(300);
    byte[] bytes = text.getBytes(VietnameseCharsets.VNI);
    for (Charset cs : new Charset[] {VietnameseCharsets.VNI, VietnameseCharsets.TCVN3}) {
      byte[] b = cs == VietnameseCharsets.VNI ? bytes : text.getBytes(cs);
      var sb = new StringBuilder();
      try (Reader r = new InputStreamReader(new ByteArrayInputStream(b), cs)) {
        char[] buf = new char[7];
        int n;
        while ((n = r.read(buf)) > 0) {
          sb.append(buf, 0, n);
        }
      }
      assertThat(sb.toString()).isEqualTo(text);
    }
  }

  @Test
  void forNameKnowsEveryName() {
    for (String name : VietnameseCharsets.names()) {
      assertThat(VietnameseCharsets.forName(name)).isNotNull();
    }
    assertThat(VietnameseCharsets.forName("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(VietnameseCharsets.forName("iso-8859-1")).isNull();
  }
}
