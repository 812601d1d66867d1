package io.github.vnnews.internal.normalize;

import io.github.vnnews.RawDocument;
import io.github.vnnews.internal.load.DocumentReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the time each stage of the plain-text normaliser takes per MB of text over a corpus
 * file (e.g. a generated {@code sample.txt}): building the draft, each rule, assembling the
 * extraction. A profiling aid: {@code StageProfile FILE [SECONDS]}.
 */
public final class StageProfile {
  private StageProfile() {}

  /**
   * Entry point.
   *
   * @param args the corpus file, then the seconds to measure (default 10)
   * @throws java.io.IOException when the file cannot be read
   */
  public static void main(String[] args) throws java.io.IOException {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open(args[0],
        new ByteArrayInputStream(bytes), io.github.vnnews.Options.defaults().loaderConfig(), (b, n) -> null, e -> { }));
    long chars = 0;
    for (RawDocument d : docs) {
      chars += d.text().length();
    }
    List<Rule> rules = RulePipeline.defaults().rules();
    TextNormalizer tn = new TextNormalizer();
    long[] nanos = new long[rules.size() + 2];
    long passes = 0;
    long start = System.nanoTime();
    boolean measuring = false;
    while (true) {
      long now = System.nanoTime();
      if (!measuring && now - start > 5e9) {
        measuring = true;
        java.util.Arrays.fill(nanos, 0);
        passes = 0;
        start = now;
      } else if (measuring && now - start > seconds * 1e9) {
        break;
      }
      for (RawDocument doc : docs) {
        long t0 = System.nanoTime();
        Draft d = new Draft(doc.lines());
        long t1 = System.nanoTime();
        nanos[0] += t1 - t0;
        for (int i = 0; i < rules.size(); i++) {
          rules.get(i).apply(d);
          long t2 = System.nanoTime();
          nanos[i + 1] += t2 - t1;
          t1 = t2;
        }
      }
      long t3 = System.nanoTime();
      for (RawDocument doc : docs) {
        tn.normalize(doc.lines());
      }
      nanos[rules.size() + 1] += System.nanoTime() - t3;
      passes++;
    }
    double mb = chars * passes / 1e6;
    long sum = 0;
    for (int i = 0; i <= rules.size(); i++) {
      sum += nanos[i];
    }
    System.out.printf(Locale.ROOT, "%d docs, %.1f M chars x %d passes%n", docs.size(), chars / 1e6, passes);
    System.out.printf(Locale.ROOT, "%-24s %8.2f ms/MB %5.1f%%%n", "Draft", nanos[0] / 1e6 / mb, 100.0 * nanos[0] / sum);
    for (int i = 0; i < rules.size(); i++) {
      System.out.printf(Locale.ROOT, "%-24s %8.2f ms/MB %5.1f%%%n", rules.get(i).name(), nanos[i + 1] / 1e6 / mb, 100.0 * nanos[i + 1] / sum);
    }
    System.out.printf(Locale.ROOT, "%-24s %8.2f ms/MB%n", "sum of stages", sum / 1e6 / mb);
    System.out.printf(Locale.ROOT, "%-24s %8.2f ms/MB (%.1f MB/s)%n", "TextNormalizer.normalize", nanos[rules.size() + 1] / 1e6 / mb, mb / (nanos[rules.size() + 1] / 1e9));
  }
}
