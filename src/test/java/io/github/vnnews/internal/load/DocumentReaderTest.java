package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
  private final List<IngestError> errors = new ArrayList<>();

  private List<RawDocument> read(String fixture, Options options) throws IOException {
    Path p = Path.of("src/test/resources/load", fixture);
    InputStream in = Files.newInputStream(p);
    return DocumentReader.readAll(
        DocumentReader.open(fixture, in, options.loaderConfig(), (b, n) -> null, errors::add));
  }

  private List<RawDocument> read(String fixture) throws IOException {
    return read(fixture, Options.defaults());
  }

  private static String spans(List<RawDocument> docs) {
    StringBuilder sb = new StringBuilder();
    for (RawDocument d : docs) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(d.index()).append(':').append(d.startLine()).append('-').append(d.endLine());
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "hash-delimiters.txt, 0:1-3 1:5-6 2:8-9",
    "doc-markers.txt, 0:2-4 1:6-7 2:9-10",
    "crlf-bom-dashes.txt, 0:1-3 1:5-6 2:8-9",
    "cr-only.txt, 0:1-3 1:5-6",
    "empty-article-between-delimiters.txt, 0:1-3 1:8-9",
    "form-feed.txt, 0:1-3 1:5-6",
    "multi.txt.gz, 0:1-3 1:5-6",
    "ordinary-dashes.txt, 0:1-5",
  })
  void splitsOnDelimiterLinesWithRightIndexAndLineSpan(String fixture, String expected)
      throws IOException {
    List<RawDocument> docs = read(fixture);
    assertThat(spans(docs)).isEqualTo(expected);
    assertThat(errors).isEmpty();
    for (RawDocument d : docs) {
      assertThat(d.path()).isEqualTo(fixture);
      assertThat(d.format()).isEqualTo("text");
      assertThat(d.lines()).allSatisfy(l -> assertThat(l.text()).doesNotContain("#####", "\r", "\uFEFF", "<<<"));
    }
  }

  @Test
  void delimiterLinesAreNotContentAndTextIsDecoded() throws IOException {
    List<RawDocument> docs = read("crlf-bom-dashes.txt");
    assertThat(docs.get(0).lines().get(0).text()).isEqualTo("Tiêu đề bài một");
    assertThat(docs.get(1).text()).isEqualTo("Tiêu đề bài hai\nĐây là đoạn thứ nhất của bài hai.");
    assertThat(docs.get(0).encoding()).isEqualTo("utf-8");
  }

  @Test
  void literalAndRegexDelimiters() throws IOException {
    assertThat(spans(read("custom-delimiter.txt", Options.builder().delimiter("@@ARTICLE@@").build())))
        .isEqualTo("0:1-3 1:5-6 2:8-9");
    assertThat(spans(read("custom-delimiter.txt", Options.builder().delimiterRegex("@@[A-Z]+@@").build())))
        .isEqualTo("0:1-3 1:5-6 2:8-9");
    // without the option the custom line is ordinary text
    assertThat(spans(read("custom-delimiter.txt"))).isEqualTo("0:1-9");
  }

  @Test
  void autoDelimitersCanBeSwitchedOff() throws IOException {
    assertThat(spans(read("hash-delimiters.txt", Options.builder().autoDelimiters(false).build())))
        .isEqualTo("0:1-9");
  }

  @Test
  void invalidUtf8RejectsOnlyItsArticleAndNamesLineAndByteOffset() throws IOException {
    List<RawDocument> docs = read("invalid-utf8-middle-article.txt");
    assertThat(spans(docs)).isEqualTo("0:1-3 2:8-9");
    assertThat(errors).hasSize(1);
    IngestError e = errors.get(0);
    long offset =
        ("Tiêu đề bài một\nĐây là đoạn thứ nhất của bài một.\nĐoạn thứ hai của bài một.\n#####\n"
                + "Bài hỏng\nCó byte sai ")
            .getBytes(StandardCharsets.UTF_8).length;
    assertThat(e.kind()).isEqualTo(IngestError.Kind.INVALID_ENCODING);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.byteOffset()).isEqualTo(offset);
    assertThat(e.message())
        .isEqualTo("invalid-utf8-middle-article.txt: line 6, byte offset " + offset
            + ": invalid utf-8 byte sequence; article 1 (lines 5-6) skipped");
  }

  @Test
  void binaryFileIsRejectedWithOffsetOfFirstNul() throws IOException {
    assertThat(read("binary.png")).isEmpty();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IngestError.Kind.BINARY);
      assertThat(e.byteOffset()).isEqualTo(8);
      assertThat(e.message()).isEqualTo("binary.png: byte offset 8: binary content (NUL byte at byte offset 8)");
    });
  }

  @Test
  void emptyFileAndDelimiterOnlyFileAreReported() throws IOException {
    assertThat(read("empty.txt")).isEmpty();
    assertThat(read("only-delimiter.txt")).isEmpty();
    assertThat(errors).extracting(IngestError::message).containsExactly(
        "empty.txt: empty file (no bytes)",
        "only-delimiter.txt: no article text (only blank or delimiter lines)");
    assertThat(errors).extracting(IngestError::kind).containsOnly(IngestError.Kind.EMPTY);
  }

  @Test
  void overlongLineRejectsItsArticleWithoutBufferingIt() {
    String good = "Bài tốt\nMột đoạn.\n";
    String text = good + "#####\nBài dài\n" + "x".repeat(5000) + "\n#####\n" + good;
    Options o = Options.builder().maxLineBytes(1024).build();
    List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open("long.txt",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o.loaderConfig(), null, errors::add));
    assertThat(spans(docs)).isEqualTo("0:1-2 2:7-8");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IngestError.Kind.LINE_TOO_LONG);
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.byteOffset()).isEqualTo(("Bài tốt\nMột đoạn.\n#####\nBài dài\n").getBytes(StandardCharsets.UTF_8).length);
    });
  }

  @Test
  void gzipBombIsCutAtTheLimit() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
      byte[] line = "Một dòng văn bản lặp lại rất nhiều lần.\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200_000; i++) {
        gz.write(line);
      }
    }
    Options o = Options.builder().maxDecompressedBytes(1 << 20).build();
    List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open("bomb.txt.gz",
        new ByteArrayInputStream(bytes.toByteArray()), o.loaderConfig(), null, errors::add));
    assertThat(docs).isEmpty();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IngestError.Kind.COMPRESSION);
      assertThat(e.message()).contains("bomb.txt.gz", "expands beyond the limit of 1048576 bytes");
    });
  }

  @Test
  void htmlFilesAreOneDocument() {
    String page = "<!DOCTYPE html>\n<html><body>\n<p>a</p>\n#####\n<p>b</p>\n</body></html>\n";
    List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open("page.html",
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), Options.defaults().loaderConfig(), null, errors::add));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.format()).isEqualTo("html");
      assertThat(d.startLine()).isEqualTo(1);
      assertThat(d.endLine()).isEqualTo(6);
    });
  }

  @Test
  void entitiesInPlainTextAreDecodedBeforeRepairButAnHtmlPageKeepsItsOwn() {
    String text = "Tour &quot;chiêm ngưỡng&quot; Đại ngàn\nm&#7897;t ng&#432;&#7901;i, S&#7903; TN&MT;\n";
    List<RawDocument> docs = DocumentReader.readAll(DocumentReader.open("crawl.txt",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Options.defaults().loaderConfig(), null,
        errors::add));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.lines()).extracting(l -> l.text())
          .containsExactly("Tour \"chiêm ngưỡng\" Đại ngàn", "một người, Sở TN&MT;");
      assertThat(d.lines()).extracting(l -> l.number()).containsExactly(1, 2);
      assertThat(d.repaired()).isTrue();
    });
    String page = "<!DOCTYPE html>\n<html><body><p>a &amp;lt; b</p></body></html>\n";
    List<RawDocument> html = DocumentReader.readAll(DocumentReader.open("page.html",
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), Options.defaults().loaderConfig(), null,
        errors::add));
    assertThat(html).singleElement().satisfies(d ->
        assertThat(String.join("\n", d.lines().stream().map(l -> l.text()).toList())).contains("a &amp;lt; b"));
  }
}
