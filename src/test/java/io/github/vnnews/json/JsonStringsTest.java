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

  /** A title and paragraphs written as parts, then their text: every byte as Jackson writes them. */
  private static void sameText(String title, java.util.List<String> paragraphs) {
    StringBuilder sb = new StringBuilder(title == null ? "" : title);
    for (String p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p);
    }
    String text = sb.toString(); // as Article.text() joins them
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add(title);
    all.addAll(paragraphs);
    all.add(text);
    String[] values = all.toArray(new String[0]);
    JsonStrings fast = new JsonStrings();
    String viaFast;
    try {
      viaFast = new String(write(values, new BiConsumer<>() {
        int i;

        @Override
        public void accept(JsonGenerator g, String v) {
          if (i == 0) {
            fast.startText();
          }
          if (i++ < values.length - 1) {
            fast.writeTextPart(g, v);
          } else {
            fast.writeText(g, "text", title, paragraphs, () -> v);
          }
        }
      }), java.nio.charset.StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      viaFast = e.getClass().getName();
    }
    String viaJackson;
    try {
      viaJackson = new String(write(values, new BiConsumer<>() {
        int i;

        @Override
        public void accept(JsonGenerator g, String v) {
          if (i++ == values.length - 1) {
            g.writeName("text");
          }
          g.writeString(v);
        }
      }), java.nio.charset.StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      viaJackson = e.getClass().getName();
    }
    assertThat(viaFast).as("%s %s", title, paragraphs).isEqualTo(viaJackson);
  }

  @Test
  void textGatheredFromItsParts() {
    sameText(null, java.util.List.of());
    sameText("", java.util.List.of("", "a", ""));
    sameText("Tiêu đề", java.util.List.of("Đoạn \"một\".", "hai\tba"));
    sameText(null, java.util.List.of("x".repeat(40_000), "y".repeat(30_000))); // text too long
    sameText("t", java.util.List.of("x".repeat(70_000))); // a part too long
    SplittableRandom rnd = new SplittableRandom(17);
    char[] alphabet = "aZ09 \"\\/\u0000\u001f\n\t\u00e9\u1ec7\u0111\u2028\uD83D\uDE00".toCharArray();
    for (int round = 0; round < 1000; round++) {
      String title = rnd.nextInt(4) == 0 ? null : random(rnd, alphabet, rnd.nextInt(40));
      java.util.List<String> paragraphs = new java.util.ArrayList<>();
      int n = rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        paragraphs.add(random(rnd, alphabet, rnd.nextInt(rnd.nextInt(50) == 0 ? 40_000 : 300)));
      }
      sameText(title, paragraphs);
    }
  }

  /** Random characters; pairs mostly whole, now and then a lone surrogate at either end. */
  private static String random(SplittableRandom rnd, char[] alphabet, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      char c = alphabet[rnd.nextInt(alphabet.length)];
      if (c == '\uD83D' && rnd.nextInt(20) > 0) {
        sb.append("\uD83D\uDE00");
      } else if (c != '\uDE00' || rnd.nextInt(20) == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
