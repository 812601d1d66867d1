package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.SourceLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every vector of {@code chrome_lines.tsv} through the whole pipeline, placed where such a
 * line stands in an article (a header stamp under the headline, a byline at the end, a caption
 * between paragraphs), and checks where it ends up.
 */
class ChromeLinesTest {
  private static final String TITLE = "Hội nghị tổng kết công tác năm 2023 của Đảng bộ tỉnh";
  private static final String LEDE =
      "Ngày 20/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023, đánh giá kết"
          + " quả thực hiện nhiệm vụ chính trị và triển khai phương hướng, nhiệm vụ năm 2024.";
  private static final String BODY =
      "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp, các ngành tập trung thực"
          + " hiện tốt các nhiệm vụ đã đề ra; tăng cường kỷ luật, kỷ cương hành chính.";

  static Stream<Arguments> vectors() throws IOException {
    return Tsv.rows("chrome_lines.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
  }

  @ParameterizedTest(name = "{1}/{2} {3}: {0}")
  @MethodSource("vectors")
  void vectorLandsWhereItBelongs(String line, String label, String sublabel, String rule) {
    List<String> article = new ArrayList<>();
    if (sublabel.equals("title")) {
      article.addAll(List.of(line, LEDE, BODY));
    } else if (sublabel.equals("page_clock")) {
      article.addAll(List.of(line, TITLE, LEDE, BODY));
    } else if (sublabel.startsWith("published_time") || sublabel.startsWith("lede")
        || rule.equals("BODY-LEDE-TAG")) {
      article.addAll(List.of(TITLE, line, BODY));
    } else if (label.equals("byline") || label.equals("chrome")) {
      article.addAll(List.of(TITLE, LEDE, BODY, line));
    } else {
      article.addAll(List.of(TITLE, LEDE, line, BODY));
    }
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < article.size(); i++) {
      lines.add(new SourceLine(i + 1, article.get(i)));
    }
    Extraction e = new TextNormalizer().normalize(lines);
    String paragraphs = String.join("\n", e.paragraphs());
    switch (label) {
      case "body" -> {
        if (sublabel.equals("title")) {
          assertThat(e.title()).isEqualTo(line);
        } else if (rule.equals("BODY-LEDE-TAG")) {
          assertThat(e.outletTag()).isNotNull();
          assertThat(line).endsWith(e.paragraphs().get(0));
        } else {
          assertThat(e.paragraphs()).contains(line);
        }
      }
      case "caption" -> {
        assertThat(paragraphs).doesNotContain(line);
        assertThat(e.captions()).extracting(Caption::text).anyMatch(line::startsWith);
      }
      case "byline" -> {
        assertThat(paragraphs).doesNotContain(line);
        if (sublabel.equals("source")) {
          assertThat(e.sourceOutlet()).isNotNull();
          assertThat(e.author()).isNull();
        } else {
          assertThat(e.author()).isNotNull();
        }
      }
      default -> {
        assertThat(e.paragraphs()).noneMatch(p -> p.contains(line));
        assertThat(e.captions()).isEmpty();
        assertThat(e.title()).isNotEqualTo(line);
        if (sublabel.equals("page_clock")) {
          assertThat(e.pageClock()).isNotNull();
          assertThat(e.publishedAt()).isNull();
          assertThat(e.removed()).anyMatch(r -> r.kind() == RemovedKind.PAGE_CLOCK);
        }
        if (sublabel.startsWith("published_time")) {
          assertThat(e.publishedAt()).isNotNull();
        }
      }
    }
  }
}
