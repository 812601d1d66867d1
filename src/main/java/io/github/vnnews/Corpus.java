package io.github.vnnews;

import io.github.vnnews.html.HtmlCharsetSniffer;
import io.github.vnnews.load.DocumentReader;
import io.github.vnnews.load.InputWalker;
import io.github.vnnews.load.RawDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A corpus of Vietnamese news: files, directories or a stream, read lazily into {@link Article}s.
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.read(Path.of("seeds"))) {
 *   corpus.articles().forEach(a -> System.out.println(a.title()));
 *   corpus.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Reading streams: one article is in memory at a time, whatever the corpus size. Inputs that
 * cannot be read are reported through {@link #errors()} and the listener, and skipped; the rest
 * goes through. Order is deterministic: paths as given, directory entries sorted by name,
 * articles in file order.
 *
 * <p>A corpus can be iterated once. Not thread-safe; close it when done.
 */
public final class Corpus implements Iterable<Article>, Closeable {
  /** How many errors {@link #errors()} keeps; the count goes on. */
  public static final int MAX_KEPT_ERRORS = 10_000;

  private final Iterator<Source> sources;
  private final Options options;
  private final Normalizer normalizer;
  private final IngestListener listener;
  private final List<IngestError> errors = new ArrayList<>();
  private long errorCount;
  private long fileCount;
  private DocumentReader current;
  private boolean iterated;

  /** One input: a path to open, or a stream already open. */
  private record Source(String name, Path path, InputStream stream) {}

  private Corpus(Iterator<Source> sources, Options options, Normalizer normalizer, IngestListener listener) {
    this.sources = sources;
    this.options = Objects.requireNonNull(options, "options");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Reads files and directories with the default options.
   *
   * @param paths files and directories
   * @return the corpus
   */
  public static Corpus read(Path... paths) {
    return read(List.of(paths), Options.defaults());
  }

  /**
   * Reads files and directories.
   *
   * @param paths files and directories
   * @param options options
   * @return the corpus
   */
  public static Corpus read(List<Path> paths, Options options) {
    return read(paths, options, Normalizer.defaults(), IngestListener.NONE);
  }

  /**
   * Reads files and directories with a listener.
   *
   * @param paths files and directories
   * @param options options
   * @param normalizer the normaliser
   * @param listener hears about progress and rejections
   * @return the corpus
   */
  public static Corpus read(
      List<Path> paths, Options options, Normalizer normalizer, IngestListener listener) {
    Corpus[] self = new Corpus[1];
    InputWalker walker =
        new InputWalker(paths, options.include(), options.exclude(), e -> self[0].reject(e));
    Iterator<Source> it =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return walker.hasNext();
          }

          @Override
          public Source next() {
            Path p = walker.next();
            return new Source(InputWalker.display(p), p, null);
          }
        };
    self[0] = new Corpus(it, options, normalizer, listener);
    return self[0];
  }

  /**
   * Reads one stream (standard input, say). The stream is closed with the corpus.
   *
   * @param name the name to report in provenance ({@code "-"} for standard input)
   * @param in the bytes
   * @param options options
   * @param listener hears about progress and rejections
   * @return the corpus
   */
  public static Corpus read(String name, InputStream in, Options options, IngestListener listener) {
    Iterator<Source> it = List.of(new Source(name, null, in)).iterator();
    return new Corpus(it, options, Normalizer.defaults(), listener);
  }

  /**
   * The articles, lazily. Close the corpus (or the stream) when done.
   *
   * @return a sequential, ordered stream
   */
  public Stream<Article> articles() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::closeUnchecked);
  }

  /**
   * The raw documents, lazily, before normalisation (what {@link #articles()} normalises).
   *
   * @return the documents
   */
  public Iterator<RawDocument> documents() {
    if (iterated) {
      throw new IllegalStateException("a Corpus can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private RawDocument next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (current != null && current.hasNext()) {
            next = current.next();
            break;
          }
          closeCurrent();
          if (!sources.hasNext()) {
            return false;
          }
          openNext(sources.next());
        }
        return true;
      }

      @Override
      public RawDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        RawDocument d = next;
        next = null;
        return d;
      }
    };
  }

  @Override
  public Iterator<Article> iterator() {
    Iterator<RawDocument> docs = documents();
    return new Iterator<>() {
      private Article next;

      @Override
      public boolean hasNext() {
        while (next == null && docs.hasNext()) {
          RawDocument d = docs.next();
          try {
            next = normalizer.normalize(d);
            listener.article(next);
          } catch (RuntimeException e) {
            reject(new IngestError(d.path(), d.startLine(), -1, IngestError.Kind.NORMALIZATION_FAILED,
                d.path() + ": line " + d.startLine() + ": article " + d.index()
                    + " could not be normalised (" + e + "); skipped"));
          }
        }
        return next != null;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Article a = next;
        next = null;
        return a;
      }
    };
  }

  private void openNext(Source s) {
    fileCount++;
    InputStream in = s.stream;
    long size = -1;
    if (in == null) {
      try {
        size = Files.size(s.path);
        in = Files.newInputStream(s.path);
      } catch (IOException e) {
        reject(new IngestError(s.name, -1, -1, IngestError.Kind.UNREADABLE,
            s.name + ": cannot open (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        return;
      }
    }
    listener.fileStarted(s.name, size);
    current = DocumentReader.open(s.name, in, options.loaderConfig(), HtmlCharsetSniffer::sniff, this::reject);
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        // the file has been read; a failure to close it loses nothing
      }
      current = null;
    }
  }

  private void reject(IngestError e) {
    errorCount++;
    if (errors.size() < MAX_KEPT_ERRORS) {
      errors.add(e);
    }
    listener.rejected(e);
  }

  /**
   * The errors so far (at most {@link #MAX_KEPT_ERRORS}; see {@link #errorCount()}).
   *
   * @return an unmodifiable view
   */
  public List<IngestError> errors() {
    return Collections.unmodifiableList(errors);
  }

  /**
   * How many inputs or articles were rejected so far.
   *
   * @return the count
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * How many files were opened so far.
   *
   * @return the count
   */
  public long fileCount() {
    return fileCount;
  }

  private void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }
}
