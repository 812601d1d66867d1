package io.github.vnnews.internal.report;

import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.quality.QualityFilter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CorpusReport.Summary} as one static HTML page: the figures of {@link
 * ReportText} in tables and inline SVG charts (a histogram of every quality signal with the
 * FineWeb-2 thresholds drawn on it, removed text by kind, cluster sizes, similarities). No script
 * library, no font or stylesheet from elsewhere: the page opens offline in any browser. A last
 * small script only records, on the {@code body} element, how many charts the browser laid out
 * with visible bars ({@code data-charts-drawn}) and which were empty ({@code data-charts-empty}),
 * so that a headless browser can check the rendering; the page reads the same without it.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("report.html"))) {
 *   ReportHtml.write(report.summary(), "out.jsonl", w);
 * }
 * }</pre>
 */
public final class ReportHtml {
  /** Bins of each histogram. */
  static final int BINS = 30;

  private static final int WIDTH = 360;
  private static final int HEIGHT = 150;
  private static final int LEFT = 46;
  private static final int BOTTOM = 22;
  private static final int TOP = 8;
  /** The colour of every bar (tests look for it in a screenshot). */
  public static final String BAR_COLOUR = "#3366aa";
  private static final String THRESHOLD_COLOUR = "#cc3311";

  private ReportHtml() {}

  /**
   * Writes the page.
   *
   * @param s the summary
   * @param title what the report is of (a file name), escaped here
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public static void write(CorpusReport.Summary s, String title, Writer out) throws IOException {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>vnnews report: ")
        .append(esc(title)).append("</title>\n<style>\n")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}")
        .append("h1{font-size:20px}h2{font-size:16px;margin-top:28px}")
        .append("table{border-collapse:collapse}td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}")
        .append("td:first-child,th:first-child{text-align:left}")
        .append(".grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0}figcaption{font-size:12px;color:#555}")
        .append("svg text{font-size:10px;fill:#444}\n</style></head>\n<body>\n");
    h.append("<h1>vnnews report: ").append(esc(title)).append("</h1>\n");
    h.append("<table>\n<tr><th>articles</th><td>").append(s.articles()).append("</td></tr>\n");
    row(h, "with quality signals", s.withQuality(), s.articles());
    row(h, "with an author", s.withAuthor(), s.articles());
    row(h, "with a caption", s.withCaption(), s.articles());
    row(h, "with publishedAt", s.withPublishedAt(), s.articles());
    row(h, "duplicates (not canonical)", s.duplicates(), s.articles());
    row(h, "flagged by FineWeb-2 thresholds", s.flaggedAny(), s.withQuality());
    for (Map.Entry<String, Long> e : s.languages().entrySet()) {
      row(h, "language " + e.getKey(), e.getValue(), s.articles());
    }
    h.append("</table>\n");

    h.append("<h2>Removed text by kind</h2>\n<div class=\"grid\">\n");
    List<String> kinds = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (Map.Entry<RemovedKind, CorpusReport.Removed> e : s.removed().entrySet()) {
      kinds.add(e.getKey().jsonName());
      lines.add(e.getValue().articles());
    }
    bars(h, "removed", "articles with removed text of each kind", kinds, lines);
    h.append("<table><tr><th>kind</th><th>lines</th><th>articles</th></tr>\n");
    for (Map.Entry<RemovedKind, CorpusReport.Removed> e : s.removed().entrySet()) {
      h.append("<tr><td>").append(esc(e.getKey().jsonName())).append("</td><td>").append(e.getValue().lines())
          .append("</td><td>").append(e.getValue().articles()).append("</td></tr>\n");
    }
    h.append("</table>\n</div>\n");

    h.append("<h2>Duplicate clusters</h2>\n");
    if (s.marked() == 0) {
      h.append("<p>No article carries a <code>duplicate</code> object (ingest with <code>--dedup mark</code>).</p>\n");
    } else {
      h.append(String.format(Locale.ROOT, "<p>%d of %d articles (%s) duplicate an earlier one, in %d clusters.</p>\n",
          s.duplicates(), s.articles(), ReportText.pct(s.duplicates(), s.articles()), s.clusters()));
      h.append("<div class=\"grid\">\n");
      List<String> sizes = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      for (Map.Entry<Integer, Long> e : s.clusterSizes().entrySet()) {
        sizes.add(Integer.toString(e.getKey()));
        counts.add(e.getValue());
      }
      bars(h, "clusterSizes", "clusters by size (articles)", sizes, counts);
      histogram(h, "similarity", "similarity of each duplicate to its canonical article", s.similarity(), 0, 1,
          List.of());
      h.append("</div>\n");
    }

    h.append("<h2>Quality signals</h2>\n<p>Red lines: FineWeb-2's <code>vie_Latn</code> thresholds. ")
        .append("The last bin of an open-ended signal holds everything above it.</p>\n<div class=\"grid\">\n");
    List<QualityFilter.Threshold> thresholds = QualityFilter.fineweb2Only().thresholds();
    for (Map.Entry<String, CorpusReport.Distribution> e : s.signals().entrySet()) {
      String name = e.getKey();
      List<Double> at = new ArrayList<>();
      for (QualityFilter.Threshold t : thresholds) {
        if (t.signal().equals(name)) {
          at.add(t.value());
        }
      }
      double hi = upper(name, e.getValue(), at);
      histogram(h, name, name, e.getValue(), 0, hi, at);
    }
    h.append("</div>\n<table>\n<tr><th>signal</th><th>mean</th><th>min</th><th>p5</th><th>p25</th><th>median</th>")
        .append("<th>p75</th><th>p95</th><th>max</th></tr>\n");
    for (Map.Entry<String, CorpusReport.Distribution> e : s.signals().entrySet()) {
      h.append("<tr><td>").append(e.getKey()).append("</td><td>").append(ReportText.num(e.getValue().mean()))
          .append("</td>");
      for (double q : e.getValue().quantiles()) {
        h.append("<td>").append(ReportText.num(q)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n<h2>FineWeb-2 thresholds</h2>\n<table>\n<tr><th>check</th><th>articles flagged</th><th>share</th></tr>\n");
    for (QualityFilter.Threshold t : thresholds) {
      long n = s.flagged().getOrDefault(t.check(), 0L);
      h.append("<tr><td>").append(esc(t.signal() + " " + t.op() + " " + ReportText.num(t.value()))).append("</td><td>")
          .append(n).append("</td><td>").append(ReportText.pct(n, s.withQuality())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    h.append("<script>\n(function () {\n  var drawn = 0, empty = [];\n")
        .append("  document.querySelectorAll('svg.chart').forEach(function (svg) {\n")
        .append("    var area = 0;\n")
        .append("    svg.querySelectorAll('rect.bar').forEach(function (r) { var b = r.getBBox(); area += b.width * b.height; });\n")
        .append("    if (area > 0) { drawn++; } else { empty.push(svg.id); }\n  });\n")
        .append("  document.body.setAttribute('data-charts', document.querySelectorAll('svg.chart').length);\n")
        .append("  document.body.setAttribute('data-charts-drawn', drawn);\n")
        .append("  document.body.setAttribute('data-charts-empty', empty.join(' '));\n})();\n</script>\n");
    h.append("</body></html>\n");
    out.write(h.toString());
    out.flush();
  }

  /** The right edge of a signal's histogram: 1 for fractions, else past the thresholds and p95. */
  static double upper(String name, CorpusReport.Distribution d, List<Double> thresholds) {
    if (name.endsWith("Fraction") || name.equals("linesEndingInPunctuation") || name.equals("vietnamese")) {
      return 1;
    }
    double hi = d.count() == 0 ? 1 : d.quantiles()[5] * 1.5;
    for (double t : thresholds) {
      hi = Math.max(hi, t * 1.1);
    }
    if (hi <= 0) {
      return 1;
    }
    double step = Math.pow(10, Math.floor(Math.log10(hi)));
    return Math.ceil(hi / step) * step;
  }

  private static void row(StringBuilder h, String label, long n, long of) {
    h.append("<tr><th>").append(esc(label)).append("</th><td>").append(n).append(" (").append(ReportText.pct(n, of))
        .append(")</td></tr>\n");
  }

  private static void histogram(StringBuilder h, String id, String caption, CorpusReport.Distribution d, double lo,
      double hi, List<Double> thresholds) {
    long[] counts = d.histogram(BINS, lo, hi);
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    int plotW = WIDTH - LEFT - 8;
    int plotH = HEIGHT - TOP - BOTTOM;
    double bw = (double) plotW / BINS;
    h.append("<figure><svg class=\"chart\" id=\"").append(esc(id)).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    axes(h, max, plotW, plotH);
    for (int i = 0; i < BINS; i++) {
      if (counts[i] == 0) {
        continue;
      }
      double bh = Math.max(1, (double) counts[i] / max * plotH);
      h.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s-%s: %d</title></rect>\n",
          LEFT + i * bw + 0.5, TOP + plotH - bh, Math.max(1, bw - 1), bh, BAR_COLOUR,
          ReportText.num(lo + i * (hi - lo) / BINS), ReportText.num(lo + (i + 1) * (hi - lo) / BINS), counts[i]));
    }
    for (double t : thresholds) {
      double x = LEFT + (t - lo) / (hi - lo) * plotW;
      h.append(String.format(Locale.ROOT,
          "<line class=\"threshold\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>\n",
          x, x, TOP, TOP + plotH, THRESHOLD_COLOUR));
    }
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 6, ReportText.num(lo)));
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s%s</text>\n", LEFT + plotW,
        HEIGHT - 6, ReportText.num(hi), hi < 1 || d.count() == 0 || d.quantiles()[6] <= hi ? "" : "+"));
    h.append("</svg><figcaption>").append(esc(caption)).append(" (").append(d.count()).append(")</figcaption></figure>\n");
  }

  private static void bars(StringBuilder h, String id, String caption, List<String> labels, List<Long> counts) {
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    int n = Math.max(1, labels.size());
    int plotW = WIDTH - LEFT - 8;
    int plotH = HEIGHT - TOP - BOTTOM;
    double bw = (double) plotW / n;
    h.append("<figure><svg class=\"chart\" id=\"").append(esc(id)).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    axes(h, max, plotW, plotH);
    for (int i = 0; i < labels.size(); i++) {
      double bh = counts.get(i) == 0 ? 0 : Math.max(1, (double) counts.get(i) / max * plotH);
      h.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>\n",
          LEFT + i * bw + 1, TOP + plotH - bh, Math.max(1, bw - 2), bh, BAR_COLOUR, esc(labels.get(i)), counts.get(i)));
      if (labels.size() <= 16) {
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
            LEFT + (i + 0.5) * bw, HEIGHT - 6, esc(shorten(labels.get(i), (int) (bw / 6)))));
      }
    }
    h.append("</svg><figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
  }

  private static void axes(StringBuilder h, long max, int plotW, int plotH) {
    h.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/><line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n",
        LEFT, LEFT + plotW, TOP + plotH, TOP + plotH, LEFT, LEFT, TOP, TOP + plotH));
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>", LEFT - 4, TOP + 8, max));
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", LEFT - 4,
        TOP + plotH));
  }

  private static String shorten(String s, int max) {
    return s.length() <= Math.max(3, max) ? s : s.substring(0, Math.max(2, max - 1)) + "…";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
