package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ingest --threads N}: same bytes whatever N, errors still reported. */
class ThreadsOptionTest {
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void oneAndTwoThreadsWriteByteIdenticalOutputForTheSeedsAndDevCorpus() throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    assumeTrue(Files.isDirectory(dev), "the shared dev corpus is not here");
    Path one = tmp.resolve("one.jsonl");
    Path two = tmp.resolve("two.jsonl");
    assertThat(run("ingest", "--threads", "1", "seeds", dev.toString(), "-o", one.toString())).isZero();
    assertThat(run("ingest", "--threads", "2", "seeds", dev.toString(), "-o", two.toString())).isZero();
    assertThat(Files.readAllLines(one)).hasSizeGreaterThan(40);
    assertThat(Files.mismatch(one, two)).isEqualTo(-1L);
  }

  @Test
  void errorsAreStillReportedInOrderWithTwoThreads() throws IOException {
    Path e1 = tmp.resolve("e1.jsonl");
    Path e2 = tmp.resolve("e2.jsonl");
    Path o1 = tmp.resolve("o1.json");
    Path o2 = tmp.resolve("o2.json");
    assertThat(run("ingest", "--all-files", "--threads", "1", "src/test/resources/load", "--errors", e1.toString(), "-o", o1.toString()))
        .isEqualTo(1);
    assertThat(run("ingest", "--all-files", "--threads", "2", "src/test/resources/load", "--errors", e2.toString(), "-o", o2.toString()))
        .isEqualTo(1);
    assertThat(Files.readString(e2)).isEqualTo(Files.readString(e1)).contains("\"kind\":\"binary\"");
    assertThat(Files.mismatch(o1, o2)).isEqualTo(-1L);
    assertThat(Files.readString(o2)).startsWith("[{").endsWith("}]\n");
  }

  @Test
  void zeroThreadsIsAUsageError() {
    assertThat(run("ingest", "--threads", "0", "seeds")).isEqualTo(2);
    assertThat(err.toString()).contains("vnnews: --threads must be between 1 and " + IngestCommand.maxThreads() + ", not 0");
  }

  /** Regression: --threads 100000 started thousands of threads until the JVM could make no more. */
  @Test
  void tooManyThreadsIsAUsageError() {
    assertThat(run("ingest", "--threads", "100000", "seeds")).isEqualTo(2);
    assertThat(err.toString()).contains("vnnews: --threads must be between 1 and " + IngestCommand.maxThreads() + ", not 100000");
  }
}
