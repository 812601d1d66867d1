package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial lines (long runs of spaces, digits, font controls, markers) must neither hang nor
 * lose words, and one normaliser must give the same output from many threads.
 */
class RobustnessTest {

  @ParameterizedTest
  @ValueSource(strings = {"A ", "1/", "  ", "./.", "Ảnh: X ", "Tin liên quan A ", ">> Xem thêm: A  ",
      "(x) Y ", "Video: A ", ". ", "Đồng chí A dự. ", "1. ", "a", "“", "- Ảnh: "})
  void adversarialRepetitionsEndAndKeepEveryWord(String unit) {
    String big = unit.repeat(200_000 / unit.length());
    Extraction e = Articles.run("Tiêu đề bài viết thử nghiệm", big, big + " Kết thúc.", big);
    assertThat(e.decisions()).isNotEmpty();
  }

  @Test
  void manyLinesDoNotBlowUp() {
    String[] lines = new String[20_000];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (i % 3 == 0 ? Articles.LEDE : Articles.BODY) + " " + i;
    }
    Extraction e = Articles.run(lines);
    assertThat(e.paragraphs()).hasSize(lines.length);
  }

  @Test
  void sameOutputFromManyThreads() throws Exception {
    List<SourceLine> in = new ArrayList<>();
    String[] text = {"Thứ Hai, 25/11/2024 21:13 (GMT +7)", "Tiêu đề bài viết",
        "Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A", Articles.LEDE,
        "Các đại biểu dự hội nghị.", Articles.BODY + " Minh Anh"};
    for (int i = 0; i < text.length; i++) {
      in.add(new SourceLine(i + 1, text[i]));
    }
    TextNormalizer n = new TextNormalizer();
    Extraction expected = n.normalize(in);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> n.normalize(in)));
      }
      for (Future<Extraction> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void blankAndEmptyInput() {
    assertThat(new TextNormalizer().normalize(List.of()).paragraphs()).isEmpty();
    Extraction e = new TextNormalizer().normalize(List.of(new SourceLine(1, "   "),
        new SourceLine(2, "\u200B")));
    assertThat(e.paragraphs()).isEmpty();
    assertThat(e.removed()).isEmpty();
  }
}
