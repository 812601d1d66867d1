package io.github.vnnews.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.Duplicate;
import io.github.vnnews.Quality;
import io.github.vnnews.Source;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on hand-made articles: quantiles, clusters, flags, an empty corpus. */
class CorpusReportTest {
  private static Article article(int n, int words, double punct, Duplicate d) {
    Article a = new Article(String.format("%016x", n), new Source("t/" + n + ".txt", 0, 1, 2, "text", "utf-8", false,
        null, null), "Tin " + n, null, null, null, n % 2 == 0 ? "Tác giả" : null, List.of("Câu."), List.of(), List.of(),
        "vi", null, null, null, List.of());
    Quality q = new Quality(words, 3.5, 0, 0.02, 0.02, 0.02, 0, 0, 0, 0, 0, 0, 0.01, punct, 0.95);
    return a.withQuality(q, "vi").withDuplicate(d);
  }

  @Test
  void quantilesAreNearestRankAndClustersAreCountedByTheirCanonicalArticle() {
    CorpusReport r = new CorpusReport();
    // words 10, 20, ..., 100; articles 0-2 one cluster of 3, article 3 unclustered
    for (int i = 0; i < 10; i++) {
      Duplicate d = i == 0 ? new Duplicate("c0", 3, true, 1) : i <= 2 ? new Duplicate("c0", 3, false, 0.5 + i / 10.0) : null;
      r.add(article(i, 10 * (i + 1), i < 3 ? 0.2 : 1, d));
    }
    CorpusReport.Summary s = r.summary();
    CorpusReport.Distribution w = s.signals().get("words");
    assertThat(w.quantiles()).containsExactly(10, 10, 30, 50, 80, 100, 100);
    assertThat(w.mean()).isEqualTo(55);
    assertThat(s.clusters()).isEqualTo(1);
    assertThat(s.clusterSizes()).containsEntry(3, 1L).hasSize(1);
    assertThat(s.duplicates()).isEqualTo(2);
    assertThat(s.duplicateRate()).isEqualTo(0.2);
    assertThat(s.similarity().quantiles()[0]).isEqualTo(0.6f, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(s.withAuthor()).isEqualTo(5);
    assertThat(s.flagged()).containsEntry("linesEndingInPunctuation", 3L);
    assertThat(s.flaggedAny()).isEqualTo(3);
    assertThat(w.histogram(10, 0, 50)).containsExactly(0, 0, 1, 0, 1, 0, 1, 0, 1, 6);
  }

  @Test
  void anEmptyCorpusPrintsDashesNotNumbers() {
    CorpusReport.Summary s = new CorpusReport().summary();
    assertThat(s.articles()).isZero();
    assertThat(s.duplicateRate()).isZero();
    assertThat(java.util.Arrays.stream(s.signals().get("vietnamese").quantiles()).allMatch(Double::isNaN)).isTrue();
    StringWriter out = new StringWriter();
    ReportText.write(s, new PrintWriter(out));
    assertThat(out.toString()).startsWith("articles: 0 (0 with quality signals, 0 body words)")
        .contains("duplicates: none marked").doesNotContain("NaN");
  }
}
