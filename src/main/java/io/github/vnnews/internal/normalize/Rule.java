package io.github.vnnews.internal.normalize;

/**
 * One named step of the normaliser: it looks at the article's lines and pieces (with their
 * context) and labels or cuts some of them. Every decision it makes carries {@link #name()}.
 *
 * <p>Implementations are stateless and thread-safe; all state lives in the {@link Draft}.
 */
interface Rule {
  /** Most pieces one rule cuts out of one line: bounds the work on adversarial input. */
  int MAX_CUTS = 200;

  /**
   * The rule's name as printed by {@code vnnews explain}.
   *
   * @return the name
   */
  String name();

  /**
   * Applies the rule.
   *
   * @param draft the article under decision
   */
  void apply(Draft draft);
}
