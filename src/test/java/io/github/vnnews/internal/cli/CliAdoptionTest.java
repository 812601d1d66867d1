package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Corpus;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.internal.load.InputWalker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line of issue 18: only article files read from directories (the others counted and
 * listed with {@code --verbose}), counts in the right number, short usage errors, {@code explain
 * --index} out of range, {@code completion} and {@code --version}.
 */
class CliAdoptionTest {
  private static final String ARTICLE =
      "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu\n\nChiều 28/7, một trận mưa lớn khiến nhiều tuyến phố ở Hà Nội ngập sâu.\n";
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  /** A scrape directory as people keep them: articles beside notes, metadata and an image. */
  private Path scrapeDirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("scrape"));
    for (String name : List.of("a.txt", "b.TXT", "c.html", "d", "e.txt.gz.txt")) {
      Files.writeString(dir.resolve(name), name.equals("c.html")
          ? "<html><body><h1>Hà Nội mưa lớn</h1><p>Chiều 28/7, một trận mưa lớn khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc nhiều giờ.</p></body></html>"
          : ARTICLE, StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("SOURCES.md"), "# Sources\n\nThese articles come from a crawl of 2024.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("meta.json"), "{\"crawl\": 2024}\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
    return dir;
  }

  @Test
  void onlyArticleFilesOfADirectoryAreReadAndTheOthersCounted() throws IOException {
    Path dir = scrapeDirectory();
    Path o = tmp.resolve("out.jsonl");
    assertThat(run("ingest", dir.toString(), "-o", o.toString())).isZero();
    assertThat(Files.readAllLines(o)).hasSize(5).noneMatch(l -> l.contains("SOURCES.md") || l.contains("meta.json"));
    assertThat(err.toString()).contains("vnnews: 5 articles from 5 files, 0 rejected, 3 other files skipped (--verbose lists them), ");
    assertThat(err.toString()).doesNotContain("SOURCES.md");
  }

  @Test
  void verboseListsTheFilesSkipped() throws IOException {
    Path dir = scrapeDirectory();
    assertThat(run("ingest", "-v", dir.toString(), "-o", tmp.resolve("out.jsonl").toString())).isZero();
    assertThat(err.toString().lines().filter(l -> l.startsWith("vnnews: skipped ")))
        .containsExactly(
            "vnnews: skipped " + dir.resolve("SOURCES.md") + " (not an article file; --all-files reads it)",
            "vnnews: skipped " + dir.resolve("meta.json") + " (not an article file; --all-files reads it)",
            "vnnews: skipped " + dir.resolve("photo.jpg") + " (not an article file; --all-files reads it)");
    assertThat(err.toString()).contains(", 3 other files skipped, ");
  }

  @Test
  void allFilesOrAnIncludeGlobReadsEveryFileAndANamedFileIsAlwaysRead() throws IOException {
    Path dir = scrapeDirectory();
    assertThat(run("ingest", "--all-files", dir.toString(), "-o", tmp.resolve("all.jsonl").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("photo.jpg").contains("from 8 files").doesNotContain("skipped");
    assertThat(Files.readString(tmp.resolve("all.jsonl"))).contains("SOURCES.md");
    err.getBuffer().setLength(0);
    assertThat(run("ingest", "--include", "*.md", dir.toString(), "-o", tmp.resolve("md.jsonl").toString())).isZero();
    assertThat(err.toString()).contains("1 article from 1 file, 0 rejected, ");
    err.getBuffer().setLength(0);
    assertThat(run("ingest", dir.resolve("SOURCES.md").toString(), "-o", tmp.resolve("named.jsonl").toString())).isZero();
    assertThat(err.toString()).startsWith("vnnews: 1 article from 1 file, 0 rejected, ");
  }

  @Test
  void theLibraryReportsTheFilesItLeavesOut() throws IOException {
    Path dir = scrapeDirectory();
    List<String> skipped = new ArrayList<>();
    IngestListener l = new IngestListener() {
      @Override
      public void fileSkipped(String path) {
        skipped.add(path);
      }
    };
    try (Corpus c = Corpus.read(List.of(dir), Options.defaults(), Normalizer.defaults(), l)) {
      assertThat(c.articles().count()).isEqualTo(5);
      assertThat(c.skippedFileCount()).isEqualTo(3);
      assertThat(c.fileCount()).isEqualTo(5);
    }
    assertThat(skipped).containsExactly(dir.resolve("SOURCES.md").toString(), dir.resolve("meta.json").toString(),
        dir.resolve("photo.jpg").toString());
    try (Corpus c = Corpus.read(List.of(dir), Options.builder().allFiles(true).build())) {
      c.articles().count();
      assertThat(c.skippedFileCount()).isZero();
      assertThat(c.fileCount()).isEqualTo(8);
    }
  }

  @Test
  void articleFileNames() {
    for (String yes : List.of("a.txt", "A.TXT", "page.html", "page.HTM", "p.xhtml", "dump.txt.gz", "x.gz", "crawl.warc",
        "crawl.warc.gz", "crawl.warc.zst", "old.arc", "old.arc.gz", "README", "000_af910dd6cbbcd9d5")) {
      assertThat(InputWalker.isArticleFile(yes)).as(yes).isTrue();
    }
    for (String no : List.of("SOURCES.md", "meta.json", "photo.jpg", "list.csv", "notes.docx", "a.pdf", "run.log", "x.jsonl")) {
      assertThat(InputWalker.isArticleFile(no)).as(no).isFalse();
    }
  }

  @Test
  void countsTakeTheRightNumber() throws IOException {
    Path one = tmp.resolve("one.txt");
    Files.writeString(one, ARTICLE, StandardCharsets.UTF_8);
    assertThat(run("ingest", one.toString(), "-o", tmp.resolve("o.jsonl").toString())).isZero();
    assertThat(err.toString()).startsWith("vnnews: 1 article from 1 file, 0 rejected, ");
    assertThat(Plural.of(0, "file")).isEqualTo("0 files");
    assertThat(Plural.of(2, "article")).isEqualTo("2 articles");
    assertThat(IngestCommand.skippedFilesSummary(1, false)).isEqualTo(", 1 other file skipped (--verbose lists it)");
  }

  @Test
  void aBadOptionValueIsTwoLinesNotTheHelp() {
    assertThat(run("ingest", "--threads", "many", "seeds")).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).containsExactly(
        "vnnews: Invalid value for option '--threads': 'many' is not an int",
        "Try 'vnnews ingest --help' for the options.");
    err.getBuffer().setLength(0);
    assertThat(run("explain", "--nope", "seeds/000_af910dd6cbbcd9d5.txt")).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines()).hasSize(2).last().isEqualTo("Try 'vnnews explain --help' for the options.");
  }

  @Test
  void explainIndexOutOfRangeIsAUsageErrorNamingTheCount() throws IOException {
    Path f = tmp.resolve("two.txt");
    Files.writeString(f, ARTICLE + "\n#####\n" + ARTICLE, StandardCharsets.UTF_8);
    assertThat(run("explain", f.toString(), "--index", "999999")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).isEqualTo("vnnews: " + f + " has 2 articles (indices 0 to 1): --index 999999 is out of range"
        + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
    err.getBuffer().setLength(0);
    assertThat(run("explain", f.toString(), "--index", "-1")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("vnnews: --index must be 0 or more, not -1");
    err.getBuffer().setLength(0);
    assertThat(run("explain", f.toString(), "--index", "1")).isZero();
    assertThat(out.toString()).contains("article 1 (lines").doesNotContain("article 0 (lines");
  }

  @Test
  void completionPrintsAScriptForTheCommandAndItsOptions() {
    assertThat(run("completion")).isZero();
    String script = out.toString();
    assertThat(script).contains("_complete_vnnews", "complete -F _complete_vnnews", "--threads", "--all-files", "explain");
    out.getBuffer().setLength(0);
    assertThat(run("completion", "--help")).isZero();
    assertThat(out.toString()).startsWith("Usage: vnnews completion");
  }

  @Test
  void versionNamesVersionBuildAndJava() {
    assertThat(run("--version")).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("vnnews \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(lines.get(1)).matches("build ([0-9a-f]{7,40}(-dirty)?|unknown)");
    assertThat(lines.get(2)).startsWith("Java " + System.getProperty("java.version"));
  }
}
