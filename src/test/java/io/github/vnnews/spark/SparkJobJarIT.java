package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.internal.cli.Main;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/vnnews-spark-job.jar} (run by Failsafe in {@code mvn verify}): what
 * it holds, and that it runs as {@code spark-submit} would run it, on Spark's own jars, writing the
 * CLI's lines.
 */
class SparkJobJarIT {
  private static Path jar;
  @TempDir Path tmp;

  @BeforeAll
  static void jar() {
    jar = Path.of(System.getProperty("vnnews.jobJar", "target/vnnews-spark-job.jar"));
    assumeTrue(Files.isRegularFile(jar), "build the job jar first (mvn package)");
  }

  @Test
  void holdsTheLibraryWithJacksonRelocatedAndNoSpark() throws IOException {
    List<String> names;
    String main;
    try (JarFile j = new JarFile(jar.toFile())) {
      names = Collections.list(j.entries()).stream().map(JarEntry::getName).collect(Collectors.toList());
      main = j.getManifest().getMainAttributes().getValue("Main-Class");
    }
    assertThat(main).isEqualTo(SparkIngestJob.class.getName());
    assertThat(names)
        .contains(
            "io/github/vnnews/spark/SparkIngestJob.class",
            "io/github/vnnews/Corpus.class",
            "io/github/vnnews/shaded/jackson/core/JsonGenerator.class",
            "io/github/vnnews/shaded/commons/text/StringEscapeUtils.class",
            "org/jsoup/Jsoup.class",
            "org/netpreserve/jwarc/WarcReader.class",
            "picocli/CommandLine.class",
            "META-INF/services/io.github.vnnews.shaded.jackson.core.TokenStreamFactory");
    // nothing Jackson 3 left under its own name (multi-release copies included), and nothing
    // the cluster provides
    assertThat(names).noneMatch(n -> n.contains("tools/jackson/"));
    assertThat(names).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
        || n.startsWith("org/apache/hadoop/") || n.startsWith("com/fasterxml/")
        || n.startsWith("org/apache/commons/"));
  }

  @Test
  @EnabledForJreRange(max = JRE.JAVA_22)
  void runsOnSparksJarsAndWritesTheCliLines() throws Exception {
    Path multi = tmp.resolve("multi.txt");
    List<String> seeds;
    try (var s = Files.list(Path.of("seeds"))) {
      seeds = s.sorted().map(Path::toString).collect(Collectors.toList());
    }
    StringBuilder text = new StringBuilder();
    for (String p : seeds) {
      text.append(Files.readString(Path.of(p), StandardCharsets.UTF_8).strip()).append("\n#####\n");
    }
    Files.writeString(multi, text, StandardCharsets.UTF_8);
    Path cliOut = tmp.resolve("cli.jsonl");
    String warc = "src/test/resources/warc/wget-dev.warc.gz";
    assertThat(Main.run("ingest", "-q", "--delimiter", "#####", "-o", cliOut.toString(), "seeds", multi.toString(), warc))
        .isZero();

    Path out = tmp.resolve("job-out");
    List<String> cmd = jobCommand(
        "-q", "--input-order", "--delimiter", "#####", "-o", out.toString(), "seeds", multi.toString(), warc);
    Path log = tmp.resolve("job.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("job finished").isTrue();
    assertThat(p.exitValue()).as("exit status; log:%n%s", Files.readString(log)).isZero();
    SparkCorpusTest.assertSameLines(
        SparkCorpusTest.readParts(out), Files.readAllLines(cliOut, StandardCharsets.UTF_8));
    // a session the job starts logs warnings only (Spark logs about 190 INFO lines by default)
    List<String> info = Files.readAllLines(log).stream().filter(l -> l.contains(" INFO ")).toList();
    assertThat(info).as("INFO lines without --verbose").hasSizeLessThan(5);
  }

  @Test
  void anExistingOutputIsAUsageErrorBeforeSparkStarts() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("exists"));
    Path log = tmp.resolve("job.log");
    Process p = new ProcessBuilder(jobCommand("-o", out.toString(), "seeds"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("job finished").isTrue();
    String text = Files.readString(log);
    assertThat(p.exitValue()).as(text).isEqualTo(2);
    assertThat(text).contains(out + " exists (use --overwrite to replace it)")
        .doesNotContain("SparkContext").doesNotContain("Running Spark version");
  }

  /**
   * The command line that runs the job jar on Spark's own jars (as Maven resolved them, without
   * the project's own classes and libraries: the job jar must bring those), as spark-submit would.
   */
  private static List<String> jobCommand(String... args) {
    String basedir = Path.of(System.getProperty("vnnews.basedir", ".")).toAbsolutePath().toString();
    List<String> cp = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String a = Path.of(e).toAbsolutePath().toString();
      if (a.startsWith(basedir + File.separator + "target") || a.contains("/tools/jackson/")
          || a.contains("/org/jsoup/") || a.contains("/info/picocli/") || a.contains("/org/netpreserve/")) {
        continue;
      }
      cp.add(e);
    }
    cp.add(jar.toAbsolutePath().toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || arg.startsWith("-Djdk.reflect") || arg.startsWith("-Dio.netty")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of(
        "-Xmx1g", "-cp", String.join(File.pathSeparator, cp),
        "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
        "io.github.vnnews.spark.SparkIngestJob"));
    cmd.addAll(List.of(args));
    return cmd;
  }
}

