package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;

/**
 * The last rule: whatever no other rule took is article text.
 *
 * <p>Immutable and thread-safe.
 */
final class BodyRule implements Rule {
  @Override
  public String name() {
    return "Body";
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      for (Piece p : line.pieces) {
        if (!p.decided()) {
          p.decide(Label.BODY, null, name());
        }
      }
    }
  }
}
