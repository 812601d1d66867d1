package io.github.vnnews.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The fast string path writes exactly what Jackson's {@code writeString} writes. */
class JsonStringsTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static byte[] write(String[] values, BiConsumer<JsonGenerator, String> how) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (String v : values) {
        how.accept(g, v);
      }
      g.writeEndArray();
    }
    return out.toByteArray();
  }

  private static void same(String... values) {
    JsonStrings fast = new JsonStrings();
    assertThat(write(values, fast::write)).isEqualTo(write(values, JsonGenerator::writeString));
  }

  @Test
  void everyAsciiCharacterAndVietnameseText() {
    StringBuilder ascii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      ascii.append(c);
    }
    same(ascii.toString(), "Chiều 28/7, “Thường trực” Ban Bí thư — Việt Nam 😀", "", "\u0085\u2028\u2029\uFEFF");
    same((String) null, "a\"b\\c/d", "tab\there\r\nnew line");
  }

  @Test
  void loneSurrogatesAndLongStringsAreLeftToJackson() {
    same("x".repeat(70_000) + "é");
    String lone = "lone \uD83D end";
    JsonStrings fast = new JsonStrings();
    String viaJackson;
    try {
      viaJackson = new String(write(new String[] {lone}, JsonGenerator::writeString), java.nio.charset.StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      viaJackson = e.getClass().getName();
    }
    String viaFast;
    try {
      viaFast = new String(write(new String[] {lone}, fast::write), java.nio.charset.StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      viaFast = e.getClass().getName();
    }
    assertThat(viaFast).isEqualTo(viaJackson);
  }

  @Test
  void randomStrings() {
    SplittableRandom rnd = new SplittableRandom(9);
    char[] alphabet = "aZ09 \"\\/\u0000\u0001\u001f\u007f\n\t\u00e9\u1ec7\u0111\u2028\uD83D\uDE00".toCharArray();
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(700);
      for (int i = 0; i < len; i++) {
        char c = alphabet[rnd.nextInt(alphabet.length)];
        if (c == '\uD83D') {
          sb.append("\uD83D\uDE00");
        } else if (c != '\uDE00') {
          sb.append(c);
        }
      }
      same(sb.toString(), sb.substring(0, len / 3));
    }
  }
}
