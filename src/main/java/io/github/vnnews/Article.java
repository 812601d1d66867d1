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
 * @param language the BCP 47 language tag of the body, told from its syllables ({@code "vi"},
 *     {@code "en"}, or {@code "und"} when it cannot be told; see {@link
 *     io.github.vnnews.internal.quality.QualityScorer#assess})
 * @param sourceOutlet the outlet named by a source line ("Theo TTXVN"), or null
 * @param outletTag the outlet tag taken off the lede ("(Baonghean) -"), or null
 * @param section the page's section or category, or null
 * @param tags the page's tags
 * @param quality the body's quality signals, or null when they were not computed
 * @param duplicate the article's place in a cluster of duplicates, or null when it is in none or
 *     deduplication did not run
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
    List<String> tags,
    Quality quality,
    Duplicate duplicate) {

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
   * @param language the BCP 47 language tag of the body, told from its syllables ({@code "vi"},
   *     {@code "en"}, or {@code "und"} when it cannot be told; see {@link
   *     io.github.vnnews.internal.quality.QualityScorer#assess})
   * @param sourceOutlet the outlet named by a source line ("Theo TTXVN"), or null
   * @param outletTag the outlet tag taken off the lede ("(Baonghean) -"), or null
   * @param section the page's section or category, or null
   * @param tags the page's tags
   * @param quality the body's quality signals, or null when they were not computed
   * @param duplicate the article's place in a cluster of duplicates, or null when it is in none or
   *     deduplication did not run
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
   * An article without quality signals or duplicate cluster (the fields of export schema 1 and
   * 2's first draft).
   *
   * @param id the id
   * @param source the source
   * @param title the title, or null
   * @param publishedAt the publication time, or null
   * @param modifiedAt the modification time, or null
   * @param pageClock the page clock, or null
   * @param author the author, or null
   * @param paragraphs the body
   * @param captions the captions
   * @param removed the removed lines
   * @param language the language tag
   * @param sourceOutlet the source outlet, or null
   * @param outletTag the outlet tag, or null
   * @param section the section, or null
   * @param tags the tags
   */
  public Article(
      String id, Source source, String title, PublicationTime publishedAt,
      PublicationTime modifiedAt, PublicationTime pageClock, String author, List<String> paragraphs,
      List<Caption> captions, List<RemovedLine> removed, String language, String sourceOutlet,
      String outletTag, String section, List<String> tags) {
    this(id, source, title, publishedAt, modifiedAt, pageClock, author, paragraphs, captions,
        removed, language, sourceOutlet, outletTag, section, tags, null, null);
  }

  /**
   * A copy with the given duplicate cluster.
   *
   * @param newDuplicate the cluster, or null for none
   * @return the copy
   */
  public Article withDuplicate(Duplicate newDuplicate) {
    return new Article(id, source, title, publishedAt, modifiedAt, pageClock, author, paragraphs,
        captions, removed, language, sourceOutlet, outletTag, section, tags, quality, newDuplicate);
  }

  /**
   * A copy with the given quality signals and language.
   *
   * @param newQuality the signals, or null
   * @param newLanguage the language tag
   * @return the copy
   */
  public Article withQuality(Quality newQuality, String newLanguage) {
    return new Article(id, source, title, publishedAt, modifiedAt, pageClock, author, paragraphs,
        captions, removed, newLanguage, sourceOutlet, outletTag, section, tags, newQuality, duplicate);
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
    return Normalizer.contentHash(title, paragraphs);
  }
}
