package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes text printed twice by the crawl: a line equal to an earlier line (an image caption
 * emitted both as figcaption and title), and an earlier line repeated at the start of a later one
 * (the sapo printed again at the top of the body). An outlet tag opening the repeated text is cut
 * apart as {@link RemovedKind#OUTLET_TAG}.
 *
 * <p>Immutable and thread-safe.
 */
final class DuplicateRule implements Rule {
  /** Shortest earlier line that counts as repeated at the start of a later one. */
  static final int MIN_PREFIX = 40;

  @Override
  public String name() {
    return "DuplicateRule";
  }

  @Override
  public void apply(Draft draft) {
    Set<String> seen = new HashSet<>();
    Map<String, List<String>> byPrefix = new HashMap<>();
    for (int i = 0; i < draft.lines.size(); i++) {
      DraftLine line = draft.lines.get(i);
      Piece whole = line.pieces.get(0).decided() ? null : line.pieces.get(0);
      if (whole == null) {
        remember(line.text, seen, byPrefix);
        continue;
      }
      if (line.pieces.size() == 1 && seen.contains(line.text)
          && Sentences.words(line.text) >= 3) {
        whole.decide(Label.CHROME, RemovedKind.DUPLICATE, name());
        continue;
      }
      List<String> candidates =
          line.text.length() > MIN_PREFIX
              ? byPrefix.getOrDefault(line.text.substring(0, MIN_PREFIX), List.of())
              : List.of();
      for (String earlier : candidates) {
        if (line.text.length() > earlier.length() + 1
            && line.text.startsWith(earlier) && line.text.charAt(earlier.length()) == ' ') {
          int tag = OutletTagRule.tagLength(earlier);
          if (tag > 0) {
            line.cut(whole, 0, tag, Label.DATELINE, RemovedKind.OUTLET_TAG, name());
            whole = line.pieces.get(1);
          }
          line.cut(whole, tag, earlier.length(), Label.CHROME, RemovedKind.DUPLICATE, name());
          break;
        }
      }
      remember(line.text, seen, byPrefix);
    }
  }

  private static void remember(String text, Set<String> seen, Map<String, List<String>> byPrefix) {
    seen.add(text);
    if (text.length() >= MIN_PREFIX) {
      byPrefix.computeIfAbsent(text.substring(0, MIN_PREFIX), k -> new ArrayList<>(1)).add(text);
    }
  }
}
