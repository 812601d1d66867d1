package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line: what it says (bytes of the total, percent, smoothed rate, time left,
 * articles, rejections), when it is drawn (after a second, at most four times a second, only when
 * standard error is a terminal) and that it is taken away.
 */
class ProgressTest {
  @TempDir Path tmp;

  @Test
  void lineSaysBytesOfTotalPercentRateTimeLeftArticlesAndRejections() {
    assertThat(Progress.line(1_200_000_000L, 3_400_000_000L, 48_100_000, 120_345, 12))
        .isEqualTo("1.20 GB of 3.40 GB  35%  48.1 MB/s  0:46 left  120345 articles  12 rejected");
    // total not known yet (or standard input): what was read and the rate only
    assertThat(Progress.line(5_000, -1, 1_000, 1, 0)).isEqualTo("5.00 kB  1.00 kB/s  1 article");
    assertThat(Progress.size(999)).isEqualTo("999 B");
    assertThat(Progress.size(123_456_789)).isEqualTo("123 MB");
    assertThat(Progress.duration(3725)).isEqualTo("1:02:05");
  }

  @Test
  void drawnOnlyAfterASecondAndAtMostFourTimesASecondThenCleared() {
    StringWriter sink = new StringWriter();
    AtomicLong now = new AtomicLong();
    AtomicLong read = new AtomicLong();
    Progress p = new Progress(new PrintWriter(sink), true, now::get);
    p.bytesRead(read::get);
    p.total(100_000_000);
    read.set(10_000_000);
    now.set(900_000_000L);
    p.draw();
    assertThat(sink.toString()).as("nothing in the first second").isEmpty();
    now.set(2_000_000_000L);
    p.draw();
    assertThat(sink.toString()).isEqualTo("\r10.0 MB of 100 MB  10%  5.00 MB/s  0:18 left  0 articles\033[K");
    int length = sink.toString().length();
    now.set(2_100_000_000L);
    p.draw();
    assertThat(sink.toString()).as("not again within a quarter second").hasSize(length);
    // the rate is smoothed: a burst moves it part of the way
    read.set(60_000_000);
    now.set(3_000_000_000L);
    p.draw();
    String last = sink.toString().substring(length);
    assertThat(last).startsWith("\r60.0 MB of 100 MB  60%  ");
    double shown = Double.parseDouble(last.split("  ")[2].replace(" MB/s", ""));
    assertThat(shown).isGreaterThan(5.0).isLessThan(50.0);
    p.clear();
    assertThat(sink.toString()).endsWith("\r\033[K");
  }

  @Test
  void disabledDrawsNothing() {
    StringWriter sink = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(new PrintWriter(sink), false, now::get);
    now.set(10_000_000_000L);
    p.draw();
    p.rejected();
    p.clear();
    assertThat(sink.toString()).isEmpty();
  }

  @Test
  void terminalDevices() {
    assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Progress.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(Progress.isTerminalDevice("/tmp/log")).isFalse();
    assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
  }

  /**
   * In a pseudo-terminal made by {@code script}, with standard output sent to a file (and standard
   * input from /dev/null): the line is drawn on standard error. With standard error sent to a
   * file: none.
   */
  @Test
  void drawnWhenStandardErrorIsATerminalWhateverStandardOutputIs() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) && Files.isSymbolicLink(Path.of("/proc/self/fd/2")),
        "script(1) and /proc (Linux)");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    // a 1-second probe: is stderr a terminal, as the CLI decides it?
    String probe = "'" + java + "' -cp '" + cp + "' " + StderrProbe.class.getName();
    Path typescript = tmp.resolve("typescript");
    Path stdout = tmp.resolve("stdout");
    Result inPty = sh("script -qec \"" + probe + " > " + stdout + " < /dev/null\" " + typescript);
    assertThat(inPty.status).as(inPty.text).isZero();
    assertThat(Files.readString(typescript, StandardCharsets.UTF_8)).contains("stderr is a terminal: true");
    Path log = tmp.resolve("log");
    Result toFile = sh("script -qec \"" + probe + " 2> " + log + " < /dev/null\" " + typescript);
    assertThat(toFile.status).as(toFile.text).isZero();
    assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("stderr is a terminal: false");
  }

  private record Result(int status, String text) {}

  private Result sh(String script) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", script));
    Path log = Files.createTempFile(tmp, "sh", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(new File("/dev/null")).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), Files.readString(log));
  }
}
