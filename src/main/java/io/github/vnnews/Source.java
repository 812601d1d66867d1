package io.github.vnnews;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an article came from: the input file, its position in that file, and how it was read;
 * for a web-archive (WARC/ARC) record also the capture: the address, the time it was fetched, the
 * record's id and its byte offset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the input path relative to its input root, the root's own name first ({@code
 *     seeds/a.txt} for {@code seeds}, {@code ./seeds}, {@code /abs/seeds} and {@code
 *     seeds/a.txt}); {@code "-"} for standard input; never null
 * @param index the 0-based position of the article within its file (for a web archive: of its
 *     record among all the archive's records)
 * @param startLine the 1-based first line of the article in the file (in a web archive: in the
 *     record's payload)
 * @param endLine the 1-based last line of the article in the file (or payload)
 * @param format {@code "text"} or {@code "html"}
 * @param encoding the detected or configured encoding of the bytes ({@code "utf-8"}, {@code
 *     "tcvn3"}, …)
 * @param repaired true when text repair changed the text (mojibake, decomposed marks, …)
 * @param url the address the page was captured from (a WARC record's {@code WARC-Target-URI}),
 *     else the page's canonical URL; or null
 * @param site the publisher's name, or null
 * @param fetchedAt when the page was captured (a WARC record's {@code WARC-Date}), or null
 * @param warcRecordId the WARC record's {@code WARC-Record-ID} ({@code <urn:uuid:…>}), or null
 * @param offset the byte offset of the WARC/ARC record in the file as stored (in a {@code
 *     .warc.gz}: of its gzip member), or null
 */
public record Source(
    String path,
    int index,
    int startLine,
    int endLine,
    String format,
    String encoding,
    boolean repaired,
    String url,
    String site,
    Instant fetchedAt,
    String warcRecordId,
    Long offset) {

  /**
   * Checks the invariants.
   *
   * @param path the input path relative to its input root, the root's own name first ({@code
   *     seeds/a.txt} for {@code seeds}, {@code ./seeds}, {@code /abs/seeds} and {@code
   *     seeds/a.txt}); {@code "-"} for standard input; never null
   * @param index the 0-based position of the article within its file (for a web archive: of its
   *     record among all the archive's records)
   * @param startLine the 1-based first line of the article in the file (in a web archive: in the
   *     record's payload)
   * @param endLine the 1-based last line of the article in the file (or payload)
   * @param format {@code "text"} or {@code "html"}
   * @param encoding the detected or configured encoding of the bytes ({@code "utf-8"}, {@code
   *     "tcvn3"}, …)
   * @param repaired true when text repair changed the text (mojibake, decomposed marks, …)
   * @param url the address the page was captured from (a WARC record's {@code WARC-Target-URI}),
   *     else the page's canonical URL; or null
   * @param site the publisher's name, or null
   * @param fetchedAt when the page was captured (a WARC record's {@code WARC-Date}), or null
   * @param warcRecordId the WARC record's {@code WARC-Record-ID} ({@code <urn:uuid:…>}), or null
   * @param offset the byte offset of the WARC/ARC record in the file as stored (in a {@code
   *     .warc.gz}: of its gzip member), or null
   */
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }

  /**
   * A source that is not a web-archive record.
   *
   * @param path the input path relative to its root
   * @param index the 0-based position of the article within its file
   * @param startLine the 1-based first line
   * @param endLine the 1-based last line
   * @param format {@code "text"} or {@code "html"}
   * @param encoding the encoding of the bytes
   * @param repaired true when text repair changed the text
   * @param url the page's canonical URL, or null
   * @param site the publisher's name, or null
   */
  public Source(
      String path, int index, int startLine, int endLine, String format, String encoding,
      boolean repaired, String url, String site) {
    this(path, index, startLine, endLine, format, encoding, repaired, url, site, null, null, null);
  }

  /**
   * A copy with page metadata.
   *
   * @param newUrl the canonical URL, or null
   * @param newSite the publisher, or null
   * @return the copy
   */
  public Source withPage(String newUrl, String newSite) {
    return new Source(path, index, startLine, endLine, format, encoding, repaired, newUrl, newSite,
        fetchedAt, warcRecordId, offset);
  }
}
