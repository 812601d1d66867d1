package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the outlet tag off the start of the lede (or of the paragraph after it) and keeps it as
 * metadata: {@code (Baonghean) -},
 * {@code TTXVN -}, {@code TPO -}, {@code (PLO)-}, {@code (Dân trí) -}, {@code VOV.VN -},
 * {@code Moitruong.net.vn –}, and the mixed-case outlet names {@code Zing -}, {@code CafeF -}. The
 * paragraph keeps the rest.
 *
 * <p>Immutable and thread-safe.
 */
final class OutletTagRule implements Rule {
  private static final Pattern TAG =
      Pattern.compile(
          "^(?:\\( ?[\\p{L}\\p{N}.&/ -]{1,25} ?\\) ?[-–—]"
              + "|(?:Zing|Znews|Kenh14|CafeF|VnExpress|VietNamNet|Vietnamplus|VnEconomy) ?[-–—]"
              + "|\\p{Lu}[\\p{Lu}\\p{N}]{1,9}(?:\\.(?:VN|vn|COM|com|NET|net))? ?[-–—]"
              + "|[\\p{L}][\\p{L}\\p{N}-]{1,30}(?:\\.(?:vn|VN|com|COM|net|NET|org|info|gov)){1,2} ?[-–—])(?= ?[\\p{Lu}\\d“\"‘'])",
          Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public String name() {
    return "OutletTagRule";
  }

  /**
   * The length of the outlet tag opening {@code text}, or 0.
   *
   * @param text a paragraph
   * @return the tag's length including its dash
   */
  static int tagLength(String text) {
    Matcher m = TAG.matcher(text.length() > 80 ? text.substring(0, 80) : text);
    return m.lookingAt() ? m.end() : 0;
  }

  /** The tag may open the lede or the paragraph after it (a sapo printed without it). */
  static final int LINES = 2;

  @Override
  public void apply(Draft draft) {
    int k = draft.ledeLine();
    for (int seen = 0; k >= 0 && seen < LINES; seen++, k = TitleRule.nextContent(draft, k)) {
      DraftLine line = draft.lines.get(k);
      Piece p = line.pieces.get(0);
      if (p.decided() || p.start != 0) {
        continue;
      }
      int n = tagLength(line.text);
      if (n > 0 && n < line.text.length()) {
        Piece tag = line.cut(p, 0, n, Label.DATELINE, RemovedKind.OUTLET_TAG, name());
        if (draft.outletTag == null) {
          draft.outletTag = tag.text();
        }
      }
    }
  }
}
