package io.github.vnnews;

import java.util.List;
import java.util.Objects;

/**
 * One normalised news article: the text that the outlet published, typed metadata, captions kept
 * apart, and an audit trail of everything that was taken out.
 *
 * <p>Instances are made by {@link Normalizer}; read them from a {@link Corpus}. Collections are
 * never null, never contain null and cannot be modified. Absent scalars are null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier: a hash of the source path, index and content, identical across
 *     runs, machines and thread counts
 * @param source where the article came from
 * @param title the headline, or null when the article opens with its lede
 * @param publishedAt the publication time, or null when the input states no full date
 * @param modifiedAt the last-modified time where a page states it, or null
 * @param pageClock the site's clock printed in the page header (not the publication time), or null
 * @param author the byline's author(s), or null
 * @param paragraphs the body, one string per paragraph, in order
 * @param captions photo captions, in order
 * @param removed every removed line or piece, in input order
 * @param language the BCP 47 language tag of the text ({@code "vi"})
 * @param sourceOutlet the outlet named by a source line ("Theo TTXVN"), or null
 * @param outletTag the outlet tag taken off the lede ("(Baonghean) -"), or null
 * @param section the page's section or category, or null
 * @param tags the page's tags
 */
public record Article(
    String id,
    Source source,
    String title,
    PublicationTime publishedAt,
    PublicationTime modifiedAt,
    PublicationTime pageClock,
    String author,
    List<String> paragraphs,
    List<Caption> captions,
    List<RemovedLine> removed,
    String language,
    String sourceOutlet,
    String outletTag,
    String section,
    List<String> tags) {

  /**
   * The version of the export schema this record maps to. Version 2: {@code publishedAt}, {@code
   * modifiedAt} and {@code pageClock} are full timestamps or null (a date alone goes to {@code
   * publishedDate}, {@code modifiedDate}, {@code pageClockDate}); {@code source.path} is relative
   * to the input root; {@code text}, {@code contentHash} and the web-archive fields of {@code
   * source} were added.
   */
  public static final int SCHEMA_VERSION = 2;

  /**
   * Checks the invariants and copies the collections.
   *
   * @param id a stable identifier: a hash of the source path, index and content, identical across
   *     runs, machines and thread counts
   * @param source where the article came from
   * @param title the headline, or null when the article opens with its lede
   * @param publishedAt the publication time, or null when the input states no full date
   * @param modifiedAt the last-modified time where a page states it, or null
   * @param pageClock the site's clock printed in the page header (not the publication time), or null
   * @param author the byline's author(s), or null
   * @param paragraphs the body, one string per paragraph, in order
   * @param captions photo captions, in order
   * @param removed every removed line or piece, in input order
   * @param language the BCP 47 language tag of the text ({@code "vi"})
   * @param sourceOutlet the outlet named by a source line ("Theo TTXVN"), or null
   * @param outletTag the outlet tag taken off the lede ("(Baonghean) -"), or null
   * @param section the page's section or category, or null
   * @param tags the page's tags
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    removed = List.copyOf(removed);
    tags = List.copyOf(tags);
  }

  /**
   * The article as one text: the title (when there is one) and the paragraphs, separated by blank
   * lines; captions and removed text are left out. This is the {@code text} field of the export,
   * what pipelines that read a {@code text} column (datatrove, Hugging Face {@code datasets}) take.
   *
   * @return the text
   */
  public String text() {
    int n = title == null ? 0 : title.length() + 2;
    for (String p : paragraphs) {
      n += p.length() + 2;
    }
    StringBuilder sb = new StringBuilder(n);
    if (title != null) {
      sb.append(title);
    }
    for (String p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /**
   * A hash of the normalised content: the first 16 hex digits of SHA-256 over the UTF-8 bytes of
   * {@link #text()}. Unlike {@link #id()} it does not depend on where the article was read, so the
   * same story gives the same hash in any file, run or corpus (for joins and exact deduplication).
   *
   * @return the hash
   */
  public String contentHash() {
    return Normalizer.contentHash(text());
  }
}
