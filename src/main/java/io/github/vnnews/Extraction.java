package io.github.vnnews;

import java.util.List;

/**
 * What the normaliser (plain text) or the page extractor (HTML) found in one document, before the
 * facade adds identity and provenance to make an {@link io.github.vnnews.Article}.
 *
 * @param title the headline, or null
 * @param publishedAt the publication time, or null
 * @param modifiedAt the modification time, or null
 * @param pageClock the page header's clock, or null
 * @param author the author(s), or null
 * @param paragraphs body paragraphs
 * @param captions captions
 * @param removed removed lines and pieces, in input order
 * @param sourceOutlet the outlet named by a source line, or null
 * @param outletTag the outlet tag taken off the lede, or null
 * @param section the section or category, or null
 * @param tags tags
 * @param url the canonical URL, or null
 * @param site the publisher's name, or null
 * @param decisions every labelling decision, in input order (for {@code explain})
 */
public record Extraction(
    String title,
    PublicationTime publishedAt,
    PublicationTime modifiedAt,
    PublicationTime pageClock,
    String author,
    List<String> paragraphs,
    List<Caption> captions,
    List<RemovedLine> removed,
    String sourceOutlet,
    String outletTag,
    String section,
    List<String> tags,
    String url,
    String site,
    List<Decision> decisions) {

  /**
   * Copies the collections.
   *
   * @param title the headline, or null
   * @param publishedAt the publication time, or null
   * @param modifiedAt the modification time, or null
   * @param pageClock the page header's clock, or null
   * @param author the author(s), or null
   * @param paragraphs body paragraphs
   * @param captions captions
   * @param removed removed lines and pieces, in input order
   * @param sourceOutlet the outlet named by a source line, or null
   * @param outletTag the outlet tag taken off the lede, or null
   * @param section the section or category, or null
   * @param tags tags
   * @param url the canonical URL, or null
   * @param site the publisher's name, or null
   * @param decisions every labelling decision, in input order (for {@code explain})
   */
  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    removed = List.copyOf(removed);
    tags = List.copyOf(tags);
    decisions = List.copyOf(decisions);
  }
}
