package io.github.vnnews.eval;

import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.internal.normalize.TextNormalizer;
import java.io.IOException;
import java.nio.file.Path;

/** Prints the decisions of the normaliser for files (a debugging aid for rule work). */
public final class ExplainDump {
  private ExplainDump() {}

  /**
   * Entry point.
   *
   * @param args input files
   * @throws IOException on I/O errors
   */
  public static void main(String[] args) throws IOException {
    for (String a : args) {
      Extraction e = new TextNormalizer().normalize(GoldCorpus.readLines(Path.of(a)));
      System.out.println("== " + a + " title=" + e.title() + " author=" + e.author() + " pub="
          + e.publishedAt() + " tag=" + e.outletTag() + " src=" + e.sourceOutlet());
      for (Decision d : e.decisions()) {
        String t = d.text();
        System.out.println("  " + d.line() + " " + d.label() + " " + d.kind() + " " + d.rule()
            + (d.inline() ? " inline" : "") + " | "
            + (t.length() > 160 ? t.substring(0, 70) + " ... " + t.substring(t.length() - 70) : t));
      }
      e.captions().forEach(c -> System.out.println("  CAP " + c));
    }
  }
}
