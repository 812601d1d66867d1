package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnnews.ToneStyle;
import java.text.Normalizer;

/**
 * Fuzz targets for detection, decoding and repair. In the normal build they run as regression
 * tests over their stored inputs; {@code JAZZER_FUZZ=1 mvn test -Dtest=TextRepairFuzzTest} fuzzes.
 *
 * <p>Invariants: no exception, line feeds kept, output in NFC, repair idempotent.
 */
class TextRepairFuzzTest {
  private static final TextRepair[] REPAIRS = {
    TextRepair.of(ToneStyle.KEEP), TextRepair.of(ToneStyle.CLASSIC), TextRepair.of(ToneStyle.MODERN)
  };

  private static long lineFeeds(String s) {
    return s.chars().filter(c -> c == '\n').count();
  }

  static void checkRepair(String text) {
    for (TextRepair repair : REPAIRS) {
      TextRepair.Repaired r = repair.repair(text);
      assertThat(lineFeeds(r.text())).isEqualTo(lineFeeds(text));
      assertThat(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC)).isTrue();
      assertThat(repair.repair(r.text()).text()).isEqualTo(r.text());
      assertThat(r.changed()).isEqualTo(!r.text().equals(text));
    }
  }

  @FuzzTest(maxDuration = "30s")
  void detectDecodeRepair(byte[] bytes) {
    EncodingDetector.Detected d = EncodingDetector.detect(bytes, bytes.length, false);
    EncodingDetector.Detected sample = EncodingDetector.detect(bytes, bytes.length / 2, true);
    if (d != null) {
      checkRepair(new String(bytes, d.charset()));
    }
    if (sample != null) {
      assertThat(sample.charset()).isNotNull();
    }
    checkRepair(new String(bytes, VietnameseCharsets.WINDOWS_1252_WHATWG));
  }

  @FuzzTest(maxDuration = "30s")
  void repairText(FuzzedDataProvider data) {
    checkRepair(data.consumeRemainingAsString());
  }
}
