package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import io.github.vnnews.reliability.WordConservation;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: run the normaliser over literal lines and check that no word is lost. */
final class Articles {
  static final String LEDE =
      "Ngày 20/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023, đánh giá kết"
          + " quả thực hiện nhiệm vụ chính trị và triển khai phương hướng, nhiệm vụ năm 2024.";
  static final String BODY =
      "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp, các ngành tập trung thực"
          + " hiện tốt các nhiệm vụ đã đề ra; tăng cường kỷ luật, kỷ cương hành chính.";

  private Articles() {}

  /** Normalises the lines (numbered from 1) and asserts that every word survives. */
  static Extraction run(String... lines) {
    List<SourceLine> in = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      in.add(new SourceLine(i + 1, lines[i]));
    }
    Extraction e = new TextNormalizer().normalize(in);
    assertNothingLost(String.join("\n", lines), e);
    return e;
  }

  static void assertNothingLost(String input, Extraction e) {
    assertThat(WordConservation.diff(WordConservation.words(input), WordConservation.outputWords(e)))
        .isEmpty();
  }
}
