package io.github.vnnews.eval;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Options;
import io.github.vnnews.internal.dedup.DedupOptions;
import io.github.vnnews.internal.dedup.Signature;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.dedup.Similarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The labelled pairs of {@code eval/dedup} (see its README): loading, the pipeline's decision on
 * each pair, and precision and recall, on the sample and weighted by how many pairs of each
 * similarity bin the whole crawl has.
 */
final class DedupPairs {
  /** One labelled pair. */
  record Pair(int n, String split, String bin, String a, String b, boolean duplicate, String note) {}

  final List<Pair> pairs;
  final Map<String, Article> articles;
  /** Candidate pairs of the wide net per bin in the whole crawl. */
  final Map<String, Integer> population;

  private DedupPairs(List<Pair> pairs, Map<String, Article> articles, Map<String, Integer> population) {
    this.pairs = pairs;
    this.articles = articles;
    this.population = population;
  }

  static DedupPairs load(Path dir) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("pairs.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (!f[6].equals("0") && !f[6].equals("1")) {
        throw new IllegalStateException("pair " + f[0] + " has no label: " + f[6]);
      }
      pairs.add(new Pair(Integer.parseInt(f[0]), f[1], f[2], f[4], f[5], f[6].equals("1"), f[7]));
    }
    Map<String, Article> articles = new HashMap<>();
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(dir.resolve("texts"))) {
      s.sorted().forEach(files::add);
    }
    try (Corpus c = Corpus.read(files, Options.defaults())) {
      for (Article a : c) {
        articles.put(Path.of(a.source().path()).getFileName().toString().replace(".txt", ""), a);
      }
    }
    Map<String, Integer> population = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("bins.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("bin")) {
        continue;
      }
      String[] f = line.split("\t");
      population.put(f[0], Integer.parseInt(f[1]));
    }
    return new DedupPairs(pairs, articles, population);
  }

  /** What a method decides for a pair. */
  interface Method {
    boolean duplicate(Article a, Article b);
  }

  /** The library's decision with the given options: a candidate (exact key or a band) whose Jaccard reaches the threshold. */
  static Method pipeline(DedupOptions options) {
    return pipeline(options, UnaryOperator.identity(), Measure.JACCARD);
  }

  /** How the verified similarity is measured. */
  enum Measure {
    JACCARD,
    CONTAINMENT
  }

  /**
   * The pipeline with a text transformation before signing (to try stripping diacritics) and a
   * choice of verification measure.
   */
  static Method pipeline(DedupOptions options, UnaryOperator<String> text, Measure measure) {
    Signer signer = new Signer(options);
    Map<String, Signature> cache = new HashMap<>();
    return (a, b) -> {
      Signature x = cache.computeIfAbsent(a.id(), k -> signer.sign(a.id(), 0, text.apply(a.text())));
      Signature y = cache.computeIfAbsent(b.id(), k -> signer.sign(b.id(), 0, text.apply(b.text())));
      if (x.isEmpty() || y.isEmpty()) {
        return false;
      }
      boolean candidate = x.exactKey() == y.exactKey();
      for (int i = 0; i < x.bandKeys().length && !candidate; i++) {
        candidate = x.bandKeys()[i] == y.bandKeys()[i];
      }
      return candidate && similarity(x, y, measure) >= options.threshold();
    };
  }

  static double similarity(Signature x, Signature y, Measure m) {
    if (m == Measure.JACCARD) {
      return Similarity.jaccard(x.shingles(), y.shingles());
    }
    int common = Similarity.intersection(x.shingles(), y.shingles());
    return (double) common / Math.max(1, Math.min(x.shingles().length, y.shingles().length));
  }

  /** The exact hash alone: equal folded texts. */
  static Method exactOnly() {
    Signer signer = new Signer(DedupOptions.defaults());
    return (a, b) -> {
      Signature x = signer.sign(a);
      Signature y = signer.sign(b);
      return !x.isEmpty() && x.exactKey() == y.exactKey();
    };
  }

  /** Precision, recall and F1 of a method, on the sample and weighted by bin populations. */
  record Score(int tp, int fp, int fn, double precision, double recall, double weightedPrecision,
      double weightedRecall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double weightedF1() {
      double p = weightedPrecision;
      double r = weightedRecall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | weighted P %.3f R %.3f F1 %.3f",
          precision, recall, f1(), tp, fp, fn, weightedPrecision, weightedRecall, weightedF1());
    }
  }

  Score score(Method m, String split) {
    Map<String, Integer> sampled = new HashMap<>();
    for (Pair p : pairs) {
      sampled.merge(p.bin(), 1, Integer::sum);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double wtp = 0;
    double wfp = 0;
    double wfn = 0;
    for (Pair p : pairs) {
      if (split != null && !p.split().equals(split)) {
        continue;
      }
      Article a = articles.get(p.a());
      Article b = articles.get(p.b());
      if (a == null || b == null) {
        throw new IllegalStateException("pair " + p.n() + ": text missing");
      }
      boolean said = m.duplicate(a, b);
      double w = (double) population.getOrDefault(p.bin(), 0) / sampled.get(p.bin());
      if (said && p.duplicate()) {
        tp++;
        wtp += w;
      } else if (said) {
        fp++;
        wfp += w;
      } else if (p.duplicate()) {
        fn++;
        wfn += w;
      }
    }
    return new Score(tp, fp, fn, tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn),
        wtp + wfp == 0 ? 1 : wtp / (wtp + wfp), wtp + wfn == 0 ? 1 : wtp / (wtp + wfn));
  }
}
