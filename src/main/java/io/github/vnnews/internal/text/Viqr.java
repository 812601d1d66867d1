package io.github.vnnews.internal.text;

import java.text.Normalizer;

/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese in 7-bit ASCII, the marks written as
 * ASCII characters after the vowel.
 *
 * <table>
 *   <caption>VIQR marks</caption>
 *   <tr><th>VIQR</th><th>mark</th><th>example</th></tr>
 *   <tr><td>{@code (}</td><td>breve (on a)</td><td>{@code a( -> ă}</td></tr>
 *   <tr><td>{@code ^}</td><td>circumflex (on a e o)</td><td>{@code e^ -> ê}</td></tr>
 *   <tr><td>{@code +}</td><td>horn (on o u)</td><td>{@code u+o+' -> ướ}</td></tr>
 *   <tr><td>{@code ` ' ? ~ .}</td><td>grave, acute, hook, tilde, dot below</td>
 *       <td>{@code Vie^.t -> Việt}</td></tr>
 *   <tr><td>{@code DD dd}</td><td>Đ đ</td><td>{@code DDa?ng -> Đảng}</td></tr>
 *   <tr><td>{@code \}</td><td>the next mark character is literal</td><td>{@code Ha\. -> Ha.}</td></tr>
 * </table>
 *
 * <p>VIQR is never detected automatically: ordinary ASCII text ({@code "Noi?"}) would be changed.
 * Convert only text known to be VIQR. Thread-safe: no state.
 */
public final class Viqr {
  private Viqr() {}

  /**
   * Converts VIQR text to NFC Unicode.
   *
   * @param viqr the VIQR text; not null
   * @return the Vietnamese text
   */
  public static String toUnicode(String viqr) {
    var sb = new StringBuilder(viqr.length());
    int n = viqr.length();
    int i = 0;
    while (i < n) {
      char c = viqr.charAt(i);
      if (c == '\\' && i + 1 < n && "(^+`'?~.\\".indexOf(viqr.charAt(i + 1)) >= 0) {
        sb.append(viqr.charAt(i + 1));
        i += 2;
        continue;
      }
      if ((c == 'D' || c == 'd') && i + 1 < n && (viqr.charAt(i + 1) | 0x20) == 'd') {
        sb.append(c == 'D' ? 'Đ' : 'đ');
        i += 2;
        continue;
      }
      if ("aeiouyAEIOUY".indexOf(c) < 0) {
        sb.append(c);
        i++;
        continue;
      }
      var letter = new StringBuilder(3).append(c);
      i++;
      char lower = (char) (c | 0x20);
      if (i < n) {
        char m = viqr.charAt(i);
        char shape = switch (m) {
          case '(' -> lower == 'a' ? '\u0306' : 0;
          case '^' -> lower == 'a' || lower == 'e' || lower == 'o' ? '\u0302' : 0;
          case '+' -> lower == 'o' || lower == 'u' ? '\u031B' : 0;
          default -> 0;
        };
        if (shape != 0) {
          letter.append(shape);
          i++;
        }
      }
      if (i < n) {
        char tone = switch (viqr.charAt(i)) {
          case '`' -> '\u0300';
          case '\'' -> '\u0301';
          case '?' -> '\u0309';
          case '~' -> '\u0303';
          case '.' -> '\u0323';
          default -> 0;
        };
        if (tone != 0) {
          letter.append(tone);
          i++;
        }
      }
      sb.append(Normalizer.normalize(letter, Normalizer.Form.NFC));
    }
    return sb.toString();
  }
}
