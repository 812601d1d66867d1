package io.github.vnnews.internal.load;

import io.github.vnnews.IngestError;
import io.github.vnnews.SkipReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input with the reader its content calls for: a web archive (WARC, per-record gzip
 * {@code .warc.gz}, ARC) by {@link WarcRecordReader}, anything else (plain text, HTML, gzip) by
 * {@link DocumentReader}. The choice is made by the first bytes, never by the name: a {@code .gz}
 * whose first member starts with {@code WARC/} is a web archive, a {@code .warc} that holds plain
 * text is plain text.
 *
 * <table>
 *   <caption>Detection</caption>
 *   <tr><th>first bytes (after gunzip when they are gzip)</th><th>reader</th></tr>
 *   <tr><td>{@code WARC/1.0}, {@code WARC/1.1}, {@code WARC/0.18}</td><td>web archive (WARC)</td></tr>
 *   <tr><td>{@code filedesc://}</td><td>web archive (ARC)</td></tr>
 *   <tr><td>anything else</td><td>{@link DocumentReader}</td></tr>
 * </table>
 */
public final class RecordReaders {
  /** How many bytes are peeked at to decide. */
  static final int PEEK = 8192;

  private RecordReaders() {}

  /** Receives the web-archive records that make no article, by reason. */
  @FunctionalInterface
  public interface SkipSink {
    /**
     * A record was skipped.
     *
     * @param offset the record's byte offset in the file as stored
     * @param reason why
     */
    void skipped(long offset, SkipReason reason);
  }

  /**
   * Opens an input.
   *
   * @param sourcePath the path written to the records' provenance (relative to the input root)
   * @param path the path errors name (as typed)
   * @param in the bytes; the reader closes them
   * @param config loader options
   * @param sniffer finds the charset an HTML page declares
   * @param errors receives every rejection
   * @param skips receives every skipped web-archive record
   * @return the reader
   */
  public static RecordReader open(
      String sourcePath, String path, InputStream in, LoaderConfig config, DocumentReader.CharsetSniffer sniffer,
      Consumer<IngestError> errors, SkipSink skips) {
    // a small buffer: the document reader reads a plain or gzip input in large requests, which
    // pass the buffer by; a web archive, read in small ones, gets a larger buffer of its own
    BufferedInputStream b = new BufferedInputStream(in, PEEK);
    byte[] head = new byte[PEEK];
    int n = 0;
    try {
      b.mark(PEEK);
      while (n < PEEK) {
        int r = b.read(head, n, PEEK - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      b.reset();
    } catch (IOException e) {
      // the document reader meets the failure again (after the bytes read before it, when they
      // are still buffered) and reports it where it happened
      try {
        b.reset();
        return DocumentReader.open(sourcePath, path, b, config, sniffer, errors);
      } catch (IOException lost) {
        return DocumentReader.open(sourcePath, path, new FailedStream(e, b), config, sniffer, errors);
      }
    }
    if (isWebArchive(head, n)) {
      return new WarcRecordReader(sourcePath, path, new BufferedInputStream(b, 1 << 16), config, sniffer, errors, skips);
    }
    return DocumentReader.open(sourcePath, path, b, config, sniffer, errors);
  }

  /**
   * Whether bytes start a web archive: {@code WARC/} followed by a digit, or {@code filedesc://},
   * after gunzipping them when they start with the gzip magic.
   *
   * @param head the first bytes of the input
   * @param n how many of them are valid
   * @return true for a WARC or ARC file
   */
  static boolean isWebArchive(byte[] head, int n) {
    byte[] b = head;
    int len = n;
    if (n >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
      b = new byte[16];
      len = 0;
      try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(head, 0, n), 512)) {
        while (len < b.length) {
          int r = z.read(b, len, b.length - len);
          if (r < 0) {
            break;
          }
          len += r;
        }
      } catch (IOException e) {
        // a gzip stream cut within the peeked bytes: what was inflated so far decides
      }
    }
    String start = new String(b, 0, Math.min(len, 16), StandardCharsets.ISO_8859_1);
    return (start.startsWith("WARC/") && start.length() > 5 && Character.isDigit(start.charAt(5)))
        || start.startsWith("filedesc://");
  }

  /** The bytes read before a failure, then the failure. */
  private static final class FailedStream extends InputStream {
    private final IOException failure;
    private final InputStream source;

    FailedStream(IOException failure, InputStream source) {
      this.failure = failure;
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
