package io.github.vnnews.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A corpus for measuring {@code ingest --dedup} at scale: distinct articles made of real sentences
 * and injected near-copies of some of them, with the truth written beside it.
 *
 * <pre>
 * usage: DedupCorpusGenerator SOURCE_DIR OUT_DIR --articles N [--seed S] [--copy-rate R]
 * </pre>
 *
 * <p>{@code SOURCE_DIR} holds plain-text articles (title line, then the body; the baomoi crawl of
 * {@code magizbox/scraper} less the reserved ids, or the seeds). Their titles and sentences make a
 * pool; an original article is a pool title with its number and three to eight paragraphs of two to
 * five random sentences, so two originals share almost no shingles. A fraction {@code R} (default
 * 0.1) of the originals get one to three near-copies, each with one to three edits drawn from:
 * another headline, a rewritten lede (the first paragraph replaced), another outlet's chrome (a
 * section menu above, a lead tag {@code (TTXVN) -} on the lede, share and source lines below), a
 * paragraph added or the last one dropped. Copies land a few hundred to a few thousand articles
 * after their original. Articles are written 10 000 to a file, {@code #####} between them.
 *
 * <p>{@code OUT_DIR/corpus/} gets the files; {@code OUT_DIR/truth.tsv} one line per copy: its file
 * and index, then its original's file and index, then the edits. Deterministic for a seed.
 */
public final class DedupCorpusGenerator {
  private static final int PER_FILE = 10_000;

  private DedupCorpusGenerator() {}

  /**
   * Writes the corpus.
   *
   * @param args {@code SOURCE_DIR OUT_DIR --articles N [--seed S] [--copy-rate R]}
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4 || !args[2].equals("--articles")) {
      System.err.println("usage: DedupCorpusGenerator SOURCE_DIR OUT_DIR --articles N [--seed S] [--copy-rate R]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long articles = Long.parseLong(args[3]);
    long seed = 16;
    double rate = 0.1;
    for (int i = 4; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--copy-rate" -> rate = Double.parseDouble(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> titles = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    try (var s = Files.list(source)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().limit(20_000).toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
          continue;
        }
        titles.add(lines.get(0).strip());
        for (String l : lines.subList(1, lines.size())) {
          for (String x : l.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
            if (x.length() >= 40 && x.length() <= 400) {
              sentences.add(x.strip());
            }
          }
        }
      }
    }
    if (sentences.size() < 1000) {
      throw new IllegalArgumentException(source + ": too few sentences (" + sentences.size() + ")");
    }
    Files.createDirectories(out.resolve("corpus"));
    SplittableRandom r = new SplittableRandom(seed);
    // pending copies: (due article number, original as text lines, original's file and index, order)
    PriorityQueue<Object[]> pending = new PriorityQueue<>(
        Comparator.comparingLong((Object[] x) -> (long) x[0]).thenComparingLong(x -> (long) x[4]));
    long queued = 0;
    long written = 0;
    long originals = 0;
    long copies = 0;
    int file = -1;
    Writer w = null;
    try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
      truth.write("copyFile\tcopyIndex\toriginalFile\toriginalIndex\tedits\n");
      while (written < articles) {
        if (written % PER_FILE == 0) {
          if (w != null) {
            w.close();
          }
          file++;
          w = Files.newBufferedWriter(out.resolve("corpus").resolve(name(file)), StandardCharsets.UTF_8);
        }
        int index = (int) (written % PER_FILE);
        Object[] due = !pending.isEmpty() && (long) pending.peek()[0] <= written ? pending.poll() : null;
        List<String> lines;
        if (due != null) {
          @SuppressWarnings("unchecked")
          List<String> original = (List<String>) due[1];
          StringBuilder edits = new StringBuilder();
          lines = nearCopy(original, titles, sentences, r, edits);
          truth.write(name(file) + "\t" + index + "\t" + due[2] + "\t" + due[3] + "\t" + edits + "\n");
          copies++;
        } else {
          lines = original(originals, titles, sentences, r);
          originals++;
          if (r.nextDouble() < rate) {
            int n = 1 + r.nextInt(3);
            for (int c = 0; c < n; c++) {
              pending.add(new Object[] {written + 200 + r.nextInt(3000), lines, name(file), index, queued++});
            }
          }
        }
        if (index > 0) {
          w.write("#####\n");
        }
        for (String l : lines) {
          w.write(l);
          w.write('\n');
        }
        written++;
      }
    } finally {
      if (w != null) {
        w.close();
      }
    }
    System.err.printf(Locale.ROOT, "%d articles (%d originals, %d copies) in %d files under %s%n", written, originals,
        copies, file + 1, out.resolve("corpus"));
  }

  private static String name(int file) {
    return String.format(Locale.ROOT, "part-%04d.txt", file);
  }

  private static List<String> original(long n, List<String> titles, List<String> sentences, SplittableRandom r) {
    List<String> lines = new ArrayList<>();
    lines.add(titles.get(r.nextInt(titles.size())) + " (" + n + ")");
    int k = 3 + r.nextInt(6);
    for (int p = 0; p < k; p++) {
      lines.add(paragraph(sentences, r));
    }
    return lines;
  }

  private static String paragraph(List<String> sentences, SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = 2 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(sentences.get(r.nextInt(sentences.size())));
    }
    return sb.toString();
  }

  private static List<String> nearCopy(List<String> original, List<String> titles, List<String> sentences,
      SplittableRandom r, StringBuilder edits) {
    List<String> lines = new ArrayList<>(original);
    int n = 1 + r.nextInt(3);
    boolean chrome = false;
    for (int e = 0; e < n; e++) {
      switch (r.nextInt(5)) {
        case 0 -> {
          lines.set(0, titles.get(r.nextInt(titles.size())));
          edits.append(edits.length() == 0 ? "" : ",").append("headline");
        }
        case 1 -> {
          lines.set(1, paragraph(sentences, r));
          edits.append(edits.length() == 0 ? "" : ",").append("lede");
        }
        case 2 -> {
          chrome = true;
          edits.append(edits.length() == 0 ? "" : ",").append("chrome");
        }
        case 3 -> {
          lines.add(paragraph(sentences, r));
          edits.append(edits.length() == 0 ? "" : ",").append("added");
        }
        default -> {
          if (lines.size() > 4) {
            lines.remove(lines.size() - 1);
          }
          edits.append(edits.length() == 0 ? "" : ",").append("dropped");
        }
      }
    }
    if (chrome) {
      lines.add(0, "Trang chủ | Thời sự | Xã hội");
      lines.set(2, "(TTXVN) - " + lines.get(2));
      lines.add("Theo TTXVN");
      lines.add("Chia sẻ | Bình luận");
    }
    return lines;
  }
}
