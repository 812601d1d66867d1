package io.github.vnnews.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.reliability.WordConservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      assertThat(WordConservation.diff(
              WordConservation.words(in.toString()), WordConservation.outputWords(d.extraction())))
          .as(d.input().toString())
          .isEmpty();
    }
  }
}
