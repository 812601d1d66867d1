package io.github.vnnews.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the spec's TSV test vectors from the test resources (header row, tab-separated). */
final class Tsv {
  private Tsv() {}

  static List<Map<String, String>> rows(String name) {
    try (InputStream in = Tsv.class.getResourceAsStream("/vietnamese/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      String[] header = lines[0].split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] f = lines[i].split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int k = 0; k < header.length; k++) {
          row.put(header[k], k < f.length ? f[k] : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hex bytes as written in the TSVs ({@code "56 69 D6 74"}). */
  static byte[] hex(String s) {
    String[] parts = s.trim().split("\\s+");
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return out;
  }

  /** Text with the TSVs' {@code <U+00AD>} notation spelled out. */
  static String unescape(String s) {
    var sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("<U+", i)) {
        int end = s.indexOf('>', i);
        sb.append((char) Integer.parseInt(s.substring(i + 3, end), 16));
        i = end + 1;
      } else {
        sb.append(s.charAt(i++));
      }
    }
    return sb.toString();
  }
}
