package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Pattern;

/**
 * Removes image markup and leaked image file names ({@code ![]() |}, {@code ndo_br_b2-6571.jpg})
 * and marks the next line as standing under a picture, which is where captions are.
 *
 * <p>Immutable and thread-safe.
 */
final class ImageMarkerRule implements Rule {
  static final Pattern IMAGE =
      Pattern.compile(
          "^(?:!\\[[^\\]]{0,200}\\]\\([^)]{0,500}\\) ?\\|?|[\\w.%/:-]{1,150}\\.(?:jpe?g|png|gif|webp))$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public String name() {
    return "ImageMarkerRule";
  }

  @Override
  public void apply(Draft draft) {
    for (int i = 0; i < draft.lines.size(); i++) {
      DraftLine line = draft.lines.get(i);
      Piece p = line.wholeUndecided();
      if (p != null && p.text().length() <= 700 && mayBeImage(p.text())
          && IMAGE.matcher(p.text()).matches()) {
        p.decide(Label.CHROME, RemovedKind.CHROME, name());
        if (i + 1 < draft.lines.size()) {
          draft.lines.get(i + 1).afterImage = true;
        }
      }
    }
  }

  /**
   * What {@link #IMAGE} needs of a text, tested before the regex runs on it: it opens with the
   * {@code !} of image markup, or it ends in the last letter of a file extension ({@code g}, {@code
   * f} or {@code p}, in any case the regex matches). Most lines end in a stop or a letter of a word.
   */
  static boolean mayBeImage(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char last = Character.toLowerCase(Character.toUpperCase(t.charAt(t.length() - 1)));
    return t.charAt(0) == '!' || last == 'g' || last == 'f' || last == 'p';
  }
}
