package io.github.vnnews.internal.report;

import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.quality.QualityFilter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link CorpusReport.Summary} as plain text, one section a block: counts and coverage,
 * removed text by kind, duplicate clusters, the quality signals' distributions, the FineWeb-2
 * thresholds' flags. Deterministic: the same summary prints the same bytes.
 *
 * <pre>{@code
 * ReportText.write(report.summary(), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
 * }</pre>
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Prints the report.
   *
   * @param s the summary
   * @param out where to print (flushed, not closed)
   */
  public static void write(CorpusReport.Summary s, PrintWriter out) {
    out.printf(Locale.ROOT, "articles: %d (%d with quality signals, %d body words)%n", s.articles(), s.withQuality(),
        s.words());
    StringBuilder langs = new StringBuilder();
    for (Map.Entry<String, Long> e : s.languages().entrySet()) {
      langs.append(langs.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    out.println("languages: " + (langs.length() == 0 ? "none" : langs));
    out.printf(Locale.ROOT, "coverage: author %d (%s), caption %d (%s; %d captions), publishedAt %d (%s)%n",
        s.withAuthor(), pct(s.withAuthor(), s.articles()), s.withCaption(), pct(s.withCaption(), s.articles()),
        s.captions(), s.withPublishedAt(), pct(s.withPublishedAt(), s.articles()));
    out.println();
    out.println("removed text by kind: lines, articles with any");
    if (s.removed().isEmpty()) {
      out.println("  none");
    }
    for (Map.Entry<RemovedKind, CorpusReport.Removed> e : s.removed().entrySet()) {
      out.printf(Locale.ROOT, "  %-12s %9d %9d (%s)%n", e.getKey().jsonName(), e.getValue().lines(),
          e.getValue().articles(), pct(e.getValue().articles(), s.articles()));
    }
    out.println();
    if (s.marked() == 0) {
      out.println("duplicates: none marked (ingest --dedup mark writes the clusters)");
    } else {
      out.printf(Locale.ROOT, "duplicates: %d of %d articles (%s) in %d clusters; %d articles in clusters%n",
          s.duplicates(), s.articles(), pct(s.duplicates(), s.articles()), s.clusters(), s.marked());
      StringBuilder sizes = new StringBuilder();
      for (Map.Entry<Integer, Long> e : s.clusterSizes().entrySet()) {
        sizes.append(sizes.length() == 0 ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue());
      }
      out.println("  clusters by size: " + (sizes.length() == 0 ? "none" : sizes));
      CorpusReport.Distribution sim = s.similarity();
      if (sim.count() > 0) {
        out.printf(Locale.ROOT, "  similarity to the canonical article: min %.3f, p25 %.3f, median %.3f, p75 %.3f, max %.3f%n",
            sim.quantiles()[0], sim.quantiles()[2], sim.quantiles()[3], sim.quantiles()[4], sim.quantiles()[6]);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "quality signals (%d articles): %-6s %9s %9s %9s %9s %9s %9s %9s %9s%n", s.withQuality(),
        "", "mean", "min", "p5", "p25", "median", "p75", "p95", "max");
    for (Map.Entry<String, CorpusReport.Distribution> e : s.signals().entrySet()) {
      CorpusReport.Distribution d = e.getValue();
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-40s %9s", e.getKey(), num(d.mean())));
      for (double q : d.quantiles()) {
        row.append(String.format(Locale.ROOT, " %9s", num(q)));
      }
      out.println(row);
    }
    out.println();
    out.printf(Locale.ROOT, "FineWeb-2 vie_Latn thresholds: %d of %d articles flagged (%s)%n", s.flaggedAny(),
        s.withQuality(), pct(s.flaggedAny(), s.withQuality()));
    for (QualityFilter.Threshold t : QualityFilter.fineweb2Only().thresholds()) {
      long n = s.flagged().getOrDefault(t.check(), 0L);
      out.printf(Locale.ROOT, "  %-40s %9d (%s)%n", t.signal() + " " + t.op() + " " + num(t.value()), n,
          pct(n, s.withQuality()));
    }
    out.flush();
  }

  static String pct(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.2f %%", 100.0 * n / of);
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
