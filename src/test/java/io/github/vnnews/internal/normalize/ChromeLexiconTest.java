package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnnews.RemovedKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared chrome lexicon: the file, its evidence columns, and the lookups. */
class ChromeLexiconTest {
  private static ChromeLexicon of(String tsv) throws IOException {
    return ChromeLexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }

  /** Every row of the resource: kind, where, phrase, crawl, pages, status. */
  private static List<String[]> rows() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ChromeLexicon.class.getResourceAsStream(ChromeLexicon.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }

  @Test
  void everyPhraseHasEvidenceAndItsStatusFollowsTheBar() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSameSizeAs(ChromeLexicon.defaults().entries());
    for (String[] r : rows) {
      assertThat(r).as("columns of %s", r[2]).hasSize(6);
      int crawl = Integer.parseInt(r[3]);
      int pages = Integer.parseInt(r[4]);
      assertThat(crawl + pages).as("evidence for '%s'", r[2]).isPositive();
      String status = crawl >= 5 || pages >= 2 ? "earned" : "probation";
      assertThat(r[5]).as("status of '%s'", r[2]).isEqualTo(status);
    }
    assertThat(rows.stream().filter(r -> r[5].equals("earned")).count())
        .as("earned phrases").isGreaterThan(rows.size() / 3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tin liên quan:|related",
        "TIN LIÊN QUAN|related",
        "(Tổng hợp)|compiled",
        "Bình luận (12)|share",
        "Xem thêm|related",
        "Trang chủ|menu",
        "Tuổi Trẻ|outlet",
      })
  void phraseAloneOnALine(String text, String kind) {
    assertThat(ChromeLexicon.defaults().lineKind(text)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Từ khóa: giá vàng, lãi suất|tags",
        "Xem thêm: Giá vàng hôm nay tăng mạnh|crossLink",
        "Tin liên quan Giá xăng tăng từ chiều nay|related",
        "Hotline : 0909 000 000|footer",
      })
  void phraseOpeningALine(String text, String kind) {
    assertThat(ChromeLexicon.defaults().opening(text).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tin liên quanh khu vực",      // a phrase must end at a word boundary
        "Từ khóa của năm là chuyển đổi số", // a label needs its colon
        "Xem thêm nhiều ảnh",          // "Xem thêm:" needs its colon to open a cross link
        "Người dân cho biết tin mới",   // not at the start
      })
  void noPhraseOpensTheseLines(String text) {
    assertThat(ChromeLexicon.defaults().opening(text)).isNull();
  }

  @Test
  void withinFindsAPhraseAnywhereAtWordBoundaries() {
    ChromeLexicon lex = ChromeLexicon.defaults();
    assertThat(lex.within("© 2026 Báo Đường Phố").kind()).isEqualTo("copyright");
    assertThat(lex.within("Vui lòng đăng nhập để bình luận").kind()).isEqualTo("login");
    assertThat(lex.within("Các đăng nhậpx sai")).isNull();
  }

  @Test
  void outletNamesWithAndWithoutTheirPrefix() {
    ChromeLexicon lex = ChromeLexicon.defaults();
    assertThat(lex.isOutlet("Tuổi Trẻ")).isTrue();
    assertThat(lex.isOutlet("Báo Tuổi Trẻ")).isTrue();
    assertThat(lex.isOutlet("Nguyễn Văn Hùng")).isFalse();
    assertThat(ChromeLexicon.defaults().entries().stream()
        .filter(e -> e.kind().equals(ChromeLexicon.OUTLET)).map(ChromeLexicon.Entry::removedKind))
        .containsOnly(RemovedKind.CHROME);
  }

  @Test
  void alternationQuotesPhrasesAndPrefersTheLongest() throws IOException {
    ChromeLexicon lex = of("related\tline\tTin mới\nrelated\tline\tTin mới nhất\nrelated\tinline\tCùng sự kiện:\n"
        + "copyright\twithin\t(c)\n");
    String alt = lex.alternation("related", ChromeLexicon.Where.LINE, ChromeLexicon.Where.INLINE);
    assertThat(alt.indexOf("\\Qnhất\\E")).isLessThan(alt.lastIndexOf("\\QTin\\E"));
    assertThat(Pattern.compile("^(?:" + alt + ")$").matcher("Cùng sự kiện :").matches()).isTrue();
    assertThat(Pattern.compile("^(?:" + alt + ")$").matcher("Tin mới nhất").matches()).isTrue();
    assertThat(Pattern.compile(lex.alternation("copyright", ChromeLexicon.Where.WITHIN))
        .matcher("(c) 2026").lookingAt()).isTrue();
    assertThat(lex.alternation("menu", ChromeLexicon.Where.LINE)).isEqualTo("(?!)");
  }

  @Test
  void malformedFilesNameTheFileAndLine() {
    assertThatThrownBy(() -> of("# c\nrelated\tline\tTin khác\nbogus\tline\tX\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:3").hasMessageContaining("bogus");
    assertThatThrownBy(() -> of("related\tsomewhere\tTin khác\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:1");
    assertThatThrownBy(() -> of("related\tline\tTin khác\nrelated\tline\tTin  khác\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    assertThatThrownBy(() -> of("related\tline\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:1");
  }
}
