package io.github.vnnews;

import java.util.Objects;

/**
 * Why a line, or a piece of a line, got its label: the label, the kind of removed text, and the
 * name of the rule that decided. {@code vnnews explain} prints these.
 *
 * @param line the 1-based line number
 * @param label the label
 * @param kind for removed text, its kind; null for title, body and caption
 * @param rule the deciding rule's name; never null
 * @param text the line or piece
 * @param inline true when the piece was cut out of a longer line
 */
public record Decision(
    int line, Label label, RemovedKind kind, String rule, String text, boolean inline) {
  /**
   * Checks the invariants.
   *
   * @param line the 1-based line number
   * @param label the label
   * @param kind for removed text, its kind; null for title, body and caption
   * @param rule the deciding rule's name; never null
   * @param text the line or piece
   * @param inline true when the piece was cut out of a longer line
   */
  public Decision {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }
}
