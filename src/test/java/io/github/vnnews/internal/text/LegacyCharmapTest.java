package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row (letter) of the spec's {@code legacy_charmap.tsv}, in every encoding it lists. */
class LegacyCharmapTest {
  static Stream<Arguments> rows() {
    return Tsv.rows("legacy_charmap.tsv").stream()
        .map(r -> Arguments.of(r.get("char") + " " + r.get("codepoint"), r));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Decodes to the letter (lowercase where the note says the capital has no code) and back. */
  private static void roundTrip(
      Charset cs, String letter, String hex, String note, String cp1252Column) {
    byte[] bytes = Tsv.hex(hex);
    String decoded = nfc(new String(bytes, cs));
    if (note.startsWith("lowercase byte") || note.startsWith("same byte as lowercase")) {
      assertThat(decoded).as(cs + " decode").isEqualTo(letter.toLowerCase(Locale.ROOT));
    } else {
      assertThat(decoded).as(cs + " decode").isEqualTo(letter);
    }
    assertThat(letter.getBytes(cs)).as(cs + " encode").isEqualTo(bytes);
    if (cp1252Column != null) {
      assertThat(new String(bytes, VietnameseCharsets.WINDOWS_1252_WHATWG))
          .as(cs + " as windows-1252")
          .isEqualTo(Tsv.unescape(cp1252Column));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void letter(String label, Map<String, String> r) {
    String c = r.get("char");
    roundTrip(
        VietnameseCharsets.TCVN3, c, r.get("tcvn3_vn3_byte"), r.get("tcvn3_note"),
        r.get("tcvn3_as_cp1252"));
    roundTrip(VietnameseCharsets.TCVN5712_1, c, r.get("tcvn5712_vn1_byte_glibc"), "", null);
    roundTrip(VietnameseCharsets.VNI, c, r.get("vni_windows_bytes"), "", r.get("vni_as_cp1252"));
    roundTrip(
        VietnameseCharsets.VISCII, c, r.get("viscii_byte_rfc1456"), "",
        r.get("viscii_as_cp1252"));
    roundTrip(
        VietnameseCharsets.VPS, c, r.get("vps_byte"), r.get("vps_note"), r.get("vps_as_cp1252"));
    roundTrip(VietnameseCharsets.WINDOWS_1258, c, r.get("cp1258_bytes"), "", null);
    // the JDK's own windows-1258 decoder agrees with ours
    assertThat(nfc(new String(Tsv.hex(r.get("cp1258_bytes")), Charset.forName("windows-1258"))))
        .isEqualTo(c);
    assertThat(Viqr.toUnicode(r.get("viqr"))).isEqualTo(c);
    byte[] utf8 = Tsv.hex(r.get("utf8_bytes"));
    assertThat(c.getBytes(StandardCharsets.UTF_8)).isEqualTo(utf8);
    assertThat(new String(utf8, VietnameseCharsets.WINDOWS_1252_WHATWG))
        .isEqualTo(Tsv.unescape(r.get("utf8_as_cp1252")));
  }
}
