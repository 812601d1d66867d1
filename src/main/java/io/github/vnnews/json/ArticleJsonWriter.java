package io.github.vnnews.json;

import io.github.vnnews.Article;
import io.github.vnnews.Caption;
import io.github.vnnews.Dropped;
import io.github.vnnews.Duplicate;
import io.github.vnnews.IngestError;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.Quality;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.Source;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
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
 * array (for {@link Format#ARRAY}) and flushes, but never closes the stream it was handed. A
 * writer is not thread-safe; the static {@link #encode(Article)} is, so articles can be encoded on
 * many threads and written in order by one ({@link #writeEncoded(byte[])}).
 */
public final class ArticleJsonWriter implements Closeable, Flushable {
  /** No root-value separator: records are separated by this writer, never by a space. */
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
  /** Each article is encoded here first, then copied to {@link #out} with its separator. */
  private final Sink buffer = new Sink(1 << 13);
  private final JsonStrings strings = new JsonStrings();
  private final JsonGenerator gen;
  private boolean closed;
  private long count;

  private ArticleJsonWriter(OutputStream out, Format format) {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.gen = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer);
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
    ensureOpen();
    writeObject(gen, strings, a);
    gen.flush();
    writeRecord(buffer.array(), buffer.size());
    buffer.reset();
  }

  /**
   * Encodes one article as the UTF-8 bytes of one JSON object, without a separator: what {@link
   * #write(Article)} writes, made on any thread. Pass the bytes to {@link #writeEncoded(byte[])};
   * the parallel ingest encodes on its worker threads this way.
   *
   * @param a the article
   * @return the JSON object's bytes
   */
  public static byte[] encode(Article a) {
    Sink sink = new Sink(1 << 13);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), sink)) {
      writeObject(g, STRINGS.get(), a);
    }
    return sink.toByteArray();
  }

  /**
   * Writes one article that {@link #encode(Article)} encoded, in this writer's layout. The output
   * is byte for byte what {@link #write(Article)} of the same article gives.
   *
   * @param json the bytes of one JSON object, as made by {@link #encode(Article)}
   * @throws tools.jackson.core.exc.JacksonIOException when the stream fails
   */
  public void writeEncoded(byte[] json) {
    ensureOpen();
    writeRecord(json, json.length);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
  }

  private void writeRecord(byte[] json, int length) {
    try {
      if (format == Format.ARRAY) {
        out.write(count == 0 ? '[' : ',');
        out.write(json, 0, length);
      } else {
        out.write(json, 0, length);
        out.write('\n');
      }
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    count++;
  }

  /** Scratch buffers of {@link #encode} for each thread that encodes. */
  private static final ThreadLocal<JsonStrings> STRINGS = ThreadLocal.withInitial(JsonStrings::new);

  private static void writeObject(JsonGenerator gen, JsonStrings str, Article a) {
    gen.writeStartObject();
    gen.writeNumberProperty("schemaVersion", Article.SCHEMA_VERSION);
    gen.writeStringProperty("id", a.id());
    gen.writeStringProperty("contentHash", a.contentHash());
    writeSource(gen, a.source());
    str.startText();
    str.writeTextPart(gen, "title", a.title());
    writeTime(gen, "publishedAt", "publishedDate", a.publishedAt());
    str.write(gen, "author", a.author());
    gen.writeName("paragraphs");
    gen.writeStartArray();
    for (String p : a.paragraphs()) {
      str.writeTextPart(gen, p);
    }
    gen.writeEndArray();
    gen.writeName("captions");
    gen.writeStartArray();
    for (Caption c : a.captions()) {
      gen.writeStartObject();
      str.write(gen, "text", c.text());
      str.write(gen, "credit", c.credit());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeName("removed");
    gen.writeStartArray();
    for (RemovedLine r : a.removed()) {
      gen.writeStartObject();
      gen.writeNumberProperty("line", r.line());
      gen.writeStringProperty("kind", r.kind().jsonName());
      str.write(gen, "text", r.text());
      gen.writeStringProperty("rule", r.rule());
      if (r.inline()) {
        gen.writeBooleanProperty("inline", true);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeStringProperty("language", a.language());
    writeTime(gen, "modifiedAt", "modifiedDate", a.modifiedAt());
    writeTime(gen, "pageClock", "pageClockDate", a.pageClock());
    gen.writeStringProperty("sourceOutlet", a.sourceOutlet());
    gen.writeStringProperty("outletTag", a.outletTag());
    gen.writeStringProperty("section", a.section());
    gen.writeName("tags");
    gen.writeStartArray();
    for (String t : a.tags()) {
      str.write(gen, t);
    }
    gen.writeEndArray();
    writeQuality(gen, a.quality());
    str.writeText(gen, "text", a.title(), a.paragraphs(), a::text);
    writeDuplicate(gen, a.duplicate());
    gen.writeEndObject();
  }

  private static void writeQuality(JsonGenerator gen, Quality q) {
    gen.writeName("quality");
    if (q == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    gen.writeNumberProperty("words", q.words());
    writeDecimal(gen, "meanWordLength", q.meanWordLength());
    writeDecimal(gen, "duplicateLineFraction", q.duplicateLineFraction());
    writeDecimal(gen, "top2GramFraction", q.top2GramFraction());
    writeDecimal(gen, "top3GramFraction", q.top3GramFraction());
    writeDecimal(gen, "top4GramFraction", q.top4GramFraction());
    writeDecimal(gen, "duplicate5GramFraction", q.duplicate5GramFraction());
    writeDecimal(gen, "duplicate6GramFraction", q.duplicate6GramFraction());
    writeDecimal(gen, "duplicate7GramFraction", q.duplicate7GramFraction());
    writeDecimal(gen, "duplicate8GramFraction", q.duplicate8GramFraction());
    writeDecimal(gen, "duplicate9GramFraction", q.duplicate9GramFraction());
    writeDecimal(gen, "duplicate10GramFraction", q.duplicate10GramFraction());
    writeDecimal(gen, "nonAlphaWordFraction", q.nonAlphaWordFraction());
    writeDecimal(gen, "linesEndingInPunctuation", q.linesEndingInPunctuation());
    writeDecimal(gen, "vietnamese", q.vietnamese());
    gen.writeEndObject();
  }

  private static void writeDuplicate(JsonGenerator gen, Duplicate d) {
    gen.writeName("duplicate");
    if (d == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    gen.writeStringProperty("cluster", d.cluster());
    gen.writeNumberProperty("size", d.size());
    gen.writeBooleanProperty("canonical", d.canonical());
    writeDecimal(gen, "similarity", d.similarity());
    gen.writeEndObject();
  }

  /**
   * A number with at most four decimals, from its exact binary value: the same text on every JVM
   * ({@code Double.toString} changed in Java 19), as a JSON number that always has a decimal point
   * ({@code 0.8235}, {@code 1.0}, {@code 0.0}), so that readers which infer column types (DuckDB,
   * pandas) see one type.
   */
  static void writeDecimal(JsonGenerator gen, String name, double value) {
    gen.writeName(name);
    gen.writeNumber(decimal(value));
  }

  /**
   * The text {@link #writeDecimal} writes for a value.
   *
   * @param value a finite number
   * @return its decimal text: four decimals at most, no trailing zeros but one after the point
   */
  public static String decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0.0";
    }
    // a value that is the double nearest k / 10^4 (as the quality signals are) is within half an
    // ulp of it, far less than 10^-4 / 2 below 10^9: it rounds to k, written without BigDecimal
    long k = Math.round(value * 10_000);
    if (Math.abs(value) < 1e9 && k / 10_000.0 == value) {
      return decimal(k);
    }
    String s = new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }

  /** {@code k / 10^4} as {@link #decimal(double)} writes it: no trailing zeros but one. */
  private static String decimal(long k) {
    long a = Math.abs(k);
    String whole = (k < 0 ? "-" : "") + a / 10_000;
    int part = (int) (a % 10_000);
    if (part == 0) {
      return whole + ".0";
    }
    String digits = Integer.toString(10_000 + part); // "1" then four digits
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + digits.substring(1, end);
  }

  private static void writeSource(JsonGenerator gen, Source s) {
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
    gen.writeStringProperty("fetchedAt", s.fetchedAt() == null ? null : s.fetchedAt().toString());
    gen.writeStringProperty("warcRecordId", s.warcRecordId());
    if (s.offset() == null) {
      gen.writeNullProperty("offset");
    } else {
      gen.writeNumberProperty("offset", s.offset().longValue());
    }
    gen.writeEndObject();
  }

  /**
   * A time as two fields of one type each: the full timestamp with its offset (null when only a
   * date is known), and the calendar date as the page states it (null when nothing is known).
   */
  private static void writeTime(JsonGenerator gen, String name, String dateName, PublicationTime t) {
    gen.writeStringProperty(name, t == null || !t.hasTime() ? null : t.toString());
    gen.writeStringProperty(dateName, t == null ? null : t.date().toString());
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

  /**
   * Writes one article left out on request (a dropped duplicate, a filtered article) as a JSON
   * Lines record of the error report: the fields of {@link #writeError} ({@code path}, {@code
   * line}: the article's first line, {@code byteOffset}: null, {@code kind}: {@code duplicate} or
   * {@code filtered}, {@code message}) and {@code id}, {@code index}, {@code cluster}, {@code
   * similarity} (duplicates) and {@code check}, {@code value}, {@code threshold} (filtered
   * articles), null where they do not apply.
   *
   * @param out the stream; not closed
   * @param d the record
   */
  public static void writeDropped(OutputStream out, Dropped d) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("path", d.source().path());
      g.writeNumberProperty("line", d.source().startLine());
      g.writeNullProperty("byteOffset");
      g.writeStringProperty("kind", d.kind().jsonName());
      g.writeStringProperty("message", d.message());
      g.writeStringProperty("id", d.id());
      g.writeNumberProperty("index", d.source().index());
      Duplicate dup = d.duplicate();
      g.writeStringProperty("cluster", dup == null ? null : dup.cluster());
      if (dup == null) {
        g.writeNullProperty("similarity");
      } else {
        writeDecimal(g, "similarity", dup.similarity());
      }
      g.writeStringProperty("check", d.check());
      writeNumberOrNull(g, "value", d.value());
      writeNumberOrNull(g, "threshold", d.threshold());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeNumberOrNull(JsonGenerator g, String name, double v) {
    if (Double.isNaN(v)) {
      g.writeNullProperty(name);
    } else {
      writeDecimal(g, name, v);
    }
  }

  /** How every encoded article ends when it is in no duplicate cluster. */
  private static final byte[] NO_DUPLICATE = ",\"duplicate\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /**
   * An encoded article ({@link #encode(Article)}, in no cluster) with its duplicate cluster put
   * in: the bytes {@link #encode} gives for the article with that cluster, without decoding.
   *
   * @param json the encoded article
   * @param d the cluster, or null to leave it as it is
   * @return the bytes
   * @throws IllegalArgumentException when the bytes do not end as {@link #encode} ends an article
   *     in no cluster
   */
  public static byte[] withDuplicate(byte[] json, Duplicate d) {
    if (d == null) {
      return json;
    }
    int at = json.length - NO_DUPLICATE.length;
    if (at < 0 || !java.util.Arrays.equals(json, at, json.length, NO_DUPLICATE, 0, NO_DUPLICATE.length)) {
      throw new IllegalArgumentException("not an article encoded without a duplicate cluster");
    }
    Sink sink = new Sink(json.length + 128);
    sink.write(json, 0, at + 1); // up to and including the comma
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), sink)) {
      g.writeStartObject();
      writeDuplicate(g, d);
      g.writeEndObject();
    }
    // the generator wrote {"duplicate":{...}}: keep "duplicate":{...} and close the article
    byte[] tail = java.util.Arrays.copyOfRange(sink.array(), at + 1, sink.size());
    Sink out = new Sink(json.length + 128);
    out.write(json, 0, at + 1);
    out.write(tail, 1, tail.length - 1);
    return out.toByteArray();
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    gen.close();
    try {
      if (format == Format.ARRAY) {
        if (count == 0) {
          out.write('[');
        }
        out.write(']');
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  /** A byte array output stream that lends its array (no copy per article). */
  private static final class Sink extends ByteArrayOutputStream {
    Sink(int size) {
      super(size);
    }

    byte[] array() {
      return buf;
    }
  }
}
