package io.github.vnnews.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the normaliser's output for a gold set as JSON Lines in the export schema, and copies the
 * plain-text gold files next to it, so that {@code score.py GOLD_COPY OUT.jsonl} can cross-check
 * {@link GoldScorer}.
 *
 * <p>Usage: {@code ScoreDump GOLD_DIR INPUT_DIR OUT_DIR}; prints the Java scorer's summary.
 */
public final class ScoreDump {
  private ScoreDump() {}

  /**
   * Entry point.
   *
   * @param args gold folder, input folder, output folder
   * @throws IOException on I/O errors
   */
  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    Path input = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out.resolve("gold"));
    List<GoldCorpus.Doc> docs = GoldCorpus.load(gold, input);
    StringBuilder sb = new StringBuilder();
    for (GoldCorpus.Doc d : docs) {
      sb.append(GoldCorpus.JSON.writeValueAsString(GoldCorpus.exportRecord(d))).append('\n');
      Files.copy(d.goldFile(), out.resolve("gold").resolve(d.goldFile().getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(out.resolve("out.jsonl"), sb.toString(), StandardCharsets.UTF_8);
    GoldScorer.Totals t = GoldCorpus.score(docs);
    System.out.print(t.report);
    System.out.println(t.summary());
  }
}
