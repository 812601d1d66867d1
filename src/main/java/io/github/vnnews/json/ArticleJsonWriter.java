package io.github.vnnews.json;

import io.github.vnnews.Article;
import io.github.vnnews.Caption;
import io.github.vnnews.IngestError;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.Source;
import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes articles in the export schema (version {@value Article#SCHEMA_VERSION}) as JSON Lines
 * (one object a line, the default) or as one JSON array, UTF-8, Vietnamese unescaped. See {@code
 * schema/article.schema.json} for the schema.
 *
 * <pre>{@code
 * try (ArticleJsonWriter w = ArticleJsonWriter.jsonLines(out)) {
 *   corpus.articles().forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Streaming: nothing is buffered beyond the current article. Closing the writer finishes the
 * array (for {@link Format#ARRAY}) and flushes, but never closes the stream it was handed. Not
 * thread-safe.
 */
public final class ArticleJsonWriter implements Closeable, Flushable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .rootValueSeparator((String) null)
          .build();

  /** The output layout. */
  public enum Format {
    /** One JSON object per line. */
    JSON_LINES,
    /** One JSON array of objects. */
    ARRAY
  }

  private final OutputStream out;
  private final Format format;
  private final JsonGenerator gen;
  private boolean closed;
  private long count;

  private ArticleJsonWriter(OutputStream out, Format format) {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.gen = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    if (format == Format.ARRAY) {
      gen.writeStartArray();
    }
  }

  /**
   * A JSON Lines writer.
   *
   * @param out the stream; not closed by the writer
   * @return the writer
   */
  public static ArticleJsonWriter jsonLines(OutputStream out) {
    return new ArticleJsonWriter(out, Format.JSON_LINES);
  }

  /**
   * A writer of the given format.
   *
   * @param out the stream; not closed by the writer
   * @param format the layout
   * @return the writer
   */
  public static ArticleJsonWriter of(OutputStream out, Format format) {
    return new ArticleJsonWriter(out, format);
  }

  /**
   * Writes one article.
   *
   * @param a the article
   */
  public void write(Article a) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    gen.writeStartObject();
    gen.writeNumberProperty("schemaVersion", Article.SCHEMA_VERSION);
    gen.writeStringProperty("id", a.id());
    writeSource(a.source());
    gen.writeStringProperty("title", a.title());
    writeTime("publishedAt", a.publishedAt());
    gen.writeStringProperty("author", a.author());
    gen.writeName("paragraphs");
    gen.writeStartArray();
    for (String p : a.paragraphs()) {
      gen.writeString(p);
    }
    gen.writeEndArray();
    gen.writeName("captions");
    gen.writeStartArray();
    for (Caption c : a.captions()) {
      gen.writeStartObject();
      gen.writeStringProperty("text", c.text());
      gen.writeStringProperty("credit", c.credit());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeName("removed");
    gen.writeStartArray();
    for (RemovedLine r : a.removed()) {
      gen.writeStartObject();
      gen.writeNumberProperty("line", r.line());
      gen.writeStringProperty("kind", r.kind().jsonName());
      gen.writeStringProperty("text", r.text());
      gen.writeStringProperty("rule", r.rule());
      if (r.inline()) {
        gen.writeBooleanProperty("inline", true);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeStringProperty("language", a.language());
    writeTime("modifiedAt", a.modifiedAt());
    writeTime("pageClock", a.pageClock());
    gen.writeStringProperty("sourceOutlet", a.sourceOutlet());
    gen.writeStringProperty("outletTag", a.outletTag());
    gen.writeStringProperty("section", a.section());
    gen.writeName("tags");
    gen.writeStartArray();
    for (String t : a.tags()) {
      gen.writeString(t);
    }
    gen.writeEndArray();
    gen.writeEndObject();
    if (format == Format.JSON_LINES) {
      gen.writeRaw('\n');
    }
    count++;
  }

  private void writeSource(Source s) {
    gen.writeName("source");
    gen.writeStartObject();
    gen.writeStringProperty("path", s.path());
    gen.writeNumberProperty("index", s.index());
    gen.writeNumberProperty("startLine", s.startLine());
    gen.writeNumberProperty("endLine", s.endLine());
    gen.writeStringProperty("format", s.format());
    gen.writeStringProperty("encoding", s.encoding());
    gen.writeBooleanProperty("repaired", s.repaired());
    gen.writeStringProperty("url", s.url());
    gen.writeStringProperty("site", s.site());
    gen.writeEndObject();
  }

  private void writeTime(String name, PublicationTime t) {
    gen.writeStringProperty(name, t == null ? null : t.toString());
  }

  /**
   * Writes many articles.
   *
   * @param articles the articles
   */
  public void writeAll(List<Article> articles) {
    articles.forEach(this::write);
  }

  /**
   * How many articles were written.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Writes one rejection as a JSON Lines record of the error report: {@code path}, {@code line},
   * {@code byteOffset}, {@code kind}, {@code message}.
   *
   * @param out the stream; not closed
   * @param e the error
   */
  public static void writeError(OutputStream out, IngestError e) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("path", e.path());
      if (e.line() > 0) {
        g.writeNumberProperty("line", e.line());
      } else {
        g.writeNullProperty("line");
      }
      if (e.byteOffset() >= 0) {
        g.writeNumberProperty("byteOffset", e.byteOffset());
      } else {
        g.writeNullProperty("byteOffset");
      }
      g.writeStringProperty("kind", e.kindName());
      g.writeStringProperty("message", e.message());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  @Override
  public void flush() {
    gen.flush();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (format == Format.ARRAY) {
      gen.writeEndArray();
      gen.writeRaw('\n');
    }
    gen.close();
  }

  /**
   * The stream written to.
   *
   * @return the stream
   */
  OutputStream stream() {
    return out;
  }
}
