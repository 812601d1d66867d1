package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;

/**
 * A span of one input line under decision: the whole line, or a piece cut out of it. Undecided
 * pieces are body candidates; rules label them.
 *
 * <p>Mutable working state of one {@link Draft}; not thread-safe, never shared.
 */
final class Piece {
  final DraftLine line;
  final int start;
  final int end;
  Label label;
  RemovedKind kind;
  String rule;
  String credit;
  /** For a caption whose span also holds a credit: the caption text without it. */
  String captionText;
  /** For a caption with a credit: the credit marker ("Ảnh:", "(Ảnh: )"), removed. */
  String marker;
  /** For a lone credit line: its credit went to the caption above; it makes no caption. */
  boolean creditOfPrevious;

  Piece(DraftLine line, int start, int end) {
    this.line = line;
    this.start = start;
    this.end = end;
  }

  private String text;

  /** The piece's text without surrounding spaces (computed once: the span never changes). */
  String text() {
    if (text == null) {
      text = line.text.substring(start, end).strip();
    }
    return text;
  }

  /**
   * The piece's words when fewer than {@code cap}, else some number at least {@code cap}.
   *
   * @param cap the bound the caller compares with, plus one
   * @return the word count, exact below {@code cap}
   */
  int words(int cap) {
    return Sentences.words(line.text, start, end, cap);
  }

  /** Offset of the first non-space character of the piece. */
  int textStart() {
    int i = start;
    while (i < end && line.text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  boolean decided() {
    return label != null;
  }

  boolean isBody() {
    return label == null || label == Label.BODY;
  }

  /** True when the piece does not cover the whole (stripped) line. */
  boolean inline() {
    return !line.blank(0, start) || !line.blank(end, line.text.length());
  }

  void decide(Label newLabel, RemovedKind newKind, String ruleName) {
    this.label = newLabel;
    this.kind = newKind;
    this.rule = ruleName;
  }

  @Override
  public String toString() {
    return line.number + ":" + label + "/" + kind + "/" + rule + ":" + text();
  }
}
