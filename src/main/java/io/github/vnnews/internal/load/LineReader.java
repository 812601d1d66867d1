package io.github.vnnews.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream in constant memory, decoding each line on its own and keeping
 * the byte offset of every line so that errors can name it.
 *
 * <p>Line terminators are {@code \n}, {@code \r\n} and {@code \r}; a form feed ends a line too and
 * is reported as a line of its own ({@link #isFormFeed()}), numbered like the line it stood on.
 * A line longer than the limit is skipped without being buffered and reported as {@link
 * #isOverlong()}. UTF-8 is decoded strictly: a malformed sequence is reported with its byte offset
 * through {@link #errorOffset()} instead of being replaced.
 *
 * <p>Not thread-safe. Closing the reader closes the stream.
 */
final class LineReader implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final Charset charset;
  private final boolean utf8;
  private final int maxLineBytes;
  private final byte[] buf;
  private int pos;
  private int limit;
  private long bufStart; // stream offset of buf[0]
  private boolean eof;

  private byte[] line = new byte[256];
  private int lineLen;
  private char[] chars = new char[256];

  private int lineNumber;
  private long lineOffset;
  private String text;
  private boolean overlong;
  private boolean formFeed;
  private long errorOffset = -1;
  private boolean binary;
  private boolean pendingFormFeed;
  private boolean sameLineNumber;

  LineReader(InputStream in, Charset charset, int maxLineBytes, long startOffset) {
    this(in, charset, maxLineBytes, startOffset, BUFFER);
  }

  /**
   * A reader with a buffer of a given size (an input known to be short needs no more than its
   * length).
   */
  LineReader(InputStream in, Charset charset, int maxLineBytes, long startOffset, int bufferSize) {
    this.buf = new byte[Math.max(1, Math.min(BUFFER, bufferSize))];
    this.in = in;
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.maxLineBytes = maxLineBytes;
    this.bufStart = startOffset;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the stream
   * @throws IOException when the stream fails
   */
  boolean next() throws IOException {
    overlong = false;
    formFeed = false;
    errorOffset = -1;
    binary = false;
    text = null;
    if (pendingFormFeed) {
      pendingFormFeed = false;
      formFeed = true;
      text = "\f";
      sameLineNumber = true;
      return true;
    }
    if (line.length > 1 << 16 && lineLen < 1 << 12) {
      line = new byte[256]; // give back a large buffer after a long line
    }
    lineLen = 0;
    boolean sawAny = false;
    long start = -1;
    boolean ended = false;
    boolean endedByFormFeed = false;
    while (!ended) {
      if (pos >= limit) {
        if (!fill()) {
          break;
        }
      }
      if (start < 0) {
        start = bufStart + pos;
      }
      sawAny = true;
      // scan for a terminator in the current buffer
      int i = pos;
      int end = limit;
      byte b = 0;
      while (i < end) {
        b = buf[i];
        if (b == '\n' || b == '\r' || b == '\f') {
          break;
        }
        i++;
      }
      append(pos, i - pos);
      pos = i;
      if (i < end) {
        pos++;
        ended = true;
        if (b == '\r') {
          if (pos >= limit) {
            fill();
          }
          if (pos < limit && buf[pos] == '\n') {
            pos++;
          }
        } else if (b == '\f') {
          endedByFormFeed = true;
        }
      }
    }
    if (!sawAny) {
      return false;
    }
    if (sameLineNumber) {
      sameLineNumber = false;
    } else {
      lineNumber++;
    }
    if (endedByFormFeed) {
      if (lineLen == 0 && !overlong) {
        // the form feed stands alone: report it now
        formFeed = true;
        text = "\f";
        lineOffset = start;
        sameLineNumber = true;
        return true;
      }
      pendingFormFeed = true;
    }
    lineOffset = start;
    if (overlong) {
      text = "";
      return true;
    }
    decode();
    return true;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    bufStart += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    limit = n;
    return true;
  }

  private void append(int from, int len) {
    if (overlong || len == 0) {
      return;
    }
    if (lineLen + len > maxLineBytes) {
      overlong = true;
      lineLen = 0;
      return;
    }
    if (lineLen + len > line.length) {
      int cap = Math.min(Math.max(line.length * 2, lineLen + len), Math.max(maxLineBytes, 16));
      byte[] n = new byte[cap];
      System.arraycopy(line, 0, n, 0, lineLen);
      line = n;
    }
    System.arraycopy(buf, from, line, lineLen, len);
    lineLen += len;
  }

  private void decode() {
    if (utf8) {
      // one pass decodes, validates strictly and finds a NUL: faster than the JDK's decoder,
      // which would also need a scan for NUL and for the U+FFFD of a malformed sequence
      if (chars.length < lineLen) {
        chars = new char[Math.max(lineLen, chars.length * 2)];
      }
      int n = Utf8.decode(line, 0, lineLen, chars);
      if (n < 0) {
        int nul = indexOfNul();
        binary = nul >= 0;
        errorOffset = lineOffset + (nul >= 0 ? nul : -1 - n);
        text = "";
        return;
      }
      text = new String(chars, 0, n);
      if (chars.length > 1 << 16 && lineLen < 1 << 12) {
        chars = new char[256]; // give back a large buffer after a long line
      }
    } else {
      int nul = indexOfNul();
      if (nul >= 0) {
        binary = true;
        errorOffset = lineOffset + nul;
        text = "";
        return;
      }
      text = new String(line, 0, lineLen, charset);
    }
  }

  /** The index of the first NUL byte of the current line, or -1. */
  private int indexOfNul() {
    for (int i = 0; i < lineLen; i++) {
      if (line[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The current line's bytes (valid up to {@link #byteLength()}, until the next line is read). */
  byte[] bytes() {
    return line;
  }

  /** How many bytes the current line has (none for an overlong line). */
  int byteLength() {
    return lineLen;
  }

  /** The 1-based number of the current line. */
  int lineNumber() {
    return lineNumber;
  }

  /** The byte offset of the current line's first byte. */
  long lineOffset() {
    return lineOffset;
  }

  /** The current line's text; empty for overlong or undecodable lines. */
  String text() {
    return text;
  }

  /** Whether the current line exceeded the length limit (its text was not kept). */
  boolean isOverlong() {
    return overlong;
  }

  /** Whether the current "line" is a form feed. */
  boolean isFormFeed() {
    return formFeed;
  }

  /** The byte offset of the first bad byte of the current line, or -1. */
  long errorOffset() {
    return errorOffset;
  }

  /** Whether the bad byte is a NUL (binary content) rather than invalid encoding. */
  boolean isBinary() {
    return binary;
  }

  /** How many bytes of the stream were read so far (where a failure to read on happened). */
  long position() {
    return bufStart + limit;
  }

  /** The limit on line length, in bytes. */
  int maxLineBytes() {
    return maxLineBytes;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
