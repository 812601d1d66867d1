package io.github.vnnews.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a realistic multi-article plain-text corpus of a given size for the end-to-end
 * benchmark ({@code bench/generate}, {@code bench/e2e.sh}).
 *
 * <p>Articles are made from the seeds and the dev plain-text articles (when present): a title, a
 * body of their paragraphs (sometimes extended with paragraphs of another article), and the chrome
 * real scrapes carry: section menus, page clocks, outlet lead tags, photo captions and credits,
 * bylines, share and comment lines. Files hold many articles each, split by one delimiter style per
 * file ({@code #####}, {@code <<<DOC n>>>}, rows of {@code -} with CRLF line ends, rows of
 * {@code =}); about one file in ten is gzip-compressed; a few articles are in NFD or carry
 * non-breaking and zero-width spaces, as scraped text does.
 *
 * <p>Output under {@code OUT}: {@code corpus/} (the files, in sub-directories), {@code sample.txt}
 * (the first {@code --sample} articles, {@code #####}-delimited, for the peer comparison) and
 * {@code manifest.properties} (articles, text bytes, bytes on disk). Deterministic for a given
 * {@code --seed}.
 *
 * <pre>
 * usage: CorpusGenerator --size 1g --out /tmp/vnnews-bench/1g [--seed 7] [--sample 2000]
 *        [--seeds DIR] [--dev DIR]
 * </pre>
 */
public final class CorpusGenerator {
  private static final String[] MENUS = {
    "Tất cả chuyên mục", "Trang chủ", "Thời sự", "Kinh tế | Xã hội | Văn hóa | Thể thao",
    "Đăng nhập", "Tin mới nhất", "Chính trị", "Trong nước", "close Đăng nhập"
  };
  private static final String[] DAYS = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
  };
  private static final String[] LEADS = {
    "(VnMedia) - ", "BHG - ", "(Chinhphu.vn) - ", "(NLĐO) - ", "TTO - ", "(Dân trí) - ",
    "VOV.VN - ", "(PLO) - ", "VTV.vn - ", "", "", ""
  };
  private static final String[] PEOPLE = {
    "Diệu Hoa", "Thu Chung", "Minh Anh", "Hoàng Long", "Thanh Vân", "Quang Định", "Trần Hải",
    "Ngọc Mai", "Xuân Lực", "Phạm Tuấn"
  };
  private static final String[] CAPTIONS = {
    "Quang cảnh hội nghị.", "Các đại biểu dự hội nghị.", "Đồng chí Bí thư Tỉnh ủy phát biểu tại buổi làm việc.",
    "Toàn cảnh phiên thảo luận tại hội trường.", "Lãnh đạo tỉnh trao quyết định cho các cán bộ.",
    "Người dân tham gia hoạt động tại địa phương."
  };
  private static final String[] FOOTERS = {
    "Liên kết website", "Ý kiến ()", "Chia sẻ", "Bình luận", "Tin liên quan", "In bài viết",
    "Gửi bình luận", "BÀI MỚI ĐĂNG", "TOP", "Xem thêm:", "Từ khóa: kinh tế, xã hội, Hà Nội"
  };

  private final SplittableRandom rnd;
  private final List<Source> sources;
  private final List<String> allParagraphs = new ArrayList<>();

  private record Source(String title, List<String> paragraphs) {}

  private CorpusGenerator(List<Source> sources, long seed) {
    this.sources = sources;
    this.rnd = new SplittableRandom(seed);
    for (Source s : sources) {
      allParagraphs.addAll(s.paragraphs());
    }
  }

  /**
   * Runs the generator.
   *
   * @param args the command line (see the class description)
   * @throws IOException when the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    long size = 100L << 20;
    Path out = null;
    long seed = 7;
    int sample = 2000;
    Path seeds = Path.of("seeds");
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = parseSize(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--dev" -> dev = Path.of(args[++i]);
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    List<Source> sources = new ArrayList<>(load(seeds));
    int fromSeeds = sources.size();
    if (Files.isDirectory(dev)) {
      sources.addAll(load(dev));
    } else {
      System.err.println("generate: " + dev + " not found: seeds only");
    }
    if (sources.isEmpty()) {
      usage("no source articles in " + seeds + " or " + dev);
    }
    System.err.printf(Locale.ROOT, "generate: %d source articles (%d seeds, %d dev)%n",
        sources.size(), fromSeeds, sources.size() - fromSeeds);
    new CorpusGenerator(sources, seed).generate(out, size, sample);
  }

  /**
   * A generator over the seeds under {@code basedir} and the dev articles under {@code shared}
   * (when present): what the JMH benchmarks use for in-memory corpora.
   *
   * @param basedir the project directory (holding {@code seeds/})
   * @param shared the shared directory (holding {@code corpus/dev/}), may not exist
   * @param seed the random seed
   * @return the generator
   * @throws IOException when the sources cannot be read
   */
  public static CorpusGenerator of(Path basedir, Path shared, long seed) throws IOException {
    List<Source> sources = new ArrayList<>(load(basedir.resolve("seeds")));
    Path dev = shared.resolve("corpus").resolve("dev");
    if (Files.isDirectory(dev)) {
      sources.addAll(load(dev));
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no source articles under " + basedir);
    }
    return new CorpusGenerator(sources, seed);
  }

  /**
   * One multi-article file in memory: articles split by {@code #####} lines, UTF-8.
   *
   * @param approxBytes how many bytes to make, at least (one article more than needed)
   * @return the bytes
   */
  public byte[] multiArticleFile(int approxBytes) {
    StringBuilder sb = new StringBuilder(approxBytes + (1 << 16));
    int n = 0;
    while (sb.length() * 1.3 < approxBytes) {
      if (n++ > 0) {
        sb.append("\n#####\n");
      }
      for (String l : article()) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void usage(String why) {
    System.err.println("generate: " + why);
    System.err.println("usage: CorpusGenerator --size 1g --out DIR [--seed N] [--sample N] [--seeds DIR] [--dev DIR]");
    System.exit(2);
  }

  static long parseSize(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    long mult = 1;
    char last = t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      mult = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    return (long) (Double.parseDouble(t) * mult);
  }

  /** Every {@code *.txt} file of a directory as one source article: title, then paragraphs. */
  private static List<Source> load(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<Source> out = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = new ArrayList<>();
      for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String t = l.strip();
        if (!t.isEmpty()) {
          lines.add(t);
        }
      }
      if (lines.size() < 2) {
        continue;
      }
      // a short first line is the title; a long one is body text (some seeds have no title)
      String title = lines.get(0).length() < 200 ? lines.remove(0) : null;
      out.add(new Source(title, List.copyOf(lines)));
    }
    return out;
  }

  private enum Style {
    HASH("#####", "\n"),
    DOC(null, "\n"),
    DASH_CRLF("----------------------------------------", "\r\n"),
    EQUALS("==========", "\n");

    final String delimiter;
    final String eol;

    Style(String delimiter, String eol) {
      this.delimiter = delimiter;
      this.eol = eol;
    }
  }

  private void generate(Path out, long size, int sampleCount) throws IOException {
    Path corpus = out.resolve("corpus");
    Files.createDirectories(corpus);
    long textBytes = 0;
    long diskBytes = 0;
    long articles = 0;
    int files = 0;
    StringBuilder sample = new StringBuilder();
    int sampled = 0;
    while (textBytes < size) {
      Style style = Style.values()[rnd.nextInt(Style.values().length)];
      boolean gz = rnd.nextInt(10) == 0;
      long fileTarget = Math.min(size - textBytes, (1L << 20) + rnd.nextLong(15L << 20));
      Path dir = corpus.resolve(String.format(Locale.ROOT, "d%03d", files / 64));
      Files.createDirectories(dir);
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.txt%s", files, gz ? ".gz" : ""));
      files++;
      long written = 0;
      try (OutputStream fos = Files.newOutputStream(file);
          OutputStream os = new BufferedOutputStream(gz ? fastGzip(fos) : fos, 1 << 16)) {
        StringBuilder sb = new StringBuilder(1 << 16);
        int n = 0;
        while (written < fileTarget) {
          List<String> lines = article();
          sb.setLength(0);
          if (style == Style.DOC) {
            sb.append("<<<DOC ").append(n).append(">>>").append(style.eol);
          } else if (n > 0) {
            sb.append(style.eol).append(style.delimiter).append(style.eol);
          }
          for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(style.eol);
          }
          byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
          os.write(b);
          written += b.length;
          n++;
          if (sampled < sampleCount) {
            if (sampled > 0) {
              sample.append("#####\n");
            }
            sample.append(String.join("\n", lines)).append('\n');
            sampled++;
          }
        }
        articles += n;
      }
      textBytes += written;
      diskBytes += Files.size(file);
    }
    Files.writeString(out.resolve("sample.txt"), sample, StandardCharsets.UTF_8);
    try (Writer w = Files.newBufferedWriter(out.resolve("manifest.properties"), StandardCharsets.UTF_8)) {
      w.write("files=" + files + "\n");
      w.write("articles=" + articles + "\n");
      w.write("textBytes=" + textBytes + "\n");
      w.write("diskBytes=" + diskBytes + "\n");
      w.write("sampleArticles=" + sampled + "\n");
    }
    System.err.printf(Locale.ROOT, "generate: %d files, %d articles, %.1f MB of text (%.1f MB on disk) in %s%n",
        files, articles, textBytes / 1e6, diskBytes / 1e6, corpus);
  }

  private static OutputStream fastGzip(OutputStream out) {
    try {
      return new GZIPOutputStream(out, 1 << 16) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One article's lines: chrome, title, page clock, body with captions, byline, footer. */
  private List<String> article() {
    Source s = sources.get(rnd.nextInt(sources.size()));
    List<String> lines = new ArrayList<>();
    boolean blankBetween = rnd.nextBoolean();
    if (rnd.nextInt(3) == 0) {
      lines.add(MENUS[rnd.nextInt(MENUS.length)]);
    }
    String title = s.title() != null ? s.title() : firstWords(s.paragraphs().get(0), 12);
    lines.add(title);
    if (rnd.nextInt(4) != 0) {
      lines.add(clock());
    }
    if (rnd.nextInt(5) == 0) {
      lines.add(PEOPLE[rnd.nextInt(PEOPLE.length)]);
    }
    List<String> body = new ArrayList<>(s.paragraphs());
    if (rnd.nextInt(3) == 0) {
      int extra = 1 + rnd.nextInt(4);
      for (int i = 0; i < extra; i++) {
        body.add(allParagraphs.get(rnd.nextInt(allParagraphs.size())));
      }
    }
    String lead = LEADS[rnd.nextInt(LEADS.length)];
    for (int i = 0; i < body.size(); i++) {
      String p = i == 0 ? lead + body.get(i) : body.get(i);
      if (blankBetween && i > 0) {
        lines.add("");
      }
      lines.add(p);
      if (rnd.nextInt(6) == 0) {
        lines.add(caption());
      }
    }
    if (rnd.nextInt(3) != 0) {
      lines.add(rnd.nextInt(4) == 0 ? "Theo " + PEOPLE[rnd.nextInt(PEOPLE.length)] : PEOPLE[rnd.nextInt(PEOPLE.length)]);
    }
    int footers = rnd.nextInt(4);
    for (int i = 0; i < footers; i++) {
      lines.add(FOOTERS[rnd.nextInt(FOOTERS.length)]);
    }
    int quirk = rnd.nextInt(100);
    if (quirk < 3) {
      lines.replaceAll(l -> Normalizer.normalize(l, Normalizer.Form.NFD));
    } else if (quirk < 6) {
      int i = rnd.nextInt(lines.size());
      lines.set(i, lines.get(i).replace(" ", "\u00A0").replaceFirst("^", "\u200B"));
    }
    return lines;
  }

  private String clock() {
    int d = 1 + rnd.nextInt(28);
    int m = 1 + rnd.nextInt(12);
    int y = 2015 + rnd.nextInt(11);
    int hh = rnd.nextInt(24);
    int mm = rnd.nextInt(60);
    return switch (rnd.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "%s, %02d/%02d/%d %02d:%02d (GMT+7)", DAYS[rnd.nextInt(7)], d, m, y, hh, mm);
      case 1 -> String.format(Locale.ROOT, "%s, %d/%d/%d, %02d:%02d (GMT+7)", DAYS[rnd.nextInt(7)], d, m, y, hh, mm);
      case 2 -> String.format(Locale.ROOT, "%02d/%02d/%d %02d:%02d GMT+7", d, m, y, hh, mm);
      default -> String.format(Locale.ROOT, "Cập nhật: %02d:%02d ngày %02d/%02d/%d", hh, mm, d, m, y);
    };
  }

  private String caption() {
    String c = CAPTIONS[rnd.nextInt(CAPTIONS.length)];
    String who = PEOPLE[rnd.nextInt(PEOPLE.length)];
    return switch (rnd.nextInt(3)) {
      case 0 -> c + " (Ảnh: " + who + ")";
      case 1 -> c + " Ảnh: " + who;
      default -> "Ảnh: " + who + "/TTXVN";
    };
  }

  private static String firstWords(String text, int n) {
    String[] words = text.split(" ", n + 1);
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(n, words.length)));
  }
}
