package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.Normalizer;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same document gives the same article on every call, in every JVM. */
class DeterminismTest {
  private static final String TIE_PAGE =
      "/io/github/vnnews/fuzz/NormalizerFuzzTestInputs/normalizer/html-score-ties-follow-identity-hash";

  /**
   * Regression: the page scorer kept its scores in an IdentityHashMap and took the first best score
   * it met while iterating it (and summed scores in that order), so the choice of container
   * followed identity hash codes and changed from call to call. Found by NormalizerFuzzTest; the
   * page is its finding (the first byte selects HTML). Before the fix, 50 calls gave 2 different
   * articles.
   */
  @Test
  void pageScoresDoNotFollowIdentityHashCodes() throws IOException {
    byte[] input;
    try (InputStream in = DeterminismTest.class.getResourceAsStream(TIE_PAGE)) {
      input = in.readAllBytes();
    }
    String html = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    String[] parts = html.split("\r\n|[\r\n]", -1);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      lines.add(new SourceLine(i + 1, parts[i]));
    }
    RawDocument doc = new RawDocument("tie.html", 0, 1, lines.size(), "html", "utf-8", false, lines);

    Set<Article> distinct = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      distinct.add(Normalizer.defaults().normalize(doc));
    }

    assertThat(distinct).hasSize(1);
  }
}
