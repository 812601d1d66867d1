package io.github.vnnews.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings Vietnamese text comes in, by the names the library uses.
 *
 * <p>Thread-safe.
 */
public final class VietnameseCharsets {
  private VietnameseCharsets() {}

  /**
   * The charset for a name: {@code utf-8}, {@code windows-1258}.
   *
   * @param name the name (case-insensitive)
   * @return the charset, or null when the name is unknown
   */
  public static Charset forName(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "utf-8":
      case "utf8":
        return StandardCharsets.UTF_8;
      case "windows-1258":
      case "cp1258":
        return Charset.forName("windows-1258");
      default:
        return null;
    }
  }
}
