package io.github.vnnews.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a gzip file of one or more members (RFC 1952), strictly: every member's header,
 * data, CRC-32 and length are checked, and whatever follows the last member must be another
 * member or zero padding. {@link java.util.zip.GZIPInputStream} stops without a word at a member
 * it cannot read after the first one, which dropped the articles of a corrupt second member
 * silently; here that is a {@link GzipException} naming where it happened.
 *
 * <p>Not thread-safe. Closing it closes the underlying stream.
 */
final class GzipMembers extends InputStream {
  private static final int RESERVED_FLAGS = 0xE0;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  /** Compressed bytes before {@code buf[0]}. */
  private long bufStart;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberStart;
  private long memberBytes;
  private int member;
  private long produced;
  private boolean inMember;
  private boolean done;
  private final byte[] one = new byte[1];

  GzipMembers(InputStream in) {
    this.in = in;
  }

  /** Bytes decompressed so far. */
  long produced() {
    return produced;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      if (done) {
        return -1;
      }
      if (!inMember) {
        if (!startMember()) {
          done = true;
          return -1;
        }
      }
      int n = inflate(b, off, len);
      if (n > 0) {
        crc.update(b, off, n);
        memberBytes += n;
        produced += n;
        return n;
      }
      if (inflater.finished()) {
        endMember();
      }
    }
  }

  /** Inflates into {@code b}; 0 when the member's data ended or more input is needed first. */
  private int inflate(byte[] b, int off, int len) throws IOException {
    while (true) {
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new GzipException("corrupt gzip data (" + e.getMessage() + ") in member " + member
            + " (starting at compressed byte offset " + memberStart + ")", produced, consumed());
      }
      if (n > 0 || inflater.finished()) {
        return n;
      }
      if (inflater.needsDictionary()) {
        throw new GzipException("corrupt gzip data (a preset dictionary) in member " + member,
            produced, consumed());
      }
      if (inflater.needsInput()) {
        if (!fill()) {
          throw new GzipException("gzip data ends early (truncated) in member " + member
              + " at compressed byte offset " + (bufStart + limit), produced, bufStart + limit);
        }
        inflater.setInput(buf, pos, limit - pos);
        pos = limit; // handed to the inflater; what it leaves is given back in endMember
      }
    }
  }

  /** Compressed bytes consumed so far: before the buffer, plus what the inflater took of it. */
  private long consumed() {
    return bufStart + limit - inflater.getRemaining();
  }

  /**
   * Reads the next member's header, or sees the end of the file (zero padding allowed there).
   *
   * @return false at the end
   */
  private boolean startMember() throws IOException {
    int b0 = next();
    if (b0 < 0) {
      if (member == 0) {
        throw new GzipException("not gzip data (empty)", produced, 0);
      }
      return false;
    }
    long at = bufStart + pos - 1;
    if (member > 0 && b0 == 0 && restIsZero()) {
      return false; // zero padding after the last member (as tape and block writers leave)
    }
    int b1 = next();
    if (b0 != 0x1f || b1 != 0x8b) {
      if (member == 0) {
        throw new GzipException("not gzip data (no gzip header at byte offset 0)", produced, at);
      }
      throw new GzipException("data after gzip member " + member + " is not gzip (compressed byte offset "
          + at + ")", produced, at);
    }
    member++;
    memberStart = at;
    int cm = need();
    if (cm != 8) {
      throw new GzipException("unsupported gzip compression method " + cm + " in member " + member
          + " (compressed byte offset " + at + ")", produced, at);
    }
    int flags = need();
    if ((flags & RESERVED_FLAGS) != 0) {
      throw new GzipException("corrupt gzip header (reserved flags set) in member " + member
          + " (compressed byte offset " + at + ")", produced, at);
    }
    for (int i = 0; i < 6; i++) {
      need(); // MTIME, XFL, OS
    }
    if ((flags & FEXTRA) != 0) {
      int xlen = need() | (need() << 8);
      for (int i = 0; i < xlen; i++) {
        need();
      }
    }
    if ((flags & FNAME) != 0) {
      while (need() != 0) {
        // the original file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (need() != 0) {
        // a comment
      }
    }
    if ((flags & FHCRC) != 0) {
      need();
      need();
    }
    inflater.reset();
    crc.reset();
    memberBytes = 0;
    inMember = true;
    if (pos < limit) {
      inflater.setInput(buf, pos, limit - pos);
      pos = limit;
    }
    return true;
  }

  /** Checks the member's trailer (CRC-32, length) once its data has ended. */
  private void endMember() throws IOException {
    // give back to the buffer what the inflater did not use: the trailer and what follows
    pos = limit - inflater.getRemaining();
    long at = bufStart + pos;
    long storedCrc = need() | (need() << 8) | (need() << 16) | ((long) need() << 24);
    long storedSize = need() | (need() << 8) | (need() << 16) | ((long) need() << 24);
    if (storedCrc != crc.getValue()) {
      throw new GzipException("gzip member " + member + " fails its CRC check (trailer at compressed byte offset "
          + at + ")", produced, at);
    }
    if (storedSize != (memberBytes & 0xFFFFFFFFL)) {
      throw new GzipException("gzip member " + member + " has the wrong length in its trailer (compressed byte offset "
          + at + ")", produced, at);
    }
    inMember = false;
  }

  /** Whether every byte left in the file is zero (consumes them). */
  private boolean restIsZero() throws IOException {
    while (true) {
      while (pos < limit) {
        if (buf[pos] != 0) {
          return false;
        }
        pos++;
      }
      if (!fill()) {
        return true;
      }
    }
  }

  /** The next compressed byte, or -1 at the end. */
  private int next() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  /** The next compressed byte of a header or trailer, which must be there. */
  private int need() throws IOException {
    int b = next();
    if (b < 0) {
      throw new GzipException("gzip data ends early (truncated) in the " + (inMember ? "trailer" : "header")
          + " of member " + member + " at compressed byte offset " + (bufStart + limit), produced, bufStart + limit);
    }
    return b;
  }

  private boolean fill() throws IOException {
    bufStart += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }

  /** A gzip file that cannot be read on: where in the decompressed and the compressed bytes. */
  static final class GzipException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long decompressedOffset;
    private final long compressedOffset;

    GzipException(String message, long decompressedOffset, long compressedOffset) {
      super(message);
      this.decompressedOffset = decompressedOffset;
      this.compressedOffset = compressedOffset;
    }

    /** How many bytes were decompressed before the failure: the offset it is reported at. */
    long decompressedOffset() {
      return decompressedOffset;
    }

    /** Where in the compressed file the failure is. */
    long compressedOffset() {
      return compressedOffset;
    }
  }
}
