package io.github.vnnews.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Caption;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.normalize.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the plain-text normaliser against the gold annotations with the metrics of {@code
 * shared/eval/score.py} (ported in {@link GoldScorer}) and fails below the thresholds.
 * Skipped when {@code ../shared} is absent.
 */
class GoldEvaluationTest {

  private static Path sharedOrSkip() {
    Path shared = GoldCorpus.shared();
    assumeTrue(Files.isDirectory(shared.resolve("gold")), "shared material not present");
    return shared;
  }

  @Test
  void seedsArePerfect() throws IOException {
    Path shared = sharedOrSkip();
    List<GoldCorpus.Doc> docs =
        GoldCorpus.load(shared.resolve("gold/seeds"), GoldCorpus.basedir().resolve("seeds"));
    GoldScorer.Totals t = GoldCorpus.score(docs);
    String report = t.report + t.summary();
    assertThat(t.docs).as(report).isEqualTo(5);
    assertThat(t.lineAccuracy()).as(report).isEqualTo(1.0);
    assertThat(t.leaks).as(report).isZero();
    assertThat(t.meta()).as(report).isEqualTo(1.0);
  }

  @Test
  void devPlainTextMeetsThresholds() throws IOException {
    Path shared = sharedOrSkip();
    List<GoldCorpus.Doc> docs =
        GoldCorpus.load(shared.resolve("gold/dev"), shared.resolve("corpus/dev"));
    GoldScorer.Totals t = GoldCorpus.score(docs);
    String report = t.report + t.summary();
    assertThat(t.docs).as(report).isEqualTo(28);
    assertThat(t.lineAccuracy()).as(report).isGreaterThanOrEqualTo(0.97);
    assertThat(t.leaks).as(report).isLessThanOrEqualTo(2);
    assertThat(t.captionRecall()).as(report).isGreaterThanOrEqualTo(0.9);
    assertThat(t.meta()).as(report).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void noWordIsLost() throws IOException {
    Path shared = sharedOrSkip();
    List<GoldCorpus.Doc> docs = new ArrayList<>();
    docs.addAll(GoldCorpus.load(shared.resolve("gold/seeds"), GoldCorpus.basedir().resolve("seeds")));
    docs.addAll(GoldCorpus.load(shared.resolve("gold/dev"), shared.resolve("corpus/dev")));
    assertThat(docs).hasSize(33);
    for (GoldCorpus.Doc d : docs) {
      StringBuilder in = new StringBuilder();
      d.lines().forEach(l -> in.append(l.text()).append('\n'));
      Extraction e = d.extraction();
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
      assertThat(bag(out.toString())).as(d.input().toString()).isEqualTo(bag(in.toString()));
    }
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : GoldScorer.tokens(text)) {
      m.merge(w, 1, Integer::sum);
    }
    return m;
  }
}
