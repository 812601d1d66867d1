package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * Removes punctuation-only lines ({@code "."}, {@code "|"}) and punctuation-only pieces glued to
 * text: a closing {@code "/."} after a full stop (a wire-service end mark) and a trailing table
 * bar {@code " |"}.
 *
 * <p>Immutable and thread-safe.
 */
final class PunctuationRule implements Rule {
  @Override
  public String name() {
    return "PunctuationRule";
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      Piece whole = line.wholeUndecided();
      if (whole != null && !hasLetterOrDigit(whole.text())) {
        whole.decide(Label.CHROME, RemovedKind.PUNCTUATION, name());
        continue;
      }
      String t = line.text;
      if (t.endsWith(" |") && whole != null) {
        line.cut(whole, t.length() - 1, t.length(), Label.CHROME, RemovedKind.PUNCTUATION, name());
      }
      int from = 0;
      for (int cuts = 0; cuts < MAX_CUTS; cuts++) {
        int k = t.indexOf("./.", from);
        if (k < 0) {
          break;
        }
        Piece owner = owner(line, k + 1);
        if (owner != null && !owner.decided()) {
          line.cut(owner, k + 1, k + 3, Label.CHROME, RemovedKind.PUNCTUATION, name());
        }
        from = k + 3;
      }
    }
  }

  static Piece owner(DraftLine line, int offset) {
    for (Piece p : line.pieces) {
      if (offset >= p.start && offset < p.end) {
        return p;
      }
    }
    return null;
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
