package io.github.vnnews.eval;

import io.github.vnnews.internal.dedup.DedupOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Prints the measurements behind the deduplication defaults ({@code eval/dedup/RESULTS.md}): the
 * exact hash alone, the pipeline at several shingle sizes, thresholds and band layouts, containment
 * instead of Jaccard, datatrove's web-scale setting (5-grams, 14 bands of 8, threshold 0.72) and
 * the default with diacritics stripped as datatrove does, on the labelled pairs: all, dev and test
 * halves, and weighted by the crawl's bin populations.
 *
 * <pre>
 * usage: DedupPairsSweep [eval/dedup]
 * </pre>
 */
public final class DedupPairsSweep {
  private DedupPairsSweep() {}

  /**
   * Runs the sweep.
   *
   * @param args the pairs directory (default {@code eval/dedup})
   * @throws IOException when the pairs cannot be read
   */
  public static void main(String[] args) throws IOException {
    DedupPairs d = DedupPairs.load(Path.of(args.length > 0 ? args[0] : "eval/dedup"));
    long dups = d.pairs.stream().filter(DedupPairs.Pair::duplicate).count();
    System.out.printf(Locale.ROOT, "%d pairs, %d duplicates%n%n", d.pairs.size(), dups);
    System.out.println("| method | P | R | F1 | F1 dev | F1 test | weighted P | weighted R | weighted F1 |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    line(d, "exact hash alone", DedupPairs.exactOnly());
    for (int k : new int[] {1, 2, 3, 5}) {
      for (double t : new double[] {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7}) {
        DedupOptions o = DedupOptions.builder().shingle(k).threshold(t).build();
        line(d, String.format(Locale.ROOT, "shingle %d, %dx%d, Jaccard >= %.2f", k, o.bands(), o.rows(), t),
            DedupPairs.pipeline(o));
      }
    }
    for (double t : new double[] {0.5, 0.6, 0.7, 0.8}) {
      DedupOptions o = DedupOptions.builder().threshold(t).build();
      line(d, String.format(Locale.ROOT, "shingle 2, %dx%d, containment >= %.2f", o.bands(), o.rows(), t),
          DedupPairs.pipeline(o, UnaryOperator.identity(), DedupPairs.Measure.CONTAINMENT));
    }
    for (int[] br : new int[][] {{16, 4}, {20, 5}, {32, 4}, {40, 4}, {48, 4}, {64, 4}, {64, 2}}) {
      for (double t : new double[] {0.4, 0.45}) {
        DedupOptions o = DedupOptions.builder().bands(br[0]).rows(br[1]).threshold(t).build();
        line(d, String.format(Locale.ROOT, "shingle 2, %dx%d, Jaccard >= %.2f", br[0], br[1], t), DedupPairs.pipeline(o));
      }
    }
    DedupOptions datatrove = DedupOptions.builder().shingle(5).bands(14).rows(8).threshold(0.72).build();
    line(d, "datatrove-like: shingle 5, 14x8, Jaccard >= 0.72", DedupPairs.pipeline(datatrove));
    UnaryOperator<String> strip = s -> Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D');
    DedupOptions def = DedupOptions.defaults();
    line(d, "default, diacritics stripped", DedupPairs.pipeline(def, strip, DedupPairs.Measure.JACCARD));
    line(d, "default (" + def.shingle() + ", " + def.bands() + "x" + def.rows() + ", " + def.threshold() + ")",
        DedupPairs.pipeline(def));
  }

  private static void line(DedupPairs d, String name, DedupPairs.Method m) {
    DedupPairs.Score all = d.score(m, null);
    DedupPairs.Score dev = d.score(m, "dev");
    DedupPairs.Score test = d.score(m, "test");
    System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name,
        all.precision(), all.recall(), all.f1(), dev.f1(), test.f1(), all.weightedPrecision(),
        all.weightedRecall(), all.weightedF1());
  }
}
