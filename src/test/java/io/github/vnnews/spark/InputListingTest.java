package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/** Expanding inputs on the driver: the CLI's paths and order, on the local and Hadoop walkers. */
@EnabledForJreRange(max = JRE.JAVA_22) // Hadoop's file systems call Subject.getSubject, gone in Java 23+
class InputListingTest {
  @TempDir Path tmp;
  private Path root;
  private final Configuration conf = new Configuration(false);

  @BeforeEach
  void tree() throws IOException {
    conf.set("fs.defaultFS", "file:///");
    root = Files.createDirectories(tmp.resolve("corpus"));
    write("b.txt", "b");
    write("a-b/x.txt", "x");
    write("a/z.txt", "z");
    write("a/y.html", "<p>y</p>");
    write(".hidden/h.txt", "h");
    write(".dot.txt", "d");
    write("_under.txt", "u");
  }

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<String> displays(InputListing l) {
    return l.files().stream().map(InputFile::display).collect(Collectors.toList());
  }

  @Test
  void localPathsAreReportedAsTheCliReportsThem() {
    InputListing l = InputListing.list(List.of(root.toString() + "/"), Options.defaults(), conf);
    String r = root.toString();
    // entries sorted by name per directory (a < a-b < b < _under), hidden ones skipped
    assertThat(displays(l)).containsExactly(
        r + "/_under.txt", r + "/a/y.html", r + "/a/z.txt", r + "/a-b/x.txt", r + "/b.txt");
    assertThat(l.files()).extracting(InputFile::ordinal).containsExactly(0, 1, 2, 3, 4);
    assertThat(l.files().get(0).uri()).startsWith("file:/").endsWith("/corpus/_under.txt");
  }

  @Test
  void fileUrisKeepTheUriAsTyped() {
    String uri = root.toUri().toString(); // file:///tmp/.../corpus/
    InputListing l = InputListing.list(List.of(uri), Options.builder().include(List.of("a/*")).build(), conf);
    String prefix = uri.substring(0, uri.length() - 1);
    assertThat(displays(l)).containsExactly(prefix + "/a/y.html", prefix + "/a/z.txt");
  }

  @Test
  void hadoopWalkerFollowsTheSameRules() {
    List<String> shown = new ArrayList<>();
    List<IngestError> errors = new ArrayList<>();
    HadoopWalker w = new HadoopWalker(conf, List.of(), List.of("**/*.html"), true);
    String input = "file://" + root + "/";
    List<String> sourcePaths = new ArrayList<>();
    w.walk(input, InputListing.stripTrailingSlashes(input), (display, sp, u, size) -> {
      shown.add(display);
      sourcePaths.add(sp);
    }, errors::add);
    String p = "file://" + root;
    assertThat(shown).containsExactly(p + "/_under.txt", p + "/a/z.txt", p + "/a-b/x.txt", p + "/b.txt");
    assertThat(sourcePaths).containsExactly("corpus/_under.txt", "corpus/a/z.txt", "corpus/a-b/x.txt", "corpus/b.txt");
    assertThat(errors).isEmpty();

    sourcePaths.clear();
    w.walk(p + "/a/z.txt", p + "/a/z.txt", (d, sp, u, s) -> sourcePaths.add(sp), errors::add);
    assertThat(sourcePaths).containsExactly("a/z.txt");

    w.walk("file://" + root + "/missing", "m", (d, sp, u, s) -> shown.add(d), errors::add);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IngestError.Kind.NOT_FOUND);
      assertThat(e.message()).isEqualTo("m: no such file or directory");
    });
  }

  @Test
  void everySpellingOfARootGivesTheSameSourcePaths() {
    List<List<String>> seen = new ArrayList<>();
    Path cwd = Path.of("").toAbsolutePath();
    String relative = cwd.relativize(root).toString();
    for (String input : List.of(relative, "./" + relative + "/", root.toString(), root.toUri().toString())) {
      seen.add(InputListing.list(List.of(input), Options.defaults(), conf).files().stream()
          .map(InputFile::sourcePath).collect(Collectors.toList()));
    }
    assertThat(seen).allSatisfy(l -> assertThat(l).containsExactly(
        "corpus/_under.txt", "corpus/a/y.html", "corpus/a/z.txt", "corpus/a-b/x.txt", "corpus/b.txt"));
    for (String input : List.of(relative + "/a/z.txt", root + "/a/z.txt", root.resolve("a/z.txt").toUri().toString())) {
      assertThat(InputListing.list(List.of(input), Options.defaults(), conf).files())
          .extracting(InputFile::sourcePath).containsExactly("a/z.txt");
    }
  }

  @Test
  void missingPathsAreListingErrorsInTheirPlace() {
    InputListing l = InputListing.list(
        List.of(root.resolve("b.txt").toString(), root.resolve("nope").toString(), root.resolve("a/z.txt").toString()),
        Options.defaults(), conf);
    assertThat(l.files()).extracting(InputFile::ordinal).containsExactly(0, 2);
    assertThat(l.errors()).singleElement().satisfies(e -> {
      assertThat(e.ordinal()).isEqualTo(1);
      assertThat(e.error().kind()).isEqualTo(IngestError.Kind.NOT_FOUND);
    });
    assertThatThrownBy(() -> InputListing.list(List.of("-"), Options.defaults(), conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard input");
  }

  @Test
  void prefixesJoinWithOneSlash() {
    assertThat(InputListing.stripTrailingSlashes("hdfs://nn/c//")).isEqualTo("hdfs://nn/c");
    assertThat(InputListing.stripTrailingSlashes("hdfs://nn/")).isEqualTo("hdfs://nn");
    assertThat(InputListing.stripTrailingSlashes("/")).isEqualTo("/");
    assertThat(InputListing.stripTrailingSlashes("file:///")).isEqualTo("file://");
    assertThat(InputListing.join("/", "a.txt")).isEqualTo("/a.txt");
    assertThat(InputListing.join("s3a://b/c", "d/e.txt")).isEqualTo("s3a://b/c/d/e.txt");
    assertThat(InputListing.join("s3a://b/c", "")).isEqualTo("s3a://b/c");
    assertThat(InputListing.join("", "a.txt")).as("the root of a file system has no name").isEqualTo("a.txt");
  }

  @Test
  void filesHadoopWouldMangleAreReadDirectly() {
    assertThat(file("file:/d/a.txt", 10).binaryFilesSafe()).isTrue();
    assertThat(file("file:/d/t%E1%BB%AB.txt", 10).binaryFilesSafe()).as("Vietnamese name").isTrue();
    assertThat(file("file:/d/a.txt", 0).binaryFilesSafe()).as("empty").isFalse();
    assertThat(file("file:/d/_a.txt", 10).binaryFilesSafe()).as("underscore").isFalse();
    assertThat(file("file:/d/.a.txt", 10).binaryFilesSafe()).as("dot").isFalse();
    assertThat(file("file:/d/a,b.txt", 10).binaryFilesSafe()).as("comma").isFalse();
    assertThat(file("file:/d/a%5B1%5D.txt", 10).binaryFilesSafe()).as("glob").isFalse();
    assertThat(file("file:/d/a:b.txt", 10).binaryFilesSafe()).as("colon").isFalse();
    assertThat(file("file:/d%2Cx/a.txt", 10).binaryFilesSafe()).as("comma in a directory").isFalse();
  }

  private static InputFile file(String uri, long size) {
    return new InputFile("x", "x", 0, uri, size);
  }

  @Test
  void partitionsArePackedInOrderByCost() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      files.add(new InputFile("f" + i, "f" + i, i, "file:/d/f" + i, i == 30 ? 50_000_000 : 7_000));
    }
    SparkConf sc = new SparkConf(false).set("spark.files.openCostInBytes", "1m").set("spark.files.maxPartitionBytes", "32m");
    List<List<InputFile>> plan = SparkCorpus.plan(files, sc, 6);
    assertThat(plan.stream().mapToInt(List::size).sum()).isEqualTo(60);
    assertThat(plan.stream().flatMap(List::stream).map(InputFile::ordinal)).isSorted();
    // the big file stands alone; the small ones spread over the rest
    assertThat(plan).anySatisfy(p -> assertThat(p).extracting(InputFile::ordinal).containsExactly(30));
    assertThat(plan).hasSizeGreaterThanOrEqualTo(6);
    for (List<InputFile> p : plan) {
      long bytes = p.stream().mapToLong(f -> f.size() + (1 << 20)).sum();
      assertThat(p.size() == 1 || bytes <= 32 << 20).isTrue();
    }
  }
}
