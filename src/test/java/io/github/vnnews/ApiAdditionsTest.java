package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API of issue 18: normalising a string of text or HTML, optional line and offset of an
 * error, a publication time as an {@link OffsetDateTime}, and the one-pass contract of a corpus.
 */
class ApiAdditionsTest {
  private static final String ARTICLE =
      "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu\n"
          + "\n"
          + "Chiều 28/7, một trận mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ở Hà Nội ngập sâu.\n"
          + "\n"
          + "Theo Trung tâm Khí tượng, mưa còn kéo dài đến hết tuần.\n";
  @TempDir Path tmp;

  @Test
  void normalizeTextGivesTheSameArticleAsTheSameFileWithoutItsPath() throws IOException {
    Article fromString = Normalizer.defaults().normalizeText(ARTICLE);
    Path file = tmp.resolve("a.txt");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    Article fromFile;
    try (Corpus c = Corpus.read(file)) {
      fromFile = c.articles().findFirst().orElseThrow();
    }
    assertThat(fromString.title()).isEqualTo("Hà Nội mưa lớn, nhiều tuyến phố ngập sâu").isEqualTo(fromFile.title());
    assertThat(fromString.paragraphs()).isEqualTo(fromFile.paragraphs()).hasSize(2);
    assertThat(fromString.source().path()).isEqualTo("-");
  }

  @Test
  void normalizeTextTakesAnyLineBreakAndRepairsDecomposedMarks() {
    Article crlf = Normalizer.defaults().normalizeText(ARTICLE.replace("\n", "\r\n"));
    Article cr = Normalizer.defaults().normalizeText(ARTICLE.replace("\n", "\r"));
    Article lf = Normalizer.defaults().normalizeText(ARTICLE);
    assertThat(crlf.paragraphs()).isEqualTo(lf.paragraphs());
    assertThat(cr.paragraphs()).isEqualTo(lf.paragraphs());
    // "Việt" with combining marks (NFD) comes out composed, as from a file
    Article nfd = Normalizer.defaults().normalizeText(ARTICLE + "\nVie\u0323\u0302t Nam thắng lớn trong trận chung kết.\n");
    assertThat(String.join("\n", nfd.paragraphs())).contains("Việt Nam").doesNotContain("\u0323");
  }

  @Test
  void normalizeTextOfNothingIsAnEmptyArticle() {
    Article empty = Normalizer.defaults().normalizeText("");
    assertThat(empty.paragraphs()).isEmpty();
    assertThatThrownBy(() -> Normalizer.defaults().normalizeText(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void normalizeHtmlFindsTheArticleOfAPageAndKeepsItsUrl() {
    String html = "<html><head><title>Hà Nội mưa lớn | Báo Mẫu</title>"
        + "<meta property=\"article:published_time\" content=\"2023-07-28T18:13:12+07:00\"></head><body>"
        + "<nav><a href=\"/\">Trang chủ</a> <a href=\"/thoi-su\">Thời sự</a></nav>"
        + "<article><h1>Hà Nội mưa lớn, nhiều tuyến phố ngập sâu</h1>"
        + "<p>Chiều 28/7, một trận mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc.</p>"
        + "<p>Theo Trung tâm Khí tượng Thủy văn quốc gia, mưa còn kéo dài đến hết tuần ở các tỉnh phía Bắc.</p>"
        + "</article><footer>Bản quyền thuộc về Báo Mẫu</footer></body></html>";
    Article a = Normalizer.defaults().normalizeHtml(html, "https://baomau.vn/ha-noi-mua-lon.html");
    assertThat(a.title()).isEqualTo("Hà Nội mưa lớn, nhiều tuyến phố ngập sâu");
    assertThat(a.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Trang chủ") || p.contains("Bản quyền"));
    assertThat(a.source().format()).isEqualTo("html");
    assertThat(a.source().url()).isEqualTo("https://baomau.vn/ha-noi-mua-lon.html");
    assertThat(a.publishedAt()).hasToString("2023-07-28T18:13:12+07:00");
    assertThat(Normalizer.defaults().normalizeHtml("<html><body></body></html>", null).paragraphs()).isEmpty();
  }

  @Test
  void publicationTimeAsOffsetDateTimeOnlyWhenATimeIsKnown() {
    PublicationTime t = PublicationTime.ofVietnam(LocalDateTime.of(2023, 7, 28, 18, 13, 12));
    assertThat(t.toOffsetDateTime()).contains(OffsetDateTime.of(2023, 7, 28, 18, 13, 12, 0, ZoneOffset.ofHours(7)));
    PublicationTime utc = PublicationTime.parse("2023-07-28T11:13:12Z");
    assertThat(utc.toOffsetDateTime().orElseThrow().toInstant()).isEqualTo(t.toOffsetDateTime().orElseThrow().toInstant());
    assertThat(PublicationTime.ofDate(LocalDate.of(2023, 7, 28)).toOffsetDateTime()).isEmpty();
  }

  @Test
  void ingestErrorLineAndOffsetAreEmptyWhereTheJsonHasNull() {
    IngestError both = new IngestError("a.txt", 12, 345, IngestError.Kind.LINE_TOO_LONG, "a.txt: line 12: too long");
    assertThat(both.optionalLine()).isEqualTo(OptionalLong.of(12));
    assertThat(both.optionalByteOffset()).isEqualTo(OptionalLong.of(345));
    IngestError none = new IngestError("b", -1, -1, IngestError.Kind.NOT_FOUND, "b: not found");
    assertThat(none.optionalLine()).isEmpty();
    assertThat(none.optionalByteOffset()).isEmpty();
    IngestError offsetOnly = new IngestError("c.gz", -1, 0, IngestError.Kind.COMPRESSION, "c.gz: corrupt");
    assertThat(offsetOnly.optionalLine()).isEmpty();
    assertThat(offsetOnly.optionalByteOffset()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void aCorpusIsIteratedOnceWhicheverWayItIsStarted() throws IOException {
    Path file = tmp.resolve("a.txt");
    Files.writeString(file, ARTICLE + "\n#####\n" + ARTICLE, StandardCharsets.UTF_8);
    try (Corpus c = Corpus.read(file)) {
      List<Article> first = new ArrayList<>();
      for (Article a : c) {
        first.add(a);
      }
      assertThat(first).hasSize(2);
      assertThatThrownBy(() -> {
        for (Article a : c) {
          first.add(a);
        }
      }).isInstanceOf(IllegalStateException.class).hasMessageContaining("Corpus.read again");
      assertThatThrownBy(c::articles).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(c::documents).isInstanceOf(IllegalStateException.class);
      assertThat(c.fileCount()).isEqualTo(1);
    }
    try (Corpus c = Corpus.read(file)) {
      Iterator<io.github.vnnews.RawDocument> docs = c.documents();
      assertThat(docs.hasNext()).isTrue();
      assertThatThrownBy(c::iterator).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> c.parallel(2)).isInstanceOf(IllegalStateException.class);
    }
    // a new read of the same inputs reads them again
    try (Corpus c = Corpus.read(file)) {
      assertThat(c.articles().count()).isEqualTo(2);
    }
  }

  @Test
  void aClosedCorpusEndsItsPass() throws IOException {
    Path file = tmp.resolve("a.txt");
    Files.writeString(file, ARTICLE + "\n#####\n" + ARTICLE, StandardCharsets.UTF_8);
    Corpus c = Corpus.read(file);
    Iterator<Article> it = c.iterator();
    assertThat(it.next()).isNotNull();
    c.close();
    assertThat(it.hasNext()).isFalse();
  }
}
