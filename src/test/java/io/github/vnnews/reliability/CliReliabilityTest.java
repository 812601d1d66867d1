package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.internal.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line over bad inputs: exit status 1, the {@code --errors} report, complete output
 * for the good inputs, and byte-identical output across runs.
 */
class CliReliabilityTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** The result of one in-process run. */
  private record Cli(int status, String out, String err) {}

  private static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Cli(status, out.toString(), err.toString());
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private Path corpusWithBadFiles() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Ingest.addGoodFiles(in);
    Files.write(in.resolve("a-empty.txt"), new byte[0]);
    Files.write(in.resolve("z-binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1});
    return in;
  }

  @Test
  void rejectedInputsGiveExitStatusOneAndAnErrorReport() throws IOException {
    Path in = corpusWithBadFiles();
    Path out = dir.resolve("out.jsonl");
    Path errors = dir.resolve("errors.jsonl");

    Cli run = cli("ingest", in.toString(), "-o", out.toString(), "--errors", errors.toString());

    assertThat(run.status()).isEqualTo(1);
    List<JsonNode> reported = jsonLines(errors);
    assertThat(reported).hasSize(2);
    JsonNode empty = reported.get(0);
    assertThat(empty.get("path").asString()).isEqualTo(in.resolve("a-empty.txt").toString());
    assertThat(empty.get("line").isNull()).isTrue();
    assertThat(empty.get("byteOffset").isNull()).isTrue();
    assertThat(empty.get("kind").asString()).isEqualTo("empty");
    assertThat(empty.get("message").asString()).isEqualTo(in.resolve("a-empty.txt") + ": empty file (no bytes)");
    JsonNode binary = reported.get(1);
    assertThat(binary.get("path").asString()).isEqualTo(in.resolve("z-binary.txt").toString());
    assertThat(binary.get("line").isNull()).isTrue();
    assertThat(binary.get("byteOffset").asLong()).isEqualTo(6);
    assertThat(binary.get("kind").asString()).isEqualTo("binary");
    assertThat(binary.get("message").asString())
        .isEqualTo(in.resolve("z-binary.txt") + ": byte offset 6: binary content (NUL byte at byte offset 6)");
    assertThat(run.err()).contains("vnnews: " + in.resolve("a-empty.txt") + ": empty file (no bytes)")
        .contains("2 articles from 4 files, 2 rejected");

    List<JsonNode> articles = jsonLines(out);
    assertThat(articles).extracting(a -> a.get("source").get("path").asString())
        .containsExactly("in/" + Ingest.GOOD_1, "in/" + Ingest.GOOD_2); // relative to the input root
    assertThat(listing(dir)).containsExactly("errors.jsonl", "in", "out.jsonl"); // no temporary files left
  }

  @Test
  void cleanRunExitsZeroWithAnEmptyErrorReport() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Ingest.addGoodFiles(in);
    Path errors = dir.resolve("errors.jsonl");

    Cli run = cli("ingest", in.toString(), "-o", dir.resolve("out.jsonl").toString(), "--errors", errors.toString(), "-q");

    assertThat(run.status()).isZero();
    assertThat(Files.size(errors)).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void usageErrorExitsTwoAndWritesNothing() throws IOException {
    Path out = dir.resolve("out.jsonl");

    Cli run = cli("ingest", dir.toString(), "-o", out.toString(), "--max-line-length", "3");

    assertThat(run.status()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    Path in = corpusWithBadFiles();
    Path seeds = Path.of(System.getProperty("vnnews.basedir", "."), "seeds");
    List<String> args = new ArrayList<>(List.of("ingest", in.toString()));
    if (Files.isDirectory(seeds)) {
      args.add(seeds.toString());
    }
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Path firstErrors = dir.resolve("first-errors.jsonl");
    Path secondErrors = dir.resolve("second-errors.jsonl");

    cli(concat(args, "-o", first.toString(), "--errors", firstErrors.toString(), "-q"));
    cli(concat(args, "-o", second.toString(), "--errors", secondErrors.toString(), "-q"));

    assertThat(Files.size(first)).isPositive();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(secondErrors)).isEqualTo(Files.readAllBytes(firstErrors));
  }

  @Test
  void devCorpusGivesByteIdenticalOutput() throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");

    int s1 = cli("ingest", dev.toString(), "-o", first.toString(), "-q").status();
    int s2 = cli("ingest", dev.toString(), "-o", second.toString(), "-q").status();

    assertThat(s2).isEqualTo(s1);
    assertThat(Files.size(first)).isPositive();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  /**
   * One thread or two, the same bytes: the dev corpus (when present), the seeds and a directory of
   * good and bad files. Runs once {@code ingest --threads} exists (skipped before).
   */
  @Test
  void threadCountDoesNotChangeTheOutput() throws IOException {
    assumeTrue(Main.commandLine().getSubcommands().get("ingest").getCommandSpec().findOption("--threads") != null,
        "ingest has no --threads option yet");
    List<String> args = new ArrayList<>(List.of("ingest", corpusWithBadFiles().toString()));
    Path seeds = Path.of(System.getProperty("vnnews.basedir", "."), "seeds");
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    for (Path p : List.of(seeds, dev)) {
      if (Files.isDirectory(p)) {
        args.add(p.toString());
      }
    }
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    Path oneErrors = dir.resolve("one-errors.jsonl");
    Path twoErrors = dir.resolve("two-errors.jsonl");

    int s1 = cli(concat(args, "--threads", "1", "-o", one.toString(), "--errors", oneErrors.toString(), "-q")).status();
    int s2 = cli(concat(args, "--threads", "2", "-o", two.toString(), "--errors", twoErrors.toString(), "-q")).status();

    assertThat(s1).isEqualTo(1);
    assertThat(s2).isEqualTo(s1);
    assertThat(Files.size(one)).isPositive();
    assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
    assertThat(Files.readAllBytes(twoErrors)).isEqualTo(Files.readAllBytes(oneErrors));
  }

  private static String[] concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }

  private static List<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
