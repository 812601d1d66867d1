package io.github.vnnews.json;

import io.github.vnnews.Article;
import io.github.vnnews.Caption;
import io.github.vnnews.Duplicate;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.Quality;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.Source;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an export back into {@link Article} records: JSON Lines or one JSON array, as written by
 * {@link ArticleJsonWriter}. Unknown fields are skipped, so files from later minor versions of
 * the schema still read.
 *
 * <pre>{@code
 * try (ArticleJsonReader r = ArticleJsonReader.of(Files.newInputStream(path))) {
 *   r.forEachRemaining(a -> System.out.println(a.title()));
 * }
 * }</pre>
 *
 * <p>Streaming: one article in memory at a time. Not thread-safe. Closing the reader does not
 * close the stream it was handed.
 */
public final class ArticleJsonReader implements Iterator<Article>, Closeable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final JsonParser p;
  private boolean inArray;
  private Article next;
  private boolean done;

  private ArticleJsonReader(InputStream in) {
    this.p = FACTORY.createParser(ObjectReadContext.empty(), Objects.requireNonNull(in, "in"));
  }

  /**
   * A reader over JSON Lines or a JSON array.
   *
   * @param in the bytes (UTF-8); not closed by the reader
   * @return the reader
   */
  public static ArticleJsonReader of(InputStream in) {
    return new ArticleJsonReader(in);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  private Article readNext() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY && !inArray) {
      inArray = true;
      t = p.nextToken();
    }
    if (t == null || t == JsonToken.END_ARRAY) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("expected an article object at " + p.currentLocation() + ", found " + t);
    }
    return readArticle();
  }

  private Article readArticle() {
    String id = null;
    Source source = null;
    String title = null;
    String author = null;
    String language = "vi";
    String sourceOutlet = null;
    String outletTag = null;
    String section = null;
    PublicationTime publishedAt = null;
    PublicationTime modifiedAt = null;
    PublicationTime pageClock = null;
    PublicationTime publishedDate = null;
    PublicationTime modifiedDate = null;
    PublicationTime pageClockDate = null;
    List<String> paragraphs = List.of();
    List<Caption> captions = List.of();
    List<RemovedLine> removed = List.of();
    List<String> tags = List.of();
    Quality quality = null;
    Duplicate duplicate = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "schemaVersion" -> {
          if (p.getIntValue() > Article.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + p.getIntValue() + " is newer than this reader ("
                + Article.SCHEMA_VERSION + ")");
          }
        }
        case "id" -> id = p.getString();
        case "source" -> source = readSource();
        case "title" -> title = string(v);
        case "author" -> author = string(v);
        case "language" -> language = string(v);
        case "sourceOutlet" -> sourceOutlet = string(v);
        case "outletTag" -> outletTag = string(v);
        case "section" -> section = string(v);
        case "publishedAt" -> publishedAt = time(v);
        case "modifiedAt" -> modifiedAt = time(v);
        case "pageClock" -> pageClock = time(v);
        case "publishedDate" -> publishedDate = time(v);
        case "modifiedDate" -> modifiedDate = time(v);
        case "pageClockDate" -> pageClockDate = time(v);
        case "paragraphs" -> paragraphs = strings();
        case "tags" -> tags = strings();
        case "captions" -> captions = captions();
        case "removed" -> removed = removed();
        case "quality" -> quality = v == JsonToken.VALUE_NULL ? null : quality();
        case "duplicate" -> duplicate = v == JsonToken.VALUE_NULL ? null : duplicate();
        default -> p.skipChildren();
      }
    }
    if (id == null || source == null) {
      throw new IllegalArgumentException("article without id or source at " + p.currentLocation());
    }
    // version 2 writes a date alone to the *Date field; version 1 wrote it to the time field
    publishedAt = publishedAt != null ? publishedAt : publishedDate;
    modifiedAt = modifiedAt != null ? modifiedAt : modifiedDate;
    pageClock = pageClock != null ? pageClock : pageClockDate;
    return new Article(id, source, title, publishedAt, modifiedAt, pageClock, author, paragraphs,
        captions, removed, language, sourceOutlet, outletTag, section, tags, quality, duplicate);
  }

  private Quality quality() {
    int words = 0;
    double[] f = new double[14];
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      int at = QUALITY_FIELDS.indexOf(name);
      if (name.equals("words")) {
        words = p.getIntValue();
      } else if (at >= 0) {
        f[at] = p.getDoubleValue();
      } else {
        p.skipChildren();
      }
    }
    return new Quality(words, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
        f[11], f[12], f[13]);
  }

  /** The fraction fields of {@code quality}, in the record's order after {@code words}. */
  private static final List<String> QUALITY_FIELDS =
      List.of("meanWordLength", "duplicateLineFraction", "top2GramFraction", "top3GramFraction",
          "top4GramFraction", "duplicate5GramFraction", "duplicate6GramFraction",
          "duplicate7GramFraction", "duplicate8GramFraction", "duplicate9GramFraction",
          "duplicate10GramFraction", "nonAlphaWordFraction", "linesEndingInPunctuation",
          "vietnamese");

  private Duplicate duplicate() {
    String cluster = null;
    int size = 0;
    boolean canonical = false;
    double similarity = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "cluster" -> cluster = p.getString();
        case "size" -> size = p.getIntValue();
        case "canonical" -> canonical = v == JsonToken.VALUE_TRUE;
        case "similarity" -> similarity = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new Duplicate(cluster, size, canonical, similarity);
  }

  private Source readSource() {
    String path = null;
    String format = "text";
    String encoding = "utf-8";
    String url = null;
    String site = null;
    int index = 0;
    int start = 0;
    int end = 0;
    boolean repaired = false;
    java.time.Instant fetchedAt = null;
    String warcRecordId = null;
    Long offset = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "path" -> path = p.getString();
        case "index" -> index = p.getIntValue();
        case "startLine" -> start = p.getIntValue();
        case "endLine" -> end = p.getIntValue();
        case "format" -> format = p.getString();
        case "encoding" -> encoding = string(v);
        case "repaired" -> repaired = v == JsonToken.VALUE_TRUE;
        case "url" -> url = string(v);
        case "site" -> site = string(v);
        case "fetchedAt" -> fetchedAt = v == JsonToken.VALUE_NULL ? null : java.time.Instant.parse(p.getString());
        case "warcRecordId" -> warcRecordId = string(v);
        case "offset" -> offset = v == JsonToken.VALUE_NULL ? null : p.getLongValue();
        default -> p.skipChildren();
      }
    }
    return new Source(path, index, start, end, format, encoding == null ? "utf-8" : encoding, repaired, url, site,
        fetchedAt, warcRecordId, offset);
  }

  private String string(JsonToken v) {
    return v == JsonToken.VALUE_NULL ? null : p.getString();
  }

  private PublicationTime time(JsonToken v) {
    return v == JsonToken.VALUE_NULL ? null : PublicationTime.parse(p.getString());
  }

  private List<String> strings() {
    List<String> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      out.add(p.getString());
    }
    return out;
  }

  private List<Caption> captions() {
    List<Caption> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String text = null;
      String credit = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "text" -> text = string(v);
          case "credit" -> credit = string(v);
          default -> p.skipChildren();
        }
      }
      out.add(new Caption(text, credit));
    }
    return out;
  }

  private List<RemovedLine> removed() {
    List<RemovedLine> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int line = 0;
      RemovedKind kind = RemovedKind.CHROME;
      String text = null;
      String rule = "unknown";
      boolean inline = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "line" -> line = p.getIntValue();
          case "kind" -> kind = RemovedKind.fromJsonName(p.getString());
          case "text" -> text = string(v);
          case "rule" -> rule = string(v);
          case "inline" -> inline = v == JsonToken.VALUE_TRUE;
          default -> p.skipChildren();
        }
      }
      out.add(new RemovedLine(line, kind, text, rule, inline));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      p.close();
    } catch (JacksonException e) {
      // nothing was written; a failure to close a parser loses nothing
    }
  }
}
