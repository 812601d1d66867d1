package io.github.vnnews;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why an input, or part of it, was rejected: what went wrong and exactly where.
 *
 * <p>The loader never stops at a bad input: it records an {@code IngestError}, skips what it could
 * not read, and goes on with the rest. The CLI writes these to {@code --errors FILE} as JSON Lines,
 * as they happen, and exits with status 1 when there is any. {@link #kindName()} is the name in
 * that file ({@code tooManyLines}, {@code outsideRoot}, …).
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the input path as given
 * @param line the 1-based line number where the problem is, or -1 when it does not apply (the JSON
 *     has {@code null} then; {@link #optionalLine()} is empty)
 * @param byteOffset the 0-based byte offset in the (decompressed) file, or -1 when it does not apply
 *     (the JSON has {@code null} then; {@link #optionalByteOffset()} is empty)
 * @param kind what went wrong
 * @param message a precise, human-readable message that names the file and position
 */
public record IngestError(String path, long line, long byteOffset, Kind kind, String message) {

  /**
   * Checks the invariants.
   *
   * @param path the input path as given
   * @param line the 1-based line number where the problem is, or -1 when it does not apply (the JSON
   *     has {@code null} then; {@link #optionalLine()} is empty)
   * @param byteOffset the 0-based byte offset in the (decompressed) file, or -1 when it does not apply
   *     (the JSON has {@code null} then; {@link #optionalByteOffset()} is empty)
   * @param kind what went wrong
   * @param message a precise, human-readable message that names the file and position
   */
  public IngestError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** What went wrong. */
  public enum Kind {
    /** A path that does not exist. */
    NOT_FOUND,
    /** A file or directory that cannot be read (permissions, I/O failure). */
    UNREADABLE,
    /** A directory that links back to one of its parents, or a link that leads back to itself. */
    SYMLINK_LOOP,
    /** A file with no bytes, or with no article text between its delimiters. */
    EMPTY,
    /** Bytes that are not valid in the input's encoding. */
    INVALID_ENCODING,
    /** Binary content (NUL bytes, images). */
    BINARY,
    /** A line longer than the configured limit. */
    LINE_TOO_LONG,
    /** An article larger than the configured limit. */
    ARTICLE_TOO_LARGE,
    /** A gzip stream that expands beyond the configured limit, or is corrupt. */
    COMPRESSION,
    /**
     * An article that could not be normalised, or a file that could not be read on, because of a
     * bug (please report it); the rest of the run goes on.
     */
    NORMALIZATION_FAILED,
    /** An unsupported input (UTF-16, unknown encoding name, a FIFO or device, …). */
    UNSUPPORTED,
    /** An article or page with more lines than the configured limit. */
    TOO_MANY_LINES,
    /** An article with more blank lines in a row than the configured limit. */
    TOO_MANY_BLANK_LINES,
    /** An article from which the normaliser would cut more pieces than the configured limit. */
    TOO_MANY_PIECES,
    /** An HTML page with more elements than the configured limit. */
    TOO_MANY_ELEMENTS,
    /** An HTML page in which no article was found (no paragraph of text). */
    NO_ARTICLE,
    /** A symbolic link that leads out of the directory given (followed only on request). */
    OUTSIDE_ROOT,
    /** A document whose processing ran out of memory; the rest of the run goes on. */
    OUT_OF_MEMORY,
    /** A document whose processing overflowed the stack; the rest of the run goes on. */
    STACK_OVERFLOW,
    /**
     * A web-archive (WARC/ARC) record that cannot be read: bad headers, a record cut short, an
     * unsupported content encoding.
     */
    INVALID_RECORD
  }

  /**
   * The line where the problem is, when there is one: what the JSON's {@code line} holds.
   *
   * @return the 1-based line number, or empty when it does not apply
   */
  public OptionalLong optionalLine() {
    return line <= 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * The byte offset where the problem is, when there is one: what the JSON's {@code byteOffset}
   * holds.
   *
   * @return the 0-based byte offset in the (decompressed) file, or empty when it does not apply
   */
  public OptionalLong optionalByteOffset() {
    return byteOffset < 0 ? OptionalLong.empty() : OptionalLong.of(byteOffset);
  }

  /**
   * The JSON name of {@link #kind()}, lower camel case.
   *
   * @return the name
   */
  public String kindName() {
    String[] parts = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return message;
  }
}
