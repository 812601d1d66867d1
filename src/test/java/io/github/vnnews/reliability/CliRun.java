package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.internal.cli.Main;
import io.github.vnnews.json.ArticleJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the command line for the hostile-input suite: in this JVM (with captured streams), or in a
 * JVM of its own (a small heap, another locale, signals, real standard output), and reads back
 * what it wrote.
 */
final class CliRun {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CliRun() {}

  /**
   * What one run did.
   *
   * @param status the exit status
   * @param stdout the bytes written to standard output
   * @param stderr what it said on standard error
   */
  record Result(int status, byte[] stdout, String stderr) {
    /** The articles written to standard output (JSON Lines). */
    List<Article> stdoutArticles() {
      return articles(new ByteArrayInputStream(stdout));
    }

    /** Asserts that nothing on standard error is a stack trace. */
    Result noStackTrace() {
      assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception in thread");
      return this;
    }
  }

  /** Runs {@code vnnews ARGS} in this JVM; standard output goes to {@code stdout}. */
  static Result inProcess(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(stdout);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    byte[] out = stdout instanceof ByteArrayOutputStream b ? b.toByteArray() : new byte[0];
    return new Result(status, out, err.toString());
  }

  /** Runs {@code vnnews ARGS} in this JVM, standard output kept. */
  static Result inProcess(String... args) {
    return inProcess(new ByteArrayOutputStream(), args);
  }

  /** How to start a JVM of its own. */
  static final class Fork {
    private final List<String> jvmArgs = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private Path stdoutFile;
    private Duration timeout = Duration.ofMinutes(5);

    Fork jvm(String... args) {
      jvmArgs.addAll(List.of(args));
      return this;
    }

    Fork env(String name, String value) {
      env.put(name, value);
      return this;
    }

    /** Sends standard output to a file (/dev/full, say) instead of reading it. */
    Fork stdoutTo(Path file) {
      this.stdoutFile = file;
      return this;
    }

    Fork timeout(Duration d) {
      this.timeout = d;
      return this;
    }

    /** The process builder for {@code vnnews ARGS}; the caller starts it. */
    ProcessBuilder builder(String... args) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(jvmArgs);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
      cmd.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.environment().putAll(env);
      if (stdoutFile != null) {
        pb.redirectOutput(stdoutFile.toFile());
      }
      return pb;
    }

    /** Runs {@code vnnews ARGS} to the end (or the timeout, a hang guard). */
    Result run(String... args) {
      try {
        Path err = Files.createTempFile("vnnews-fork", ".err");
        Path out = Files.createTempFile("vnnews-fork", ".out");
        try {
          ProcessBuilder pb = builder(args).redirectError(err.toFile());
          if (stdoutFile == null) {
            pb.redirectOutput(out.toFile());
          }
          Process p = pb.start();
          p.getOutputStream().close();
          if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("vnnews " + String.join(" ", args) + " did not finish within " + timeout);
          }
          return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
          Files.deleteIfExists(err);
          Files.deleteIfExists(out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static Fork fork() {
    return new Fork();
  }

  /** The articles of a JSON Lines file (gzip-compressed when its name ends in .gz). */
  static List<Article> articles(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream s = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return articles(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Article> articles(InputStream in) {
    List<Article> out = new ArrayList<>();
    try (ArticleJsonReader r = ArticleJsonReader.of(in)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  /** The error records of an {@code --errors} file. */
  static List<JsonNode> errors(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        out.add(JSON.readTree(line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts one error record field by field. */
  static void assertError(JsonNode e, String kind, String path, Long line, Long byteOffset, String message) {
    assertThat(e.get("kind").asString()).as("kind").isEqualTo(kind);
    assertThat(e.get("path").asString()).as("path").isEqualTo(path);
    if (line == null) {
      assertThat(e.get("line").isNull()).as("line is null").isTrue();
    } else {
      assertThat(e.get("line").asLong()).as("line").isEqualTo(line);
    }
    if (byteOffset == null) {
      assertThat(e.get("byteOffset").isNull()).as("byteOffset is null").isTrue();
    } else {
      assertThat(e.get("byteOffset").asLong()).as("byteOffset").isEqualTo(byteOffset);
    }
    assertThat(e.get("message").asString()).as("message").isEqualTo(message);
  }

  /** Asserts that the two good files came out whole among {@code articles}. */
  static void assertGoodFilesWhole(List<Article> articles) {
    Ingest.assertGoodFilesComplete(new Ingest.Run(articles, List.of()));
  }
}
