package io.github.vnnews;

/**
 * Thrown by a {@link Corpus} whose {@link IngestListener} threw: the listener's exception is the
 * cause, and the message names the event it was told of (the article, the error or the file), so
 * that nothing is lost without a word. The corpus is closed: iterating further ends at once.
 *
 * <p>Immutable.
 */
public final class IngestListenerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception.
   *
   * @param message what the listener was told of when it threw
   * @param cause what it threw
   */
  public IngestListenerException(String message, Throwable cause) {
    super(message, cause);
  }
}
