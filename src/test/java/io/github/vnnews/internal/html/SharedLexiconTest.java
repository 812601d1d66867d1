package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.normalize.ChromeLexicon;
import io.github.vnnews.internal.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One lexicon serves both paths: every phrase that may stand alone on a line is removed by the
 * plain-text rules when it closes an article, and classified as the same kind of chrome by the
 * HTML extractor.
 */
class SharedLexiconTest {
  private static final String TITLE = "Thông xe đường vành đai phía Tây thành phố";
  private static final String LEDE =
      "Sở Giao thông vận tải cho biết tuyến đường vành đai sẽ được thông xe vào cuối tháng này,"
          + " sớm hơn kế hoạch khoảng hai tuần nhờ thời tiết thuận lợi.";
  private static final String BODY =
      "Theo đại diện chủ đầu tư, các hạng mục còn lại gồm hệ thống chiếu sáng, biển báo và cây"
          + " xanh dọc hai bên đường, dự kiến hoàn tất trước Tết.";

  static Stream<ChromeLexicon.Entry> alonePhrases() {
    return ChromeLexicon.defaults().entries().stream()
        .filter(e -> e.where() != ChromeLexicon.Where.WITHIN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alonePhrases")
  void plainTextRulesRemoveThePhrase(ChromeLexicon.Entry e) {
    List<SourceLine> lines = new ArrayList<>();
    String[] article = {TITLE, LEDE, BODY, e.phrase()};
    for (int i = 0; i < article.length; i++) {
      lines.add(new SourceLine(i + 1, article[i]));
    }
    Extraction x = new TextNormalizer().normalize(lines);
    assertThat(x.paragraphs()).as("paragraphs").doesNotContain(e.phrase());
    assertThat(x.removed()).as("removed").anyMatch(r -> r.text().equals(e.phrase()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alonePhrases")
  void htmlExtractorGivesTheSameKind(ChromeLexicon.Entry e) {
    // alone, "Xem thêm:" is the related-news heading "Xem thêm"; the lexicon says which entry wins
    ChromeLexicon.Entry alone = ChromeLexicon.defaults().line(e.phrase());
    assertThat(alone).as("lexicon entry of the phrase alone").isNotNull();
    ChromeRules.Verdict v = ChromeRules.ofText(e.phrase());
    assertThat(v).as("verdict").isNotNull();
    assertThat(v.kind()).isEqualTo(alone.removedKind());
  }
}
