package io.github.vnnews.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.ToneStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --tone modern} then {@code --tone classic} over the seeds: every open oa/oe/uy syllable
 * ends in the requested style, every other word stays exactly as written.
 */
class ToneStyleSeedsTest {
  static Stream<String> seeds() {
    return Seeds.files().stream().map(p -> p.getFileName().toString());
  }

  /** Letter runs with their offsets. */
  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  /** Null, or the nucleus (oa/oe/uy) and the index of the toned letter within it. */
  private static int[] styleSyllable(String token) {
    var bare = new StringBuilder();
    int tonedAt = -1;
    for (int i = 0; i < token.length(); i++) {
      int inf = Syllables.info(token.charAt(i));
      if (inf == 0) {
        return null;
      }
      bare.append(Syllables.base(inf));
      if (Syllables.tone(inf) != 0) {
        tonedAt = i;
      }
    }
    Syllables.Parsed p = Syllables.parse(bare);
    if (tonedAt < 0 || p == null || !Syllables.styleDependent(p.nucleus(), p.coda())) {
      return null;
    }
    return new int[] {p.onset(), tonedAt - p.onset()};
  }

  private static int check(String original, String styled, boolean modern) {
    assertThat(styled).hasSameSizeAs(original);
    List<int[]> a = tokens(original);
    List<int[]> b = tokens(styled);
    assertThat(b).hasSameSizeAs(a);
    int styleWords = 0;
    for (int k = 0; k < a.size(); k++) {
      String before = original.substring(a.get(k)[0], a.get(k)[1]);
      String after = styled.substring(b.get(k)[0], b.get(k)[1]);
      int[] s = styleSyllable(before);
      if (s == null) {
        assertThat(after).as("word %d", k).isEqualTo(before);
      } else {
        styleWords++;
        int[] t = styleSyllable(after);
        assertThat(t).as(after).isNotNull();
        assertThat(t[1]).as(before + " -> " + after).isEqualTo(modern ? 1 : 0);
        assertThat(after.toLowerCase(Locale.ROOT).length()).isEqualTo(before.length());
      }
    }
    return styleWords;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void modernThenClassic(String seed) {
    String original = Seeds.read(Seeds.dir().resolve(seed));
    String modern = TextRepair.of(ToneStyle.MODERN).repair(original).text();
    int n = check(original, modern, true);
    String classic = TextRepair.of(ToneStyle.CLASSIC).repair(modern).text();
    assertThat(check(modern, classic, false)).isEqualTo(n);
    assertThat(check(original, classic, false)).isEqualTo(n);
    // and back again: the two styles are inverse on these words
    assertThat(TextRepair.of(ToneStyle.MODERN).repair(classic).text()).isEqualTo(modern);
    assertThat(n).as("oa/oe/uy syllables in " + seed).isPositive();
  }
}
