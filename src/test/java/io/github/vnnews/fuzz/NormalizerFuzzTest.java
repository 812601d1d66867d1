package io.github.vnnews.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnnews.Article;
import io.github.vnnews.Normalizer;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.text.TextRepair;
import io.github.vnnews.reliability.WordConservation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the facade {@link Normalizer} with arbitrary article lines (and, when the first byte is
 * odd, arbitrary HTML).
 *
 * <p>Invariants: nothing is thrown; the article is made twice identically; and for plain text no
 * word is lost ({@link WordConservation}): the words of the input lines equal those of title,
 * paragraphs, captions and removed lines.
 */
class NormalizerFuzzTest {
  private static final TextRepair REPAIR = TextRepair.of(ToneStyle.KEEP);

  @FuzzTest
  @DictionaryEntries({
    "Ảnh: ", "Ảnh minh họa", "(Ảnh: ", "Theo ", "Nguồn: ", "TTXVN", "(Baonghean) - ", "Tin liên quan",
    "Chia sẻ", "Bình luận", "Cỡ chữ", "In bài", "A A", "A- A+", "Thứ Hai, ", "Chủ nhật, ", "28/7/2023",
    "18:13", "GMT+7", " | ", "/.", "Từ khóa:", "Tags:", "Xem thêm:", ">> ", "Đọc thêm", "(Tổng hợp)",
    "Trang chủ", "Quảng cáo", "Đăng nhập", "©", "Bản quyền", "PV", "Nguyễn Văn A", "\u00a0", "\u200b",
    "<p>", "</p>", "<h1>", "<figcaption>", "<div>", "<!--", "<script>", "<br>"
  })
  void normalizer(byte[] input) {
    FuzzGuard.run(() -> run(input));
  }

  private static void run(byte[] input) {
    if (input.length == 0) {
      return;
    }
    boolean html = (input[0] & 1) != 0;
    String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    RawDocument doc = html ? htmlDocument(text) : textDocument(text);
    if (doc == null) {
      return;
    }
    Article a = Normalizer.defaults().normalize(doc);
    assertThat(Normalizer.defaults().normalize(doc)).isEqualTo(a);
    if (!html) {
      assertThat(WordConservation.check(doc, a)).isEmpty();
    }
  }

  /**
   * The document the loader would make of a text: lines split on every terminator, repaired.
   *
   * @param text the text
   * @return the document, or null when it holds no non-blank line
   */
  static RawDocument textDocument(String text) {
    String[] parts = REPAIR.repair(text.replace('\0', ' ')).text().split("\r\n|[\r\n\f]", -1);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      lines.add(new SourceLine(i + 1, parts[i]));
    }
    if (lines.stream().allMatch(SourceLine::isBlank)) {
      return null;
    }
    return new RawDocument("fuzz.txt", 0, 1, lines.size(), "text", "utf-8", false, lines);
  }

  private static RawDocument htmlDocument(String text) {
    String[] parts = text.split("\r\n|[\r\n]", -1);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      lines.add(new SourceLine(i + 1, parts[i]));
    }
    return new RawDocument("fuzz.html", 0, 1, lines.size(), "html", "utf-8", false, lines);
  }
}
