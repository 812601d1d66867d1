package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that uses the packaged library as a user would (run by Failsafe in {@code mvn
 * verify}): compiled and run against {@code vnnews-VERSION.jar} and its runtime dependencies (the
 * distribution's {@code lib/}, what {@code mvn install} and a user's build resolve), on the class
 * path and, as a named module that {@code requires io.github.vnnews}, on the module path with the
 * README's {@code --add-modules} line.
 */
class ConsumerIT {
  private static final String PROGRAM = """
      package consumer;

      import io.github.vnnews.Article;
      import io.github.vnnews.Corpus;
      import io.github.vnnews.Normalizer;
      import io.github.vnnews.json.ArticleJsonWriter;
      import java.io.ByteArrayOutputStream;
      import java.nio.file.Path;

      public class Main {
        public static void main(String[] args) throws Exception {
          ByteArrayOutputStream json = new ByteArrayOutputStream();
          long n = 0;
          try (Corpus corpus = Corpus.read(Path.of(args[0]));
               ArticleJsonWriter out = ArticleJsonWriter.jsonLines(json)) {
            for (Article a : corpus) {
              out.write(a);
              n++;
            }
          }
          Article page = Normalizer.defaults().normalizeHtml(
              "<html><body><article><h1>Ti\\u00eau \\u0111\\u1ec1</h1><p>N\\u1ed9i dung b\\u00e0i b\\u00e1o d\\u00e0i h\\u01a1n m\\u1ed9t ch\\u00fat.</p></article></body></html>",
              "https://example.vn/a.html");
          System.out.println(n + " articles, " + json.toString("UTF-8").lines().count() + " JSON lines, page title: "
              + page.title().equals("Ti\\u00eau \\u0111\\u1ec1"));
        }
      }
      """;
  private static Path lib;
  private static Path basedir;
  @TempDir Path tmp;

  @BeforeAll
  static void lib() {
    basedir = Path.of(System.getProperty("vnnews.basedir", ".")).toAbsolutePath();
    String version = System.getProperty("vnnews.version");
    assumeTrue(version != null, "run by Failsafe (mvn verify), which names the version");
    lib = basedir.resolve("target/vnnews-" + version + "/lib");
    assertThat(lib.resolve("vnnews-" + version + ".jar")).as("mvn package builds the distribution").isRegularFile();
  }

  private static String java(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static String libJars() throws Exception {
    try (Stream<Path> s = Files.list(lib)) {
      return String.join(File.pathSeparator, s.map(Path::toString).sorted().toList());
    }
  }

  private record Result(int status, String out) {}

  private Result run(List<String> cmd) throws Exception {
    Path log = Files.createTempFile(tmp, "run", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished: %s", cmd).isTrue();
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private Path source(Path root, boolean module) throws Exception {
    Path src = root.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("consumer/Main.java"), PROGRAM, StandardCharsets.UTF_8);
    if (module) {
      Files.writeString(src.resolve("module-info.java"), "module consumer {\n  requires io.github.vnnews;\n}\n");
    }
    return src;
  }

  @Test
  void onTheClassPath() throws Exception {
    Path src = source(tmp.resolve("cp"), false);
    Path classes = tmp.resolve("cp/classes");
    Result javac = run(List.of(java("javac"), "-encoding", "UTF-8", "-cp", libJars(), "-d", classes.toString(),
        src.resolve("consumer/Main.java").toString()));
    assertThat(javac.status()).as(javac.out()).isZero();
    Result r = run(List.of(java("java"), "-cp", classes + File.pathSeparator + libJars(), "consumer.Main",
        basedir.resolve("seeds").toString()));
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).isEqualTo("5 articles, 5 JSON lines, page title: true\n");
  }

  /** The README's module-path command line: its {@code --add-modules} value. */
  static String readmeAddModules() throws Exception {
    String readme = Files.readString(basedir.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("java --module-path \\S+ --add-modules (\\S+) -m ").matcher(readme);
    assertThat(m.find()).as("the README shows the module-path command line").isTrue();
    return m.group(1);
  }

  @Test
  void onTheModulePathWithTheReadmesAddModulesLine() throws Exception {
    Path src = source(tmp.resolve("mp"), true);
    Path classes = tmp.resolve("mp/classes");
    Result javac = run(List.of(java("javac"), "-encoding", "UTF-8", "--module-path", lib.toString(), "-d",
        classes.toString(), src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString()));
    assertThat(javac.status()).as(javac.out()).isZero();
    String modulePath = classes + File.pathSeparator + lib;
    Result r = run(List.of(java("java"), "--module-path", modulePath, "--add-modules", readmeAddModules(),
        "-m", "consumer/consumer.Main", basedir.resolve("seeds").toString()));
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).isEqualTo("5 articles, 5 JSON lines, page title: true\n");
    // why the README has that line: vnnews is an automatic module, which does not pull in the
    // explicit modules it uses (jsoup, Jackson), so without it they are missing at run time
    Result without = run(List.of(java("java"), "--module-path", modulePath, "-m", "consumer/consumer.Main",
        basedir.resolve("seeds").toString()));
    assertThat(without.status()).isNotZero();
    assertThat(without.out()).contains("NoClassDefFoundError");
  }
}
