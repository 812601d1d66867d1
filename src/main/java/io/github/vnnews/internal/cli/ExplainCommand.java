package io.github.vnnews.internal.cli;

import io.github.vnnews.Corpus;
import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.IngestError;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.internal.BoilerplateSample;
import io.github.vnnews.internal.normalize.Boilerplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code vnnews explain FILE}: every line of a file with its label and the rule that decided. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every input line of a file with the label it got (title, body, caption, byline,",
      "dateline, chrome), the kind of removed text and the rule that decided, then the metadata."
    })
final class ExplainCommand implements Callable<Integer> {
  private static final int MAX_TEXT = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to explain.")
  Path file;

  @Option(names = "--index", paramLabel = "N", description = "Only the article with this 0-based index in the file.")
  Integer index;

  @Option(names = "--full", description = "Print whole lines instead of cutting them at " + MAX_TEXT + " characters.")
  boolean full;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long[] errors = new long[1];
    IngestListener listener =
        new IngestListener() {
          @Override
          public void rejected(IngestError e) {
            errors[0]++;
            err.println("vnnews: " + e.message());
          }
        };
    Options options;
    try {
      options = common.toOptions();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (index != null && index < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--index must be 0 or more, not " + index);
    }
    int found = 0;
    int seen = 0;
    Normalizer normalizer = Normalizer.defaults();
    // what ingest learns from the same file
    Boilerplate boilerplate = options.learnBoilerplate() ? BoilerplateSample.learn(file, options) : Boilerplate.NONE;
    try (Corpus corpus = Corpus.read(List.of(file), options, normalizer, listener)) {
      Iterator<RawDocument> docs = corpus.documents();
      while (docs.hasNext()) {
        RawDocument doc = docs.next();
        seen++;
        if (index != null && doc.index() != index) {
          continue;
        }
        found++;
        Extraction x;
        try {
          x = normalizer.explain(doc, options.maxPieces(), boilerplate);
        } catch (RuntimeException e) { // a limit passed (or a bug): this article's error, not the run's
          errors[0]++;
          err.println("vnnews: " + doc.path() + ": article " + doc.index() + " (lines " + doc.startLine()
              + "-" + doc.endLine() + "): " + e.getMessage());
          continue;
        }
        out.printf(Locale.ROOT, "# %s article %d (lines %d-%d, %s, %s)%n",
            doc.path(), doc.index(), doc.startLine(), doc.endLine(), doc.format(), doc.encoding());
        for (Decision d : x.decisions()) {
          String label = d.label().name().toLowerCase(Locale.ROOT)
              + (d.kind() == null ? "" : "/" + d.kind().jsonName());
          out.printf(Locale.ROOT, "%5d%s %-22s %-24s %s%n",
              d.line(), d.inline() ? "+" : " ", label, d.rule(), cut(d.text()));
        }
        out.printf(Locale.ROOT, "  title:        %s%n", x.title());
        out.printf(Locale.ROOT, "  publishedAt:  %s%n", x.publishedAt());
        out.printf(Locale.ROOT, "  pageClock:    %s%n", x.pageClock());
        out.printf(Locale.ROOT, "  author:       %s%n", x.author());
        out.printf(Locale.ROOT, "  sourceOutlet: %s%n", x.sourceOutlet());
        out.printf(Locale.ROOT, "  outletTag:    %s%n", x.outletTag());
        out.printf(Locale.ROOT, "  paragraphs=%d captions=%d removed=%d%n",
            x.paragraphs().size(), x.captions().size(), x.removed().size());
      }
    }
    out.flush();
    if (index != null && found == 0) {
      err.println("vnnews: " + file + " has " + Plural.of(seen, "article")
          + (seen == 0 ? "" : seen == 1 ? " (index 0)" : " (indices 0 to " + (seen - 1) + ")")
          + ": --index " + index + " is out of range");
      err.flush();
      return Main.USAGE;
    }
    return errors[0] == 0 ? Main.OK : Main.REJECTED;
  }

  private String cut(String s) {
    if (full || s.length() <= MAX_TEXT) {
      return s;
    }
    return s.substring(0, MAX_TEXT) + "…";
  }
}
