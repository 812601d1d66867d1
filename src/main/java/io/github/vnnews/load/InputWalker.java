package io.github.vnnews.load;

import io.github.vnnews.IngestError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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
 * {@code corpus}: {@code a/b.txt}); a file named directly is always read. Symbolic links are
 * followed; a directory that links back to one of its parents, and a link that leads to itself
 * through other links, are reported as {@link IngestError.Kind#SYMLINK_LOOP} and skipped. A
 * directory already read in this walk (reached again through a symbolic link) is not read again,
 * so that links cannot multiply the work (a ladder of links to links would otherwise take
 * exponential time). Unreadable directories are reported and skipped.
 *
 * <p>Not thread-safe.
 */
public final class InputWalker implements Iterator<Path> {
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Iterator<Path> roots;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;
  private final Consumer<IngestError> errors;
  private final Set<Object> readDirectories = new HashSet<>();
  private Path next;
  private Path nextRoot;
  private Path lastRoot;
  private Path last;

  private record Frame(Path root, Iterator<Path> entries, Set<Object> ancestors) {}

  /**
   * A walker over the given paths.
   *
   * @param paths files and directories
   * @param includeGlobs globs a file must match to be read (none: every file)
   * @param excludeGlobs globs that leave a file out
   * @param errors receives missing, unreadable and looping paths
   */
  public InputWalker(
      List<Path> paths, List<String> includeGlobs, List<String> excludeGlobs,
      Consumer<IngestError> errors) {
    this.roots = List.copyOf(paths).iterator();
    this.include = matchers(includeGlobs);
    this.exclude = matchers(excludeGlobs);
    this.errors = errors;
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
        Path root = roots.next();
        if (Files.isDirectory(root)) {
          pushDirectory(root, root, Set.of());
        } else if (Files.exists(root)) {
          if (Files.isReadable(root)) {
            next = root;
            nextRoot = root;
          } else {
            error(root, root, IngestError.Kind.UNREADABLE, "cannot read file (permission denied)");
          }
        } else if (isLinkLoop(root)) {
          error(root, root, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
        } else {
          error(root, root, IngestError.Kind.NOT_FOUND, "no such file or directory");
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private void visit(Frame frame, Path p) {
    if (p.getFileName().toString().startsWith(".")) {
      return;
    }
    if (Files.isDirectory(p)) {
      pushDirectory(frame.root, p, frame.ancestors);
      return;
    }
    if (!Files.isRegularFile(p)) {
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        if (isLinkLoop(p)) {
          error(frame.root, p, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (the link leads back to itself); skipped");
        } else {
          error(frame.root, p, IngestError.Kind.NOT_FOUND, "broken symbolic link");
        }
      }
      return;
    }
    Path rel = frame.root.relativize(p);
    if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(rel))) {
      return;
    }
    if (exclude.stream().anyMatch(m -> m.matches(rel))) {
      return;
    }
    if (!Files.isReadable(p)) {
      error(frame.root, p, IngestError.Kind.UNREADABLE, "cannot read file (permission denied)");
      return;
    }
    next = p;
    nextRoot = frame.root;
  }

  private void pushDirectory(Path root, Path dir, Set<Object> ancestors) {
    Object key;
    try {
      key = Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      if (key == null) {
        key = dir.toRealPath().toString();
      }
    } catch (IOException e) {
      error(root, dir, IngestError.Kind.UNREADABLE, "cannot read directory: " + e.getMessage());
      return;
    }
    if (ancestors.contains(key)) {
      error(root, dir, IngestError.Kind.SYMLINK_LOOP, "symbolic link loop (directory links back to a parent); skipped");
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
      error(root, dir, IngestError.Kind.NOT_FOUND, "directory vanished while reading");
      return;
    } catch (IOException | SecurityException e) {
      error(root, dir, IngestError.Kind.UNREADABLE, "cannot read directory (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    Set<Object> inner = new HashSet<>(ancestors);
    inner.add(key);
    stack.push(new Frame(root, entries.iterator(), inner));
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

  private void error(Path root, Path p, IngestError.Kind kind, String what) {
    String name = display(p); // errors name the file as typed, so that it can be found
    errors.accept(new IngestError(name, -1, -1, kind, name + ": " + what));
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
    return sourcePath(lastRoot, last);
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
    Path r = root.toAbsolutePath().normalize();
    Path f = p.toAbsolutePath().normalize();
    Path base = Files.isDirectory(root) ? r : r.getParent();
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
   * The path as reported in provenance: as given, with {@code /} separators.
   *
   * @param p the path
   * @return the text
   */
  public static String display(Path p) {
    String s = p.toString();
    return p.getFileSystem().getSeparator().equals("/") ? s : s.replace(p.getFileSystem().getSeparator(), "/");
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path p = next;
    last = p;
    lastRoot = nextRoot;
    next = null;
    return p;
  }

}
