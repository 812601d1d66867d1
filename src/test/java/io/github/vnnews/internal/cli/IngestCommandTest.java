package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void ingestSeedsWritesFiveArticlesAndExitsZero() throws IOException {
    Path o = tmp.resolve("articles.jsonl");
    assertThat(run("ingest", "seeds", "-o", o.toString())).isZero();
    List<String> lines = Files.readAllLines(o, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":2,"));
    assertThat(err.toString()).matches("(?s)vnnews: 5 articles from 5 files, 0 rejected, [0-9.]+ s\\R");
    assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void jsonOutputIsAnArray() throws IOException {
    Path o = tmp.resolve("articles.json");
    assertThat(run("ingest", "seeds/000_af910dd6cbbcd9d5.txt", "-o", o.toString())).isZero();
    assertThat(Files.readString(o)).startsWith("[{\"schemaVersion\":2").endsWith("}]\n");
  }

  @Test
  void rejectedInputsGiveExitOneAnErrorReportAndTheRestStillWritten() throws IOException {
    Path o = tmp.resolve("out.jsonl");
    Path errors = tmp.resolve("errors.jsonl");
    // --all-files: binary.png too, to show how a binary file is reported
    int status = run("ingest", "--all-files", "src/test/resources/load", "--errors", errors.toString(), "-o", o.toString());
    assertThat(status).isEqualTo(1);
    String report = Files.readString(errors);
    assertThat(report.lines()).hasSize(4);
    assertThat(report).contains(
        "{\"path\":\"src/test/resources/load/binary.png\",\"line\":null,\"byteOffset\":8,\"kind\":\"binary\"",
        "\"kind\":\"invalidEncoding\"", "\"kind\":\"empty\"");
    assertThat(Files.readAllLines(o)).hasSizeGreaterThan(15);
    assertThat(err.toString()).contains("vnnews: src/test/resources/load/binary.png: byte offset 8: binary content", " 4 rejected");
  }

  @Test
  void aDelimiterOpeningWithAnAtSignIsTakenAsItIs() throws IOException {
    Path in = tmp.resolve("two.txt");
    String a = "Tiêu đề thứ nhất\nĐây là thân bài của bài viết thứ nhất, đủ dài để thành một đoạn văn.\n";
    String b = "Tiêu đề thứ hai\nĐây là thân bài của bài viết thứ hai, đủ dài để thành một đoạn văn.\n";
    Files.writeString(in, a + "@@@@@\n" + b + "@@@@\n" + a.replace("nhất", "ba"));
    Path o = tmp.resolve("out.jsonl");
    assertThat(run("ingest", "-q", "--no-auto-delimiters", "--delimiter", "@@@@@", in.toString(),
        "-o", o.toString())).isZero();
    // split on the five-@ line only: the four-@ line is text of the second article
    assertThat(Files.readAllLines(o)).hasSize(2);
    assertThat(Files.readAllLines(o).get(1)).contains("@@@@");
  }

  @Test
  void missingPathIsReportedAndExitsOne() {
    assertThat(run("ingest", "-q", "no/such/dir", "-o", tmp.resolve("x.jsonl").toString())).isEqualTo(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("ingest")).isEqualTo(2);
    assertThat(run("ingest", "seeds", "--no-such-option")).isEqualTo(2);
    assertThat(run("ingest", "seeds", "--tone", "sideways")).isEqualTo(2);
    assertThat(run("ingest", "seeds", "--delimiter-regex", "([")).isEqualTo(2);
    assertThat(run("ingest", "seeds", "--format", "xml", "-o", tmp.resolve("x").toString())).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void helpDocumentsEveryOption() {
    assertThat(run("ingest", "--help")).isZero();
    String help = out.toString();
    for (CommandLine.Model.OptionSpec o : Main.commandLine().getSubcommands().get("ingest").getCommandSpec().options()) {
      assertThat(help).contains(o.longestName());
      assertThat(o.description()).as(o.longestName()).isNotEmpty();
    }
  }

  @Test
  void standardOutputAndStandardInput() throws IOException {
    java.io.InputStream savedIn = System.in;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setIn(Files.newInputStream(Path.of("src/test/resources/load/hash-delimiters.txt")));
      CommandLine cl = Main.commandLine(bytes);
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      assertThat(cl.execute("ingest", "-", "-o", "-")).isZero();
    } finally {
      System.setIn(savedIn);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"path\":\"-\""));
  }

  @Test
  void explainPrintsEveryLineWithLabelAndRule() {
    assertThat(run("explain", "seeds/004_3c5535e1b6821573.txt")).isZero();
    String text = out.toString();
    for (int line = 1; line <= 20; line++) {
      assertThat(text).containsPattern("(?m)^\\s+" + line + "[ +] \\S+\\s+\\S+");
    }
    assertThat(text).contains("publishedAt:");
  }
}
