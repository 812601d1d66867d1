package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seeds written in each legacy encoding by our own encoders are detected as that
 * encoding and come back as the original text; so does their mojibake (the legacy bytes read as
 * windows-1252).
 */
class SeedRoundTripTest {
  private static final TextRepair KEEP = TextRepair.of(ToneStyle.KEEP);
  private static final List<String> LEGACY = List.of("windows-1258", "tcvn3", "vni", "viscii", "vps");

  static Stream<Arguments> seedsAndEncodings() {
    List<Arguments> out = new ArrayList<>();
    for (Path p : Seeds.files()) {
      for (String enc : LEGACY) {
        out.add(Arguments.of(p.getFileName().toString(), enc));
      }
    }
    return out.stream();
  }

  static Stream<String> seeds() {
    return Seeds.files().stream().map(p -> p.getFileName().toString());
  }

  /**
   * What a writer of that encoding would have typed: characters it has no byte for get their
   * ASCII stand-in (VISCII and VPS have no curly quotes, dashes or ellipsis).
   */
  static String typeable(String text, Charset cs) {
    var enc = cs.newEncoder();
    var sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (enc.canEncode(c)) {
        sb.append(c);
      } else {
        sb.append(
            switch (c) {
              case '\u201C', '\u201D' -> "\"";
              case '\u2018', '\u2019' -> "'";
              case '\u2013', '\u2014' -> "-";
              case '\u2026' -> "...";
              default -> throw new AssertionError(cs + " cannot write " + c);
            });
      }
    }
    return sb.toString();
  }

  /** The text as it comes back: capitals the encoding has no byte for come back lowercase. */
  static String expectedBack(String typeable, String encoding) {
    String lost =
        switch (encoding) {
          case "tcvn3" -> LegacyTables.TCVN3_CASE_LOSS;
          case "vps" -> LegacyTables.VPS_CASE_LOSS;
          default -> "";
        };
    var sb = new StringBuilder(typeable.length());
    for (char c : typeable.toCharArray()) {
      boolean isLost = false;
      for (int i = 0; i < lost.length(); i += 2) {
        isLost |= lost.charAt(i) == c;
      }
      sb.append(isLost ? Character.toLowerCase(c) : c);
    }
    return sb.toString();
  }

  static byte[] encodeStrictly(String text, Charset cs) throws CharacterCodingException {
    ByteBuffer bb =
        cs.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    return Arrays.copyOf(bb.array(), bb.limit());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("seedsAndEncodings")
  void legacyBytesAreDetectedAndDecoded(String seed, String encoding) throws Exception {
    String original = Seeds.read(Seeds.dir().resolve(seed));
    Charset cs = VietnameseCharsets.forName(encoding);
    String typed = typeable(original, cs);
    byte[] bytes = encodeStrictly(typed, cs);
    String expected = expectedBack(typed, encoding);

    EncodingDetector.Detected d = EncodingDetector.detect(bytes, bytes.length, false);
    assertThat(d).isNotNull();
    assertThat(d.name()).isEqualTo(encoding);
    assertThat(KEEP.repair(new String(bytes, d.charset())).text()).isEqualTo(expected);

    // a 4 KiB sample cut anywhere gives the same answer
    EncodingDetector.Detected sample = EncodingDetector.detect(bytes, 4096, true);
    assertThat(sample).isNotNull();
    assertThat(sample.name()).isEqualTo(encoding);
  }

  @ParameterizedTest(name = "{0} in {1}, read as windows-1252")
  @MethodSource("seedsAndEncodings")
  void mojibakeIsRepaired(String seed, String encoding) throws Exception {
    String original = Seeds.read(Seeds.dir().resolve(seed));
    Charset cs = VietnameseCharsets.forName(encoding);
    String typed = typeable(original, cs);
    String mojibake = new String(encodeStrictly(typed, cs), VietnameseCharsets.WINDOWS_1252_WHATWG);

    TextRepair.Repaired r = KEEP.repair(mojibake);
    assertThat(r.text()).isEqualTo(expectedBack(typed, encoding));
    assertThat(r.mojibakeOf()).isEqualTo(encoding);
    assertThat(r.text().chars().filter(c -> c == '\n').count())
        .isEqualTo(mojibake.chars().filter(c -> c == '\n').count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void utf8SeedsAreDetectedAndLeftAlone(String seed) {
    String original = Seeds.read(Seeds.dir().resolve(seed));
    assertThat(Normalizer.isNormalized(original, Normalizer.Form.NFC)).isTrue();
    byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
    assertThat(EncodingDetector.detect(bytes, bytes.length, false).name()).isEqualTo("utf-8");
    for (int cut = 4000; cut < 4004; cut++) {
      assertThat(EncodingDetector.detect(bytes, cut, true).name()).isEqualTo("utf-8");
    }
    TextRepair.Repaired r = KEEP.repair(original);
    assertThat(r.text()).isSameAs(original);
    assertThat(r.changed()).isFalse();
    assertThat(r.mojibakeOf()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void utf8MojibakeSingleAndDoubleIsRepaired(String seed) {
    String original = Seeds.read(Seeds.dir().resolve(seed));
    Charset w1252 = VietnameseCharsets.WINDOWS_1252_WHATWG;
    String once = new String(original.getBytes(StandardCharsets.UTF_8), w1252);
    String twice = new String(once.getBytes(StandardCharsets.UTF_8), w1252);
    for (String broken : List.of(once, twice)) {
      TextRepair.Repaired r = KEEP.repair(broken);
      assertThat(r.text()).isEqualTo(original);
      assertThat(r.mojibakeOf()).isEqualTo("utf-8");
    }
  }

  @Test
  void seed000KeepsBothToneStylesAsWritten() {
    String seed = Seeds.read(Seeds.files().get(0));
    assertThat(seed).contains("Tỉnh uỷ", "Thành ủy");
    assertThat(KEEP.repair(seed).text()).contains("Tỉnh uỷ", "Thành ủy");
  }
}
