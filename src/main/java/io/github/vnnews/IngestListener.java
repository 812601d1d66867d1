package io.github.vnnews;

/**
 * Hears about the progress of an ingest: files opened, articles made, inputs rejected. Every
 * method has a no-op default; the CLI uses one to draw its progress line and collect errors.
 *
 * <p>Calls come from the thread that consumes the corpus, in input order.
 */
public interface IngestListener {
  /** A listener that does nothing. */
  IngestListener NONE = new IngestListener() {};

  /**
   * A file is about to be read.
   *
   * @param path the path as reported in provenance
   * @param sizeBytes its size on disk, or -1 when unknown
   */
  default void fileStarted(String path, long sizeBytes) {}

  /**
   * An article was made.
   *
   * @param article the article
   */
  default void article(Article article) {}

  /**
   * An input, or part of one, was rejected; the ingest goes on.
   *
   * @param error what and where
   */
  default void rejected(IngestError error) {}

  /**
   * A web-archive record made no article, for a reason that is not an error (a request, an image,
   * a redirect; see {@link SkipReason}).
   *
   * @param path the archive's path as reported in provenance
   * @param offset the record's byte offset in the file as stored
   * @param reason why
   */
  default void skipped(String path, long offset, SkipReason reason) {}

  /**
   * A file found in a directory was left out because its name is not an article file's ({@code
   * README.md}, {@code data.json}; see {@link Options.Builder#allFiles(boolean)}).
   *
   * @param path the file's path as reported in errors
   */
  default void fileSkipped(String path) {}
}
