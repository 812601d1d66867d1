package io.github.vnnews;

import java.time.Instant;

/**
 * Where a document in a web archive (WARC or ARC) came from: the record it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the {@code WARC-Target-URI}: the address the page was fetched from, or null when the
 *     record names none
 * @param fetchedAt the {@code WARC-Date}: when it was fetched, or null when the record's date is
 *     missing or malformed
 * @param recordId the {@code WARC-Record-ID} ({@code <urn:uuid:…>}), or null (ARC records have
 *     none)
 * @param offset the byte offset of the record in the file as stored (for {@code .warc.gz}, of its
 *     gzip member: what a CDX index records)
 */
public record Capture(String url, Instant fetchedAt, String recordId, long offset) {
  /**
   * Checks the invariants.
   *
   * @param url the {@code WARC-Target-URI}: the address the page was fetched from, or null when the
   *     record names none
   * @param fetchedAt the {@code WARC-Date}: when it was fetched, or null when the record's date is
   *     missing or malformed
   * @param recordId the {@code WARC-Record-ID} ({@code <urn:uuid:…>}), or null (ARC records have
   *     none)
   * @param offset the byte offset of the record in the file as stored (for {@code .warc.gz}, of its
   *     gzip member: what a CDX index records)
   */
  public Capture {
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
  }
}
