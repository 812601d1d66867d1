package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Options;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end through the loader: a seed re-encoded by our own encoders to each legacy encoding
 * (and as windows-1252 mojibake of it) ingests to the same article as its UTF-8 text.
 */
class LegacyIngestTest {
  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String enc : List.of("windows-1258", "tcvn3", "vni", "viscii", "vps")) {
      for (String seed : SeedRoundTripTest.seeds().toList()) {
        out.add(Arguments.of(enc, seed));
      }
    }
    return out.stream();
  }

  private static Article ingestOne(Path file, Options options) throws IOException {
    List<Article> got = new ArrayList<>();
    try (Corpus c = Corpus.read(List.of(file), options)) {
      c.forEach(got::add);
      assertThat(c.errors()).isEmpty();
    }
    assertThat(got).hasSize(1);
    return got.get(0);
  }

  @ParameterizedTest(name = "{1} as {0}")
  @MethodSource("cases")
  void legacyBytesIngestToTheSameArticleAsUtf8(String encoding, String seed) throws IOException {
    Charset cs = VietnameseCharsets.forName(encoding);
    String typed = SeedRoundTripTest.typeable(Seeds.read(Seeds.dir().resolve(seed)), cs);
    String back = SeedRoundTripTest.expectedBack(typed, encoding);

    Path utf8 = Files.writeString(tmp.resolve("utf8-" + seed), back, StandardCharsets.UTF_8);
    Path legacy = Files.write(tmp.resolve(encoding + "-" + seed), typed.getBytes(cs));
    Path mojibake = Files.writeString(tmp.resolve("mojibake-" + encoding + "-" + seed),
        new String(typed.getBytes(cs), VietnameseCharsets.WINDOWS_1252_WHATWG), StandardCharsets.UTF_8);

    Article want = ingestOne(utf8, Options.defaults());
    Article got = ingestOne(legacy, Options.defaults());
    assertThat(got.source().encoding()).isEqualTo(encoding);
    assertThat(got.paragraphs()).isEqualTo(want.paragraphs());
    assertThat(got.captions()).isEqualTo(want.captions());
    assertThat(got.title()).isEqualTo(want.title());
    assertThat(got.author()).isEqualTo(want.author());

    Article fixed = ingestOne(mojibake, Options.defaults());
    assertThat(fixed.source().encoding()).isEqualTo("utf-8+mojibake:" + encoding);
    assertThat(fixed.source().repaired()).isTrue();
    assertThat(fixed.paragraphs()).isEqualTo(want.paragraphs());

    // an explicit --encoding reads the same bytes the same way
    Article forced = ingestOne(legacy, Options.builder().encoding(encoding).build());
    assertThat(forced.paragraphs()).isEqualTo(want.paragraphs());
  }
}
