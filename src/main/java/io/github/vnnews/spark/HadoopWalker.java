package io.github.vnnews.spark;

import io.github.vnnews.IngestError;
import io.github.vnnews.internal.load.InputWalker;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Walks a root on any Hadoop file system (HDFS, S3, …) with the rules of the CLI's {@link
 * io.github.vnnews.internal.load.InputWalker}: a file named directly is read; a directory is read
 * recursively, entries sorted by name (code point order), hidden entries (names starting with
 * {@code .}) skipped, include and exclude globs matched against the path relative to the root.
 *
 * <p>Directory symbolic links are not followed (remote file systems list links as links), so
 * there are no loops to detect. Not thread-safe.
 */
final class HadoopWalker {
  /** Receives each file: its reported path, its source path, its URI and its size. */
  @FunctionalInterface
  interface FileSink {
    void file(String display, String sourcePath, String uri, long size);
  }

  private final Configuration conf;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;
  /** Whether a directory's files are read only when their name is an article file's. */
  private final boolean articleFilesOnly;

  HadoopWalker(Configuration conf, List<String> includeGlobs, List<String> excludeGlobs, boolean allFiles) {
    this.conf = conf;
    this.articleFilesOnly = !allFiles && includeGlobs.isEmpty();
    this.include = matchers(includeGlobs);
    this.exclude = matchers(excludeGlobs);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    return out;
  }

  /**
   * Walks one root.
   *
   * @param input the root as typed
   * @param prefix the text that stands for the root in reported paths (errors)
   * @param files receives the files in order, each with its reported path and its source path:
   *     the path below the root with the root's own name first (for a file given directly, the
   *     name of the directory that holds it, a slash, its name), as the CLI's {@link
   *     io.github.vnnews.internal.load.InputWalker#sourcePath()} gives for the same tree
   * @param errors receives missing and unreadable paths
   */
  void walk(String input, String prefix, FileSink files, Consumer<IngestError> errors) {
    FileSystem fs;
    FileStatus root;
    try {
      Path p = new Path(input);
      fs = p.getFileSystem(conf);
      root = fs.getFileStatus(p);
    } catch (FileNotFoundException e) {
      errors.accept(error(prefix, IngestError.Kind.NOT_FOUND, "no such file or directory"));
      return;
    } catch (IOException | IllegalArgumentException e) {
      errors.accept(error(prefix, IngestError.Kind.UNREADABLE,
          "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
      return;
    }
    if (!root.isDirectory()) {
      Path parent = root.getPath().getParent();
      String dir = parent == null ? "" : parent.getName();
      files.file(prefix, InputListing.join(dir, root.getPath().getName()), root.getPath().toUri().toString(), root.getLen());
      return;
    }
    walkDirectory(fs, root.getPath(), prefix, root.getPath().getName(), "", files, errors);
  }

  private void walkDirectory(
      FileSystem fs, Path dir, String prefix, String rootName, String rel, FileSink files,
      Consumer<IngestError> errors) {
    String dirDisplay = InputListing.join(prefix, rel);
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (FileNotFoundException e) {
      errors.accept(error(dirDisplay, IngestError.Kind.NOT_FOUND, "directory vanished while reading"));
      return;
    } catch (IOException e) {
      errors.accept(error(dirDisplay, IngestError.Kind.UNREADABLE,
          "cannot read directory (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
      return;
    }
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus s : entries) {
      String name = s.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      if (s.isDirectory()) {
        walkDirectory(fs, s.getPath(), prefix, rootName, childRel, files, errors);
      } else if (s.isFile() && selected(childRel) && (!articleFilesOnly || InputWalker.isArticleFile(name))) {
        files.file(InputListing.join(prefix, childRel), InputListing.join(rootName, childRel),
            s.getPath().toUri().toString(), s.getLen());
      }
    }
  }

  private boolean selected(String rel) {
    java.nio.file.Path p;
    try {
      p = java.nio.file.Path.of(rel);
    } catch (InvalidPathException e) {
      return include.isEmpty();
    }
    if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(p))) {
      return false;
    }
    return exclude.stream().noneMatch(m -> m.matches(p));
  }

  private static IngestError error(String display, IngestError.Kind kind, String what) {
    return new IngestError(display, -1, -1, kind, display + ": " + what);
  }
}
