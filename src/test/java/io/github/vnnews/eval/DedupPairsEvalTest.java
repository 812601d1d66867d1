package io.github.vnnews.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.dedup.Signature;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.dedup.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.SimilarityInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate detection against the 215 labelled pairs of {@code eval/dedup} (drawn from the
 * baomoi crawl, labelled by reading; see its README): the default pipeline must find most
 * duplicates with few mistakes, on all pairs and on the test half the defaults were not chosen on,
 * and far more of them than the exact hash alone; its verification must agree with Commons Text's
 * Jaccard similarity on every pair.
 */
class DedupPairsEvalTest {
  private static DedupPairs pairs;

  @BeforeAll
  static void load() throws IOException {
    pairs = DedupPairs.load(Path.of("eval/dedup"));
  }

  @Test
  void everyPairIsLabelledAndItsTextsAreThere() {
    assertThat(pairs.pairs).hasSize(215);
    assertThat(pairs.pairs).allSatisfy(p -> {
      assertThat(pairs.articles).containsKeys(p.a(), p.b());
      assertThat(p.note()).isNotBlank();
    });
    assertThat(pairs.pairs.stream().filter(DedupPairs.Pair::duplicate).count()).isBetween(100L, 160L);
  }

  @Test
  void noReservedOrSealedArticleIsUsed() throws IOException {
    Path shared = Path.of(System.getProperty("vnnews.shared", "../shared"));
    assumeTrue(Files.isDirectory(shared.resolve("eval")), "../shared/eval is not beside the checkout");
    Set<String> excluded = DedupPairDraw.excluded(Path.of("."), shared);
    assertThat(excluded).hasSizeGreaterThanOrEqualTo(30);
    assertThat(pairs.articles.keySet()).doesNotContainAnyElementsOf(excluded);
  }

  @Test
  void defaultsFindMostDuplicatesWithFewMistakes() {
    DedupPairs.Score all = pairs.score(DedupPairs.pipeline(DedupOptions.defaults()), null);
    DedupPairs.Score test = pairs.score(DedupPairs.pipeline(DedupOptions.defaults()), "test");
    assertThat(all.precision()).as(all.toString()).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).as(all.toString()).isGreaterThanOrEqualTo(0.85);
    assertThat(test.f1()).as(test.toString()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void nearDuplicatesFindFarMoreThanTheExactHashAlone() {
    DedupPairs.Score exact = pairs.score(DedupPairs.exactOnly(), null);
    DedupPairs.Score near = pairs.score(DedupPairs.pipeline(DedupOptions.defaults()), null);
    // equal folded texts have equal shingle sets: the exact hash never pairs two different texts
    assertThat(exact.fp()).as(exact.toString()).isZero();
    assertThat(near.recall() - exact.recall()).as("exact %s, near %s", exact, near).isGreaterThan(0.7);
  }

  @Test
  void verificationIsCommonsTextJaccardOnEveryPair() {
    Signer signer = new Signer(DedupOptions.defaults());
    JaccardSimilarity reference = new JaccardSimilarity();
    for (DedupPairs.Pair p : pairs.pairs) {
      Signature a = signer.sign(pairs.articles.get(p.a()));
      Signature b = signer.sign(pairs.articles.get(p.b()));
      assertThat(Similarity.jaccard(a.shingles(), b.shingles())).as("pair %d", p.n())
          .isEqualTo(reference.apply(input(a.shingles()), input(b.shingles())));
    }
  }

  @Test
  void drawnJaccardIsWhatTheLibraryComputes() throws IOException {
    // the draw recorded each pair's Jaccard similarity; the library must still compute it
    Signer signer = new Signer(DedupOptions.defaults());
    for (String line : Files.readAllLines(Path.of("eval/dedup/pairs.tsv")).subList(1, 216)) {
      String[] f = line.split("\t");
      Article a = pairs.articles.get(f[4]);
      Article b = pairs.articles.get(f[5]);
      double j = Similarity.jaccard(signer.sign(a).shingles(), signer.sign(b).shingles());
      assertThat(j).as("pair %s", f[0]).isCloseTo(Double.parseDouble(f[3]), org.assertj.core.data.Offset.offset(0.00005));
    }
  }

  private static SimilarityInput<Integer> input(int[] v) {
    return new SimilarityInput<>() {
      @Override
      public Integer at(int index) {
        return v[index];
      }

      @Override
      public int length() {
        return v.length;
      }
    };
  }
}
