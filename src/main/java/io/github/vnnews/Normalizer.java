package io.github.vnnews;

import io.github.vnnews.load.RawDocument;
import io.github.vnnews.load.SourceLine;
import io.github.vnnews.normalize.Extraction;
import io.github.vnnews.html.HtmlExtractor;
import io.github.vnnews.normalize.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns one loaded document into an {@link Article}: plain text through the line classifier, HTML
 * through the page extractor, then identity and provenance.
 *
 * <p>Example: {@code Article a = Normalizer.defaults().normalize(doc);}
 *
 * <p>Immutable and thread-safe: one instance can serve many threads.
 */
public final class Normalizer {
  private static final Normalizer DEFAULTS = builder().build();

  private final TextNormalizer text;
  private final HtmlExtractor html;

  private Normalizer(Builder b) {
    this.text = b.text;
    this.html = b.html;
  }

  /**
   * The normaliser with default rules.
   *
   * @return the shared default instance
   */
  public static Normalizer defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with the default rules.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Normalises a document.
   *
   * @param doc the document
   * @return the article
   */
  public Article normalize(RawDocument doc) {
    return toArticle(doc, explain(doc));
  }

  /**
   * What the normaliser finds in a document, with every labelling decision (for {@code explain}).
   *
   * @param doc the document
   * @return the extraction
   */
  public Extraction explain(RawDocument doc) {
    if (doc.isHtml()) {
      return html.extract(doc.text(), doc.path());
    }
    return text.normalize(doc.lines());
  }

  /**
   * Makes the article from a document and its extraction.
   *
   * @param doc the document
   * @param x the extraction
   * @return the article
   */
  public static Article toArticle(RawDocument doc, Extraction x) {
    Source source =
        new Source(doc.path(), doc.index(), doc.startLine(), doc.endLine(), doc.format(),
            doc.encoding(), doc.repaired(), x.url(), x.site());
    return new Article(
        id(doc),
        source,
        x.title(),
        x.publishedAt(),
        x.modifiedAt(),
        x.pageClock(),
        x.author(),
        x.paragraphs(),
        x.captions(),
        x.removed(),
        "vi",
        x.sourceOutlet(),
        x.outletTag(),
        x.section(),
        x.tags());
  }

  /**
   * The stable id of a document: the first 16 hex digits of SHA-256 over its path, index and
   * text. The same input gives the same id on every run, machine and thread count.
   *
   * @param doc the document
   * @return the id
   */
  public static String id(RawDocument doc) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(doc.path().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(Integer.toString(doc.index()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      for (SourceLine l : doc.lines()) {
        md.update(l.text().getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Builds a {@link Normalizer}. Not thread-safe. */
  public static final class Builder {
    private TextNormalizer text = new TextNormalizer();
    private HtmlExtractor html = HtmlExtractor.defaults();

    private Builder() {}

    /**
     * The plain-text line classifier to use.
     *
     * @param normalizer the classifier
     * @return this builder
     */
    public Builder textNormalizer(TextNormalizer normalizer) {
      this.text = java.util.Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /**
     * The HTML page extractor to use.
     *
     * @param extractor the extractor
     * @return this builder
     */
    public Builder htmlExtractor(HtmlExtractor extractor) {
      this.html = java.util.Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    /**
     * The normaliser.
     *
     * @return the immutable normaliser
     */
    public Normalizer build() {
      return new Normalizer(this);
    }
  }
}
