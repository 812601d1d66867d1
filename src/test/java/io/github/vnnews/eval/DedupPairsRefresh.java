package io.github.vnnews.eval;

import io.github.vnnews.Article;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.dedup.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites the {@code jaccard} column of {@code eval/dedup/pairs.tsv} with the similarity the
 * library computes today (what {@code DedupPairsEvalTest.drawnJaccardIsWhatTheLibraryComputes}
 * checks), after an extraction change moved the texts; prints each pair that moved. The labels,
 * bins and notes are left as they are. Run from the checkout:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.vnnews.eval.DedupPairsRefresh
 * </pre>
 */
public final class DedupPairsRefresh {
  private DedupPairsRefresh() {}

  /**
   * Refreshes the column in place.
   *
   * @param args none
   * @throws IOException when the pairs cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of("eval/dedup");
    DedupPairs pairs = DedupPairs.load(dir);
    Signer signer = new Signer(DedupOptions.defaults());
    Path tsv = dir.resolve("pairs.tsv");
    List<String> lines = Files.readAllLines(tsv);
    List<String> out = new ArrayList<>(lines.size());
    out.add(lines.get(0));
    int moved = 0;
    double most = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      Article a = pairs.articles.get(f[4]);
      Article b = pairs.articles.get(f[5]);
      double j = Similarity.jaccard(signer.sign(a).shingles(), signer.sign(b).shingles());
      String now = String.format(Locale.ROOT, "%.4f", j);
      if (!now.equals(f[3])) {
        moved++;
        most = Math.max(most, Math.abs(j - Double.parseDouble(f[3])));
        System.out.println("pair " + f[0] + ": " + f[3] + " -> " + now);
      }
      f[3] = now;
      out.add(String.join("\t", f));
    }
    Files.write(tsv, out);
    System.out.printf(Locale.ROOT, "%d of %d pairs moved, by at most %.4f%n", moved,
        lines.size() - 1, most);
  }
}
