package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.ToneStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass scan that lets clean text through untouched: it must never miss what a repair
 * step would change (then the result would depend on the path taken), and it must let clean
 * Vietnamese text and raw pages through as the same instance.
 */
class TextRepairFastPathTest {
  private static final TextRepair KEEP = TextRepair.of(ToneStyle.KEEP);

  @Test
  void everyCharacterNfcCanTouchIsInteresting() {
    List<String> missed = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        continue;
      }
      String alone = String.valueOf(ch);
      // maps to something else, or has a combining class (reorders after U+0345, class 240,
      // or before U+0334, class 1)
      boolean touched =
          !Normalizer.isNormalized(alone, Normalizer.Form.NFC)
              || !Normalizer.isNormalized("a\u0345" + ch, Normalizer.Form.NFC)
              || !Normalizer.isNormalized("a" + ch + "\u0334", Normalizer.Form.NFC);
      if (touched && TextRepair.isNfcInert(ch)) {
        missed.add(Integer.toHexString(c));
      }
      // every character after the first of a canonical decomposition can compose backwards
      // (supplementary ones are left to the planes checked at class load)
      String nfd = Normalizer.normalize(alone, Normalizer.Form.NFD);
      for (int k = 1; k < nfd.length(); k++) {
        if (!Character.isSurrogate(nfd.charAt(k)) && TextRepair.isNfcInert(nfd.charAt(k))) {
          missed.add(Integer.toHexString(nfd.charAt(k)) + " in " + Integer.toHexString(c));
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void symbolsOfNewsPagesAreInert() {
    for (char c : "©®°±·×÷–—‘’“”•…›‹€™●■►★\u3001\u4E2D\u00A9\uFE0F".toCharArray()) {
      assertThat(TextRepair.isNfcInert(c)).as("U+%04X", (int) c).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thủ tướng Chính phủ và người dân",
        "Huawei vacuum Quy guitar Zürich café",
        "📷 Ảnh: Tuổi Trẻ 👍🏻 \uD835\uDD4F",
        "<p class=\"x\">Chiều 28/7 – “trực tuyến” ● › ©</p>",
      })
  void cleanTextIsTheSameInstance(String s) {
    assertThat(KEEP.repair(s).text()).isSameAs(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          đuợc         | được
          ĐUỢC         | ĐƯỢC
          x đuợc       | x được
          trưòng       | trường
          tạị          | tại
          nguời tạị    | nguời tại
          a\u200Bb c\u0301 | ab ć
          """)
  void whatTheScanFlagsIsRepaired(String input, String expected) {
    assertThat(KEEP.repair(input).text()).isEqualTo(expected);
  }

  @Test
  void wordsFarIntoALongTextAreRepaired() {
    String clean = "Thủ tướng Chính phủ và người dân, hànhchính. ".repeat(500);
    for (String word : new String[] {"tạị", "đuợc", "Vie\u0323\u0302t"}) {
      for (int cut : new int[] {0, 4095, 4096, 4100, 9000, clean.length()}) {
        // the cut may fall inside a word: the words around it are the same in both
        String text = clean.substring(0, cut) + " " + word + " " + clean.substring(cut);
        String expected = KEEP.repair(clean.substring(0, cut)).text() + " "
            + KEEP.repair(word).text() + " " + KEEP.repair(clean.substring(cut)).text();
        assertThat(KEEP.repair(text).text()).as("%s at %d", word, cut).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nld_tnmcp_nld_article.html",
        "dantri_tnmcp_dantri_article.html",
        "baochinhphu_tnmcp_baochinhphu_article.html",
        "cafef_tnmcp_cafef_article_batdongsan.html"
      })
  void cleanRawPagesAreTheSameInstance(String name) throws IOException {
    String shared = System.getProperty("vnnews.shared");
    assumeTrue(shared != null, "shared corpus not available");
    Path file = Path.of(shared, "corpus", "dev", name);
    assumeTrue(Files.isRegularFile(file), "no " + name);
    String page = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(KEEP.repair(page).text()).isSameAs(page);
  }

  @Test
  void cleanSeedsAreTheSameInstance() {
    for (Path p : Seeds.files()) {
      String s = Seeds.read(p);
      assertThat(KEEP.repair(s).text()).as(p.toString()).isSameAs(s);
    }
  }
}
