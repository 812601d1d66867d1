package io.github.vnnews.internal.load;

import io.github.vnnews.Capture;
import io.github.vnnews.IngestError;
import io.github.vnnews.SkipReason;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Reads the articles of a web archive with jwarc: WARC 1.0/1.1 plain or with per-record gzip
 * ({@code .warc.gz}), and ARC. One record is in memory at a time.
 *
 * <p>A {@code response} record holding an HTTP 2xx response whose payload is HTML, XHTML or plain
 * text, and a {@code resource} record of those media types at an {@code http}, {@code https},
 * {@code ftp} or {@code file} address (not wget's {@code metadata://} log), become one document each: the
 * payload, with its HTTP {@code Content-Encoding} undone, goes through the same decoding, charset
 * detection (the HTTP {@code Content-Type} charset first, then the page's own declaration, then
 * detection) and text repair as a file, never split on delimiters. Its {@link Capture} carries the
 * target URI, the WARC date, the record id and the record's byte offset. Every other record is
 * skipped and reported by {@link SkipReason}; a record that cannot be read (bad headers, a body
 * cut short, a payload above {@link LoaderConfig#maxArticleChars()} bytes, an unsupported content
 * encoding) is reported as an {@link IngestError} naming the file and the record's offset, and the
 * next record is read. A failure the archive cannot be read past (a gzip member cut short, a
 * broken record header) ends the file, after the records before it.
 *
 * <p>{@link RawRecord#index()} is the record's position among all the archive's records (skipped
 * ones included), so it does not depend on which records make articles.
 *
 * <p>Not thread-safe; close it when done (closing closes the input).
 */
public final class WarcRecordReader implements RecordReader {
  private final String sourcePath;
  private final String path;
  private final LoaderConfig config;
  private final DocumentReader.CharsetSniffer sniffer;
  private final Consumer<IngestError> errors;
  private final RecordReaders.SkipSink skips;
  private final InputStream in;
  private WarcReader reader;
  private RawRecord next;
  private boolean done;
  private int ordinal;

  WarcRecordReader(
      String sourcePath, String path, InputStream in, LoaderConfig config, DocumentReader.CharsetSniffer sniffer,
      Consumer<IngestError> errors, RecordReaders.SkipSink skips) {
    this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
    this.path = Objects.requireNonNull(path, "path");
    this.config = Objects.requireNonNull(config, "config");
    this.sniffer = sniffer;
    this.errors = Objects.requireNonNull(errors, "errors");
    this.skips = Objects.requireNonNull(skips, "skips");
    this.in = in;
    try {
      reader = new WarcReader(in);
    } catch (IOException e) {
      fail(0, e);
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      readRecord();
    }
    return next != null;
  }

  @Override
  public RawRecord nextRecord() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }

  /** Reads one record: sets {@link #next}, reports a skip or an error, or ends the file. */
  private void readRecord() {
    WarcRecord r;
    long at = reader == null ? 0 : reader.position();
    try {
      Optional<WarcRecord> o = reader == null ? Optional.empty() : reader.next();
      if (o.isEmpty()) {
        done = true;
        return;
      }
      r = o.get();
    } catch (IOException | RuntimeException e) {
      // the reader moves to the next record's offset once the previous one is consumed: a
      // failure in the previous record's rest is reported at that record, one in the next
      // record's header at the next record
      fail(reader == null ? at : reader.position(), e);
      return;
    }
    int index = ordinal++;
    long offset = r.position();
    try {
      next = document(r, index, offset);
    } catch (ParsingException e) {
      error(offset, r, IngestError.Kind.INVALID_RECORD, "cannot parse the HTTP response: " + e.getBaseMessage());
    } catch (EOFException | ZipException e) {
      // the record's body (or the gzip member that holds it) ends early: nothing after it can be
      // read either
      error(offset, r, e instanceof ZipException ? IngestError.Kind.COMPRESSION : IngestError.Kind.INVALID_RECORD,
          "record cut short (" + e.getMessage() + "); rest of file skipped");
      done = true;
    } catch (IOException | RuntimeException e) {
      error(offset, r, IngestError.Kind.INVALID_RECORD, "cannot read the record (" + e.getMessage() + ")");
    }
  }

  /** The document of a record, or null when it is skipped or rejected (reported here). */
  private RawRecord document(WarcRecord r, int index, long offset) throws IOException {
    MediaType type;
    MessageBody payload;
    if (r instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP)) {
        return skip(offset, SkipReason.NOT_HTTP);
      }
      HttpResponse http = resp.http();
      int status = http.status();
      if (status >= 300 && status < 400) {
        return skip(offset, SkipReason.REDIRECT);
      }
      if (status < 200 || status >= 300) {
        return skip(offset, SkipReason.HTTP_ERROR);
      }
      type = http.contentType();
      if (kind(type) == null) {
        return skip(offset, SkipReason.NOT_HTML);
      }
      payload = http.bodyDecoded();
    } else if (r instanceof WarcResource res) {
      if (!fetchable(res.target())) {
        return skip(offset, SkipReason.METADATA); // wget's log and arguments (metadata://), dns:
      }
      type = res.contentType();
      if (kind(type) == null) {
        return skip(offset, SkipReason.NOT_HTML);
      }
      payload = res.body();
    } else {
      return skip(offset, reason(r));
    }
    byte[] bytes = readAtMost(payload, config.maxArticleChars());
    r.body().consume(); // a body cut short fails here, before its document is made
    if (bytes == null) {
      error(offset, r, IngestError.Kind.ARTICLE_TOO_LARGE,
          "payload larger than " + config.maxArticleChars() + " bytes (--max-article-size); record skipped");
      return null;
    }
    if (bytes.length == 0) {
      return skip(offset, SkipReason.EMPTY);
    }
    Capture capture = new Capture(r instanceof WarcTargetRecord t ? t.target() : null, date(r),
        r.headers().first("WARC-Record-ID").orElse(null), offset);
    List<IngestError> inner = new ArrayList<>();
    RawRecord doc;
    try (DocumentReader d = DocumentReader.openPayload(sourcePath, new ByteArrayInputStream(bytes), config,
        kind(type), type.parameters().get("charset"), sniffer, inner::add)) {
      doc = d.hasNext() ? d.nextRecord().inArchive(index, capture) : null;
    }
    boolean empty = doc == null;
    for (IngestError e : inner) {
      if (e.kind() == IngestError.Kind.EMPTY) {
        continue;
      }
      empty = false;
      String what = e.message().startsWith(sourcePath + ": ") ? e.message().substring(sourcePath.length() + 2) : e.message();
      if (what.startsWith("line ") || what.startsWith("byte offset ")) {
        what = "payload " + what;
      }
      error(offset, r, e.kind(), what);
    }
    if (doc == null && empty) {
      return skip(offset, SkipReason.EMPTY);
    }
    return doc;
  }

  private static Instant date(WarcRecord r) {
    try {
      return r.date();
    } catch (RuntimeException e) {
      return null; // a missing or malformed WARC-Date: the capture time is unknown
    }
  }

  /**
   * Whether a media type makes a document, and which.
   *
   * @return true for HTML or XHTML, false for plain text, null for anything else
   */
  static Boolean kind(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> Boolean.TRUE;
      case "text/plain" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Whether a resource's address is a document's: http, https, ftp or file (not metadata:, dns:). */
  private static boolean fetchable(String target) {
    int colon = target == null ? -1 : target.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = target.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp") || scheme.equals("file");
  }

  private static SkipReason reason(WarcRecord r) {
    if (r instanceof Warcinfo) {
      return SkipReason.WARCINFO;
    }
    if (r instanceof WarcRequest) {
      return SkipReason.REQUEST;
    }
    if (r instanceof WarcMetadata) {
      return SkipReason.METADATA;
    }
    if (r instanceof WarcRevisit) {
      return SkipReason.REVISIT;
    }
    return SkipReason.OTHER_TYPE;
  }

  /** Reads a body whole, or null when it holds more than {@code limit} bytes. */
  private static byte[] readAtMost(MessageBody body, int limit) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    byte[] out = new byte[0];
    int n = 0;
    while (true) {
      buf.clear();
      int r = body.read(buf);
      if (r < 0) {
        break;
      }
      if (n + r > limit) {
        return null;
      }
      if (n + r > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(n + r, Math.min(limit, Math.max(16384, out.length * 2))));
      }
      buf.flip();
      buf.get(out, n, r);
      n += r;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private RawRecord skip(long offset, SkipReason reason) {
    skips.skipped(offset, reason);
    return null;
  }

  /** Reports a failure that ends the file. */
  private void fail(long offset, Exception e) {
    done = true;
    String what;
    IngestError.Kind kind;
    if (e instanceof ParsingException pe) {
      kind = IngestError.Kind.INVALID_RECORD;
      what = "not a valid WARC/ARC record header (" + pe.getBaseMessage() + ")";
    } else if (e instanceof EOFException || e instanceof ZipException) {
      kind = IngestError.Kind.COMPRESSION;
      what = "corrupt or truncated data (" + e.getMessage() + ")";
    } else if (e instanceof IOException) {
      kind = IngestError.Kind.UNREADABLE;
      what = "read failed (" + e.getMessage() + ")";
    } else {
      kind = IngestError.Kind.INVALID_RECORD;
      what = "cannot read the record (" + e + ")";
    }
    report(offset, kind, "record at byte offset " + offset + ": " + what + "; rest of file skipped");
  }

  /** Reports a record that is rejected; reading goes on (unless the caller ends it). */
  private void error(long offset, WarcRecord r, IngestError.Kind kind, String what) {
    String target = r instanceof WarcTargetRecord t ? " (" + t.target() + ")" : "";
    report(offset, kind, "record at byte offset " + offset + target + ": " + what);
  }

  private void report(long offset, IngestError.Kind kind, String what) {
    errors.accept(new IngestError(path, -1, offset, kind, path + ": " + what));
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (reader != null) {
      reader.close();
    } else if (in != null) {
      in.close();
    }
  }
}
