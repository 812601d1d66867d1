package io.github.vnnews.internal.cli;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.DedupMode;
import io.github.vnnews.IngestError;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.internal.load.InputWalker;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vnnews ingest PATH... [-o OUT]}: reads a corpus and writes its articles as JSON. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads files, directories (recursively), .gz files, web archives (WARC, .warc.gz, ARC) and",
      "standard input (-), splits multi-article files on delimiter lines, normalises every article",
      "and writes JSON.",
      "Exit status: 0 all inputs read, 1 some inputs rejected (the rest still written),",
      "2 usage error (nothing read), 3 writing an output failed, 4 internal error,",
      "141 standard output closed by its reader; 130/143 interrupted (outputs left as they were)."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where articles go when the output is standard output (set by {@link Main}). */
  OutputStream stdout = System.out;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = {"Output file; - or none: standard output. Written atomically (a temporary file moved into",
          "place, keeping the file's permissions); a link is written through to its target, a FIFO or",
          "device written into, never replaced; a name ending in .gz (out.jsonl.gz) is gzip. Checked before reading."})
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl (one article a line) or json (one array). Default: json when the output ends in .json (or .json.gz), else jsonl.")
  String format;

  @Option(names = "--errors", paramLabel = "FILE",
      description = {"Write every rejected input (path, line, byteOffset, kind, message) to FILE as JSON Lines, as it",
          "happens (atomically, like -o); articles left out by --dedup drop or a quality filter follow, with",
          "their cluster or check."})
  String errorsFile;

  @Option(names = {"-q", "--quiet"}, description = "No summary, progress or warnings on standard error.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Also list on standard error each file of a directory left out because it is not an article file (see --all-files).")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N",
      description = {"Normalise on N threads (default: the number of processors, here ${DEFAULT-VALUE}; at most",
          "4 per processor, and 64 on any machine). The output is the same, byte for byte, whatever N;",
          "1 is fully sequential."})
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin CommonOptions common;

  @Mixin CleanOptions clean;

  /** The most threads: a few per processor, and never fewer than 64. */
  static int maxThreads() {
    return Math.max(64, 4 * Runtime.getRuntime().availableProcessors());
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet && !InputWalker.fileNamesAreUtf8()) {
      err.println("vnnews: warning: this JVM decodes file names as " + System.getProperty("sun.jnu.encoding")
          + " (from LANG/LC_ALL), so paths outside ASCII given on the command line may not be found;"
          + " run under a UTF-8 locale (LC_ALL=C.UTF-8). Names inside directories are read from their bytes.");
      err.flush();
    }
    Options options;
    ArticleJsonWriter.Format fmt;
    List<Path> inputs = new ArrayList<>();
    boolean stdin = paths.size() == 1 && paths.get(0).equals("-");
    try {
      options = common.toOptions();
      clean.filter();
      clean.dedupOptions();
      if (clean.mode() != DedupMode.OFF) {
        Path t = clean.tempDir();
        if (!Files.isDirectory(t) || !Files.isWritable(t)) {
          throw new IllegalArgumentException("--temp-dir: " + t + " is not a writable directory (--dedup "
              + clean.mode().toString().toLowerCase(Locale.ROOT) + " spills there)");
        }
      }
      fmt = format(format, output);
      if (threads < 1 || threads > maxThreads()) {
        throw new IllegalArgumentException("--threads must be between 1 and " + maxThreads() + ", not " + threads);
      }
      if (!stdin) {
        for (String p : paths) {
          if (p.equals("-")) {
            throw new IllegalArgumentException("- (standard input) cannot be mixed with paths");
          }
          inputs.add(Path.of(p));
        }
      }
    } catch (IllegalArgumentException e) { // InvalidPathException too
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    AtomicOutput out = null;
    AtomicOutput errorsOut = null;
    try {
      out = AtomicOutput.prepare("-o", output, inputs, stdout, OWN_ARTICLES);
      if (errorsFile != null) {
        boolean bothStdout = errorsFile.equals("-") && (output == null || output.equals("-"));
        if (bothStdout || (output != null && !output.equals("-") && !errorsFile.equals("-")
            && sameTarget(output, errorsFile))) {
          throw new AtomicOutput.Refused("--errors: " + errorsFile + " is also the output (-o)");
        }
        errorsOut = AtomicOutput.prepare("--errors", errorsFile, inputs, stdout, OWN_ERRORS);
      }
    } catch (AtomicOutput.Refused e) {
      closeQuietly(out);
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<Path> own = new ArrayList<>();
    for (AtomicOutput o : new AtomicOutput[] {out, errorsOut}) {
      if (o != null && o.file() != null) {
        own.add(o.file());
      }
    }
    options = options.toBuilder().ignore(own).maxKeptErrors(0).build();
    try (AtomicOutput o = out; AtomicOutput eo = errorsOut) {
      return ingest(options, fmt, o, eo, err);
    } catch (AtomicOutput.WriteFailed e) {
      return writeFailed(e, err);
    } catch (RuntimeException e) {
      AtomicOutput.WriteFailed wf = writeFailure(e);
      if (wf == null) {
        throw e;
      }
      return writeFailed(wf, err);
    }
  }

  private int ingest(Options options, ArticleJsonWriter.Format fmt, AtomicOutput out, AtomicOutput errorsOut,
      PrintWriter err) throws IOException {
    long started = System.nanoTime();
    long[] rejected = new long[1];
    List<String> skippedFiles = new ArrayList<>();
    long[] skippedFileCount = new long[1];
    Progress progress = Progress.create(err, quiet);
    if (progress.enabled()) {
      totalSize(options, progress);
    }
    OutputStream errorStream = errorsOut == null ? null : errorsOut.stream();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void fileStarted(String path, long sizeBytes) {
            progress.draw();
          }

          @Override
          public void fileSkipped(String path) {
            skippedFileCount[0]++;
            if (verbose && !quiet) {
              progress.clear();
              err.println("vnnews: skipped " + path + " (not an article file; --all-files reads it)");
              err.flush();
            }
          }

          @Override
          public void article(Article article) {
            progress.article();
          }

          @Override
          public void rejected(IngestError error) {
            rejected[0]++;
            progress.rejected();
            if (errorStream != null) {
              ArticleJsonWriter.writeError(errorStream, error);
            }
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
    try (Corpus corpus = open(options, listener).parallel(threads)) {
      progress.bytesRead(corpus::bytesRead);
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
    }
    out.commit();
    if (errorsOut != null) {
      errorsOut.commit();
    }
    progress.clear();
    if (!quiet) {
      double secs = (System.nanoTime() - started) / 1e9;
      err.printf(Locale.ROOT, "vnnews: %s from %s, %d rejected%s%s%s, %.2f s%n",
          Plural.of(articles, "article"), Plural.of(files, "file"), rejected[0], skippedSummary(skipped),
          skippedFilesSummary(skippedFileCount[0], verbose), exportSummary, secs);
      err.flush();
    }
    return rejected[0] == 0 ? Main.OK : Main.REJECTED;
  }

  /**
   * The files of directories left out for their name: {@code ", 2 other files skipped (--verbose
   * lists them)"}; empty when none was.
   */
  static String skippedFilesSummary(long n, boolean verbose) {
    if (n == 0) {
      return "";
    }
    return ", " + Plural.of(n, "other file") + " skipped" + (verbose ? "" : n == 1 ? " (--verbose lists it)" : " (--verbose lists them)");
  }

  /**
   * Sums the sizes of the files the run will read, on a thread of its own (the same walk as the
   * corpus's, without its error reports), and hands the total to the progress display.
   */
  private void totalSize(Options options, Progress progress) {
    if (paths.size() == 1 && paths.get(0).equals("-")) {
      return;
    }
    List<Path> ps = new ArrayList<>();
    for (String p : paths) {
      ps.add(Path.of(p));
    }
    Thread t = new Thread(() -> {
      InputWalker w = new InputWalker(ps, options.include(), options.exclude(), options.followLinks(),
          options.ignore(), e -> { }, options.allFiles(), p -> { });
      long sum = 0;
      while (w.hasNext()) {
        try {
          sum += java.nio.file.Files.size(w.next());
        } catch (IOException | RuntimeException e) {
          // a file that cannot be sized is the corpus's error to report; the total goes without it
        }
      }
      progress.total(sum);
    }, "vnnews-progress-total");
    t.setDaemon(true);
    t.start();
  }

  /** The write failure behind an exception (Jackson's, the listener's, the stream's), or null. */
  private static AtomicOutput.WriteFailed writeFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AtomicOutput.WriteFailed wf) {
        return wf;
      }
    }
    return null;
  }

  private int writeFailed(AtomicOutput.WriteFailed e, PrintWriter err) {
    if (e.closedPipe()) {
      return Main.CLOSED_PIPE; // the reader has all it wanted: stop quietly, like SIGPIPE
    }
    err.println("vnnews: cannot write " + e.output() + " (" + AtomicOutput.reason(e.getCause())
        + "); the run stopped and no output file was replaced");
    err.flush();
    return Main.OUTPUT_FAILED;
  }

  /** How this program's article output starts (JSON Lines, or an array). */
  private static final List<String> OWN_ARTICLES = List.of("{\"schemaVersion\":", "[{\"schemaVersion\":", "[]");
  /** How this program's error report starts. */
  private static final List<String> OWN_ERRORS = List.of("{\"path\":");

  private static boolean sameTarget(String a, String b) {
    try {
      Path pa = Path.of(a);
      Path pb = Path.of(b);
      return pa.toAbsolutePath().normalize().equals(pb.toAbsolutePath().normalize())
          || (java.nio.file.Files.exists(pa) && java.nio.file.Files.exists(pb) && isSame(pa, pb));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static boolean isSame(Path a, Path b) {
    try {
      return java.nio.file.Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(AtomicOutput o) {
    if (o != null) {
      try {
        o.close();
      } catch (IOException e) {
        // refusing already: that is the error reported
      }
    }
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
    List<Path> ps = new ArrayList<>();
    for (String p : paths) {
      ps.add(Path.of(p));
    }
    return Corpus.read(ps, options, Normalizer.defaults(), listener);
  }

  static ArticleJsonWriter.Format format(String format, String output) {
    if (format == null) {
      String name = output == null ? "" : output.toLowerCase(Locale.ROOT);
      if (name.endsWith(".gz")) {
        name = name.substring(0, name.length() - 3);
      }
      return name.endsWith(".json") ? ArticleJsonWriter.Format.ARRAY : ArticleJsonWriter.Format.JSON_LINES;
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
