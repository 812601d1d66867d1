package io.github.vnnews.eval;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Options;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.dedup.Signature;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.dedup.Similarity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the pairs of {@code eval/dedup/pairs.tsv} from the baomoi crawl of {@code magizbox/scraper}
 * (see {@code eval/dedup/README.md}): every article is ingested with the default options, a wide
 * LSH net (syllable pairs, 50 bands of 2 MinHash values: a pair of Jaccard 0.1 is caught with
 * probability 0.39, 0.2 with 0.87, 0.3 and above with 0.99) gives candidate pairs, their exact
 * Jaccard similarity sorts them into bins of 0.1 from 0.1 to 1.0, and a seeded shuffle of each bin
 * gives its quota of pairs, no article twice. The reserved files of {@code
 * ../shared/eval/RESERVED.md} and the inputs of sealed sources ({@code eval/sources.tsv}) are left
 * out before anything is read.
 *
 * <pre>
 * usage: DedupPairDraw CRAWL_DIR OUT_DIR [--seed N]
 * </pre>
 *
 * <p>Writes {@code OUT_DIR/pairs.tsv} (labels {@code ?}), {@code OUT_DIR/bins.tsv} (candidate
 * pairs per bin in the whole crawl, for weighting) and copies the drawn articles' files to {@code
 * OUT_DIR/texts/}.
 */
public final class DedupPairDraw {
  /** Pairs drawn per bin of Jaccard similarity [0.1, 0.2) … [0.9, 1.0]. */
  static final int[] QUOTA = {15, 20, 30, 35, 35, 30, 20, 15, 15};

  private DedupPairDraw() {}

  /**
   * Runs the draw.
   *
   * @param args {@code CRAWL_DIR OUT_DIR [--seed N]}
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path crawl = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 3 && args[2].equals("--seed") ? Long.parseLong(args[3]) : 16;
    Set<String> excluded = excluded(Path.of("."), Path.of("../shared"));
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(crawl)) {
      for (Path p : s.sorted().toList()) {
        String id = p.getFileName().toString().replace(".txt", "");
        if (!excluded.contains(id)) {
          files.add(p);
        }
      }
    }
    System.err.printf(Locale.ROOT, "draw: %d files (%d ids excluded)%n", files.size(), excluded.size());
    List<String> ids = new ArrayList<>();
    List<Signature> exact = new ArrayList<>();
    List<Signature> wide = new ArrayList<>();
    Signer net = new Signer(DedupOptions.builder().bands(50).rows(2).build());
    Signer standard = new Signer(DedupOptions.defaults());
    try (Corpus c = Corpus.read(files, Options.defaults())) {
      for (Article a : c.parallel(Runtime.getRuntime().availableProcessors())) {
        String name = Path.of(a.source().path()).getFileName().toString().replace(".txt", "");
        ids.add(name);
        wide.add(net.sign(a));
        exact.add(standard.sign(a));
      }
    }
    System.err.printf(Locale.ROOT, "draw: %d articles signed%n", ids.size());
    long[] pairs = candidates(wide, exact);
    System.err.printf(Locale.ROOT, "draw: %d candidate pairs%n", pairs.length);
    List<List<long[]>> bins = new ArrayList<>();
    for (int b = 0; b < 10; b++) {
      bins.add(new ArrayList<>());
    }
    for (long p : pairs) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      double j = Similarity.jaccard(exact.get(a).shingles(), exact.get(b).shingles());
      int bin = Math.min(9, (int) Math.floor(j * 10));
      if (bin >= 1) {
        bins.get(bin).add(new long[] {p, Double.doubleToLongBits(j)});
      }
    }
    Files.createDirectories(out.resolve("texts"));
    try (Writer w = Files.newBufferedWriter(out.resolve("bins.tsv"), StandardCharsets.UTF_8)) {
      w.write("# candidate pairs of the wide net per bin of Jaccard similarity (syllable pairs), whole crawl\n");
      w.write("bin\tpairs\n");
      for (int b = 1; b < 10; b++) {
        w.write(String.format(Locale.ROOT, "%.1f\t%d%n", b / 10.0, bins.get(b).size()));
      }
    }
    SplittableRandom r = new SplittableRandom(seed);
    Set<Integer> used = new HashSet<>();
    try (Writer w = Files.newBufferedWriter(out.resolve("pairs.tsv"), StandardCharsets.UTF_8)) {
      w.write("pair\tsplit\tbin\tjaccard\ta\tb\tlabel\tnote\n");
      int n = 0;
      for (int b = 1; b < 10; b++) {
        List<long[]> bin = bins.get(b);
        bin.sort((x, y) -> Long.compare(x[0], y[0]));
        // a seeded Fisher-Yates shuffle of the bin, then the first pairs whose articles are new
        for (int i = bin.size() - 1; i > 0; i--) {
          int k = r.nextInt(i + 1);
          long[] t = bin.get(i);
          bin.set(i, bin.get(k));
          bin.set(k, t);
        }
        int taken = 0;
        for (long[] x : bin) {
          if (taken == QUOTA[b - 1]) {
            break;
          }
          int a = (int) (x[0] >>> 32);
          int c = (int) x[0];
          if (used.contains(a) || used.contains(c)) {
            continue;
          }
          used.add(a);
          used.add(c);
          n++;
          w.write(String.format(Locale.ROOT, "%d\t%s\t%.1f\t%.4f\t%s\t%s\t?\t%n", n, taken % 2 == 0 ? "dev" : "test",
              b / 10.0, Double.longBitsToDouble(x[1]), ids.get(a), ids.get(c)));
          taken++;
          for (int id : new int[] {a, c}) {
            Files.copy(crawl.resolve(ids.get(id) + ".txt"), out.resolve("texts").resolve(ids.get(id) + ".txt"),
                StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  /** Distinct pairs sharing a band of the wide net or the exact key, buckets up to 100. */
  static long[] candidates(List<Signature> wide, List<Signature> exact) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < wide.size(); i++) {
      if (wide.get(i).isEmpty()) {
        continue;
      }
      long[] keys = wide.get(i).bandKeys();
      for (long k : keys) {
        buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
      }
      buckets.computeIfAbsent(exact.get(i).exactKey() ^ 0x5555_5555_5555_5555L, x -> new ArrayList<>(2)).add(i);
    }
    long[] pairs = new long[1 << 20];
    int n = 0;
    for (List<Integer> m : buckets.values()) {
      if (m.size() < 2 || m.size() > 100) {
        continue;
      }
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          int a = Math.min(m.get(i), m.get(j));
          int b = Math.max(m.get(i), m.get(j));
          pairs[n++] = (long) a << 32 | b;
        }
      }
    }
    long[] sorted = Arrays.copyOf(pairs, n);
    Arrays.sort(sorted);
    int u = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[u++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, u);
  }

  /**
   * The crawl ids nobody may use: those in the reserved list and the inputs of sealed sources.
   *
   * @param project the project checkout
   * @param shared the shared directory
   * @return the 8-digit ids
   * @throws IOException when a list cannot be read
   */
  static Set<String> excluded(Path project, Path shared) throws IOException {
    Set<String> ids = new TreeSet<>();
    Path reserved = shared.resolve("eval/RESERVED.md");
    if (!Files.isRegularFile(reserved)) {
      throw new IOException("the reserved list is missing: " + reserved);
    }
    Matcher m = Pattern.compile("\\b2[12]\\d{6}\\b").matcher(Files.readString(reserved));
    while (m.find()) {
      ids.add(m.group());
    }
    for (String line : Files.readAllLines(project.resolve("eval/sources.tsv"))) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 4 || !f[3].equals("sealed")) {
        continue;
      }
      Path input = project.resolve("eval").resolve(f[1]).resolve(f[0]).resolve("input");
      if (Files.isDirectory(input)) {
        try (var s = Files.list(input)) {
          s.forEach(p -> {
            Matcher x = Pattern.compile("magizbox_(\\d{8})").matcher(p.getFileName().toString());
            if (x.find()) {
              ids.add(x.group(1));
            }
          });
        }
      }
    }
    return ids;
  }
}
