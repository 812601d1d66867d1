package io.github.vnnews.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.load.DocumentReader;
import io.github.vnnews.internal.load.LoaderConfig;
import io.github.vnnews.internal.text.TextRepair;
import io.github.vnnews.reliability.SplitOracle;
import io.github.vnnews.reliability.WordConservation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fuzzes the loader ({@link DocumentReader}) with arbitrary bytes.
 *
 * <p>The first byte picks the options (file name, encoding, small or default limits); the rest is
 * the file. Invariants: nothing is thrown; every error names the file and a position inside it;
 * documents are well formed (increasing indexes and line numbers, no line terminators in lines,
 * within the limits: length, lines, blank lines in a row, start tags of a page); reading twice gives
 * the same documents; and for clean UTF-8 text, no word
 * is lost: the words of the repaired input equal the words of the documents plus those of the
 * delimiter lines.
 *
 * <p>In a normal build this runs over the seeds in {@code LoaderFuzzTestInputs/loader}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see {@code docs/fuzzing.md}).
 */
class LoaderFuzzTest {
  private static final String[] NAMES = {"fuzz.txt", "fuzz.html", "fuzz.txt.gz", "fuzz"};

  @FuzzTest
  @DictionaryEntries({
    "=====", "-----", "#####", "*****", "~~~~~", "<<<DOC 1>>>", "<<<END>>>", "\f", "\r",
    "<!DOCTYPE html>", "<html>", "<meta charset=windows-1258>", "Ảnh: ", "Thứ Hai, 28/7/2023"
  })
  void loader(byte[] input) {
    FuzzGuard.run(() -> run(input));
  }

  private static void run(byte[] input) {
    if (input.length == 0) {
      read("fuzz.txt", input, config(0));
      return;
    }
    int sel = input[0] & 0xFF;
    byte[] data = java.util.Arrays.copyOfRange(input, 1, input.length);
    String name = NAMES[sel & 3];
    LoaderConfig config = config(sel >> 2);
    Result first = read(name, data, config);
    Result second = read(name, data, config);
    assertThat(second.docs).isEqualTo(first.docs);
    assertThat(second.errors).isEqualTo(first.errors);
    checkWellFormed(name, data, config, first);
    checkConservation(data, config, first);
  }

  private static LoaderConfig config(int sel) {
    boolean small = (sel & 1) != 0;
    String encoding = (sel & 2) != 0 ? "utf-8" : "auto";
    return new LoaderConfig(
        null, null, true, encoding, ToneStyle.KEEP,
        small ? 64 : Options.DEFAULT_MAX_LINE_BYTES,
        small ? 256 : Options.DEFAULT_MAX_ARTICLE_CHARS,
        small ? 4096 : 1 << 20,
        small ? 8 : Options.DEFAULT_MAX_ARTICLE_LINES,
        small ? 3 : Options.DEFAULT_MAX_BLANK_LINES,
        small ? 8 : Options.DEFAULT_MAX_PAGE_ELEMENTS);
  }

  private record Result(List<RawDocument> docs, List<IngestError> errors, String encoding) {}

  private static Result read(String name, byte[] data, LoaderConfig config) {
    List<IngestError> errors = new ArrayList<>();
    DocumentReader reader =
        DocumentReader.open(name, new ByteArrayInputStream(data), config, null, errors::add);
    List<RawDocument> docs = DocumentReader.readAll(reader);
    return new Result(docs, errors, reader.encoding());
  }

  private static void checkWellFormed(String name, byte[] data, LoaderConfig config, Result r) {
    boolean gzip = data.length >= 2 && (data[0] & 0xFF) == 0x1f && (data[1] & 0xFF) == 0x8b;
    for (IngestError e : r.errors) {
      assertThat(e.path()).isEqualTo(name);
      assertThat(e.message()).startsWith(name + ": ");
      assertThat(e.line()).isGreaterThanOrEqualTo(-1);
      assertThat(e.byteOffset()).isGreaterThanOrEqualTo(-1);
      if (!gzip) {
        assertThat(e.byteOffset()).isLessThanOrEqualTo(data.length);
      }
    }
    if (data.length == 0) {
      assertThat(r.errors).extracting(IngestError::kind).containsExactly(IngestError.Kind.EMPTY);
    }
    int lastIndex = -1;
    int lastLine = 0;
    for (RawDocument d : r.docs) {
      assertThat(d.path()).isEqualTo(name);
      assertThat(d.index()).isGreaterThan(lastIndex);
      lastIndex = d.index();
      assertThat(d.lines()).isNotEmpty();
      // a form feed splits a physical line, so two articles may share one line number
      assertThat(d.startLine()).isGreaterThanOrEqualTo(lastLine).isLessThanOrEqualTo(d.endLine());
      assertThat(d.lines().get(0).number()).isEqualTo(d.startLine());
      assertThat(d.lines().get(d.lines().size() - 1).number()).isEqualTo(d.endLine());
      assertThat(d.lines().get(0).isBlank()).isFalse();
      assertThat(d.lines().get(d.lines().size() - 1).isBlank()).isFalse();
      int prev = d.startLine() - 1;
      long chars = 0;
      assertThat(d.lines()).hasSizeLessThanOrEqualTo(config.maxArticleLines());
      int blankRun = 0;
      long tags = 0;
      for (SourceLine l : d.lines()) {
        blankRun = l.isBlank() ? blankRun + 1 : 0;
        assertThat(blankRun).isLessThanOrEqualTo(config.maxBlankLines());
        if (d.isHtml()) {
          tags += startTags(l.text());
        }
        if (d.isHtml()) {
          assertThat(l.number()).isGreaterThanOrEqualTo(prev); // form feeds stay in a page
        } else {
          assertThat(l.number()).isGreaterThan(prev);
        }
        prev = l.number();
        assertThat(l.text()).doesNotContain("\n", "\r");
        assertThat(l.text().length()).isLessThanOrEqualTo(config.maxLineBytes());
        chars += l.text().length() + 1;
      }
      assertThat(chars).isLessThanOrEqualTo(config.maxArticleChars() + 1L);
      assertThat(tags).isLessThanOrEqualTo(config.maxPageElements());
      lastLine = d.endLine();
    }
  }

  /** Start tags in a line: a {@code <} followed by an ASCII letter (the documented count). */
  private static int startTags(String text) {
    int n = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i + 1);
      if (text.charAt(i) == '<' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        n++;
      }
    }
    return n;
  }

  /**
   * For clean UTF-8 plain text: the words of the documents are those of the oracle's articles
   * (the file cut on delimiter lines), repaired: the loader drops nothing but delimiters.
   */
  private static void checkConservation(byte[] data, LoaderConfig config, Result r) {
    if (!r.errors.isEmpty() || !"utf-8".equals(r.encoding) || r.docs.stream().anyMatch(RawDocument::isHtml)
        || r.docs.stream().anyMatch(d -> !d.encoding().startsWith("utf-8"))) {
      return; // a record read in another encoding than the file's is not clean UTF-8 text
    }
    if (data.length >= 2 && (data[0] & 0xFF) == 0x1f && (data[1] & 0xFF) == 0x8b) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (SplitOracle.looksLikeHtml(text)) {
      return;
    }
    // text repair works on one article at a time (mojibake is judged per article), so repair the
    // oracle's articles one by one
    TextRepair repair = TextRepair.of(config.toneStyle());
    Map<String, Integer> expected = new TreeMap<>();
    for (List<String> article : SplitOracle.articles(text)) {
      WordConservation.addAll(expected, WordConservation.words(repair.repair(String.join("\n", article)).text()));
    }
    Map<String, Integer> actual = new TreeMap<>();
    for (RawDocument d : r.docs) {
      for (SourceLine l : d.lines()) {
        WordConservation.addAll(actual, WordConservation.words(l.text()));
      }
    }
    assertThat(WordConservation.diff(expected, actual)).isEmpty();
  }
}
