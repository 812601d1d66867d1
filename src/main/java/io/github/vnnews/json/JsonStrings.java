package io.github.vnnews.json;

import io.github.vnnews.internal.text.Utf8Units;
import tools.jackson.core.JsonGenerator;

/**
 * Writes JSON string values for the article writer, faster than Jackson 3's {@code
 * writeString(String)}, which reads its argument one {@code charAt} at a time: here the chars are
 * copied out in one go, escaped and encoded to UTF-8 in a tight loop, and handed to the generator
 * with {@link JsonGenerator#writeRawUTF8String}, which adds the quotes and separators. The bytes
 * are exactly Jackson's: {@code "} and {@code \} escaped, control characters as {@code \b \t \n
 * \f \r} or {@code &#92;u00XX}, everything else (non-ASCII included) as UTF-8. Strings Jackson should
 * judge itself (very long ones, or with a lone surrogate) go to {@code writeString}.
 *
 * <p>Not thread-safe: one per generator (it holds scratch buffers).
 */
final class JsonStrings {
  private static final int MAX_CHARS = 1 << 16;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** For ASCII: 0 written as is, else the escape letter, or 'u' for {@code &#92;u00XX}. */
  private static final byte[] ESCAPE = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['\b'] = 'b';
    ESCAPE['\t'] = 't';
    ESCAPE['\n'] = 'n';
    ESCAPE['\f'] = 'f';
    ESCAPE['\r'] = 'r';
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
  }

  private char[] chars = new char[512];
  private byte[] bytes = new byte[512 * 6];

  /**
   * Writes a string value (or null).
   *
   * @param g the generator
   * @param s the value, or null
   */
  void write(JsonGenerator g, String s) {
    writeCounted(g, s);
  }

  /** Writes a string value; returns its length in {@code bytes}, or -1 if Jackson encoded it. */
  private int writeCounted(JsonGenerator g, String s) {
    if (s == null) {
      g.writeNull();
      return -1;
    }
    int len = s.length();
    if (len > MAX_CHARS) {
      g.writeString(s);
      return -1;
    }
    if (chars.length < len) {
      int cap = Math.max(len, chars.length * 2);
      chars = new char[cap];
      bytes = new byte[cap * 6];
    }
    s.getChars(0, len, chars, 0);
    int n = encode(chars, len, bytes);
    if (n < 0) {
      g.writeString(s);
    } else {
      g.writeRawUTF8String(bytes, 0, n);
    }
    return n;
  }

  /**
   * Writes a property with a string value (or null).
   *
   * @param g the generator
   * @param name the property name
   * @param s the value, or null
   */
  void write(JsonGenerator g, String name, String s) {
    g.writeName(name);
    write(g, s);
  }

  /**
   * The {@code text} field gathered from the encodings of its parts: the title and the paragraphs,
   * separated by blank lines where something comes before ({@code Article.text()}). A string's
   * encoding is that of its characters one by one (a surrogate pair never spans a line feed), so
   * the parts' bytes joined by {@code \n\n} are the text's bytes. Length -1: a part went to
   * {@code writeString}, and the text is encoded on its own.
   */
  private byte[] text = new byte[4096];
  private int textLength;
  private int textChars;

  /** Starts gathering a new text. */
  void startText() {
    textLength = 0;
    textChars = 0;
  }

  /** {@link #write(JsonGenerator, String)}, and the string is the next part of the text. */
  void writeTextPart(JsonGenerator g, String s) {
    int n = writeCounted(g, s);
    if (s == null || textLength < 0) {
      return;
    }
    if (n < 0) {
      textLength = -1;
      return;
    }
    int sep = textChars > 0 ? 4 : 0;
    if (textLength + sep + n > text.length) {
      text = java.util.Arrays.copyOf(text, Math.max(textLength + sep + n, text.length * 2));
    }
    if (sep > 0) {
      text[textLength++] = '\\';
      text[textLength++] = 'n';
      text[textLength++] = '\\';
      text[textLength++] = 'n';
      textChars += 2;
    }
    System.arraycopy(bytes, 0, text, textLength, n);
    textLength += n;
    textChars += s.length();
  }

  /** {@link #write(JsonGenerator, String, String)} of a string that is a part of the text. */
  void writeTextPart(JsonGenerator g, String name, String s) {
    g.writeName(name);
    writeTextPart(g, s);
  }

  /**
   * Writes the text field of an article ({@code Article.text()}: the title and paragraphs joined
   * by blank lines where something comes before): the gathered bytes when every part was gathered
   * and the text is what they make (its length, and within the length written by this class), else
   * the text itself, which is only then made.
   */
  void writeText(JsonGenerator g, String name, String title, java.util.List<String> paragraphs,
      java.util.function.Supplier<String> whole) {
    g.writeName(name);
    long n = title == null ? 0 : title.length();
    for (int i = 0; i < paragraphs.size(); i++) {
      n += (n > 0 ? 2 : 0) + paragraphs.get(i).length();
    }
    if (textLength >= 0 && textChars == n && n <= MAX_CHARS) {
      g.writeRawUTF8String(text, 0, textLength);
    } else {
      write(g, whole.get());
    }
  }

  /**
   * Escapes and encodes; -1 on a lone surrogate. {@code out} holds 6 bytes per char.
   *
   * <p>First {@link Utf8Units} (no branch per char); a text with a char to escape or a surrogate
   * takes the branching loop instead.
   */
  static int encode(char[] cs, int len, byte[] out) {
    int o = Utf8Units.encode(cs, len, out, 0, true);
    return o >= 0 ? o : encodeEscaping(cs, len, out);
  }

  /** The branching encoder: escapes, surrogate pairs, -1 on a lone surrogate. */
  static int encodeEscaping(char[] cs, int len, byte[] out) {
    int o = 0;
    for (int i = 0; i < len; i++) {
      char c = cs[i];
      if (c < 0x80) {
        byte e = ESCAPE[c];
        if (e == 0) {
          out[o++] = (byte) c;
        } else if (e != 'u') {
          out[o++] = '\\';
          out[o++] = e;
        } else {
          out[o++] = '\\';
          out[o++] = 'u';
          out[o++] = '0';
          out[o++] = '0';
          out[o++] = HEX[c >> 4];
          out[o++] = HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        out[o++] = (byte) (0xC0 | (c >> 6));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[o++] = (byte) (0xE0 | (c >> 12));
        out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(cs[i + 1])) {
        int cp = Character.toCodePoint(c, cs[++i]);
        out[o++] = (byte) (0xF0 | (cp >> 18));
        out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[o++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        return -1;
      }
    }
    return o;
  }
}
