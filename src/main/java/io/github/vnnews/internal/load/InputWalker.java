package io.github.vnnews.internal.load;

import io.github.vnnews.IngestError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands input paths into the files to read, lazily and in a deterministic order: the paths in
 * the order given; inside a directory, entries sorted by name (code point order), recursively.
 *
 * <p>Errors name a file as typed ({@link #display(Path)}), so that it can be found. Each file also
 * has a source path ({@link #sourcePath()}), the path written to provenance and hashed into
 * article ids: the path below its input root with the root's own name first, so that
 * it does not depend on how the input was typed. The root is the directory given, or the
 * directory that holds a file given:
 *
 * <table>
 *   <caption>Source paths</caption>
 *   <tr><th>input</th><th>file</th><th>source path</th></tr>
 *   <tr><td>{@code seeds}, {@code ./seeds/}, {@code /home/u/seeds}</td><td>{@code seeds/a.txt}</td>
 *       <td>{@code seeds/a.txt}</td></tr>
 *   <tr><td>{@code seeds/a.txt}, {@code ./seeds/a.txt}, {@code /home/u/seeds/a.txt}</td><td>the same</td>
 *       <td>{@code seeds/a.txt}</td></tr>
 *   <tr><td>{@code corpus}</td><td>{@code corpus/2024/b.txt.gz}</td><td>{@code corpus/2024/b.txt.gz}</td></tr>
 *   <tr><td>{@code .} (in {@code /home/u})</td><td>{@code ./seeds/a.txt}</td><td>{@code u/seeds/a.txt}</td></tr>
 *   <tr><td>{@code /a.txt}</td><td>{@code /a.txt}</td><td>{@code a.txt}</td></tr>
 * </table>
 *
 * <p>Hidden entries (names starting with {@code .}) are skipped. Include and exclude globs are
 * matched against the path relative to the directory given (for {@code corpus/a/b.txt} under
 * {@code corpus}: {@code a/b.txt}); a file named directly is always read. Without include globs,
 * a directory's files are read only when their name is an article file's ({@link
 * #isArticleFile(String)}), unless every file is asked for. Only regular files are
 * read: a FIFO, a device or a socket, named or found in a directory, is reported ({@link
 * IngestError.Kind#UNSUPPORTED}) and skipped, so that nothing blocks the walk. Files listed as
 * ignored (the run's own output) are skipped, matched by identity (device and inode), not name.
 *
 * <p>Symbolic links inside a directory are followed when their target lies inside that directory
 * (the input root); a link leading out of it is reported ({@link IngestError.Kind#OUTSIDE_ROOT})
 * and skipped, unless links are followed everywhere on request. A directory that links back to one
 * of its parents, and a link that leads to itself through other links, are reported as {@link
 * IngestError.Kind#SYMLINK_LOOP} and skipped. A directory already read in this walk (reached again
 * through a symbolic link) is not read again, so that links cannot multiply the work (a ladder of
 * links to links would otherwise take exponential time). Unreadable directories, and entries whose
 * path the system refuses (longer than {@code PATH_MAX}, say), are reported and skipped.
 *
 * <p>Paths are reported by {@link #display(Path)}: as given, from the bytes of the name, the same
 * under any locale.
 *
 * <p>Not thread-safe.
 */
public final class InputWalker implements Iterator<Path> {
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Iterator<Path> roots;
  private final List<PathMatcher> include;
  /** Whether a directory's files are read only when their name is an article file's. */
  private final boolean articleFilesOnly;
  private final Consumer<Path> notArticleFiles;
  private final List<PathMatcher> exclude;
  private final Consumer<IngestError> errors;
  private final boolean followLinks;
  private final Set<Object> ignored = new HashSet<>();
  private final Set<Object> readDirectories = new HashSet<>();
  private Path next;
  private long nextSize;
  private long lastSize;
  private Path nextRoot;
  private Path lastRoot;
  /** The root whose base directory {@link #base} is (the walk asks once per root, not per file). */
  private Path baseOf;
  private Path base;
  private Path last;

  /**
   * A directory being read.
   *
   * @param root the input root it lies under
   * @param realRoot the root's real path (where links may lead), or null when links are followed
   *     everywhere
   * @param entries its entries still to visit
   * @param ancestors the keys of the directories above it, itself included
   */
  private record Frame(Path root, Path realRoot, Iterator<Path> entries, Set<Object> ancestors) {}

  /**
   * A walker over the given paths that follows only links staying inside each root.
   *
   * @param paths files and directories
   * @param includeGlobs globs a file must match to be read (none: every file)
   * @param excludeGlobs globs that leave a file out
   * @param errors receives missing, unreadable, looping and refused paths
   */
  public InputWalker(
      List<Path> paths, List<String> includeGlobs, List<String> excludeGlobs,
      Consumer<IngestError> errors) {
    this(paths, includeGlobs, excludeGlobs, false, List.of(), errors);
  }

  /**
   * A walker over the given paths.
   *
   * @param paths files and directories
   * @param includeGlobs globs a file must match to be read (none: every file)
   * @param excludeGlobs globs that leave a file out
   * @param followLinks true to follow symbolic links that lead out of their root as well
   * @param ignore files never to read (the run's own output files); those that do not exist yet
   *     are ignored
   * @param errors receives missing, unreadable, looping and refused paths
   */
  public InputWalker(
      List<Path> paths, List<String> includeGlobs, List<String> excludeGlobs, boolean followLinks,
      List<Path> ignore, Consumer<IngestError> errors) {
    this(paths, includeGlobs, excludeGlobs, followLinks, ignore, errors, true, p -> { });
  }

  /**
   * A walker over the given paths that reads, in directories, only article files ({@link
   * #isArticleFile(String)}) unless {@code allFiles} or include globs are given.
   *
   * @param paths files and directories
   * @param includeGlobs globs a file must match to be read (none: every article file)
   * @param excludeGlobs globs that leave a file out
   * @param followLinks true to follow symbolic links that lead out of their root as well
   * @param ignore files never to read (the run's own output files); those that do not exist yet
   *     are ignored
   * @param errors receives missing, unreadable, looping and refused paths
   * @param allFiles true to read every file in a directory, false for article files only
   * @param notArticleFiles receives the files of a directory left out for their name
   */
  public InputWalker(
      List<Path> paths, List<String> includeGlobs, List<String> excludeGlobs, boolean followLinks,
      List<Path> ignore, Consumer<IngestError> errors, boolean allFiles, Consumer<Path> notArticleFiles) {
    this.articleFilesOnly = !allFiles && includeGlobs.isEmpty();
    this.notArticleFiles = notArticleFiles;
    this.roots = List.copyOf(paths).iterator();
    this.include = matchers(includeGlobs);
    this.exclude = matchers(excludeGlobs);
    this.followLinks = followLinks;
    this.errors = errors;
    for (Path p : ignore) {
      try {
        Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        if (key != null) {
          ignored.add(key);
        }
      } catch (IOException e) {
        // not there (yet): nothing to skip
      }
    }
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!stack.isEmpty()) {
        Frame top = stack.peek();
        if (!top.entries.hasNext()) {
          stack.pop();
          continue;
        }
        visit(top, top.entries.next());
      } else if (roots.hasNext()) {
        visitRoot(roots.next());
      } else {
        return false;
      }
    }
    return true;
  }

  private void visitRoot(Path root) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (isLinkLoop(root)) {
        error(root, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
      } else {
        error(root, IngestError.Kind.NOT_FOUND, "no such file or directory");
      }
      return;
    } catch (IOException | SecurityException e) {
      if (Files.isSymbolicLink(root) && isLinkLoop(root)) {
        error(root, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
      } else {
        refused(root, e);
      }
      return;
    }
    if (a.isDirectory()) {
      Path real = null;
      if (!followLinks) {
        try {
          real = root.toRealPath();
        } catch (IOException | SecurityException e) {
          refused(root, e);
          return;
        }
      }
      pushDirectory(root, real, root, a.fileKey(), Set.of());
    } else if (!a.isRegularFile()) {
      notAFile(root);
    } else if (Files.isReadable(root)) {
      next = root;
      nextSize = a.size();
      nextRoot = root;
    } else {
      error(root, IngestError.Kind.UNREADABLE, "cannot read file (permission denied)");
    }
  }

  private void visit(Frame frame, Path p) {
    if (p.getFileName().toString().startsWith(".")) {
      return;
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) {
        if (!followLinks && !leadsInside(frame, p)) {
          return;
        }
        a = Files.readAttributes(p, BasicFileAttributes.class);
      }
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(p)) {
        error(p, IngestError.Kind.NOT_FOUND, "broken symbolic link");
      } else {
        error(p, IngestError.Kind.NOT_FOUND, "vanished while the directory was read");
      }
      return;
    } catch (IOException | SecurityException e) {
      if (Files.isSymbolicLink(p) && isLinkLoop(p)) {
        error(p, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
      } else {
        refused(p, e);
      }
      return;
    }
    if (a.isDirectory()) {
      pushDirectory(frame.root, frame.realRoot, p, a.fileKey(), frame.ancestors);
      return;
    }
    Path rel = frame.root.relativize(p);
    if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) {
      return;
    }
    if (exclude.stream().anyMatch(m -> m.matches(rel))) {
      return;
    }
    if (!a.isRegularFile()) {
      notAFile(p);
      return;
    }
    if (a.fileKey() != null && ignored.contains(a.fileKey())) {
      return; // this run's own output
    }
    if (articleFilesOnly && !isArticleFile(p.getFileName().toString())) {
      notArticleFiles.accept(p);
      return;
    }
    if (!Files.isReadable(p)) {
      error(p, IngestError.Kind.UNREADABLE, "cannot read file (permission denied)");
      return;
    }
    next = p;
    nextSize = a.size();
    nextRoot = frame.root;
  }

  /**
   * Whether the symbolic link {@code p} leads to a place inside the frame's root; reports it when
   * it leads out (or nowhere).
   */
  private boolean leadsInside(Frame frame, Path p) throws IOException {
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      throw e; // broken: reported by the caller
    } catch (FileSystemException e) {
      if (isLinkLoop(p)) {
        error(p, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
        return false;
      }
      throw e;
    }
    if (real.startsWith(frame.realRoot)) {
      return true;
    }
    error(p, IngestError.Kind.OUTSIDE_ROOT, "symbolic link leads out of " + display(frame.root)
        + " (to " + display(real) + "); skipped (--follow-links to follow it)");
    return false;
  }

  private void pushDirectory(Path root, Path realRoot, Path dir, Object fileKey, Set<Object> ancestors) {
    Object key = fileKey;
    if (key == null) {
      try {
        key = dir.toRealPath().toString();
      } catch (IOException | SecurityException e) {
        error(dir, IngestError.Kind.UNREADABLE, "cannot read directory: " + e.getMessage());
        return;
      }
    }
    if (ancestors.contains(key)) {
      error(dir, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (directory links back to a parent); skipped");
      return;
    }
    if (!readDirectories.add(key)) {
      return; // already read under another path
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        entries.add(p);
      }
    } catch (NoSuchFileException e) {
      error(dir, IngestError.Kind.NOT_FOUND, "directory vanished while reading");
      return;
    } catch (IOException | SecurityException e) {
      error(dir, IngestError.Kind.UNREADABLE, "cannot read directory (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return;
    } catch (DirectoryIteratorException e) {
      error(dir, IngestError.Kind.UNREADABLE, "cannot read directory (" + e.getCause().getClass().getSimpleName()
          + ": " + e.getCause().getMessage() + ")");
      return;
    }
    // by the names' text from their bytes, so the order does not depend on the locale
    List<Named> named = new ArrayList<>(entries.size());
    for (Path p : entries) {
      named.add(new Named(nameText(p), p));
    }
    named.sort((a, b) -> a.name.compareTo(b.name));
    List<Path> sorted = new ArrayList<>(named.size());
    for (Named n : named) {
      sorted.add(n.path);
    }
    Set<Object> inner = new HashSet<>(ancestors);
    inner.add(key);
    stack.push(new Frame(root, realRoot, sorted.iterator(), inner));
  }

  private record Named(String name, Path path) {}

  /** Reports a path the system refused (too long, no permission on the way, I/O error). */
  private void refused(Path p, Exception e) {
    String reason = e instanceof FileSystemException fse && fse.getReason() != null
        ? fse.getReason().toLowerCase(Locale.ROOT)
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    error(p, IngestError.Kind.UNREADABLE, "cannot read (" + reason + "); skipped");
  }

  /** Reports a path that is neither a regular file nor a directory. */
  private void notAFile(Path p) {
    error(p, IngestError.Kind.UNSUPPORTED, "not a regular file (" + fileType(p)
        + "); only files, directories and - (standard input) are read; skipped");
  }

  /**
   * What kind of special file {@code p} is, from its mode where the system tells it.
   *
   * @param p the path
   * @return {@code FIFO}, {@code character device}, {@code block device}, {@code socket} or
   *     {@code special file}
   */
  public static String fileType(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      switch (mode & 0170000) {
        case 0010000:
          return "FIFO";
        case 0020000:
          return "character device";
        case 0060000:
          return "block device";
        case 0140000:
          return "socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
        | SecurityException e) {
      // no unix view: say no more
    }
    return "special file";
  }

  /** Whether following the symbolic link {@code p} comes back to a link already followed. */
  private static boolean isLinkLoop(Path p) {
    Set<Path> seen = new HashSet<>();
    Path cur = p.toAbsolutePath().normalize();
    for (int hops = 0; hops < 64; hops++) {
      if (!Files.isSymbolicLink(cur)) {
        return false;
      }
      if (!seen.add(cur)) {
        return true;
      }
      try {
        Path target = Files.readSymbolicLink(cur);
        Path parent = cur.getParent();
        cur = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return true; // more links in a row than any file system follows
  }

  private void error(Path p, IngestError.Kind kind, String what) {
    String name = display(p); // errors name the file as typed, so that it can be found
    errors.accept(new IngestError(name, -1, -1, kind, name + ": " + what));
  }

  /**
   * The size in bytes of the file {@link #next()} returned last, when the walk found it (it may
   * have changed since).
   *
   * @return the size
   * @throws IllegalStateException before the first {@code next()}
   */
  public long size() {
    if (last == null) {
      throw new IllegalStateException("next() has not been called");
    }
    return lastSize;
  }

  /**
   * The input root of the file {@link #next()} returned last: the directory given, or the file
   * itself when it was given directly.
   *
   * @return the root, as given
   * @throws IllegalStateException before the first {@code next()}
   */
  public Path root() {
    if (last == null) {
      throw new IllegalStateException("next() has not been called");
    }
    return lastRoot;
  }

  /**
   * The source path of the file {@link #next()} returned last (see the class comment).
   *
   * @return the path, with {@code /} separators
   * @throws IllegalStateException before the first {@code next()}
   */
  public String sourcePath() {
    if (last == null) {
      throw new IllegalStateException("next() has not been called");
    }
    if (lastRoot != baseOf) {
      baseOf = lastRoot;
      base = base(lastRoot);
    }
    return relativeSourcePath(base, last);
  }

  /**
   * The source path of a file found under an input root: the path below the root, the root's own
   * name first; the root of a file given directly (or of a path that is not a directory) is the
   * directory that holds it. It does not depend on how the root was typed ({@code seeds}, {@code
   * ./seeds}, an absolute path).
   *
   * @param root the input as given
   * @param p the file, {@code root} itself or a path below it
   * @return the source path, with {@code /} separators
   */
  public static String sourcePath(Path root, Path p) {
    return relativeSourcePath(base(root), p);
  }

  /** The directory source paths are relative to: the root, or the directory that holds it. */
  private static Path base(Path root) {
    Path r = root.toAbsolutePath().normalize();
    return Files.isDirectory(root) ? r : r.getParent();
  }

  /** The source path of {@code p} below {@code base} (null: the file system's root). */
  private static String relativeSourcePath(Path base, Path p) {
    Path f = p.toAbsolutePath().normalize();
    if (base == null) {
      return display(f.getFileName() == null ? f : f.getFileName());
    }
    Path rel = base.relativize(f);
    Path name = base.getFileName();
    String relText = display(rel);
    if (name == null) {
      return relText;
    }
    return relText.isEmpty() ? display(name) : display(name) + "/" + relText;
  }

  /**
   * The path as reported in provenance: as given, with {@code /} separators, its bytes read as
   * UTF-8 whatever the locale; a byte that is not part of valid UTF-8 is written {@code \xNN}. So
   * names that differ only in such bytes stay apart, and the same file gets the same path (and the
   * same article ids) under {@code LANG=C} and under a UTF-8 locale.
   *
   * @param p the path
   * @return the text
   */
  public static String display(Path p) {
    String s = p.toString();
    if (needsBytes(s)) {
      String fromBytes = fromBytes(p);
      if (fromBytes != null) {
        s = fromBytes;
      }
    }
    return p.getFileSystem().getSeparator().equals("/") ? s : s.replace(p.getFileSystem().getSeparator(), "/");
  }

  /** The text of a path's file name, as {@link #display(Path)} writes it. */
  private static String nameText(Path p) {
    Path name = p.getFileName();
    String s = name.toString();
    if (needsBytes(s)) {
      String fromBytes = fromBytes(p);
      if (fromBytes != null) {
        int slash = fromBytes.lastIndexOf('/');
        return fromBytes.substring(slash + 1);
      }
    }
    return s;
  }

  /**
   * Whether a file found in a directory is read by default, by its name: {@code .txt}, {@code
   * .html}, {@code .htm}, {@code .xhtml}, {@code .gz} (any), {@code .warc} and {@code .warc.*},
   * {@code .arc}, or no extension at all (in any case). Other files ({@code README.md}, {@code
   * .json}, {@code .csv}, images, PDF) are left out and reported; a file named directly is always
   * read.
   *
   * @param name the file name (not a path)
   * @return true for an article file
   */
  public static boolean isArticleFile(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot <= 0) {
      return true; // no extension (a leading dot is a hidden file's, skipped already)
    }
    String ext = n.substring(dot + 1);
    return switch (ext) {
      case "txt", "text", "html", "htm", "xhtml", "gz", "warc", "arc" -> true;
      default -> n.contains(".warc.");
    };
  }

  /**
   * Whether the JVM is known to decode file names as UTF-8 ({@code sun.jnu.encoding}).
   *
   * @return true when it does
   */
  public static boolean fileNamesAreUtf8() {
    return UTF8_NAMES;
  }

  private static final boolean UTF8_NAMES = isUtf8(System.getProperty("sun.jnu.encoding"));

  private static boolean isUtf8(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return n.equals("utf8");
  }

  /**
   * Whether a path's text may have lost bytes: a replacement character (bytes that are not UTF-8,
   * or not in the JVM's file-name encoding), or, when that encoding is not UTF-8, any character
   * outside ASCII (which it may have read wrongly).
   */
  private static boolean needsBytes(String s) {
    if (s.indexOf('\uFFFD') >= 0) {
      return true;
    }
    if (UTF8_NAMES) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path's text from its bytes, which the default file system gives only through {@link
   * Path#toUri()} (percent-encoded, absolute): null when that is not at hand.
   */
  private static String fromBytes(Path p) {
    if (!p.getFileSystem().equals(FileSystems.getDefault()) || !p.getFileSystem().getSeparator().equals("/")) {
      return null;
    }
    try {
      byte[] abs = percentDecoded(p.toAbsolutePath().toUri().getRawPath());
      int from = 0;
      if (!p.isAbsolute()) {
        byte[] cwd = percentDecoded(Path.of("").toAbsolutePath().toUri().getRawPath());
        int n = cwd.length;
        if (n > 0 && cwd[n - 1] == '/') {
          n--; // the trailing slash of a directory
        }
        if (abs.length <= n || !java.util.Arrays.equals(abs, 0, n, cwd, 0, n) || abs[n] != '/') {
          return null;
        }
        from = n + 1;
      }
      int to = abs.length;
      if (to > from + 1 && abs[to - 1] == '/' && !p.toString().endsWith("/")) {
        to--; // toUri marks directories with a trailing slash
      }
      return decodeEscaped(abs, from, to);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static byte[] percentDecoded(String raw) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** Bytes read as UTF-8, each byte that is not part of valid UTF-8 written {@code \xNN}. */
  static String decodeEscaped(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from + 16);
    int i = from;
    while (i < to) {
      int bad = Utf8.firstInvalid(b, i, to - i);
      int validEnd = bad < 0 ? to : i + bad;
      sb.append(new String(b, i, validEnd - i, StandardCharsets.UTF_8));
      if (bad < 0) {
        break;
      }
      sb.append(String.format(Locale.ROOT, "\\x%02X", b[validEnd] & 0xFF));
      i = validEnd + 1;
    }
    return sb.toString();
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path p = next;
    last = p;
    lastSize = nextSize;
    lastRoot = nextRoot;
    next = null;
    return p;
  }
}
