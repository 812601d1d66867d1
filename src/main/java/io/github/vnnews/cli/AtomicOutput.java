package io.github.vnnews.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary file beside it and moved into place on {@link #commit()},
 * so an interrupted run never leaves a truncated file that looks complete. Without a path it
 * writes to the given standard output. A file name ending in {@code .gz} is written gzip-compressed
 * (the one place the CLI decides that, for the articles and the error report alike).
 */
final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  static AtomicOutput open(Path target, PrintWriter stdout) throws IOException {
    if (target == null) {
      OutputStream os = new BufferedOutputStream(System.out, 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
      if (stdout != null) {
        stdout.flush();
      }
      return new AtomicOutput(null, null, os);
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    OutputStream file = Files.newOutputStream(temp);
    if (abs.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      file = new java.util.zip.GZIPOutputStream(file, 1 << 16);
    }
    return new AtomicOutput(abs, temp, new BufferedOutputStream(file, 1 << 16));
  }

  OutputStream stream() {
    return stream;
  }

  void commit() throws IOException {
    stream.flush();
    if (target == null) {
      committed = true;
      return;
    }
    stream.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (target == null) {
      stream.flush();
      return;
    }
    if (!committed) {
      try {
        stream.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
