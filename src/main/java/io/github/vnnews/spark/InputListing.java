package io.github.vnnews.spark;

import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.internal.load.InputWalker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Expands the inputs on the driver into the files to read, in the CLI's order, with the path the
 * CLI would report for each.
 *
 * <ul>
 *   <li>A path without a scheme, when the default file system is local: walked by the CLI's own
 *       {@link InputWalker}, so order, hidden entries, globs, symbolic links and errors are the
 *       CLI's, and {@code source.path} is exactly what the CLI writes ({@code seeds/000_x.txt} for
 *       {@code seeds}).
 *   <li>A {@code file:} URI: the same walker; the path is the URI as typed joined with the path
 *       below it ({@code file:///data/c/a.txt} for {@code file:///data/c}).
 *   <li>Any other URI ({@code hdfs://}, {@code s3a://}, …), or a path without a scheme when the
 *       default file system is not local: walked through Hadoop's {@link FileSystem} with the same
 *       rules ({@link HadoopWalker}); the path is again the input as typed joined with the path
 *       below it.
 * </ul>
 *
 * <p>Every file also gets its source path, the CLI's {@link InputWalker#sourcePath()}: the path
 * below its input root, the root's own name first, the same on every file system ({@code seeds},
 * {@code /data/seeds}, {@code file:///data/seeds} and {@code hdfs://nn/data/seeds} all give {@code
 * seeds/a.txt}).
 *
 * <p>Every file and every listing error gets an ordinal: its position in that walk, so the output
 * can be put back in the CLI's order.
 */
final class InputListing {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]+:");

  private final List<InputFile> files = new ArrayList<>();
  private final List<Listed> errors = new ArrayList<>();
  private int ordinal;

  /** A listing error and its position in the walk. */
  record Listed(int ordinal, IngestError error) {}

  private InputListing() {}

  /**
   * Lists the inputs.
   *
   * @param inputs files and directories, as the user typed them
   * @param options include and exclude globs
   * @param conf the Hadoop configuration (default file system, credentials)
   * @return the listing
   * @throws IllegalArgumentException for standard input ({@code -}) or an unusable path
   */
  static InputListing list(List<String> inputs, Options options, Configuration conf) {
    InputListing l = new InputListing();
    for (String input : inputs) {
      l.add(input, options, conf);
    }
    return l;
  }

  private void add(String input, Options options, Configuration conf) {
    if (input.equals("-")) {
      throw new IllegalArgumentException("- (standard input) cannot be read by Spark; give files or directories");
    }
    boolean uri = SCHEME.matcher(input).find();
    if (uri && input.regionMatches(true, 0, "file:", 0, 5)) {
      Path root;
      try {
        root = Path.of(URI.create(input));
      } catch (IllegalArgumentException | FileSystemNotFoundException e) {
        throw new IllegalArgumentException("not a usable file: URI: " + input + " (" + e.getMessage() + ")", e);
      }
      walkLocal(root, stripTrailingSlashes(input), options);
    } else if (!uri && isLocal(FileSystem.getDefaultUri(conf))) {
      Path root;
      try {
        root = Path.of(input);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("not a usable path: " + input + " (" + e.getMessage() + ")", e);
      }
      walkLocal(root, null, options);
    } else {
      new HadoopWalker(conf, options.include(), options.exclude(), options.allFiles())
          .walk(input, stripTrailingSlashes(input), this::addFile, this::addError);
    }
  }

  private static boolean isLocal(URI defaultFs) {
    return defaultFs.getScheme() == null || defaultFs.getScheme().toLowerCase(Locale.ROOT).equals("file");
  }

  /**
   * Walks a local root with the CLI's walker.
   *
   * @param root the root
   * @param prefix null to report paths as the CLI does; else the text that stands for the root
   */
  private void walkLocal(Path root, String prefix, Options options) {
    InputWalker walker = new InputWalker(List.of(root), options.include(), options.exclude(),
        options.followLinks(), options.ignore(), this::addError, options.allFiles(), p -> { });
    while (walker.hasNext()) {
      Path p = walker.next();
      String sourcePath = walker.sourcePath();
      String display;
      if (prefix == null) {
        display = InputWalker.display(p);
      } else {
        String rel = InputWalker.display(root.relativize(p));
        display = join(prefix, rel);
      }
      long size;
      try {
        size = Files.size(p);
      } catch (IOException e) {
        addError(new IngestError(display, -1, -1, IngestError.Kind.UNREADABLE,
            display + ": cannot open (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        continue;
      }
      addFile(display, sourcePath, p.toAbsolutePath().toUri().toString(), size);
    }
  }

  private void addFile(String display, String sourcePath, String uri, long size) {
    files.add(new InputFile(display, sourcePath, ordinal++, uri, size));
  }

  private void addError(IngestError e) {
    errors.add(new Listed(ordinal++, e));
  }

  /**
   * A path below a root as reported: the root's text, a slash, the relative path.
   *
   * @param prefix the root as typed, without trailing slashes
   * @param rel the relative path with {@code /} separators, empty for the root itself
   * @return the joined path
   */
  static String join(String prefix, String rel) {
    if (rel.isEmpty()) {
      return prefix;
    }
    if (prefix.isEmpty()) {
      return rel;
    }
    return prefix.endsWith("/") ? prefix + rel : prefix + "/" + rel;
  }

  /**
   * The input with trailing slashes removed, keeping a lone {@code /} and a URI's authority.
   *
   * @param input the input
   * @return the prefix for paths below it
   */
  static String stripTrailingSlashes(String input) {
    int end = input.length();
    while (end > 1 && input.charAt(end - 1) == '/' && !input.substring(0, end - 1).endsWith(":/")) {
      end--;
    }
    return input.substring(0, end);
  }

  /**
   * The files, in the CLI's order.
   *
   * @return the files
   */
  List<InputFile> files() {
    return files;
  }

  /**
   * The errors found while listing, with their positions.
   *
   * @return the errors
   */
  List<Listed> errors() {
    return errors;
  }
}
