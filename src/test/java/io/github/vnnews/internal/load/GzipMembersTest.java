package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Gzip read member by member: what java.util.zip.GZIPInputStream let pass without a word. */
class GzipMembersTest {
  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] readAll(byte[] gz) throws IOException {
    try (InputStream in = new GzipMembers(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** A member with every optional header field (extra, name, comment, header CRC), by hand. */
  private static byte[] memberWithAllHeaderFields(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3});
    out.writeBytes(new byte[] {4, 0, 'a', 'b', 'c', 'd'});
    out.writeBytes("tên tệp.txt\0".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("chú thích\0".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {0x12, 0x34});
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    byte[] buf = new byte[data.length + 64];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    CRC32 crc = new CRC32();
    crc.update(data);
    long c = crc.getValue();
    out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
        (byte) data.length, (byte) (data.length >> 8), (byte) (data.length >> 16), (byte) (data.length >> 24)});
    return out.toByteArray();
  }

  @Test
  void membersAreReadOneAfterAnother() throws IOException {
    byte[] a = "Bài một\n=====\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[300_000]; // more than one buffer, in pieces
    new Random(7).nextBytes(b);
    byte[] c = "Bài ba\n".getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(concat(gzip(a), gzip(b), gzip(new byte[0]), memberWithAllHeaderFields(c))))
        .isEqualTo(concat(a, b, c));
  }

  @Test
  void zeroPaddingAfterTheLastMemberIsAllowed() throws IOException {
    byte[] a = "Bài một\n".getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(concat(gzip(a), new byte[4096]))).isEqualTo(a);
  }

  @Test
  void everyKindOfDamageIsAnErrorSayingWhere() throws IOException {
    byte[] a = "Bài một có nội dung\n".getBytes(StandardCharsets.UTF_8);
    byte[] m = gzip(a);

    assertThatThrownBy(() -> readAll(concat(m, new byte[] {0, 0, 1})))
        .isInstanceOf(GzipMembers.GzipException.class)
        .hasMessage("data after gzip member 1 is not gzip (compressed byte offset " + m.length + ")");
    byte[] reserved = m.clone();
    reserved[3] = (byte) 0x80;
    assertThatThrownBy(() -> readAll(concat(m, reserved)))
        .hasMessage("corrupt gzip header (reserved flags set) in member 2 (compressed byte offset " + m.length + ")");
    assertThatThrownBy(() -> readAll(concat(m, java.util.Arrays.copyOf(m, 5))))
        .hasMessage("gzip data ends early (truncated) in the header of member 2 at compressed byte offset "
            + (m.length + 5));
    byte[] size = m.clone();
    size[size.length - 1] ^= 1;
    assertThatThrownBy(() -> readAll(size))
        .hasMessage("gzip member 1 has the wrong length in its trailer (compressed byte offset " + (m.length - 8) + ")");
    try {
      readAll(concat(m, java.util.Arrays.copyOf(m, m.length - 3)));
    } catch (GzipMembers.GzipException e) {
      assertThat(e.decompressedOffset()).isEqualTo(2L * a.length);
      assertThat(e.compressedOffset()).isEqualTo(2L * m.length - 3);
      assertThat(e).hasMessage("gzip data ends early (truncated) in the trailer of member 2 at compressed byte offset "
          + (2 * m.length - 3));
      return;
    }
    throw new AssertionError("a truncated trailer was accepted");
  }
}
