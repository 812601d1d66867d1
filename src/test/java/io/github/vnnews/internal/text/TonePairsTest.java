package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the spec's {@code tone_pairs.tsv}, in each style. */
class TonePairsTest {
  static Stream<Arguments> rows() {
    return Tsv.rows("tone_pairs.tsv").stream()
        .map(r -> Arguments.of(r.get("category") + ": " + r.get("input"), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void classicAndModern(String label, Map<String, String> row) {
    String input = row.get("input");
    assertThat(TextRepair.of(ToneStyle.CLASSIC).repair(input).text())
        .isEqualTo(row.get("classic_oa_uy"));
    assertThat(TextRepair.of(ToneStyle.MODERN).repair(input).text())
        .isEqualTo(row.get("modern_oa_uy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void keepLeavesPlacementAsWritten(String label, Map<String, String> row) {
    String input = row.get("input");
    String kept = TextRepair.of(ToneStyle.KEEP).repair(input).text();
    if (row.get("category").equals("repair")) {
      // KEEP fixes only what no style allows (doubled tone, missing horn); a misplaced single
      // tone ("hòan") stays as written
      assertThat(kept).isIn(input, row.get("classic_oa_uy"));
    } else {
      assertThat(kept).isEqualTo(input);
    }
  }
}
