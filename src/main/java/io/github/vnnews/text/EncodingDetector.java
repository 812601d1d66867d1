package io.github.vnnews.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a document's bytes: UTF-8 or one of the legacy Vietnamese encodings.
 *
 * <p>Thread-safe.
 */
public final class EncodingDetector {
  private EncodingDetector() {}

  /**
   * The encoding of a sample of a document's bytes.
   *
   * @param bytes the sample (the start of the document)
   * @param length how many bytes of the sample to look at
   * @param truncated true when the sample is not the whole document (a multi-byte character may
   *     be cut at its end)
   * @return the detected encoding, or null when no supported encoding fits
   */
  public static Detected detect(byte[] bytes, int length, boolean truncated) {
    var dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int n = length;
    if (truncated) {
      // drop a possibly cut multi-byte sequence at the end
      int back = 0;
      while (back < 3 && n - back - 1 >= 0 && (bytes[n - back - 1] & 0xC0) == 0x80) {
        back++;
      }
      if (n - back - 1 >= 0 && (bytes[n - back - 1] & 0xC0) == 0xC0) {
        n = n - back - 1;
      }
    }
    try {
      dec.decode(ByteBuffer.wrap(bytes, 0, n));
      return new Detected("utf-8", StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * A detected encoding.
   *
   * @param name the encoding's name as the library reports it ({@code "utf-8"}, {@code "tcvn3"},
   *     {@code "vni"}, {@code "viscii"}, {@code "vps"}, {@code "windows-1258"})
   * @param charset a charset that decodes it
   */
  public record Detected(String name, Charset charset) {}
}
