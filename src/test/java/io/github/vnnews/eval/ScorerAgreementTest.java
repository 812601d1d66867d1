package io.github.vnnews.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks {@link GoldScorer} against the real {@code score.py}: the normaliser's output is
 * written as JSON Lines in the export schema next to a copy of the scored gold files, the script
 * is run, and both summaries must agree. Skipped without {@code ../shared} or {@code python3}.
 */
class ScorerAgreementTest {
  private static final Pattern METRIC = Pattern.compile("(lineAccuracy|bodyF1|captionRecall|leaks|meta)=([\\d.]+)");

  @ParameterizedTest
  @ValueSource(strings = {"seeds", "dev"})
  void javaPortAgreesWithScorePy(String set, @TempDir Path tmp) throws Exception {
    Path shared = GoldCorpus.shared();
    Path script = shared.resolve("eval/score.py");
    assumeTrue(Files.isRegularFile(script), "score.py not present");
    Path gold = shared.resolve("gold").resolve(set);
    Path input = set.equals("seeds") ? GoldCorpus.basedir().resolve("seeds")
        : shared.resolve("corpus/dev");
    List<GoldCorpus.Doc> docs = GoldCorpus.load(gold, input);
    Path goldCopy = Files.createDirectories(tmp.resolve("gold"));
    StringBuilder jsonl = new StringBuilder();
    for (GoldCorpus.Doc d : docs) {
      jsonl.append(GoldCorpus.JSON.writeValueAsString(GoldCorpus.exportRecord(d))).append('\n');
      Files.copy(d.goldFile(), goldCopy.resolve(d.goldFile().getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Path out = tmp.resolve("out.jsonl");
    Files.writeString(out, jsonl.toString(), StandardCharsets.UTF_8);
    String python = run(tmp, "python3", script.toString(), goldCopy.toString(), out.toString());
    String java = GoldCorpus.score(docs).summary();
    assertThat(metrics(java)).as(python).isEqualTo(metrics(python));
  }

  private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 not available");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static String metrics(String summary) {
    StringBuilder sb = new StringBuilder();
    Matcher m = METRIC.matcher(summary);
    while (m.find()) {
      sb.append(m.group(1)).append('=').append(m.group(2)).append(' ');
    }
    return sb.toString().strip();
  }
}
