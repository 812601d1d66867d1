package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The id digest's UTF-8 encoder gives exactly the bytes of {@code String.getBytes(UTF_8)}, and the
 * content hash fed part by part is that of the joined text.
 */
class Utf8DigestTest {
  private static byte[] viaEncoder(String... parts) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    Normalizer.Utf8Digest d = new Normalizer.Utf8Digest(md);
    for (String p : parts) {
      d.update(p);
      d.update('\n');
    }
    d.flush();
    return md.digest();
  }

  private static byte[] viaGetBytes(String... parts) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String p : parts) {
      md.update(p.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return md.digest();
  }

  @Test
  void vietnameseAsciiSurrogatePairsAndLoneSurrogatesEncodeLikeTheJdk() throws Exception {
    String[] cases = {
      "", "Chiều 28/7, Thường trực Ban Bí thư", "Tiếng Việt có dấu: ầ ẩ ẫ ấ ậ ỳ ỷ ỹ ý ỵ đ Đ",
      "emoji 😀 pair", "lone high \uD83D end", "lone low \uDE00 start", "\uD83D", "\u00A0\u200B\uFEFF"
    };
    assertThat(viaEncoder(cases)).isEqualTo(viaGetBytes(cases));
  }

  @Test
  void randomLongTextsAcrossChunkBoundariesEncodeLikeTheJdk() throws Exception {
    SplittableRandom rnd = new SplittableRandom(3);
    char[] alphabet = "aẠạẢảẤấầđĐ \u0300\uD83D\uDE00\uDBFF\uDFFF\uD800x\u07FF\u0800\uFFFF".toCharArray();
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(9000);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[rnd.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertThat(viaEncoder(s, s.substring(0, len / 2))).as("round %d", round)
          .isEqualTo(viaGetBytes(s, s.substring(0, len / 2)));
    }
  }

  @Test
  void contentHashFedPartByPartIsTheHashOfTheJoinedText() {
    SplittableRandom rnd = new SplittableRandom(11);
    char[] alphabet = "aẠđ \n\uD83D\uDE00\uD800".toCharArray();
    for (int round = 0; round < 5000; round++) {
      String title = rnd.nextInt(4) == 0 ? null : random(rnd, alphabet, rnd.nextInt(6));
      java.util.List<String> paragraphs = new java.util.ArrayList<>();
      for (int n = rnd.nextInt(5); n > 0; n--) {
        paragraphs.add(random(rnd, alphabet, rnd.nextInt(rnd.nextInt(40) == 0 ? 5000 : 8)));
      }
      StringBuilder text = new StringBuilder(title == null ? "" : title);
      for (String p : paragraphs) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(p);
      }
      assertThat(Normalizer.contentHash(title, paragraphs)).as("%s %s", title, paragraphs)
          .isEqualTo(Normalizer.contentHash(text.toString()));
    }
  }

  private static String random(SplittableRandom rnd, char[] alphabet, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(alphabet[rnd.nextInt(alphabet.length)]);
    }
    return sb.toString();
  }
}
