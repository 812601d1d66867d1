package io.github.vnnews;

import java.util.Locale;

/**
 * Why a web-archive (WARC/ARC) record made no article although nothing was wrong with it: it holds
 * no page (a request, metadata), or a page that is not a news text (an image, a PDF, a redirect, an
 * error page). Skipped records are counted by reason ({@link Corpus#skipped()}, {@link
 * IngestListener#skipped}); records that cannot be read are errors ({@link IngestError}), not
 * skips.
 *
 * <table>
 *   <caption>Reasons</caption>
 *   <tr><th>reason</th><th>JSON name</th><th>record</th></tr>
 *   <tr><td>{@link #WARCINFO}</td><td>{@code warcinfo}</td><td>the archive's own description (ARC: {@code filedesc})</td></tr>
 *   <tr><td>{@link #REQUEST}</td><td>{@code request}</td><td>the crawler's HTTP request</td></tr>
 *   <tr><td>{@link #METADATA}</td><td>{@code metadata}</td><td>crawler metadata (outlinks, timings)</td></tr>
 *   <tr><td>{@link #REVISIT}</td><td>{@code revisit}</td><td>a page seen before (no payload, or a duplicate)</td></tr>
 *   <tr><td>{@link #OTHER_TYPE}</td><td>{@code otherType}</td><td>{@code conversion}, {@code continuation} or an unknown {@code WARC-Type}</td></tr>
 *   <tr><td>{@link #NOT_HTTP}</td><td>{@code notHttp}</td><td>a response that is not an HTTP message (DNS lookups)</td></tr>
 *   <tr><td>{@link #REDIRECT}</td><td>{@code redirect}</td><td>an HTTP 3xx response</td></tr>
 *   <tr><td>{@link #HTTP_ERROR}</td><td>{@code httpError}</td><td>an HTTP response other than 2xx and 3xx (404, 500)</td></tr>
 *   <tr><td>{@link #NOT_HTML}</td><td>{@code notHtml}</td><td>a payload that is neither HTML nor plain text (images, PDF, scripts)</td></tr>
 *   <tr><td>{@link #EMPTY}</td><td>{@code empty}</td><td>an HTML or text payload with no text</td></tr>
 *   <tr><td>{@link #NO_ARTICLE}</td><td>{@code noArticle}</td><td>an HTML page with no article in it
 *       (an index, a category or a search page): in a web archive most pages are such, so they are
 *       counted, not errors (a page read from a file with no article is an error, {@code
 *       noArticle})</td></tr>
 * </table>
 */
public enum SkipReason {
  /** The archive's own description. */
  WARCINFO,
  /** A crawler's request. */
  REQUEST,
  /** Crawler metadata. */
  METADATA,
  /** A revisit of a page seen before. */
  REVISIT,
  /** A conversion, a continuation or an unknown record type. */
  OTHER_TYPE,
  /** A response that is not an HTTP message. */
  NOT_HTTP,
  /** An HTTP redirect (3xx). */
  REDIRECT,
  /** An HTTP response other than 2xx and 3xx. */
  HTTP_ERROR,
  /** A payload that is neither HTML nor plain text. */
  NOT_HTML,
  /** An HTML or text payload without text. */
  EMPTY,
  /** An HTML page with no article (an index or category page). */
  NO_ARTICLE;

  /**
   * The name used in summaries and JSON, lower camel case ({@code httpError}).
   *
   * @return the name
   */
  public String jsonName() {
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return sb.toString();
  }

  /**
   * The reason for a JSON name.
   *
   * @param name the name, as {@link #jsonName()} gives it
   * @return the reason
   * @throws IllegalArgumentException when no reason has that name
   */
  public static SkipReason fromJsonName(String name) {
    for (SkipReason r : values()) {
      if (r.jsonName().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown skip reason: " + name);
  }
}
