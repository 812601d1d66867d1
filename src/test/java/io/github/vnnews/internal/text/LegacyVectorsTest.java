package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the spec's {@code legacy_vectors.tsv}. */
class LegacyVectorsTest {
  private static final TextRepair KEEP = TextRepair.of(ToneStyle.KEEP);

  /**
   * Short phrases whose mojibake is itself valid Vietnamese, or valid under another encoding: the
   * spec (§3.4) names them as inherently ambiguous. Repair must then leave a text that still reads
   * as Vietnamese; the whole-document test in {@link SeedRoundTripTest} shows the same encodings
   * are recognised in real documents.
   */
  private static final Set<String> AMBIGUOUS =
      Set.of("VISCII|Hà Nội", "VPS|Hà Nội", "VNI-Windows|Hồ Chí Minh");

  static Stream<Arguments> rows() {
    return Tsv.rows("legacy_vectors.tsv").stream()
        .map(r -> Arguments.of(r.get("encoding") + ": " + r.get("intended_unicode"), r));
  }

  private static Charset charset(String encoding) {
    return switch (encoding) {
      case "TCVN3" -> VietnameseCharsets.TCVN3;
      case "TCVN5712-1(VN1)" -> VietnameseCharsets.TCVN5712_1;
      case "VNI-Windows" -> VietnameseCharsets.VNI;
      case "VISCII" -> VietnameseCharsets.VISCII;
      case "VPS" -> VietnameseCharsets.VPS;
      case "CP1258" -> VietnameseCharsets.WINDOWS_1258;
      default -> StandardCharsets.UTF_8;
    };
  }

  /** TCVN3 and VPS have no byte for some toned capitals: they come back lowercase. */
  private static boolean losesCase(String encoding) {
    return encoding.equals("TCVN3") || encoding.equals("VPS");
  }

  private static void assertSameText(String actual, String intended, String encoding) {
    if (losesCase(encoding)) {
      assertThat(actual.toLowerCase(Locale.ROOT)).isEqualTo(intended.toLowerCase(Locale.ROOT));
    } else {
      assertThat(actual).isEqualTo(intended);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(String label, Map<String, String> row) {
    String encoding = row.get("encoding");
    String intended = row.get("intended_unicode");
    String hex = row.get("bytes_hex");
    if (encoding.equals("VIQR")) {
      String ascii = new String(Tsv.hex(hex), StandardCharsets.US_ASCII);
      assertThat(Viqr.toUnicode(ascii)).isEqualTo(intended);
      return;
    }
    byte[] bytes = Tsv.hex(hex);
    Charset cs = charset(encoding);
    String decoded = KEEP.repair(new String(bytes, cs)).text();
    if (encoding.equals("UTF-8 double mojibake")) {
      // the bytes are UTF-8 of a single mojibake; read as windows-1252 once more gives the column
      String moj = Tsv.unescape(row.get("bytes_read_as_windows1252"));
      assertThat(new String(bytes, VietnameseCharsets.WINDOWS_1252_WHATWG)).isEqualTo(moj);
      assertThat(decoded).isEqualTo(intended);
      TextRepair.Repaired r = KEEP.repair(moj);
      assertThat(r.text()).isEqualTo(intended);
      assertThat(r.mojibakeOf()).isEqualTo("utf-8");
      return;
    }
    assertSameText(decoded, intended, encoding);
    if (encoding.startsWith("UTF-8 ")) {
      return; // NFD and composite rows: decoding + repair is the whole test
    }
    assertThat(intended.getBytes(cs)).as("encoder").isEqualTo(bytes);
    String moj = Tsv.unescape(row.get("bytes_read_as_windows1252"));
    assertThat(new String(bytes, VietnameseCharsets.WINDOWS_1252_WHATWG)).isEqualTo(moj);
    TextRepair.Repaired r = KEEP.repair(moj);
    if (AMBIGUOUS.contains(encoding + "|" + intended)) {
      assertThat(Scoring.score(r.text()).bad()).isZero();
    } else {
      assertSameText(r.text(), intended, encoding);
    }
  }
}
