package io.github.vnnews.reliability;

import static io.github.vnnews.reliability.Ingest.addGoodFiles;
import static io.github.vnnews.reliability.Ingest.assertComplete;
import static io.github.vnnews.reliability.Ingest.assertGoodFilesComplete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.IngestError.Kind;
import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.reliability.Ingest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input, each beside two good files: the exact error (kind, path, line, byte
 * offset, message) and the good files still complete.
 */
class BadInputTest {
  private static final String ARTICLE_A =
      "Mưa lớn kéo dài ở miền Trung\nNhiều tuyến đường tại Quảng Nam bị ngập sâu từ 0,5 đến 1 m.\n";
  private static final String ARTICLE_C =
      "Giá xăng giảm nhẹ từ 15 giờ chiều nay\nLiên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ.\n";

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  private static void assertError(IngestError e, Kind kind, String path, long line, long offset, String message) {
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.byteOffset()).as("byte offset").isEqualTo(offset);
    assertThat(e.message()).isEqualTo(message);
  }

  @Test
  void invalidUtf8CostsOnlyItsArticle() throws IOException {
    addGoodFiles(dir);
    byte[] head = utf8(ARTICLE_A + "=====\nDòng đầu của bài hai\nByte hỏng: ");
    byte[] file = concat(head, new byte[] {(byte) 0xC3, 0x28}, utf8(" ở giữa dòng\nDòng cuối\n=====\n" + ARTICLE_C));
    Files.write(dir.resolve("bad-utf8.txt"), file);

    Run run = Ingest.run(Options.builder().encoding("utf-8").build(), dir);

    assertError(run.onlyError(), Kind.INVALID_ENCODING, path("bad-utf8.txt"), 5, head.length,
        path("bad-utf8.txt") + ": line 5, byte offset " + head.length
            + ": invalid utf-8 byte sequence; article 1 (lines 4-6) skipped");
    assertThat(run.from("bad-utf8.txt")).extracting(a -> a.source().index()).containsExactly(0, 2);
    assertGoodFilesComplete(run);
    Article a = run.from("bad-utf8.txt").get(0);
    assertThat(WordConservation.outputWords(a)).isEqualTo(WordConservation.words(ARTICLE_A));
    Article c = run.from("bad-utf8.txt").get(1);
    assertThat(WordConservation.outputWords(c)).isEqualTo(WordConservation.words(ARTICLE_C));
  }

  @Test
  void nulByteInTheFirstBytesRejectsTheFile() throws IOException {
    addGoodFiles(dir);
    Files.write(dir.resolve("nul.txt"), concat(utf8("Tiêu đề"), new byte[] {0}, utf8("phần còn lại\n")));

    Run run = Ingest.run(dir);

    int offset = utf8("Tiêu đề").length;
    assertError(run.onlyError(), Kind.BINARY, path("nul.txt"), -1, offset,
        path("nul.txt") + ": byte offset " + offset + ": binary content (NUL byte at byte offset " + offset + ")");
    assertThat(run.from("nul.txt")).isEmpty();
    assertGoodFilesComplete(run);
  }

  @Test
  void pngImageIsBinary() throws IOException {
    addGoodFiles(dir);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    Files.write(dir.resolve("photo.png"), png);

    // by default a directory's .png is not an article file: left out, no error
    Run skipped = Ingest.run(dir);
    assertThat(skipped.errors()).isEmpty();
    assertGoodFilesComplete(skipped);
    // read all the same (every file asked for), it is binary content
    Run run = Ingest.run(Options.builder().allFiles(true).build(), dir);

    assertError(run.onlyError(), Kind.BINARY, path("photo.png"), -1, 8,
        path("photo.png") + ": byte offset 8: binary content (NUL byte at byte offset 8)");
    assertGoodFilesComplete(run);
    assertThat(run.articles()).hasSize(2);
  }

  @Test
  void nulByteDeepInsideCostsOnlyItsArticle() throws IOException {
    addGoodFiles(dir);
    // more than the 8 KiB that are sniffed for binary content, so the NUL is found line by line
    String filler = "Đoạn văn dài để vượt qua phần đầu tệp được kiểm tra nhị phân.\n".repeat(200);
    byte[] head = utf8(ARTICLE_A + "=====\n" + filler + "Dòng có ");
    Files.write(dir.resolve("late-nul.txt"),
        concat(head, new byte[] {0}, utf8(" byte NUL\n=====\n" + ARTICLE_C)));

    Run run = Ingest.run(dir);

    int line = 2 + 1 + 200 + 1;
    assertError(run.onlyError(), Kind.BINARY, path("late-nul.txt"), line, head.length,
        path("late-nul.txt") + ": line " + line + ", byte offset " + head.length
            + ": binary content (NUL byte); article 1 (lines 4-" + line + ") skipped");
    assertThat(run.from("late-nul.txt")).extracting(a -> a.source().index()).containsExactly(0, 2);
    assertGoodFilesComplete(run);
  }

  @Test
  void emptyFile() throws IOException {
    addGoodFiles(dir);
    Files.write(dir.resolve("empty.txt"), new byte[0]);

    Run run = Ingest.run(dir);

    assertError(run.onlyError(), Kind.EMPTY, path("empty.txt"), -1, -1,
        path("empty.txt") + ": empty file (no bytes)");
    assertGoodFilesComplete(run);
  }

  @Test
  void fileOfBlankAndDelimiterLinesOnly() throws IOException {
    addGoodFiles(dir);
    Files.writeString(dir.resolve("blank.txt"), "\n   \n=====\n\t\n-----\n\u200b\n", StandardCharsets.UTF_8);

    Run run = Ingest.run(dir);

    assertError(run.onlyError(), Kind.EMPTY, path("blank.txt"), -1, -1,
        path("blank.txt") + ": no article text (only blank or delimiter lines)");
    assertGoodFilesComplete(run);
  }

  /** Regression: a record of zero-width characters became an article with no text. */
  @Test
  void zeroWidthOnlyRecordIsNotAnArticle() throws IOException {
    Files.writeString(dir.resolve("zw.txt"), ARTICLE_A + "=====\n\u200b\u2060\n\u00ad\n=====\n" + ARTICLE_C,
        StandardCharsets.UTF_8);

    Run run = Ingest.run(dir);

    assertThat(run.errors()).isEmpty();
    assertThat(run.articles()).extracting(a -> a.source().index()).containsExactly(0, 1);
    assertThat(run.articles()).allSatisfy(a -> assertThat(a.paragraphs()).isNotEmpty());
  }

  @Test
  void utf16IsUnsupported() throws IOException {
    addGoodFiles(dir);
    Files.write(dir.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Tin tức\n".getBytes(StandardCharsets.UTF_16LE)));

    Run run = Ingest.run(dir);

    assertError(run.onlyError(), Kind.UNSUPPORTED, path("utf16.txt"), 1, 0,
        path("utf16.txt") + ": line 1, byte offset 0: UTF-16 text is not supported (byte order mark at offset 0); convert it to UTF-8");
    assertGoodFilesComplete(run);
  }

  @Test
  void gzipBombStopsAtTheLimitAndKeepsWhatCameBefore() throws IOException {
    addGoodFiles(dir);
    long limit = 1 << 20;
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      out.write(utf8(ARTICLE_A + "=====\n"));
      byte[] newlines = new byte[1 << 16];
      Arrays.fill(newlines, (byte) '\n');
      for (int i = 0; i < 1024; i++) { // 64 MiB of blank lines
        out.write(newlines);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20); // small compressed, 64 times the limit expanded

    Run run = Ingest.run(Options.builder().maxDecompressedBytes(limit).build(), dir);

    assertError(run.onlyError(), Kind.COMPRESSION, path("bomb.txt.gz"), -1, limit,
        path("bomb.txt.gz") + ": byte offset " + limit + ": gzip input expands beyond the limit of " + limit
            + " bytes (--max-decompressed-size); rest of file skipped");
    assertComplete(run, "bomb.txt.gz", ARTICLE_A);
    assertGoodFilesComplete(run);
  }

  /** Regression: a gzip stream that failed within its first 64 KiB lost the whole file as UNREADABLE. */
  @Test
  void truncatedGzipKeepsTheArticlesBeforeTheCut() throws IOException {
    addGoodFiles(dir);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buf)) {
      out.write(utf8(ARTICLE_A + "=====\n" + ARTICLE_C + "=====\n" + "Bài thứ ba bị cắt cụt giữa chừng\n".repeat(50)));
    }
    byte[] gz = buf.toByteArray();
    Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length - 12)); // no trailer, part of the data

    Run run = Ingest.run(dir);

    IngestError e = run.onlyError();
    int cut = gz.length - 12;
    long inflated = inflatedBytes(Arrays.copyOf(gz, cut));
    assertError(e, Kind.COMPRESSION, path("cut.txt.gz"), -1, inflated,
        path("cut.txt.gz") + ": byte offset " + inflated + ": gzip data ends early (truncated) in member 1 at compressed byte offset "
            + cut + "; rest of file skipped");
    assertThat(run.from("cut.txt.gz")).hasSize(2);
    assertThat(WordConservation.outputWords(run.from("cut.txt.gz").get(0))).isEqualTo(WordConservation.words(ARTICLE_A));
    assertThat(WordConservation.outputWords(run.from("cut.txt.gz").get(1))).isEqualTo(WordConservation.words(ARTICLE_C));
    assertGoodFilesComplete(run);
  }

  /** How many bytes a cut gzip member (one, with a plain 10-byte header) inflates to. */
  private static long inflatedBytes(byte[] gz) {
    java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
    inflater.setInput(gz, 10, gz.length - 10);
    byte[] out = new byte[1 << 16];
    long n = 0;
    try {
      int k;
      while ((k = inflater.inflate(out)) > 0) {
        n += k;
      }
    } catch (java.util.zip.DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      inflater.end();
    }
    return n;
  }

  @Test
  void corruptGzipHeader() throws IOException {
    addGoodFiles(dir);
    Files.write(dir.resolve("junk.gz"), new byte[] {0x1f, (byte) 0x8b, 99, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});

    Run run = Ingest.run(dir);

    assertError(run.onlyError(), Kind.COMPRESSION, path("junk.gz"), -1, 0,
        path("junk.gz") + ": byte offset 0: unsupported gzip compression method 99 in member 1 (compressed byte offset 0); file skipped");
    assertGoodFilesComplete(run);
  }

  @Test
  void articleLargerThanTheLimit() throws IOException {
    addGoodFiles(dir);
    String big = "Một dòng văn bản bình thường của bài rất dài.\n".repeat(100);
    Files.writeString(dir.resolve("big.txt"), ARTICLE_A + "=====\n" + big + "=====\n" + ARTICLE_C, StandardCharsets.UTF_8);

    Run run = Ingest.run(Options.builder().maxArticleChars(1000).build(), dir);

    IngestError e = run.onlyError();
    // each line counts its characters plus one for the line break: 47 a line, so line 22 of the
    // article (file line 25) passes 1000
    int firstOffset = utf8(ARTICLE_A + "=====\n").length;
    int lineBytes = utf8("Một dòng văn bản bình thường của bài rất dài.\n").length;
    assertError(e, Kind.ARTICLE_TOO_LARGE, path("big.txt"), 25, firstOffset + 21L * lineBytes,
        path("big.txt") + ": line 25, byte offset " + (firstOffset + 21L * lineBytes)
            + ": article longer than 1000 characters (--max-article-size); article 1 (lines 4-103) skipped");
    assertThat(run.from("big.txt")).extracting(a -> a.source().index()).containsExactly(0, 2);
    assertGoodFilesComplete(run);
  }

  @Test
  void deeplyNestedHtml() throws IOException {
    addGoodFiles(dir);
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>Trang lồng sâu</title></head><body>\n");
    int depth = 100_000;
    for (int i = 0; i < depth; i++) {
      sb.append("<div>");
      if (i % 1000 == 999) {
        sb.append('\n');
      }
    }
    sb.append("<h1>Tiêu đề bài viết lồng sâu</h1><p>Đoạn văn nằm ở tầng sâu nhất của trang, chứa thông tin chính.</p>");
    sb.append("</div>".repeat(depth)).append("</body></html>\n");
    Files.writeString(dir.resolve("deep.html"), sb, StandardCharsets.UTF_8);

    // past the default limit on elements (100,000): depth itself is no problem
    Run run = Ingest.run(Options.builder().maxPageElements(200_000).build(), dir);

    assertThat(run.errors()).isEmpty();
    assertThat(run.from("deep.html")).hasSize(1);
    Article page = run.from("deep.html").get(0);
    assertThat(String.join("\n", page.paragraphs()) + "\n" + page.title()).contains("tầng sâu nhất");
    assertGoodFilesComplete(run);
  }

  @Test
  void truncatedHtml() throws IOException {
    addGoodFiles(dir);
    Files.writeString(dir.resolve("cut.html"),
        "<!DOCTYPE html><html><head><title>Bài bị cắt</title></head><body><article><h1>Giá vàng tăng mạnh</h1>"
            + "<p>Giá vàng miếng trong nước sáng nay tăng thêm 500.000 đồng mỗi lượng.</p><p>Các doanh nghiệp kinh do",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cut-tag.html"),
        "<html><body><p>Người dân đổ xô đi mua vàng từ sớm.</p><div class=\"x", StandardCharsets.UTF_8);

    Run run = Ingest.run(dir);

    assertThat(run.errors()).isEmpty();
    assertThat(run.from("cut.html")).hasSize(1);
    assertThat(String.join("\n", run.from("cut.html").get(0).paragraphs())).contains("500.000 đồng");
    assertThat(run.from("cut-tag.html")).hasSize(1);
    assertThat(String.join("\n", run.from("cut-tag.html").get(0).paragraphs())).contains("đổ xô đi mua vàng");
    assertGoodFilesComplete(run);
  }

  @Test
  void unreadableFileAndDirectory() throws IOException {
    addGoodFiles(dir);
    Path file = Files.writeString(dir.resolve("locked.txt"), ARTICLE_A, StandardCharsets.UTF_8);
    Path sub = Files.createDirectory(dir.resolve("locked-dir"));
    Files.writeString(sub.resolve("inside.txt"), ARTICLE_C, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, java.util.Set.of());
      Files.setPosixFilePermissions(sub, java.util.Set.of());
      assumeTrue(!Files.isReadable(file), "permissions do not bite (running as root?)");

      Run run = Ingest.run(dir);

      assertThat(run.errors()).hasSize(2);
      assertThat(run.errors().get(0).kind()).isEqualTo(Kind.UNREADABLE);
      assertThat(run.errors().get(0).path()).isEqualTo(path("locked-dir"));
      assertThat(run.errors().get(0).message()).startsWith(path("locked-dir") + ": cannot read directory");
      assertError(run.errors().get(1), Kind.UNREADABLE, path("locked.txt"), -1, -1,
          path("locked.txt") + ": cannot read file (permission denied)");
      assertGoodFilesComplete(run);
    } finally {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(sub, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** A file whose reading fails with an I/O error, even for root: Linux's /proc/self/mem at offset 0. */
  @Test
  void fileThatFailsToRead() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem) && Files.isReadable(mem), "needs Linux /proc");
    addGoodFiles(dir);

    Run run = Ingest.run(Options.defaults(), dir.resolve(Ingest.GOOD_1), mem, dir.resolve(Ingest.GOOD_2));

    IngestError e = run.onlyError();
    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.path()).isEqualTo("/proc/self/mem");
    assertThat(e.byteOffset()).isZero();
    assertThat(e.message()).isEqualTo("/proc/self/mem: byte offset 0: read failed: Input/output error; file skipped");
    assertGoodFilesComplete(run);
  }

  @Test
  void missingPath() throws IOException {
    addGoodFiles(dir);

    Run run = Ingest.run(Options.defaults(), dir, dir.resolve("nowhere.txt"));

    assertError(run.onlyError(), Kind.NOT_FOUND, path("nowhere.txt"), -1, -1,
        path("nowhere.txt") + ": no such file or directory");
    assertGoodFilesComplete(run);
  }

  @Test
  void symlinkLoopToAParentDirectory() throws IOException {
    addGoodFiles(dir);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve("inner.txt"), ARTICLE_A, StandardCharsets.UTF_8);
    Files.createSymbolicLink(sub.resolve("loop"), dir);

    Run run = Ingest.run(dir);

    String loop = dir.resolve("sub/loop").toString();
    assertError(run.onlyError(), Kind.SYMLINK_LOOP, loop, -1, -1,
        loop + ": symbolic link loop (directory links back to a parent); skipped");
    assertComplete(run, "inner.txt", ARTICLE_A);
    assertGoodFilesComplete(run);
  }

  /** Regression: a link that leads to itself was reported as a broken link. */
  @Test
  void symlinkThatLeadsToItself() throws IOException {
    addGoodFiles(dir);
    Files.createSymbolicLink(dir.resolve("a-self"), dir.resolve("a-self"));
    Files.createSymbolicLink(dir.resolve("b-ping"), dir.resolve("c-pong"));
    Files.createSymbolicLink(dir.resolve("c-pong"), dir.resolve("b-ping"));
    Files.createSymbolicLink(dir.resolve("d-dangling"), dir.resolve("nothing-here"));

    Run run = Ingest.run(Options.defaults(), dir, dir.resolve("a-self"));

    assertThat(run.errors()).extracting(IngestError::kind, IngestError::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.SYMLINK_LOOP, path("a-self")),
        org.assertj.core.groups.Tuple.tuple(Kind.SYMLINK_LOOP, path("b-ping")),
        org.assertj.core.groups.Tuple.tuple(Kind.SYMLINK_LOOP, path("c-pong")),
        org.assertj.core.groups.Tuple.tuple(Kind.NOT_FOUND, path("d-dangling")),
        org.assertj.core.groups.Tuple.tuple(Kind.SYMLINK_LOOP, path("a-self")));
    assertThat(run.errors().get(0).message())
        .isEqualTo(path("a-self") + ": symbolic link loop (the link leads back to itself); skipped");
    assertThat(run.errors().get(3).message()).isEqualTo(path("d-dangling") + ": broken symbolic link");
    assertGoodFilesComplete(run);
  }

  /**
   * Regression: a ladder of directories each holding two links to the next made the walk read the
   * last directory 2^depth times. Now each directory is read once.
   */
  @Test
  void symlinkLadderIsReadOnce() throws IOException {
    int depth = 24;
    Path[] rungs = new Path[depth + 1];
    for (int i = 0; i <= depth; i++) {
      rungs[i] = Files.createDirectory(dir.resolve("rung" + i));
    }
    for (int i = 0; i < depth; i++) {
      Files.createSymbolicLink(rungs[i].resolve("left"), rungs[i + 1]);
      Files.createSymbolicLink(rungs[i].resolve("right"), rungs[i + 1]);
    }
    Files.writeString(rungs[depth].resolve("top.txt"), ARTICLE_A, StandardCharsets.UTF_8);

    Run run = Ingest.run(Options.defaults(), dir); // the links stay inside dir: followed

    assertThat(run.errors()).isEmpty();
    assertThat(run.articles()).hasSize(1);
    assertThat(run.articles().get(0).source().path())
        // relative to the root's parent: the root's own name first
        .isEqualTo(dir.getFileName() + "/" + rungs[0].getFileName() + "/" + "left/".repeat(depth) + "top.txt");
  }
}
