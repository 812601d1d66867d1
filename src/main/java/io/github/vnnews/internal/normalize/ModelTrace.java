package io.github.vnnews.internal.normalize;

/**
 * Hears every candidate a learned rule scores, with its feature vector and its span, so that the
 * weights of the rule's {@link LinearModel} can be fitted to the gold annotations (the training
 * tool of the test sources aligns each span with the gold's label). Normal runs have none.
 *
 * <p>Implementations need not be thread-safe: a trace belongs to one normalisation call.
 */
interface ModelTrace {
  /**
   * One scored candidate.
   *
   * @param model the model's resource name
   * @param features the feature vector the model scored (the rule's own copy, not reused)
   * @param line the input line number (1-based)
   * @param text the line's cleaned text, which {@code start} and {@code end} index
   * @param start the candidate's first character
   * @param end the end of the candidate, exclusive
   */
  void example(String model, double[] features, int line, String text, int start, int end);
}
