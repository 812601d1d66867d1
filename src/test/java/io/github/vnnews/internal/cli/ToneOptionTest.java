package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --tone modern} and {@code --tone classic} through the CLI on the seeds. */
class ToneOptionTest {
  @TempDir Path tmp;

  private String ingest(String tone) throws IOException {
    Path o = tmp.resolve(tone + ".jsonl");
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("ingest", "seeds", "--tone", tone, "-o", o.toString())).isZero();
    return Files.readString(o);
  }

  @Test
  void modernAndClassicRewriteOnlyOpenOaOeUySyllables() throws IOException {
    String keep = ingest("keep");
    String modern = ingest("modern");
    String classic = ingest("classic");
    // seed 000 mixes both styles; KEEP keeps both
    assertThat(keep).contains("Tỉnh uỷ", "Thành ủy");
    assertThat(modern).contains("Tỉnh uỷ", "Thành uỷ").doesNotContain("Thành ủy", "hòa ", "Hòa ");
    assertThat(classic).contains("Tỉnh ủy", "Thành ủy").doesNotContain("Tỉnh uỷ", "uỷ", "hoà ");
    // every other word exactly as written: the texts differ only inside oa/oe/uy syllables
    assertThat(fold(modern)).isEqualTo(fold(keep));
    assertThat(fold(classic)).isEqualTo(fold(keep));
  }

  /** Replaces every oa/oe/uy syllable (with any tone) by a placeholder. */
  private static String fold(String s) {
    Pattern p = Pattern.compile("(?iu)\\b\\p{L}*(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])\\p{L}*\\b");
    // the quality signals count repeated n-grams, and one tone style makes "Tỉnh uỷ" and "Thành ủy"
    // repeat a word they did not share before: they may differ
    Matcher m = p.matcher(s.replaceAll("\"(id|contentHash)\":\"[0-9a-f]{16}\"", "").replaceAll("\"repaired\":(true|false)", "")
        .replaceAll("\"quality\":\\{[^}]*\\}", ""));
    return m.replaceAll("_");
  }
}
