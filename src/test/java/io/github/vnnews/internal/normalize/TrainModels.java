package io.github.vnnews.internal.normalize;

import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.load.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fits the weights of every learned rule to the annotated gold documents and writes them as the
 * rules' resource files. Sources: the seeds, the shared dev set and every {@code eval/text}
 * source in phase {@code dev} (sealed sources are never read).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.vnnews.internal.normalize.TrainModels \
 *     [--exclude SOURCE] [--out DIR] [--report]
 * </pre>
 *
 * <p>Without {@code --out} the files go to {@code src/main/resources/io/github/vnnews/internal/normalize};
 * {@code --exclude} leaves one source out (the leave-one-source-out runs of {@code bench/eval}).
 * Deterministic: the same gold gives the same weights.
 */
public final class TrainModels {

  /**
   * A learned rule's model: its resource, its features, how a gold label maps to the model's
   * answer (1 yes, 0 no, null: not an example), and the L2 penalty.
   */
  record Spec(String resource, List<String> features, Function<String, Integer> answer,
      double lambda) {}

  /** The learned rules' models. */
  static List<Spec> specs() {
    return List.of(
        new Spec(FusedCaptionRule.MODEL, FusedCaptionRule.FEATURES,
            label -> label == null ? null : switch (label) {
              case "caption" -> 1;
              case "body", "crosshead", "repeat" -> 0;
              default -> null;
            }, 1.0),
        new Spec(FusedCaptionRule.CROSSHEAD_MODEL, FusedCaptionRule.FEATURES,
            label -> label == null ? null : switch (label) {
              case "crosshead" -> 1;
              case "body", "caption", "repeat" -> 0;
              default -> null;
            }, 1.0),
        // a line of a page copy: article text (body, caption, crosshead) or page chrome
        new Spec(PageRegionRule.LINE_MODEL, PageShape.LINE_FEATURES,
            label -> label == null ? null : switch (label) {
              case "body", "caption", "crosshead" -> 1;
              case "chrome" -> 0;
              default -> null;
            }, 1.0),
        // a title-like line near a page copy's article: its headline or not
        new Spec(PageRegionRule.TITLE_MODEL, PageRegionRule.TITLE_FEATURES,
            label -> label == null ? null : label.equals("title") ? 1 : 0, 1.0));
  }

  /** One annotated document of a source. */
  record Doc(String source, Path goldFile, Map<String, Object> gold, List<SourceLine> lines) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TrainModels() {}

  static Path shared() {
    return Path.of(System.getProperty("vnnews.shared", "../shared"));
  }

  static Path basedir() {
    return Path.of(System.getProperty("vnnews.basedir", "."));
  }

  /**
   * The annotated plain-text documents the models learn from.
   *
   * @param exclude a source to leave out, or null
   * @return the documents
   */
  static List<Doc> documents(String exclude) throws IOException {
    List<Doc> out = new ArrayList<>();
    Map<String, Path[]> sources = new LinkedHashMap<>();
    sources.put("seeds", new Path[] {shared().resolve("gold/seeds"), basedir().resolve("seeds")});
    sources.put("dev", new Path[] {shared().resolve("gold/dev"), shared().resolve("corpus/dev")});
    Path tsv = basedir().resolve("eval/sources.tsv");
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 4 || f[0].equals("source")) {
          continue;
        }
        if (f[1].equals("text") && f[3].equals("dev")) {
          Path d = basedir().resolve("eval/text").resolve(f[0]);
          sources.put(f[0], new Path[] {d.resolve("gold"), d.resolve("input")});
        }
      }
    }
    for (Map.Entry<String, Path[]> s : sources.entrySet()) {
      if (s.getKey().equals(exclude) || !Files.isDirectory(s.getValue()[0])) {
        continue;
      }
      out.addAll(load(s.getKey(), s.getValue()[0], s.getValue()[1]));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Doc> load(String source, Path goldDir, Path inputDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Options options = sourceOptions(inputDir.getParent().resolve("options"));
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      Map<String, Object> gold = JSON.readValue(f.toFile(), Map.class);
      String name = (String) gold.get("file");
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        continue;
      }
      int index = gold.get("index") == null ? 0 : ((Number) gold.get("index")).intValue();
      Path input = inputDir.resolve(name);
      List<IngestError> errors = new ArrayList<>();
      try (InputStream in = Files.newInputStream(input);
          DocumentReader r = DocumentReader.open(input.toString(), in, options.loaderConfig(),
              (b, n) -> null, errors::add)) {
        List<RawDocument> raw = DocumentReader.readAll(r);
        if (index < raw.size()) {
          docs.add(new Doc(source, f, gold, raw.get(index).lines()));
        }
      }
    }
    return docs;
  }

  /** The options of a source's {@code options} file that matter to the loader. */
  private static Options sourceOptions(Path file) throws IOException {
    Options.Builder b = Options.builder();
    if (Files.exists(file)) {
      List<String> args = shellWords(Files.readString(file, StandardCharsets.UTF_8).strip());
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).equals("--delimiter")) {
          b.delimiter(args.get(i + 1));
        } else if (args.get(i).equals("--delimiter-regex")) {
          b.delimiterRegex(args.get(i + 1));
        }
      }
    }
    return b.build();
  }

  private static List<String> shellWords(String s) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)")
        .matcher(s);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  /** The examples of one model: feature vectors, answers, and where each came from. */
  record Examples(List<double[]> x, List<Integer> y, List<String> where) {}

  /**
   * Runs the normaliser over the documents and collects every candidate a learned rule scored,
   * with the gold's answer for it.
   */
  static Map<String, Examples> examples(List<Doc> docs, List<Spec> specs) {
    Map<String, Spec> byName = new LinkedHashMap<>();
    Map<String, Examples> out = new LinkedHashMap<>();
    for (Spec s : specs) {
      byName.put(s.resource(), s);
      out.put(s.resource(), new Examples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }
    TextNormalizer normalizer = new TextNormalizer();
    for (Doc d : docs) {
      Map<Integer, String> clean = new TreeMap<>();
      for (SourceLine l : d.lines()) {
        String c = Draft.clean(l.text(), new java.util.BitSet());
        if (!c.isEmpty()) {
          clean.put(l.number(), c);
        }
      }
      GoldAlignment align = new GoldAlignment(d.gold(), clean);
      normalizer.normalize(d.lines(), Boilerplate.NONE, Integer.MAX_VALUE, (model, x, line, text, start, end) -> {
        Spec s = byName.get(model);
        if (s == null) {
          return;
        }
        Integer y = s.answer().apply(align.majority(line, text, start, end));
        if (y != null) {
          Examples e = out.get(model);
          e.x().add(x);
          e.y().add(y);
          e.where().add(d.goldFile().getFileName() + ":" + line + ":" + y + ": "
              + text.substring(start, Math.min(end, start + 100)));
        }
      });
    }
    return out;
  }

  /**
   * Entry point.
   *
   * @param args {@code [--exclude SOURCE] [--out DIR] [--report]}
   */
  public static void main(String[] args) throws IOException {
    String exclude = null;
    Path out = basedir().resolve("src/main/resources/io/github/vnnews/internal/normalize");
    boolean report = false;
    boolean dump = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--exclude" -> exclude = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--report" -> report = true;
        case "--dump" -> dump = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Doc> docs = documents(exclude);
    Map<String, Integer> perSource = new TreeMap<>();
    docs.forEach(d -> perSource.merge(d.source(), 1, Integer::sum));
    List<Spec> specs = specs();
    Map<String, Examples> ex = examples(docs, specs);
    for (Spec s : specs) {
      Examples e = ex.get(s.resource());
      int[] y = e.y().stream().mapToInt(Integer::intValue).toArray();
      int pos = (int) e.y().stream().filter(v -> v == 1).count();
      LogisticTrainer.Fit fit = LogisticTrainer.fit(e.x(), y, null, s.lambda());
      List<String> header = List.of(
          "Learned weights of " + s.resource() + " (LinearModel); do not edit by hand.",
          "Trained " + LocalDate.now() + " by io.github.vnnews.internal.normalize.TrainModels"
              + (exclude == null ? "" : " --exclude " + exclude) + ", L2 " + s.lambda() + ", "
              + fit.steps() + " Newton steps,",
          "on " + y.length + " candidates (" + pos + " positive) from " + docs.size()
              + " gold documents: " + perSource);
      LogisticTrainer.write(out.resolve(s.resource()), s.features(), fit, header);
      if (dump) {
        for (int i = 0; i < y.length; i++) {
          StringBuilder xs = new StringBuilder();
          for (int j = 0; j < s.features().size(); j++) {
            if (e.x().get(i)[j] != 0) {
              xs.append(' ').append(s.features().get(j)).append('=').append(
                  String.format(java.util.Locale.ROOT, "%.2f", e.x().get(i)[j]));
            }
          }
          System.out.println("EX\t" + y[i] + "\t" + e.where().get(i) + "\t" + xs);
        }
      }
      if (report) {
        int right = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
          double mg = fit.bias();
          for (int j = 0; j < fit.weights().length; j++) {
            mg += fit.weights()[j] * e.x().get(i)[j];
          }
          boolean yes = mg > 0;
          tp += yes && y[i] == 1 ? 1 : 0;
          fp += yes && y[i] == 0 ? 1 : 0;
          fn += !yes && y[i] == 1 ? 1 : 0;
          if (yes == (y[i] == 1)) {
            right++;
          } else {
            System.out.println("  miss " + s.resource() + " p=" + String.format(
                java.util.Locale.ROOT, "%.2f", 1 / (1 + Math.exp(-mg))) + " " + e.where().get(i));
          }
        }
        for (double th : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
          int a = 0;
          int b = 0;
          for (int i = 0; i < y.length; i++) {
            double mg = fit.bias();
            for (int j = 0; j < fit.weights().length; j++) {
              mg += fit.weights()[j] * e.x().get(i)[j];
            }
            if (1 / (1 + Math.exp(-mg)) >= th) {
              a += y[i];
              b += 1 - y[i];
            }
          }
          System.out.printf(java.util.Locale.ROOT, "  at %.1f: %d true, %d false positives%n",
              th, a, b);
        }
        System.out.printf(java.util.Locale.ROOT,
            "%s: %d/%d right on the training set (true positives %d, false positives %d,"
                + " false negatives %d)%n", s.resource(), right, y.length, tp, fp, fn);
      }
    }
  }
}
