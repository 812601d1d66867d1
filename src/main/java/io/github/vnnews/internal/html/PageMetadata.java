package io.github.vnnews.internal.html;

import io.github.vnnews.PublicationTime;
import java.util.List;

/**
 * What a page's machine-readable metadata states (JSON-LD, OpenGraph, {@code <meta>}, {@code
 * <time>}, canonical link), before the visible text is looked at.
 *
 * @param titles the headlines the metadata gives (JSON-LD, OpenGraph, Twitter, {@code <title>}),
 *     best first; never null
 * @param description the page's description (often the sapo), or null
 * @param publishedAt the publication time, or null
 * @param publishedRule which source gave {@code publishedAt}
 * @param timeSources every publication time the metadata states, with its source, most trusted
 *     first; never null
 * @param modifiedAt the modification time, or null
 * @param authors person names from metadata (organisations left out): the JSON-LD's, else the
 *     meta tags'; never null
 * @param jsonLdAuthors the JSON-LD's author names (site names left out); never null
 * @param tagAuthors the names of {@code article:author} and kin (site names left out); never null
 * @param siteNames the site's names, folded without spaces (publisher, site name, host); never
 *     null
 * @param site the publisher's name, or null
 * @param url the canonical URL, or null
 * @param section the section or category, or null
 * @param tags the tags; never null
 */
record PageMetadata(
    List<String> titles,
    String description,
    PublicationTime publishedAt,
    String publishedRule,
    List<TimeSource> timeSources,
    PublicationTime modifiedAt,
    List<String> authors,
    List<String> jsonLdAuthors,
    List<String> tagAuthors,
    List<String> siteNames,
    String site,
    String url,
    String section,
    List<String> tags) {

  /**
   * A publication time as one source states it.
   *
   * @param source where it was read ("property=article:published_time", "jsonld:datePublished")
   * @param value the value as written
   */
  record TimeSource(String source, String value) {}

  /** Copies the lists. */
  PageMetadata {
    titles = List.copyOf(titles);
    timeSources = List.copyOf(timeSources);
    authors = List.copyOf(authors);
    jsonLdAuthors = List.copyOf(jsonLdAuthors);
    tagAuthors = List.copyOf(tagAuthors);
    siteNames = List.copyOf(siteNames);
    tags = List.copyOf(tags);
  }

  /**
   * The best metadata headline.
   *
   * @return the first title, or null
   */
  String title() {
    return titles.isEmpty() ? null : titles.get(0);
  }
}
