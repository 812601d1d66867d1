package io.github.vnnews.internal.cli;

import io.github.vnnews.Article;
import io.github.vnnews.internal.report.CorpusReport;
import io.github.vnnews.internal.report.ReportHtml;
import io.github.vnnews.internal.report.ReportText;
import io.github.vnnews.json.ArticleJsonReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vnnews report OUT.jsonl... [--html FILE]}: what an export holds, as text and a page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reads exports of ingest (JSON Lines or a JSON array, .gz too, - for standard input) and prints",
      "counts by removed kind, caption, author and date coverage, languages, duplicate clusters and",
      "their sizes, the distribution of each quality signal and the share flagged by FineWeb-2's",
      "Vietnamese thresholds. --html also writes them as one static page with charts (no network).",
      "Exit status: 0 every input read, 1 an input could not be read to its end (the report covers",
      "what was read), 2 usage error, 3 writing the page failed."
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard output's bytes, for an {@code --html -} (set by {@link Main}). */
  OutputStream stdout = System.out;

  @Parameters(arity = "1..*", paramLabel = "EXPORT", description = "Files written by ingest; - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the report as a static HTML page with charts (atomically, like ingest -o).")
  String html;

  /** How this command's page starts (an earlier report may be replaced, nothing else). */
  static final List<String> OWN_PAGE = List.of("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>vnnews report");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = new ArrayList<>();
    boolean stdin = inputs.size() == 1 && inputs.get(0).equals("-");
    try {
      if (!stdin) {
        for (String p : inputs) {
          if (p.equals("-")) {
            throw new IllegalArgumentException("- (standard input) cannot be mixed with paths");
          }
          paths.add(Path.of(p));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    AtomicOutput page = null;
    if (html != null) {
      if (html.equals("-")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--html: standard output already carries the text report; name a file");
      }
      try {
        page = AtomicOutput.prepare("--html", html, paths, stdout, OWN_PAGE);
      } catch (AtomicOutput.Refused e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    CorpusReport report = new CorpusReport();
    int failed = 0;
    if (stdin) {
      failed += read("standard input", System.in, report, err);
    } else {
      for (Path p : paths) {
        try (InputStream in = Files.newInputStream(p)) {
          failed += read(p.toString(), in, report, err);
        } catch (IOException e) {
          err.println("vnnews: " + p + ": cannot read: " + AtomicOutput.reason(e));
          failed++;
        }
      }
    }
    CorpusReport.Summary summary = report.summary();
    ReportText.write(summary, out);
    if (page != null) {
      try (AtomicOutput o = page) {
        Writer w = new OutputStreamWriter(o.stream(), StandardCharsets.UTF_8);
        ReportHtml.write(summary, stdin ? "standard input" : String.join(", ", inputs), w);
        w.flush();
        o.commit();
      } catch (AtomicOutput.WriteFailed e) {
        err.println("vnnews: cannot write " + e.output() + " (" + AtomicOutput.reason(e.getCause()) + ")");
        err.flush();
        return Main.OUTPUT_FAILED;
      }
    }
    err.flush();
    return failed == 0 ? Main.OK : Main.REJECTED;
  }

  /** Adds one export's articles; 1 when it could not be read to its end (said on err), else 0. */
  private static int read(String name, InputStream raw, CorpusReport report, PrintWriter err) {
    long n = 0;
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      InputStream s = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
      ArticleJsonReader r = ArticleJsonReader.of(s);
      while (r.hasNext()) {
        Article a = r.next();
        report.add(a);
        n++;
      }
      return 0;
    } catch (IOException e) { // a damaged .gz
      err.println("vnnews: " + name + ": cannot read on after " + n + " articles: " + AtomicOutput.reason(e));
      return 1;
    } catch (RuntimeException e) { // Jackson's parse errors carry the line and column
      err.println("vnnews: " + name + ": not an export of vnnews after " + n + " articles: " + e.getMessage());
      return 1;
    }
  }
}
