package io.github.vnnews;

import io.github.vnnews.internal.html.HtmlExtractor;
import io.github.vnnews.internal.normalize.Boilerplate;
import io.github.vnnews.internal.normalize.TextNormalizer;
import io.github.vnnews.internal.quality.QualityScorer;
import io.github.vnnews.internal.text.TextRepair;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Turns one loaded document into an {@link Article}: plain text through the line classifier, HTML
 * through the page extractor, then identity and provenance.
 *
 * <p>Example: {@code Article a = Normalizer.defaults().normalizeText(text);} for a text, {@code
 * normalizeHtml(html, url)} for a page, {@code normalize(doc)} for a document a {@link Corpus}
 * read ({@link Corpus#documents()}).
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
   * Normalises one plain-text article held in a string: the text is repaired as the loader repairs
   * a file (mojibake, legacy encodings read as Latin-1, decomposed tone marks), split into lines
   * ({@code \n}, {@code \r\n} or {@code \r}) and normalised as one article (no delimiter
   * splitting). Its {@code source.path} is {@code "-"}, as for standard input.
   *
   * <p>Example: {@code Normalizer.defaults().normalizeText("Tiêu đề\n\nNội dung bài báo.").title()}
   *
   * @param text the article's text
   * @return the article
   * @throws io.github.vnnews.TooManyPiecesException when the article needs more pieces
   *     than {@link Options#DEFAULT_MAX_PIECES}
   */
  public Article normalizeText(String text) {
    Objects.requireNonNull(text, "text");
    TextRepair.Repaired r = TextRepair.of(ToneStyle.KEEP).repair(text);
    List<SourceLine> lines = lines(r.text());
    RawDocument doc = new RawDocument("-", 0, 1, Math.max(1, lines.size()), "text", "utf-8", r.changed(), lines);
    return normalize(doc);
  }

  /**
   * Normalises one HTML page held in a string: the article region of the page, its title, times,
   * author and captions, as for a page read from a file. A page with no article text gives an
   * article with no paragraphs (a {@link Corpus} reports such a page as a {@code noArticle}
   * error instead).
   *
   * @param html the page's markup
   * @param url the page's address: resolves relative links, names the site, and is the article's
   *     {@code source.path} and {@code source.url} (before the page's own canonical link, as a web
   *     archive's target URI is); may be null when unknown
   * @return the article
   * @throws io.github.vnnews.PageTooLargeException when the page is longer than the HTML
   *     extractor's limit
   */
  public Article normalizeHtml(String html, String url) {
    Objects.requireNonNull(html, "html");
    List<SourceLine> lines = lines(html);
    RawDocument doc = new RawDocument(url == null ? "-" : url, 0, 1, Math.max(1, lines.size()), "html", "utf-8",
        false, lines);
    return toArticle(doc, explain(doc), id(doc), url);
  }

  /** The lines of a text, numbered from 1; a final line break ends the last line. */
  private static List<SourceLine> lines(String text) {
    List<SourceLine> out = new ArrayList<>();
    int n = text.length();
    int from = 0;
    while (from < n) {
      int to = from;
      while (to < n && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
        to++;
      }
      out.add(new SourceLine(out.size() + 1, text.substring(from, to)));
      if (to < n && text.charAt(to) == '\r' && to + 1 < n && text.charAt(to + 1) == '\n') {
        to++;
      }
      from = to + 1;
    }
    return out;
  }

  /**
   * Normalises a document, within the default limit on pieces ({@link
   * Options#DEFAULT_MAX_PIECES}).
   *
   * @param doc the document
   * @return the article
   * @throws io.github.vnnews.TooManyPiecesException when a plain-text article needs more
   *     pieces
   * @throws io.github.vnnews.PageTooLargeException when a page is longer than the HTML
   *     extractor's limit
   */
  public Article normalize(RawDocument doc) {
    return toArticle(doc, explain(doc));
  }

  /**
   * Normalises a document whose lines' UTF-8 bytes may be at hand (the parallel and sequential
   * ingest have them from the loader): the same article as {@link #normalize(RawDocument)},
   * without encoding the text again for its id, and with the corpus's limit on pieces.
   *
   * @param doc the document
   * @param utf8Lines the UTF-8 bytes of its lines, each followed by a line feed, or null
   * @param maxPieces the most pieces cut out of a plain-text article
   * @param boilerplate what repeats across the document's corpus ({@link Boilerplate#NONE}: nothing
   *     known)
   * @return the article
   */
  Article normalize(RawDocument doc, ByteBuffer utf8Lines, int maxPieces, Boilerplate boilerplate) {
    Extraction x = explain(doc, maxPieces, boilerplate);
    return utf8Lines == null ? toArticle(doc, x) : toArticle(doc, x, id(doc.path(), doc.index(), utf8Lines));
  }

  /**
   * What the normaliser finds in a document, with every labelling decision (for {@code explain}),
   * within the default limit on pieces.
   *
   * @param doc the document
   * @return the extraction
   * @throws io.github.vnnews.TooManyPiecesException when a plain-text article needs more
   *     pieces than {@link Options#DEFAULT_MAX_PIECES}
   * @throws io.github.vnnews.PageTooLargeException when a page is longer than the HTML
   *     extractor's limit
   */
  public Extraction explain(RawDocument doc) {
    return explain(doc, Options.DEFAULT_MAX_PIECES);
  }

  /**
   * What the normaliser finds in a document, cutting at most {@code maxPieces} pieces out of a
   * plain-text article's lines.
   *
   * @param doc the document
   * @param maxPieces the limit on pieces
   * @return the extraction
   * @throws io.github.vnnews.TooManyPiecesException when the article needs more pieces
   * @throws io.github.vnnews.PageTooLargeException when a page is longer than the HTML
   *     extractor's limit
   */
  public Extraction explain(RawDocument doc, int maxPieces) {
    return explain(doc, maxPieces, Boilerplate.NONE);
  }

  /**
   * What the normaliser finds in a document of a corpus, with what repeats across that corpus
   * (what {@link Corpus} uses when {@link Options#learnBoilerplate()} is on).
   *
   * <p><b>Internal:</b> takes an internal type; for the command line's {@code explain}, not API
   * (VERSIONING.md).
   *
   * @param doc the document
   * @param maxPieces the limit on pieces
   * @param boilerplate what the corpus's documents share ({@link Boilerplate#NONE}: nothing known)
   * @return the extraction
   * @throws io.github.vnnews.TooManyPiecesException when the article needs more pieces
   * @throws io.github.vnnews.PageTooLargeException when a page is longer than the HTML
   *     extractor's limit
   */
  public Extraction explain(RawDocument doc, int maxPieces, Boilerplate boilerplate) {
    if (doc.isHtml()) {
      return html.extract(doc.text(), doc.capture() != null && doc.capture().url() != null ? doc.capture().url() : doc.path());
    }
    return text.normalize(doc.lines(), boilerplate, maxPieces);
  }

  /**
   * Makes the article from a document and its extraction.
   *
   * @param doc the document
   * @param x the extraction
   * @return the article
   */
  public static Article toArticle(RawDocument doc, Extraction x) {
    return toArticle(doc, x, id(doc));
  }

  private static Article toArticle(RawDocument doc, Extraction x, String id) {
    return toArticle(doc, x, id, null);
  }

  /** The article; {@code url}, when not null, is where the page was found (as a capture's is). */
  private static Article toArticle(RawDocument doc, Extraction x, String id, String url) {
    Capture c = doc.capture();
    Source source =
        c == null
            ? new Source(doc.path(), doc.index(), doc.startLine(), doc.endLine(), doc.format(),
                doc.encoding(), doc.repaired(), url != null ? url : x.url(), x.site())
            : new Source(doc.path(), doc.index(), doc.startLine(), doc.endLine(), doc.format(),
                doc.encoding(), doc.repaired(), c.url() != null ? c.url() : x.url(), x.site(),
                c.fetchedAt(), c.recordId(), c.offset());
    QualityScorer.Assessment q = QualityScorer.assess(x.title(), x.paragraphs());
    return new Article(
        id,
        source,
        x.title(),
        x.publishedAt(),
        x.modifiedAt(),
        x.pageClock(),
        x.author(),
        x.paragraphs(),
        x.captions(),
        x.removed(),
        q.language(),
        x.sourceOutlet(),
        x.outletTag(),
        x.section(),
        x.tags(),
        q.quality(),
        null);
  }

  /**
   * The stable id of a document: the first 16 hex digits of SHA-256 over its path, index and
   * text. The same input gives the same id on every run, machine and thread count.
   *
   * @param doc the document
   * @return the id
   */
  public static String id(RawDocument doc) {
    MessageDigest md = digest(doc.path(), doc.index());
    Utf8Digest text = new Utf8Digest(md);
    for (SourceLine l : doc.lines()) {
      text.update(l.text());
      text.update('\n');
    }
    text.flush();
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /** {@link #id(RawDocument)} from the UTF-8 bytes of the lines, each followed by a line feed. */
  static String id(String path, int index, ByteBuffer utf8Lines) {
    MessageDigest md = digest(path, index);
    md.update(utf8Lines);
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /**
   * The content hash of a text ({@link Article#contentHash()}): the first 16 hex digits of SHA-256
   * over its UTF-8 bytes.
   *
   * @param text the text
   * @return the hash
   */
  public static String contentHash(String text) {
    MessageDigest md = DIGESTS.get();
    md.reset();
    Utf8Digest d = new Utf8Digest(md);
    d.update(text);
    d.flush();
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /**
   * {@link #contentHash(String)} of the text the title and paragraphs make ({@link Article#text()}:
   * the parts joined by blank lines where something comes before), fed part by part instead of
   * joined first. The UTF-8 bytes are the same: a surrogate pair never spans the line feeds between
   * parts, and a lone surrogate at a part's edge is a {@code ?} either way.
   */
  static String contentHash(String title, List<String> paragraphs) {
    MessageDigest md = DIGESTS.get();
    md.reset();
    Utf8Digest d = new Utf8Digest(md);
    boolean any = false;
    if (title != null) {
      d.update(title);
      any = !title.isEmpty();
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (any) {
        d.update('\n');
        d.update('\n');
      }
      d.update(p);
      any |= !p.isEmpty();
    }
    d.flush();
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /** A SHA-256 digest fed with the path and index, as the id starts. */
  private static MessageDigest digest(String path, int index) {
    MessageDigest md = DIGESTS.get();
    md.reset();
    md.update(path.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(Integer.toString(index).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    return md;
  }

  /** One SHA-256 digest per thread, reset for each id (a provider lookup per article is slow). */
  private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Normalizer::sha256);

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Feeds text to a digest as UTF-8, exactly the bytes of {@code String.getBytes(UTF_8)} (a lone
   * surrogate becomes {@code ?}), through one reused buffer instead of a new array per line.
   */
  static final class Utf8Digest {
    private static final int CHUNK = 2048;
    private final MessageDigest md;
    private final char[] chars = new char[CHUNK];
    private final byte[] bytes = new byte[CHUNK * 3 + 8];
    private int n;

    Utf8Digest(MessageDigest md) {
      this.md = md;
    }

    void update(char c) {
      if (n > bytes.length - 4) {
        flush();
      }
      if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        update(String.valueOf(c));
      }
    }

    void update(String s) {
      int len = s.length();
      int from = 0;
      while (from < len) {
        int to = Math.min(len, from + CHUNK);
        if (to < len && Character.isHighSurrogate(s.charAt(to - 1))) {
          to--; // keep a surrogate pair in one chunk
        }
        int count = to - from;
        s.getChars(from, to, chars, 0);
        if (n > bytes.length - count * 3 - 4) {
          flush();
        }
        encode(count);
        from = to;
      }
    }

    private void encode(int count) {
      int o = io.github.vnnews.internal.text.Utf8Units.encode(chars, count, bytes, n, false);
      if (o >= 0) {
        n = o;
        return;
      }
      encodeWithSurrogates(count);
    }

    private void encodeWithSurrogates(int count) {
      byte[] b = bytes;
      char[] cs = chars;
      int o = n;
      for (int i = 0; i < count; i++) {
        char c = cs[i];
        if (c < 0x80) {
          b[o++] = (byte) c;
        } else if (c < 0x800) {
          b[o++] = (byte) (0xC0 | (c >> 6));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (!Character.isSurrogate(c)) {
          b[o++] = (byte) (0xE0 | (c >> 12));
          b[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(cs[i + 1])) {
          int cp = Character.toCodePoint(c, cs[++i]);
          b[o++] = (byte) (0xF0 | (cp >> 18));
          b[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[o++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          b[o++] = '?';
        }
      }
      n = o;
    }

    void flush() {
      md.update(bytes, 0, n);
      n = 0;
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
