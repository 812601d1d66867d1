package io.github.vnnews.internal.load;

import static io.github.vnnews.WarcFixtures.metadata;
import static io.github.vnnews.WarcFixtures.request;
import static io.github.vnnews.WarcFixtures.resource;
import static io.github.vnnews.WarcFixtures.response;
import static io.github.vnnews.WarcFixtures.revisit;
import static io.github.vnnews.WarcFixtures.warcinfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.IngestError;
import io.github.vnnews.SkipReason;
import io.github.vnnews.WarcFixtures;
import io.github.vnnews.internal.text.VietnameseCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Web archives in: WARC files written here with jwarc (the dev corpus's HTML pages as responses
 * among requests, metadata, a revisit, a PDF, a redirect, a 404, a gzip-encoded page, plain text
 * with a charset in its HTTP header), read through {@link Corpus} like any input.
 */
class WarcInputTest {
  @TempDir static Path tmp;
  private static List<Path> pages;
  private static final String SEED = "seeds/004_3c5535e1b6821573.txt";
  /** A page whose bytes are windows-1258 while its meta says UTF-8: only the HTTP header is right. */
  private static byte[] cp1258Page;

  @BeforeAll
  static void pages() throws IOException {
    pages = WarcFixtures.devPages();
    assumeTrue(pages.size() >= 5, "the shared dev corpus (../shared/corpus/dev) is missing");
    String text = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Giá vàng</title></head><body>"
        + "<h1>Giá vàng hôm nay tăng mạnh trên thị trường trong nước</h1>"
        + "<p>Sáng nay, giá vàng miếng trong nước tăng thêm nửa triệu đồng mỗi lượng so với hôm qua.</p>"
        + "<p>Các doanh nghiệp kinh doanh vàng cho biết lượng khách mua vào tăng đáng kể.</p></body></html>";
    cp1258Page = text.getBytes(VietnameseCharsets.WINDOWS_1258);
  }

  /** Everything a crawl holds, with what each record should become. */
  private static List<WarcRecord> crawl() throws IOException {
    List<WarcRecord> rs = new ArrayList<>();
    rs.add(warcinfo("crawl.warc"));
    long n = 1;
    for (Path p : pages) {
      String url = "https://news.example.vn/" + p.getFileName();
      rs.add(request(url, n++));
      rs.add(response(url, n++, 200, "text/html; charset=utf-8", Files.readAllBytes(p)));
      rs.add(metadata(url, n++));
    }
    rs.add(response("https://news.example.vn/gzip.html", n++, 200, "text/html", gzip(Files.readAllBytes(pages.get(0))),
        "Content-Encoding", "gzip"));
    rs.add(response("https://news.example.vn/seed.txt", n++, 200, "text/plain; charset=utf-8",
        Files.readAllBytes(Path.of(SEED))));
    rs.add(response("https://news.example.vn/cp1258.html", n++, 200, "text/html; charset=windows-1258", cp1258Page));
    rs.add(response("https://news.example.vn/report.pdf", n++, 200, "application/pdf",
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
    rs.add(response("https://news.example.vn/old", n++, 301, "text/html", "<a href=/new>moved</a>".getBytes(StandardCharsets.UTF_8),
        "Location", "https://news.example.vn/new"));
    rs.add(response("https://news.example.vn/missing", n++, 404, "text/html; charset=utf-8",
        "<html><body><h1>Không tìm thấy trang</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
    rs.add(revisit("https://news.example.vn/" + pages.get(1).getFileName(), n++));
    rs.add(resource("https://news.example.vn/resource.html", n++, "text/html; charset=utf-8", Files.readAllBytes(pages.get(2))));
    rs.add(response("https://news.example.vn/empty.html", n++, 200, "text/html", new byte[0]));
    return rs;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private record Read(List<Article> articles, List<IngestError> errors, Map<SkipReason, Long> skipped) {}

  private static Read read(Path... paths) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Corpus c = Corpus.read(paths)) {
      c.forEach(out::add);
      return new Read(out, List.copyOf(c.errors()), c.skipped());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"NONE", "GZIP"})
  void responsesBecomeArticlesAndEveryOtherRecordIsCountedByKind(WarcCompression compression) throws IOException {
    Path warc = tmp.resolve("crawl-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
    List<WarcRecord> records = crawl();
    List<Long> offsets = WarcFixtures.write(warc, compression, records);
    Read r = read(warc);

    assertThat(r.errors()).isEmpty();
    // every dev page, the gzip-encoded copy, the seed as text/plain, the windows-1258 page, the resource
    assertThat(r.articles()).hasSize(pages.size() + 4);
    assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
        SkipReason.WARCINFO, 1L, SkipReason.REQUEST, (long) pages.size(), SkipReason.METADATA, (long) pages.size(),
        SkipReason.REVISIT, 1L, SkipReason.REDIRECT, 1L, SkipReason.HTTP_ERROR, 1L, SkipReason.NOT_HTML, 1L,
        SkipReason.EMPTY, 1L));

    Article first = r.articles().get(0);
    assertThat(first.source().path()).isEqualTo(warc.getParent().getFileName() + "/" + warc.getFileName());
    assertThat(first.source().format()).isEqualTo("html");
    assertThat(first.source().url()).isEqualTo("https://news.example.vn/" + pages.get(0).getFileName());
    assertThat(first.source().fetchedAt()).isEqualTo(WarcFixtures.DATE.plusSeconds(2));
    assertThat(first.source().warcRecordId()).isEqualTo("<" + WarcFixtures.id(2) + ">");
    assertThat(first.source().index()).isEqualTo(2); // warcinfo, request, response
    assertThat(first.source().offset()).isEqualTo(offsets.get(2));
    // the offset is where the record starts: jwarc reads the same record there
    for (Article a : r.articles()) {
      try (FileChannel ch = FileChannel.open(warc)) {
        ch.position(a.source().offset());
        WarcRecord at = new WarcReader(ch).next().orElseThrow();
        assertThat("<" + at.id() + ">").isEqualTo(a.source().warcRecordId());
      }
    }
    Article text = r.articles().stream().filter(a -> a.source().url().endsWith("seed.txt")).findFirst().orElseThrow();
    assertThat(text.source().format()).isEqualTo("text");
    assertThat(text.title()).startsWith("Thường trực Ban Bí thư");
    Article cp1258 = r.articles().stream().filter(a -> a.source().url().endsWith("cp1258.html")).findFirst().orElseThrow();
    assertThat(cp1258.source().encoding()).as("the HTTP charset goes before the page's meta").isEqualTo("windows-1258");
    assertThat(cp1258.text()).contains("Sáng nay, giá vàng miếng trong nước tăng thêm nửa triệu đồng mỗi lượng");
  }

  @Test
  void aPageInAnArchiveGivesTheArticleOfThePageAsAFile() throws IOException {
    Path warc = tmp.resolve("same.warc.gz");
    WarcFixtures.write(warc, WarcCompression.GZIP, crawl());
    List<Article> fromWarc = read(warc).articles();
    for (int i = 0; i < pages.size(); i++) {
      Article file = read(pages.get(i)).articles().get(0);
      Article archived = fromWarc.get(i);
      assertThat(archived.title()).isEqualTo(file.title());
      assertThat(archived.paragraphs()).isEqualTo(file.paragraphs());
      assertThat(archived.captions()).isEqualTo(file.captions());
      assertThat(archived.publishedAt()).isEqualTo(file.publishedAt());
      assertThat(archived.contentHash()).as("same content, same hash, wherever it was read").isEqualTo(file.contentHash());
      assertThat(archived.id()).isNotEqualTo(file.id());
    }
    // the gzip-encoded copy of page 0 is page 0
    Article gz = fromWarc.stream().filter(a -> a.source().url().endsWith("/gzip.html")).findFirst().orElseThrow();
    assertThat(gz.paragraphs()).isEqualTo(fromWarc.get(0).paragraphs());
  }

  @Test
  void aTruncatedRecordIsAnErrorNamingTheFileAndItsOffset() throws IOException {
    Path whole = tmp.resolve("whole.warc");
    List<Long> offsets = WarcFixtures.write(whole, WarcCompression.NONE, crawl().subList(0, 10));
    byte[] bytes = Files.readAllBytes(whole);
    // cut the file in the middle of the last response's payload (record 8: request 7, response 8)
    long start = offsets.get(8);
    Path cut = tmp.resolve("truncated-record.warc");
    Files.write(cut, Arrays.copyOf(bytes, (int) (start + (offsets.get(9) - start) / 2)));
    Read r = read(cut);
    assertThat(r.articles()).hasSize(2); // the responses at 2 and 5
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(IngestError.Kind.INVALID_RECORD);
      assertThat(e.byteOffset()).isEqualTo(start);
      assertThat(e.path()).as("errors name the file as typed").isEqualTo(cut.toString());
      assertThat(e.message()).startsWith(e.path() + ": record at byte offset " + start + " (https://news.example.vn/")
          .contains("cut short");
    });
  }

  @Test
  void aGzipMemberCutShortEndsTheFileAfterTheRecordsBeforeIt() throws IOException {
    Path whole = tmp.resolve("whole.warc.gz");
    List<Long> offsets = WarcFixtures.write(whole, WarcCompression.GZIP, crawl().subList(0, 10));
    byte[] bytes = Files.readAllBytes(whole);
    long start = offsets.get(5); // the second response
    Path cut = tmp.resolve("cut-member.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, (int) (start + (offsets.get(6) - start) / 3)));
    Read r = read(cut);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).source().offset()).isEqualTo(offsets.get(2));
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isIn(IngestError.Kind.COMPRESSION, IngestError.Kind.INVALID_RECORD);
      assertThat(e.byteOffset()).isEqualTo(start);
      assertThat(e.message()).contains("byte offset " + start).contains("rest of file skipped");
    });
  }

  @Test
  void aGzipMemberCutInItsRecordHeaderIsReportedAtThatRecord() throws IOException {
    Path whole = tmp.resolve("whole-header.warc.gz");
    List<Long> offsets = WarcFixtures.write(whole, WarcCompression.GZIP, crawl().subList(0, 10));
    byte[] bytes = Files.readAllBytes(whole);
    long start = offsets.get(5);
    Path cut = tmp.resolve("cut-header.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, (int) start + 12)); // inside the gzip header and first bytes
    Read r = read(cut);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.byteOffset()).isEqualTo(start);
      assertThat(e.message()).contains("record at byte offset " + start).contains("rest of file skipped");
    });
  }

  @Test
  void archivesAreFoundByContentNotByName() throws IOException {
    Path hidden = tmp.resolve("crawl-copy.dat");
    WarcFixtures.write(hidden, WarcCompression.GZIP, crawl());
    assertThat(read(hidden).articles()).hasSize(pages.size() + 4);
    Path notWarc = tmp.resolve("notes.warc");
    Files.copy(Path.of(SEED), notWarc);
    Read text = read(notWarc);
    assertThat(text.articles()).singleElement().satisfies(a -> {
      assertThat(a.source().offset()).isNull();
      assertThat(a.title()).startsWith("Thường trực Ban Bí thư");
    });
    assertThat(text.skipped()).isEmpty();
    assertThat(RecordReaders.isWebArchive("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), 10)).isTrue();
    assertThat(RecordReaders.isWebArchive("WARC/ is a word".getBytes(StandardCharsets.US_ASCII), 15)).isFalse();
  }

  @Test
  void arcFilesAreReadToo() throws IOException {
    byte[] page = Files.readAllBytes(pages.get(0));
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), page);
    String version = "1 0 vnnews\nURL IP-address Archive-date Content-type Archive-length\n";
    ByteArrayOutputStream arc = new ByteArrayOutputStream();
    arc.write(("filedesc://test.arc 0.0.0.0 20260301025100 text/plain " + version.length() + "\n" + version + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    long offset = arc.size();
    arc.write(("https://news.example.vn/a.html 127.0.0.1 20260301025100 text/html " + block.length + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    arc.write(block);
    arc.write('\n');
    Path file = tmp.resolve("test.arc");
    Files.write(file, arc.toByteArray());
    Read r = read(file);
    assertThat(r.errors()).isEmpty();
    assertThat(r.skipped()).containsExactlyEntriesOf(Map.of(SkipReason.WARCINFO, 1L));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.source().url()).isEqualTo("https://news.example.vn/a.html");
      assertThat(a.source().offset()).isEqualTo(offset);
      assertThat(a.source().fetchedAt()).isEqualTo(WarcFixtures.DATE);
      assertThat(a.paragraphs()).isEqualTo(read(pages.get(0)).articles().get(0).paragraphs());
    });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aPayloadAboveTheArticleLimitIsAnErrorAndTheNextRecordIsRead() throws IOException {
    Path warc = tmp.resolve("large.warc.gz");
    List<Long> offsets = WarcFixtures.write(warc, WarcCompression.GZIP, crawl().subList(0, 7));
    assumeTrue(Files.size(pages.get(0)) > 100_000 && Files.size(pages.get(1)) < 100_000,
        "needs dev page 0 above and page 1 below 100,000 bytes");
    List<Article> out = new ArrayList<>();
    io.github.vnnews.Options small = io.github.vnnews.Options.builder().maxArticleChars(100_000).build();
    try (Corpus c = Corpus.read(List.of(warc), small)) {
      c.forEach(out::add);
      assertThat(c.errors()).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(IngestError.Kind.ARTICLE_TOO_LARGE);
        assertThat(e.byteOffset()).isEqualTo(offsets.get(2));
      });
    }
    assertThat(out).hasSize(1);
  }
}
