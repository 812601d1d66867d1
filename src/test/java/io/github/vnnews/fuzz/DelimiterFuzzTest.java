package io.github.vnnews.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.load.DelimiterMatcher;
import io.github.vnnews.internal.load.DocumentReader;
import io.github.vnnews.internal.text.TextRepair;
import io.github.vnnews.reliability.SplitOracle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the delimiter splitter against {@link SplitOracle}, an independent statement of the
 * documented rules.
 *
 * <p>The input is a sequence of pieces: article lines, the common delimiter lines, fuzzer-made
 * delimiter look-alikes, and every kind of line terminator. Invariants: {@link
 * DelimiterMatcher#auto()} agrees with the oracle on every line, and the loader cuts the file into
 * exactly the oracle's articles, with the same (repaired) lines, and reports no error.
 */
class DelimiterFuzzTest {
  private static final String[] DELIMITERS = {
    "=====", "----------", "#####", "*****", "~~~~~~", "<<<DOC 17>>>", "<<<END>>>", "\f", "  =====  ",
    "---", "- - - - -", "===== Chương 2 =====", "1-----2", "<<<>>>", "<<< >>>", "=====\u200b"
  };
  private static final String[] TERMINATORS = {"\n", "\r\n", "\r", "\f", "\n\n", "\u2028"};

  @FuzzTest
  @DictionaryEntries({"=====", "-----", "<<<", ">>>", "\f", "\r", "\t", "\u00a0", "\u3000"})
  void splitter(FuzzedDataProvider in) {
    StringBuilder sb = new StringBuilder();
    int pieces = in.consumeInt(0, 24);
    for (int i = 0; i < pieces && in.remainingBytes() > 0; i++) {
      switch (in.consumeInt(0, 3)) {
        case 0 -> sb.append(DELIMITERS[in.consumeInt(0, DELIMITERS.length - 1)]);
        case 1 -> sb.append(repeat(in.pickValue(new char[] {'=', '-', '#', '*', '~', '<', '>', ' '}), in.consumeInt(0, 410)));
        default -> sb.append(in.consumeString(80));
      }
      sb.append(TERMINATORS[in.consumeInt(0, TERMINATORS.length - 1)]);
    }
    String text = sb.toString();
    FuzzGuard.run(() -> check(text));
  }

  /**
   * Checks the loader against the oracle on one text.
   *
   * @param raw the file's text (NUL characters are replaced, as binary content is another test)
   */
  static void check(String raw) {
    byte[] bytes = raw.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF") || SplitOracle.looksLikeHtml(text)) {
      return;
    }
    for (String line : SplitOracle.lines(text)) {
      assertThat(DelimiterMatcher.auto().isDelimiter(line))
          .as("isDelimiter(%s)", line)
          .isEqualTo(SplitOracle.isDelimiter(line));
    }
    List<IngestError> errors = new ArrayList<>();
    var config = Options.builder().encoding("utf-8").build().loaderConfig();
    List<RawDocument> docs =
        DocumentReader.readAll(
            DocumentReader.open("fuzz.txt", new ByteArrayInputStream(bytes), config, null, errors::add));
    List<List<String>> expected = SplitOracle.articles(text);
    TextRepair repair = TextRepair.of(ToneStyle.KEEP);
    List<List<String>> actual = new ArrayList<>();
    for (RawDocument d : docs) {
      actual.add(d.lines().stream().map(SourceLine::text).toList());
    }
    List<List<String>> repaired = new ArrayList<>();
    for (List<String> article : expected) {
      // text repair may blank a line (a lone no-break or zero-width space): such lines are trimmed
      // off the ends too, and an article left with nothing is no article
      String joined = repair.repair(String.join("\n", article)).text();
      List<String> lines = new ArrayList<>(List.of(joined.split("\n", -1)));
      while (!lines.isEmpty() && lines.get(0).isBlank()) {
        lines.remove(0);
      }
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
      if (!lines.isEmpty()) {
        repaired.add(lines);
      }
    }
    assertThat(actual).isEqualTo(repaired);
    if (repaired.isEmpty()) {
      assertThat(errors).extracting(IngestError::kind).containsExactly(IngestError.Kind.EMPTY);
    } else {
      assertThat(errors).isEmpty();
    }
    for (int i = 0; i < docs.size(); i++) {
      assertThat(docs.get(i).index()).isEqualTo(i);
    }
  }

  private static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }
}
