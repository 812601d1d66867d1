package io.github.vnnews.internal.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The character encodings Vietnamese text has been written in, as {@link Charset}s with a decoder
 * and an encoder.
 *
 * <p>Java ships none of the legacy Vietnamese encodings except windows-1258. The tables here come
 * from public specifications (RFC 1456 for VISCII, TCVN 5712:1993 for TCVN3 and VN1) as collected
 * in the project's {@code docs/vietnamese/legacy_charmap.tsv}; see {@code LegacyTables}.
 *
 * <table>
 *   <caption>Names accepted by {@link #forName(String)}</caption>
 *   <tr><th>name</th><th>what</th><th>case of toned capitals</th></tr>
 *   <tr><td>{@code utf-8}</td><td>UTF-8</td><td>kept</td></tr>
 *   <tr><td>{@code windows-1258}</td><td>Microsoft's code page: letter byte + tone byte;
 *       decodes to combining marks, so run {@link TextRepair} (NFC) after it</td><td>kept</td></tr>
 *   <tr><td>{@code tcvn3}</td><td>TCVN3 / VN3 / "ABC" (.VnTime fonts)</td>
 *       <td>lost: VN3 has no toned capitals, the encoder writes the lowercase byte</td></tr>
 *   <tr><td>{@code tcvn5712-1}</td><td>TCVN 5712:1993 VN1, the full table</td><td>kept</td></tr>
 *   <tr><td>{@code vni}</td><td>VNI-Windows: base letter + mark byte</td><td>kept</td></tr>
 *   <tr><td>{@code viscii}</td><td>VISCII, RFC 1456</td><td>kept</td></tr>
 *   <tr><td>{@code vps}</td><td>VPS</td><td>lost for 14 capitals (Ạ Ẫ Ậ Ặ Ẹ Ệ Ị Ọ Ộ Ợ Ụ Ữ Ự Ỵ), which
 *       share their lowercase letter's byte</td></tr>
 * </table>
 *
 * <p>The legacy decoders never report malformed input: every byte means something. Bytes an
 * encoding leaves free decode as in windows-1252. The encoders report characters they cannot
 * write as unmappable (curly quotes have no byte in VISCII and VPS, for instance).
 *
 * <p>Thread-safe: the charsets are immutable and each decoder/encoder is used by one thread.
 */
public final class VietnameseCharsets {
  /** TCVN3 (VN3, "ABC"). Decoding also accepts the VN1 capitals VN3 leaves a byte free for. */
  public static final Charset TCVN3 =
      new SingleByteCharset(
          "x-tcvn3", new String[] {"tcvn3", "vn3", "abc"}, LegacyTables.TCVN3,
          LegacyTables.TCVN3_CASE_LOSS);

  /** TCVN 5712:1993 VN1: all 134 letters, capitals in C0 and 0x80-0x9F. */
  public static final Charset TCVN5712_1 =
      new SingleByteCharset(
          "x-tcvn5712-1", new String[] {"tcvn5712-1", "vn1"}, LegacyTables.TCVN5712_1, "");

  /** VNI-Windows. */
  public static final Charset VNI = new VniCharset();

  /** VISCII (RFC 1456). */
  public static final Charset VISCII =
      new SingleByteCharset("x-viscii", new String[] {"viscii"}, LegacyTables.VISCII, "");

  /** VPS. */
  public static final Charset VPS =
      new SingleByteCharset(
          "x-vps", new String[] {"vps"}, LegacyTables.VPS, LegacyTables.VPS_CASE_LOSS);

  /** Windows-1258, with an encoder that writes precomposed letters as letter + tone byte. */
  public static final Charset WINDOWS_1258 = new Cp1258Charset();

  /**
   * Windows-1252 as browsers decode it (WHATWG): the five bytes Microsoft leaves undefined map to
   * the C1 controls U+0081, U+008D, U+008F, U+0090, U+009D instead of U+FFFD, so the mapping is
   * reversible. Used to make and to undo mojibake.
   */
  public static final Charset WINDOWS_1252_WHATWG =
      new SingleByteCharset(
          "x-windows-1252-whatwg", new String[] {}, LegacyTables.WINDOWS_1252, "");

  private static final List<String> NAMES =
      List.of("utf-8", "windows-1258", "tcvn3", "vni", "viscii", "vps", "tcvn5712-1");

  private VietnameseCharsets() {}

  /**
   * The charset for an encoding name.
   *
   * <p>Example: {@code new String(bytes, VietnameseCharsets.forName("tcvn3"))}.
   *
   * @param name one of {@code utf-8}, {@code windows-1258}, {@code tcvn3}, {@code vni},
   *     {@code viscii}, {@code vps}, {@code tcvn5712-1} (case-insensitive; the aliases
   *     {@code utf8}, {@code cp1258}, {@code abc}, {@code vn3}, {@code vni-windows}, {@code vn1}
   *     work too)
   * @return the charset, or null when the name is unknown (a {@code <meta charset>} such as
   *     {@code iso-8859-1} is not one of ours: the caller falls back to detection)
   */
  public static Charset forName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "windows-1258", "cp1258" -> WINDOWS_1258;
      case "tcvn3", "tcvn", "abc", "vn3" -> TCVN3;
      case "tcvn5712-1", "vn1" -> TCVN5712_1;
      case "vni", "vni-windows" -> VNI;
      case "viscii" -> VISCII;
      case "vps" -> VPS;
      default -> null;
    };
  }

  /**
   * The canonical names {@link #forName(String)} accepts.
   *
   * @return the names, {@code utf-8} first
   */
  public static List<String> names() {
    return NAMES;
  }
}
