package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimiterMatcherTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
    "=====|true", "----------|true", "#####|true", "*****|true", "~~~~~|true",
    "   #####   |true", "<<<DOC 17>>>|true", "<<<END>>>|true",
    "====|false", "---|false", "- - - - -|false", "===== Chương 2 =====|false", "1-----2|false",
    "#####a|false", "Giá vàng tăng|false", "<<<>>|false", "=-=-=|false", "''|false",
  })
  void autoDelimiters(String line, boolean expected) {
    assertThat(DelimiterMatcher.auto().isDelimiter(line)).isEqualTo(expected);
  }

  @Test
  void literalAndRegex() {
    DelimiterMatcher m = DelimiterMatcher.of("@@@", Pattern.compile("DOC-\\d+"), false);
    assertThat(m.isDelimiter("  @@@ ")).isTrue();
    assertThat(m.isDelimiter("DOC-12")).isTrue();
    assertThat(m.isDelimiter("DOC-12 extra")).isFalse();
    assertThat(m.isDelimiter("#####")).isFalse();
    assertThat(DelimiterMatcher.auto().isDelimiter("\f")).isTrue();
    assertThat(DelimiterMatcher.auto().isDelimiter("")).isFalse();
  }
}
