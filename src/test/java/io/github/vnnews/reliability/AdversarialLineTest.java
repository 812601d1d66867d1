package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vnnews.Article;
import io.github.vnnews.IngestError;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No catastrophic regular expression: lines built to make backtracking patterns explode (long runs
 * of spaces, digits, {@code A A A …}, punctuation, repeated caption and dateline prefixes, words
 * with no spaces) go through the whole facade — loader, text repair and whatever rules the
 * normaliser and page extractor hold — and must complete, losing no word.
 *
 * <p>The bound of 10 s per case is a hang guard only, not a speed target: a linear pass over these
 * lines takes milliseconds; a catastrophic pattern takes hours.
 */
class AdversarialLineTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final int N = 50_000;
  private static final int HTML_N = 10_000;

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("spaces", " ".repeat(N) + "x"),
        Arguments.of("spaces then nothing", "x" + " ".repeat(N)),
        Arguments.of("mixed white space", "\t \u00a0\u2009\u3000".repeat(N / 5) + "y"),
        Arguments.of("digits", "7".repeat(N)),
        Arguments.of("digits and separators", "12/".repeat(N / 3) + "2023"),
        Arguments.of("clock-like", "12:".repeat(N / 3) + "60"),
        Arguments.of("dates", "28/7/2023 ".repeat(N / 10)),
        Arguments.of("A A A", "A ".repeat(N / 2)),
        Arguments.of("A A A then a stop", "A ".repeat(N / 2) + "!"),
        Arguments.of("A- A+ controls", "A- A+ ".repeat(N / 6)),
        Arguments.of("punctuation", ".,;:!?-–—…/|()[]{}\"'«»".repeat(N / 22)),
        Arguments.of("dots", ".".repeat(N)),
        Arguments.of("dashes and words", "a-".repeat(N / 2) + "b"),
        Arguments.of("parentheses open", "(".repeat(N / 2) + "a"),
        Arguments.of("parentheses nested", "(".repeat(N / 4) + "a" + ")".repeat(N / 4)),
        Arguments.of("photo credit prefix", "Ảnh: ".repeat(N / 5)),
        Arguments.of("photo credit then spaces", "Ảnh:" + " ".repeat(N) + "Ảnh"),
        Arguments.of("caption in parentheses", "(Ảnh: ".repeat(N / 6) + "PV"),
        Arguments.of("weekday dateline", "Thứ Hai, ".repeat(N / 9)),
        Arguments.of("dateline then junk", "Thứ Hai, 28/7/2023 18:13 GMT+7 ".repeat(N / 32) + "x".repeat(1000)),
        Arguments.of("source prefix", "Theo ".repeat(N / 5)),
        Arguments.of("source colon", "Nguồn: ".repeat(N / 7)),
        Arguments.of("outlet tag", "(TTXVN) - ".repeat(N / 10)),
        Arguments.of("related", "Tin liên quan: ".repeat(N / 15)),
        Arguments.of("cross link", ">> Xem thêm: ".repeat(N / 13)),
        Arguments.of("share row", "Chia sẻ | Bình luận | ".repeat(N / 22)),
        Arguments.of("url-ish", "http://" + "a.".repeat(N / 2) + "vn"),
        Arguments.of("email-ish", "a@".repeat(N / 2) + "b"),
        Arguments.of("long word, no spaces", "ngườiViệtNamyêunước".repeat(N / 19)),
        Arguments.of("upper case run", "TIN NÓNG ".repeat(N / 9)),
        Arguments.of("delimiter look-alike, too long", "=".repeat(N)),
        Arguments.of("angle brackets", "<<<".repeat(N / 3) + ">>"),
        Arguments.of("html-ish text", "<p>".repeat(N / 3)),
        Arguments.of("combining marks", "a" + "\u0301".repeat(N / 2)),
        Arguments.of("one million spaces", " ".repeat(1_000_000) + "z"),
        Arguments.of("half a million A A", "A ".repeat(500_000)));
  }

  /** The line alone, then amid an ordinary article, straight into the normaliser. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void normaliserCompletesAndKeepsEveryWord(String name, String line) {
    List<List<String>> variants = List.of(
        List.of(line),
        List.of("Tiêu đề bài báo thử nghiệm", "Thứ Hai, 28/7/2023 18:13 GMT+7", line,
            "Đoạn văn thân bài bình thường.", "Ảnh: " + line, line + " Ảnh: PV", "Theo TTXVN"));
    for (List<String> texts : variants) {
      List<SourceLine> lines = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        lines.add(new SourceLine(i + 1, texts.get(i)));
      }
      RawDocument doc = new RawDocument("adversarial.txt", 0, 1, lines.size(), "text", "utf-8", false, lines);
      Article a = assertTimeoutPreemptively(HANG_GUARD, () -> Normalizer.defaults().normalize(doc), name);
      assertThat(WordConservation.check(doc, a)).as(name).isEmpty();
    }
  }

  /** The same through the loader and facade, as a file would come. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void corpusCompletes(String name, String line) {
    String file = "Tiêu đề\n" + line + "\nĐoạn cuối.\n=====\n" + line + "\n";
    Ingest.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Ingest.runStream("adversarial.txt",
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), Options.defaults()), name);
    assertThat(run.errors()).isEmpty();
    assertThat(run.articles()).hasSize(2);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("nested inline tags", "<p>" + "<b>".repeat(HTML_N / 2) + "chữ" + "</b>".repeat(HTML_N / 2) + "</p>"),
        Arguments.of("many paragraphs", "<p>Đoạn.</p>".repeat(HTML_N)),
        Arguments.of("unclosed paragraphs", "<p>Đoạn".repeat(HTML_N)),
        Arguments.of("unterminated comment", "<p>Trước.</p><!--" + "x".repeat(1_000_000)),
        Arguments.of("huge attribute", "<p title=\"" + "a".repeat(1_000_000) + "\">Có thuộc tính.</p>"),
        Arguments.of("unterminated attribute", "<p>Trước.</p><div class=\"" + "a ".repeat(HTML_N)),
        Arguments.of("less-than run", "<p>" + "<".repeat(HTML_N) + "</p>"),
        Arguments.of("entity run", "<p>" + "&amp;".repeat(HTML_N) + "&#" + "9".repeat(1000) + ";</p>"),
        Arguments.of("entity declarations are not expanded",
            "<!DOCTYPE html [<!ENTITY a \"" + "x".repeat(1000) + "\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<p>Trước &b;&b;&b; sau.</p>"),
        Arguments.of("script run", "<script>" + "var a=1;".repeat(HTML_N) + "</script><p>Sau script.</p>"),
        Arguments.of("table nesting", "<table><tr><td>".repeat(HTML_N / 5) + "Ô." + "</td></tr></table>".repeat(HTML_N / 5)),
        Arguments.of("caption run", "<figure><figcaption>" + "Ảnh: ".repeat(HTML_N / 5) + "</figcaption></figure>"),
        // white space that HTML does not collapse (U+3000, U+2009) and dash runs, where bylines,
        // outlet tags and date stamps are looked for
        Arguments.of("byline of ideographic spaces", "<p class=\"author\">Nguyễn Văn An" + "\u3000".repeat(HTML_N) + "</p>"),
        Arguments.of("byline of spaced dashes", "<p class=\"byline\">Theo Nguyễn Văn An" + " -".repeat(HTML_N) + "</p>"),
        Arguments.of("outlet tag of dashes", "<p>(TTXVN" + "\u3000-".repeat(HTML_N) + "</p><p>Đoạn văn thân bài.</p>"),
        Arguments.of("date stamp of thin spaces", "<span class=\"date\">12/" + "\u2009".repeat(HTML_N) + "</span><p>Đoạn.</p>"),
        Arguments.of("caption credit of dashes", "<figure><img src=\"a.jpg\"><figcaption>Ảnh" + " -".repeat(HTML_N) + "</figcaption></figure>"));
  }

  /** A DTD's entity declarations are never expanded ("billion laughs" is inert text). */
  @org.junit.jupiter.api.Test
  void entityDeclarationsAreNotExpanded() {
    String page = "<!DOCTYPE html [<!ENTITY a \"" + "x".repeat(1000) + "\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
        + "<html><body><article><h1>Tiêu đề</h1><p>Trước &b;&b;&b; sau, đoạn văn đủ dài để là thân bài của trang.</p>"
        + "</article></body></html>";
    Ingest.Run run = Ingest.runStream("entities.html",
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), Options.defaults());
    assertThat(run.errors()).isEmpty();
    assertThat(run.articles()).hasSize(1);
    Article a = run.articles().get(0);
    assertThat(String.join("\n", a.paragraphs()) + a.title()).doesNotContain("xxxxxxxxxx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void htmlPagesComplete(String name, String body) {
    String page = "<!DOCTYPE html><html><head><title>Trang thử</title></head><body>" + body + "</body></html>";
    Ingest.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Ingest.runStream("adversarial.html",
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), Options.defaults()), name);
    // one verdict: an article, or a clean "no article" (most of these pages hold no body text)
    assertThat(run.articles().size() + run.errors().size()).isEqualTo(1);
    assertThat(run.errors()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(IngestError.Kind.NO_ARTICLE));
  }
}
