package io.github.vnnews;

import java.util.Objects;

/**
 * A piece of input that is not part of the article text: one whole line, or a piece cut out of a
 * line (a byline fused into a paragraph, say), with what kind of thing it is.
 *
 * <p>Every non-blank input line of a plain-text article ends in the title, a paragraph, a caption
 * or here; the audit trail is complete. Pieces cut from inside a line carry the line's number and
 * {@code inline = true}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line number in the input file (for HTML, the 1-based order of the
 *     removed block in the page)
 * @param kind what the piece is
 * @param text the removed text, as it was after text repair
 * @param rule the name of the rule that removed it; never null
 * @param inline true when the piece was cut out of a longer line
 */
public record RemovedLine(int line, RemovedKind kind, String text, String rule, boolean inline) {
  /**
   * Checks the invariants.
   *
   * @param line the 1-based line number in the input file (for HTML, the 1-based order of the
   *     removed block in the page)
   * @param kind what the piece is
   * @param text the removed text, as it was after text repair
   * @param rule the name of the rule that removed it; never null
   * @param inline true when the piece was cut out of a longer line
   */
  public RemovedLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A whole removed line.
   *
   * @param line the 1-based line number
   * @param kind the kind
   * @param text the line's text
   * @param rule the deciding rule's name
   * @return the record
   */
  public static RemovedLine of(int line, RemovedKind kind, String text, String rule) {
    return new RemovedLine(line, kind, text, rule, false);
  }
}
