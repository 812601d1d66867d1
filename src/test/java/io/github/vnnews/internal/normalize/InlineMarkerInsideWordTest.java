package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regression (found by NormalizerFuzzTest): a fused marker inside a word must not split the word. */
class InlineMarkerInsideWordTest {
  @Test
  void markerGluedToThePreviousWordIsNoSentenceStart() {
    assertThat(InlineChromeRule.atSentenceStart("đTTXVTin liên quan", 5)).isFalse();
    assertThat(InlineChromeRule.atSentenceStart("theo TTXV Tin liên quan", 10)).isTrue();
    assertThat(InlineChromeRule.atSentenceStart("kết thúc.Tin liên quan", 9)).isTrue();
  }
}
