package io.github.vnnews.cli;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.IngestError;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnnews ingest PATH... [-o OUT]}: reads a corpus and writes its articles as JSON. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads files, directories (recursively), .gz files, web archives (WARC, .warc.gz, ARC) and",
      "standard input (-), splits multi-article files on delimiter lines, normalises every article",
      "and writes JSON.",
      "Exit status: 0 all inputs read, 1 some inputs rejected (the rest still written), 2 usage error."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = {"Output file (default: standard output). Written atomically: a temporary file moved into place.",
          "A name ending in .gz (out.jsonl.gz) is written gzip-compressed."})
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl (one article a line) or json (one array). Default: json when the output ends in .json, else jsonl.")
  String format;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write every rejected input (path, line, byteOffset, kind, message) to FILE as JSON Lines.")
  Path errorsFile;

  @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error.")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = {"Normalise on N threads (default: the number of processors, here ${DEFAULT-VALUE}).",
          "The output is the same, byte for byte, whatever N; 1 is fully sequential."})
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin CommonOptions common;

  @Mixin CleanOptions clean;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Options options;
    ArticleJsonWriter.Format fmt;
    try {
      options = common.toOptions();
      clean.filter();
      clean.dedupOptions();
      fmt = format(format, output);
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    long started = System.nanoTime();
    List<IngestError> errors = new ArrayList<>();
    Progress progress = Progress.create(err, quiet);
    IngestListener listener =
        new IngestListener() {
          @Override
          public void fileStarted(String path, long sizeBytes) {
            progress.file(sizeBytes);
          }

          @Override
          public void article(Article article) {
            progress.article();
          }

          @Override
          public void rejected(IngestError error) {
            errors.add(error);
            if (!quiet) {
              progress.clear();
              err.println("vnnews: " + error.message());
              err.flush();
            }
          }
        };
    long articles;
    long files;
    java.util.Map<io.github.vnnews.SkipReason, Long> skipped;
    String exportSummary;
    AtomicOutput errorsOut = errorsFile == null ? null : AtomicOutput.open(errorsFile, null);
    OutputStream errorStream = errorsOut == null ? null : new BufferedOutputStream(errorsOut.stream());
    try (Corpus corpus = open(options, listener).parallel(threads);
        AtomicOutput out = AtomicOutput.open(output, spec.commandLine().getOut())) {
      try (ArticleJsonWriter writer = ArticleJsonWriter.of(out.stream(), fmt);
          Export export = new Export(clean, writer, d -> {
            if (errorStream != null) {
              ArticleJsonWriter.writeDropped(errorStream, d);
            }
          })) {
        // filtered, encoded and signed on the worker threads, written here in input order
        corpus.articles(export::prepare).forEach(export::accept);
        export.finish(threads);
        articles = writer.count();
        exportSummary = export.summary();
      }
      files = corpus.fileCount();
      skipped = corpus.skipped();
      out.commit();
    } catch (IOException | RuntimeException e) {
      if (errorsOut != null) {
        errorsOut.close();
      }
      throw e;
    }
    if (errorsOut != null) {
      try (AtomicOutput eo = errorsOut) {
        for (IngestError e : errors) {
          ArticleJsonWriter.writeError(errorStream, e);
        }
        errorStream.flush();
        eo.commit();
      }
    }
    progress.clear();
    if (!quiet) {
      double secs = (System.nanoTime() - started) / 1e9;
      err.printf(Locale.ROOT, "vnnews: %d articles from %d files, %d rejected%s%s, %.2f s%n",
          articles, files, errors.size(), skippedSummary(skipped), exportSummary, secs);
      err.flush();
    }
    return errors.isEmpty() ? 0 : 1;
  }

  /**
   * The web-archive records skipped, by reason: {@code ", 12 records skipped (8 request, 3
   * redirect, 1 notHtml)"}; empty when none was.
   */
  static String skippedSummary(java.util.Map<io.github.vnnews.SkipReason, Long> skipped) {
    if (skipped.isEmpty()) {
      return "";
    }
    long total = 0;
    StringBuilder by = new StringBuilder();
    for (var e : skipped.entrySet()) {
      total += e.getValue();
      by.append(by.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().jsonName());
    }
    return ", " + total + (total == 1 ? " record" : " records") + " skipped (" + by + ")";
  }

  private Corpus open(Options options, IngestListener listener) {
    if (paths.size() == 1 && paths.get(0).equals("-")) {
      return Corpus.read("-", System.in, options, listener);
    }
    if (paths.contains("-")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) cannot be mixed with paths");
    }
    List<Path> ps = new ArrayList<>();
    for (String p : paths) {
      ps.add(Path.of(p));
    }
    return Corpus.read(ps, options, Normalizer.defaults(), listener);
  }

  static ArticleJsonWriter.Format format(String format, Path output) {
    if (format == null) {
      String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean array = name.endsWith(".json") || name.endsWith(".json.gz");
      return array ? ArticleJsonWriter.Format.ARRAY : ArticleJsonWriter.Format.JSON_LINES;
    }
    switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl":
      case "ndjson":
        return ArticleJsonWriter.Format.JSON_LINES;
      case "json":
        return ArticleJsonWriter.Format.ARRAY;
      default:
        throw new IllegalArgumentException("unknown format '" + format + "' (jsonl or json)");
    }
  }
}
