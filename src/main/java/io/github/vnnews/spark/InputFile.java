package io.github.vnnews.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One file to read, as the driver found it: the path reported in provenance, the file's position
 * in input order, where to open it, and its size.
 *
 * @param display the path error records name: what the CLI would write for the same input (see
 *     {@link SparkCorpus})
 * @param sourcePath the path written to {@code source.path} and hashed into ids: relative to its
 *     input root, the root's name first, whatever the file system and however the input was typed
 * @param ordinal the position of this file among all input events (files and listing errors) in
 *     the CLI's order
 * @param uri where the file is, as an absolute URI ({@code file:/data/a.txt}, {@code
 *     hdfs://nn/corpus/a.txt})
 * @param size the size in bytes
 */
record InputFile(String display, String sourcePath, int ordinal, String uri, long size) implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Checks the invariants. */
  InputFile {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(uri, "uri");
  }

  /**
   * The key under which {@code binaryFiles} reports this file: Hadoop's rendering of the URI.
   *
   * @return the key
   */
  String hadoopKey() {
    return new org.apache.hadoop.fs.Path(java.net.URI.create(uri)).toString();
  }

  /**
   * Whether {@code binaryFiles} can read this file by its path. Hadoop's {@code FileInputFormat}
   * splits its input on commas, expands glob characters, parses colons as schemes, silently drops
   * files whose names start with {@code _} or {@code .}, and may drop empty files; such files
   * are read directly instead, so every file the CLI reads is read here too.
   *
   * @return true when the file can go through {@code binaryFiles}
   */
  boolean binaryFilesSafe() {
    if (size <= 0) {
      return false;
    }
    String path = java.net.URI.create(uri).getPath();
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (",{}[]*?\\:%^".indexOf(path.charAt(i)) >= 0) {
        return false;
      }
    }
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return !name.isEmpty() && !name.startsWith("_") && !name.startsWith(".");
  }
}
