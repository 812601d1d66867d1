package io.github.vnnews.internal.cli;

import io.github.vnnews.internal.load.InputWalker;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * An output of the command line, checked before any input is read and written so that nothing is
 * clobbered or lost:
 *
 * <table>
 *   <caption>Targets</caption>
 *   <tr><th>target</th><th>what happens</th></tr>
 *   <tr><td>{@code -}</td><td>standard output; its write errors are reported (a closed pipe
 *       stops the run quietly)</td></tr>
 *   <tr><td>a new or regular file</td><td>written to a hidden temporary file beside it and moved
 *       into place on {@link #commit()}; an existing file's permissions are kept, a new one gets
 *       the umask's; the temporary file is removed on failure, interruption or SIGTERM</td></tr>
 *   <tr><td>a symbolic link</td><td>the same, for the file it leads to: the link stays</td></tr>
 *   <tr><td>a FIFO or character device ({@code /dev/null})</td><td>written through, never
 *       replaced</td></tr>
 *   <tr><td>a directory, block device or socket; a file that is also an input; an unwritable
 *       place</td><td>refused ({@link Refused}) before anything is read</td></tr>
 * </table>
 *
 * <p>A name ending in {@code .gz} is written gzip-compressed. Not thread-safe.
 */
final class AtomicOutput implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String name;
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutput(String name, Path target, Path temp, OutputStream stream) {
    this.name = name;
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  /** A target that cannot be written: a usage error, found before any input is read. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * A failure to write an output, carrying which one; {@link #closedPipe()} tells a reader that
   * went away (standard output into {@code | head}) from a real failure.
   */
  static final class WriteFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;
    private final String output;
    private final boolean closedPipe;

    WriteFailed(String output, IOException cause, boolean closedPipe) {
      super(output + ": " + cause.getMessage(), cause);
      this.output = output;
      this.closedPipe = closedPipe;
    }

    /** @return the output that failed: a path, or "standard output" */
    String output() {
      return output;
    }

    /** @return whether the reader of a pipe went away */
    boolean closedPipe() {
      return closedPipe;
    }
  }

  /**
   * Opens an output for a library caller or a test: {@link #prepare} with no inputs.
   *
   * @param target the file, or null for standard output
   * @param stdout flushed first when writing to standard output (may be null)
   * @return the output
   * @throws IOException when the target cannot be written
   */
  static AtomicOutput open(Path target, PrintWriter stdout) throws IOException {
    if (stdout != null) {
      stdout.flush();
    }
    try {
      return prepare("-o", target == null ? null : target.toString(), List.of(), System.out, List.of());
    } catch (Refused e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Checks a target and opens it for writing; reads no input.
   *
   * @param option the option that named the target, for messages ({@code -o})
   * @param spec the target as typed: a path, {@code -} or null for standard output
   * @param inputs the input paths: none may be the target, and a file inside an input directory is
   *     replaced only when it is this program's own earlier output
   * @param stdout standard output's bytes (written through, never closed)
   * @param ownStarts how this program's output of this kind starts ({@code {"schemaVersion":}),
   *     for the check of a file inside an input directory
   * @return the output
   * @throws Refused when the target must not or cannot be written
   */
  static AtomicOutput prepare(String option, String spec, List<Path> inputs, OutputStream stdout,
      List<String> ownStarts) throws Refused {
    if (spec == null || spec.equals("-")) {
      OutputStream os = new FilterOutputStream(new BufferedOutputStream(stdout, 1 << 16)) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      return new AtomicOutput("standard output", null, null, guard("standard output", os));
    }
    if (spec.endsWith("/")) {
      throw new Refused(option + ": " + spec + " is a directory");
    }
    Path given;
    try {
      given = Path.of(spec);
    } catch (java.nio.file.InvalidPathException e) {
      throw new Refused(option + ": " + e.getMessage());
    }
    String shown = InputWalker.display(given);
    Path target = followLinks(option, given);
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      a = null;
    } catch (IOException e) {
      throw new Refused(option + ": cannot use " + shown + " (" + reason(e) + ")");
    }
    boolean gzip = given.getFileName() != null
        && given.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (a != null) {
      if (a.isDirectory()) {
        throw new Refused(option + ": " + shown + " is a directory");
      }
      for (Path in : inputs) {
        if (isSameFile(in, target)) {
          throw new Refused(option + ": " + shown + " is also an input; it would be overwritten");
        }
      }
      if (a.isOther()) {
        String type = InputWalker.fileType(target);
        if (!type.equals("FIFO") && !type.equals("character device")) {
          throw new Refused(option + ": " + shown + " is a " + type + "; refusing to write there");
        }
        try {
          OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE);
          return new AtomicOutput(shown, null, null, guard(shown, buffered(os, gzip)));
        } catch (IOException e) {
          throw new Refused(option + ": cannot write to " + shown + " (" + reason(e) + ")");
        }
      }
      if (!Files.isWritable(target)) {
        throw new Refused(option + ": " + shown + " is not writable");
      }
      for (Path in : inputs) {
        if (isInside(target, in) && !startsWithOneOf(target, ownStarts)) {
          throw new Refused(option + ": " + shown + " is a file in the input directory " + InputWalker.display(in)
              + " that this program did not write; it would be overwritten");
        }
      }
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path temp;
    OutputStream os;
    try {
      Files.createDirectories(dir);
      temp = createTemp(dir, abs.getFileName().toString());
    } catch (IOException e) {
      throw new Refused(option + ": cannot write " + shown + " (" + reason(e) + ")");
    }
    try {
      if (a != null) {
        try {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
          // no POSIX permissions here: the file system's defaults
        }
      }
      os = Files.newOutputStream(temp, StandardOpenOption.WRITE);
    } catch (IOException e) {
      TempFiles.delete(temp);
      throw new Refused(option + ": cannot write " + shown + " (" + reason(e) + ")");
    }
    return new AtomicOutput(shown, abs, temp, guard(shown, buffered(os, gzip)));
  }

  private static OutputStream buffered(OutputStream os, boolean gzip) throws Refused {
    if (!gzip) {
      return new BufferedOutputStream(os, 1 << 16);
    }
    try {
      return new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16);
    } catch (IOException e) {
      throw new Refused("cannot start gzip output (" + e.getMessage() + ")");
    }
  }

  /**
   * A new empty file beside the target, hidden, created with the umask's permissions (not the
   * 0600 of {@link Files#createTempFile}), and registered for removal on shutdown.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        TempFiles.register(temp);
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** The file a chain of symbolic links leads to (itself when it is not a link). */
  private static Path followLinks(String option, Path given) throws Refused {
    Path cur = given;
    Set<Path> seen = new HashSet<>();
    while (Files.isSymbolicLink(cur)) {
      if (!seen.add(cur.toAbsolutePath().normalize()) || seen.size() > 40) {
        throw new Refused(option + ": " + InputWalker.display(given) + " is a symbolic link loop");
      }
      try {
        Path link = Files.readSymbolicLink(cur);
        Path parent = cur.toAbsolutePath().getParent();
        cur = parent == null ? link : parent.resolve(link);
      } catch (IOException e) {
        throw new Refused(option + ": cannot follow the link " + InputWalker.display(given) + " (" + reason(e) + ")");
      }
    }
    return cur;
  }

  /** Whether {@code file} lies inside the directory {@code dir} (links followed). */
  private static boolean isInside(Path file, Path dir) {
    try {
      return Files.isDirectory(dir) && file.toRealPath().startsWith(dir.toRealPath());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Whether a file is empty or starts with one of {@code starts} (after gzip decompression when it
   * is gzip): this program's own output, which may be replaced.
   */
  private static boolean startsWithOneOf(Path file, List<String> starts) {
    byte[] head = new byte[64];
    int n = 0;
    try (java.io.InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      java.io.InputStream in = b0 == 0x1f && b1 == 0x8b ? new java.util.zip.GZIPInputStream(raw) : raw;
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException e) {
      return false;
    }
    if (n == 0) {
      return true;
    }
    String text = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    for (String s : starts) {
      if (text.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Why an I/O operation failed, in a few words ("permission denied", "No space left on device"). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse) {
      if (fse.getReason() != null) {
        return fse.getReason();
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory: " + fse.getFile();
      }
      if (e instanceof java.nio.file.NotDirectoryException) {
        return "not a directory: " + fse.getFile();
      }
      if (e instanceof FileAlreadyExistsException) {
        return "exists and is in the way: " + fse.getFile();
      }
      return e.getClass().getSimpleName() + ": " + fse.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A stream whose failures say which output failed (and whether a pipe was closed). */
  private static OutputStream guard(String name, OutputStream os) {
    return new FilterOutputStream(os) {
      @Override
      public void write(int b) {
        try {
          out.write(b);
        } catch (IOException e) {
          throw failed(name, e);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw failed(name, e);
        }
      }

      @Override
      public void flush() {
        try {
          out.flush();
        } catch (IOException e) {
          throw failed(name, e);
        }
      }

      @Override
      public void close() {
        try {
          out.close();
        } catch (IOException e) {
          throw failed(name, e);
        }
      }
    };
  }

  private static WriteFailed failed(String name, IOException e) {
    String m = e.getMessage();
    boolean pipe = m != null && (m.contains("Broken pipe") || m.contains("EPIPE"));
    return new WriteFailed(name, e, pipe);
  }

  /** @return how the output is named in messages */
  String name() {
    return name;
  }

  /** @return the file written (links followed), or null for standard output, a FIFO or a device */
  Path file() {
    return target;
  }

  /**
   * The stream to write to; its failures are {@link WriteFailed}.
   *
   * @return the stream
   */
  OutputStream stream() {
    return stream;
  }

  /**
   * Finishes the output: flushes it, and moves a file into place.
   *
   * @throws IOException when the move fails
   * @throws WriteFailed when the last bytes cannot be written
   */
  void commit() throws IOException {
    if (temp == null) {
      stream.flush();
      committed = true;
      return;
    }
    stream.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    TempFiles.unregister(temp);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (temp == null) {
      // a device or FIFO is closed (its reader sees the end); standard output only flushed
      try {
        stream.close();
      } catch (WriteFailed e) {
        if (committed) {
          throw e;
        } // else already failing: the first failure is the one reported
      }
      return;
    }
    if (!committed) {
      try {
        stream.close();
      } catch (WriteFailed e) {
        // already failing: the first failure is the one reported
      } finally {
        TempFiles.delete(temp);
      }
    }
  }

  /**
   * The temporary files of this JVM's outputs, removed by a shutdown hook when the JVM is ended
   * (SIGTERM, SIGINT, {@code System.exit}) before they were moved into place.
   */
  static final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean hooked;

    private TempFiles() {}

    static synchronized void register(Path temp) {
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "vnnews-remove-temporary-files"));
        hooked = true;
      }
      LIVE.add(temp);
    }

    static void unregister(Path temp) {
      LIVE.remove(temp);
    }

    static void delete(Path temp) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more to do: the file is hidden and named as temporary
      }
      LIVE.remove(temp);
    }

    private static void deleteAll() {
      for (Path p : LIVE) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // shutting down: nothing more to do
        }
      }
    }

    /** @return the temporary files not yet moved into place or removed (for tests) */
    static Set<Path> live() {
      return Set.copyOf(LIVE);
    }
  }
}
