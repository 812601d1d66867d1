package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, taken from the README as it is: it compiles as pasted (no warning
 * either), and runs over the seed corpus writing one JSON line per article.
 */
class ReadmeExampleTest {
  private static final Path BASEDIR = Path.of(System.getProperty("vnnews.basedir", "."));
  @TempDir Path tmp;

  /** The README's {@code ```java} blocks. */
  static List<String> javaBlocks(Path readme) throws IOException {
    Matcher m = Pattern.compile("(?s)```java\n(.*?)```").matcher(Files.readString(readme, StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void readmeJavaExampleCompilesAsPastedAndRuns() throws Exception {
    List<String> blocks = javaBlocks(BASEDIR.resolve("README.md"));
    List<String> programs = blocks.stream().filter(b -> b.contains("public static void main")).toList();
    assertThat(programs).as("the README has its Java example, a whole program").hasSize(1);
    String source = programs.get(0);
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).as("a whole class, ready to paste into a file").isTrue();
    Path src = tmp.resolve(name.group(1) + ".java");
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectory(tmp.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      ok = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all", "-encoding", "UTF-8", "--release", "17", "-d", classes.toString(),
              "-classpath", System.getProperty("java.class.path")),
          null, files.getJavaFileObjects(src)).call();
    }
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.add(d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
    }
    assertThat(ok).as("compiles: %s", messages).isTrue();
    assertThat(messages).as("no warning").isEmpty();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {BASEDIR.resolve("seeds").toString()});
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    long seeds;
    try (var s = Files.list(BASEDIR.resolve("seeds"))) {
      seeds = s.count();
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize((int) seeds)
        .allMatch(l -> l.startsWith("{\"schemaVersion\":"));
    String log = err.toString(StandardCharsets.UTF_8);
    assertThat(log.lines()).hasSize((int) seeds + 1);
    assertThat(log).contains("Hà Nội mưa lớn | Tiêu đề");
  }
}
