package io.github.vnnews.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.load.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: run the normaliser over literal lines and check that no word is lost. */
final class Articles {
  static final String LEDE =
      "Ngày 20/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023, đánh giá kết"
          + " quả thực hiện nhiệm vụ chính trị và triển khai phương hướng, nhiệm vụ năm 2024.";
  static final String BODY =
      "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp, các ngành tập trung thực"
          + " hiện tốt các nhiệm vụ đã đề ra; tăng cường kỷ luật, kỷ cương hành chính.";
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

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
    StringBuilder out = new StringBuilder();
    if (e.title() != null) {
      out.append(e.title()).append('\n');
    }
    e.paragraphs().forEach(p -> out.append(p).append('\n'));
    for (Caption c : e.captions()) {
      out.append(c.text()).append('\n');
      if (c.credit() != null) {
        out.append(c.credit()).append('\n');
      }
    }
    for (RemovedLine r : e.removed()) {
      out.append(r.text()).append('\n');
    }
    assertThat(bag(out.toString())).isEqualTo(bag(input));
  }

  private static Map<String, Integer> bag(String s) {
    Map<String, Integer> m = new HashMap<>();
    Matcher x = WORD.matcher(s);
    while (x.find()) {
      m.merge(x.group(), 1, Integer::sum);
    }
    return m;
  }
}
