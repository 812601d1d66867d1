package io.github.vnnews;

import io.github.vnnews.html.HtmlCharsetSniffer;
import io.github.vnnews.load.InputWalker;
import io.github.vnnews.load.RawDocument;
import io.github.vnnews.load.RawRecord;
import io.github.vnnews.load.RecordReader;
import io.github.vnnews.load.RecordReaders;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
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
 * <p>Parallel: {@link #parallel(int) parallel(n)} normalises on {@code n} threads (the consuming
 * thread and {@code n - 1} workers) while the reading stays sequential. The articles, the listener
 * calls and the errors come in exactly the order, and with exactly the content, of a sequential
 * run; at most {@value #WINDOW_PER_THREAD} articles per thread (and about {@value
 * #WINDOW_CHARS} characters in all) are in flight, so memory stays constant however slow the
 * consumer is. The default is sequential.
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.read(List.of(dir), Options.defaults()).parallel(4);
 *     ArticleJsonWriter out = ArticleJsonWriter.jsonLines(stream)) {
 *   corpus.articles(ArticleJsonWriter::encode).forEach(out::writeEncoded); // encoded on the workers
 * }
 * }</pre>
 *
 * <p>A corpus can be iterated once. Not thread-safe (whatever its {@link #parallel(int)}
 * setting, one thread consumes it); close it when done.
 */
public final class Corpus implements Iterable<Article>, Closeable {
  /** How many errors {@link #errors()} keeps; the count goes on. */
  public static final int MAX_KEPT_ERRORS = 10_000;
  /** How many articles per thread a parallel corpus keeps in flight at most. */
  public static final int WINDOW_PER_THREAD = 8;
  /** About how many characters of articles a parallel corpus keeps in flight at most. */
  public static final long WINDOW_CHARS = 16L << 20;
  /**
   * Most articles a parallel corpus hands to a thread at once: a hand-over costs a queue
   * operation, a wake-up and a wait, so articles go in small batches (in input order, like single
   * ones).
   */
  static final int BATCH = 4;
  /** Most characters of a batch (a long article goes alone). */
  static final long BATCH_CHARS = 64L << 10;

  private final Iterator<Source> sources;
  private final Options options;
  private final Normalizer normalizer;
  private final IngestListener listener;
  private final List<IngestError> errors = new ArrayList<>();
  private long errorCount;
  private long fileCount;
  private final long[] skipped = new long[SkipReason.values().length];
  private RecordReader current;
  private boolean iterated;
  private int threads = 1;
  private OrderedPipeline<?> pipeline;
  /** Submits the records read but not yet handed to a thread (parallel only; else null). */
  private Runnable flushBatch;

  /**
   * One input: a path to open, or a stream already open; {@code name} as typed (errors, listener),
   * {@code sourcePath} relative to its input root (provenance, ids).
   */
  private record Source(String name, String sourcePath, Path path, InputStream stream) {}

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
            return new Source(InputWalker.display(p), walker.sourcePath(), p, null);
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
    return read(name, name, in, options, listener);
  }

  /**
   * Reads one stream whose errors and articles name it differently (the Spark adapter reads files
   * this way: errors name the file as typed, articles carry its path relative to its input root).
   * The stream is closed with the corpus.
   *
   * @param name the name errors and the listener report
   * @param sourcePath the path written to {@code source.path} and hashed into ids
   * @param in the bytes
   * @param options options
   * @param listener hears about progress and rejections
   * @return the corpus
   */
  public static Corpus read(
      String name, String sourcePath, InputStream in, Options options, IngestListener listener) {
    Iterator<Source> it = List.of(new Source(name, sourcePath, null, in)).iterator();
    return new Corpus(it, options, Normalizer.defaults(), listener);
  }

  /**
   * Normalises on {@code threads} threads: the one that consumes this corpus and {@code threads -
   * 1} workers. The reading stays sequential; the output, the listener calls and the errors keep
   * the order and content of a sequential run. {@code 1}, the default, is sequential. Call before
   * iterating.
   *
   * @param threads how many threads normalise, at least 1 (for the machine's processors: {@code
   *     Runtime.getRuntime().availableProcessors()})
   * @return this corpus
   * @throws IllegalArgumentException when {@code threads < 1}
   * @throws IllegalStateException when the corpus is already being iterated
   */
  public Corpus parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (iterated) {
      throw new IllegalStateException("parallel(n) must be called before iterating");
    }
    this.threads = threads;
    return this;
  }

  /**
   * How many threads normalise (see {@link #parallel(int)}).
   *
   * @return the count, 1 when sequential
   */
  public int threads() {
    return threads;
  }

  /**
   * The articles, lazily. Close the corpus (or the stream) when done.
   *
   * @return a sequential, ordered stream
   */
  public Stream<Article> articles() {
    return articles(Function.identity());
  }

  /**
   * The articles, each passed through {@code perArticle} right after it is made, on the thread that
   * made it: with {@link #parallel(int)}, on the workers. Use it for per-article work that should
   * run in parallel too, such as encoding ({@code ArticleJsonWriter::encode}). The listener still
   * hears of each {@link Article} in order. An exception thrown by {@code perArticle} ends the
   * stream with that exception.
   *
   * @param perArticle the per-article function; must be thread-safe when parallel; never returns
   *     null
   * @param <T> what it makes
   * @return a sequential, ordered stream of its results
   */
  public <T> Stream<T> articles(Function<? super Article, ? extends T> perArticle) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this.<T>iterator(perArticle), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  /**
   * The raw documents, lazily, before normalisation (what {@link #articles()} normalises).
   *
   * @return the documents
   */
  public Iterator<RawDocument> documents() {
    Iterator<RawRecord> records = records();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public RawDocument next() {
        return records.next().toDocument();
      }
    };
  }

  private Iterator<RawRecord> records() {
    if (iterated) {
      throw new IllegalStateException("a Corpus can be iterated once");
    }
    iterated = true;
    return new Lookahead<>() {
      @Override
      RawRecord fetch() {
        while (true) {
          if (current != null && current.hasNext()) {
            return current.nextRecord();
          }
          closeCurrent();
          if (!sources.hasNext()) {
            return null;
          }
          openNext(sources.next());
        }
      }
    };
  }

  @Override
  public Iterator<Article> iterator() {
    return iterator(Function.identity());
  }

  /** What became of one record: its article and the per-article result, or a failure. */
  private record Outcome<T>(RawRecord record, Article article, T value, RuntimeException failure,
      RuntimeException perArticleFailure) {}

  /** Repairs, normalises and maps one record: the work a worker does. */
  private <T> Outcome<T> process(RawRecord r, Function<? super Article, ? extends T> perArticle) {
    Article a;
    try {
      RawDocument d = r.toDocument();
      ByteBuffer utf8Lines = r.utf8Lines(d);
      a = utf8Lines == null ? normalizer.normalize(d) : normalizer.normalize(d, utf8Lines);
    } catch (RuntimeException e) {
      return new Outcome<>(r, null, null, e, null);
    }
    try {
      return new Outcome<>(r, a, Objects.requireNonNull(perArticle.apply(a), "perArticle returned null"), null, null);
    } catch (RuntimeException e) {
      return new Outcome<>(r, a, null, null, e);
    }
  }

  /** {@link #process} of each record of a batch, in order. */
  private <T> List<Outcome<T>> processAll(
      List<RawRecord> rs, Function<? super Article, ? extends T> perArticle) {
    List<Outcome<T>> out = new ArrayList<>(rs.size());
    for (RawRecord r : rs) {
      out.add(process(r, perArticle));
    }
    return out;
  }

  /** Delivers one outcome on the consuming thread: listener, errors; the value or null. */
  private <T> T deliver(Outcome<T> o) {
    if (o.failure() != null) {
      RawRecord r = o.record();
      if (r.capture() != null) {
        long at = r.capture().offset();
        reject(new IngestError(r.path(), -1, at, IngestError.Kind.NORMALIZATION_FAILED,
            r.path() + ": record at byte offset " + at + " (" + r.capture().url() + ")"
                + " could not be normalised (" + o.failure() + "); skipped"));
        return null;
      }
      reject(new IngestError(r.path(), r.startLine(), -1, IngestError.Kind.NORMALIZATION_FAILED,
          r.path() + ": line " + r.startLine() + ": article " + r.index()
              + " could not be normalised (" + o.failure() + "); skipped"));
      return null;
    }
    if (o.perArticleFailure() != null) {
      throw o.perArticleFailure();
    }
    listener.article(o.article());
    return o.value();
  }

  private <T> Iterator<T> iterator(Function<? super Article, ? extends T> perArticle) {
    Objects.requireNonNull(perArticle, "perArticle");
    Iterator<RawRecord> records = records();
    if (threads == 1) {
      return new Lookahead<>() {
        @Override
        T fetch() {
          while (records.hasNext()) {
            T t = deliver(process(records.next(), perArticle));
            if (t != null) {
              return t;
            }
          }
          return null;
        }
      };
    }
    OrderedPipeline<List<Outcome<T>>> p =
        new OrderedPipeline<>(threads, Math.max(2, WINDOW_PER_THREAD * threads / BATCH), WINDOW_CHARS);
    List<RawRecord> batch = new ArrayList<>(BATCH);
    long[] batchChars = new long[1];
    // an event (a file opened, a rejection) must follow the records read before it: the batch
    // is submitted before the event is queued
    flushBatch =
        () -> {
          if (!batch.isEmpty()) {
            List<RawRecord> rs = List.copyOf(batch);
            p.submit(() -> processAll(rs, perArticle), batchChars[0]);
            batch.clear();
            batchChars[0] = 0;
          }
        };
    pipeline = p;
    return new Lookahead<>() {
      private final java.util.ArrayDeque<Outcome<T>> ready = new java.util.ArrayDeque<>();
      private boolean drained;

      @Override
      T fetch() {
        while (!drained) {
          if (!ready.isEmpty()) {
            T t = deliver(ready.poll());
            if (t != null) {
              return t;
            }
            continue;
          }
          while (!p.isFull() && records.hasNext()) {
            RawRecord r = records.next();
            batch.add(r);
            batchChars[0] += r.charCount();
            if (batch.size() >= BATCH || batchChars[0] >= BATCH_CHARS) {
              flushBatch.run();
            }
          }
          flushBatch.run();
          boolean got;
          try {
            got = p.poll(ready::addAll);
          } catch (ExecutionException e) {
            // what escaped process(): an Error, or a bug; thrown as a sequential run would throw it
            if (e.getCause() instanceof Error err) {
              throw err;
            }
            if (e.getCause() instanceof RuntimeException re) {
              throw re;
            }
            throw new IllegalStateException("a worker failed", e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
          }
          if (!got && !records.hasNext() && p.isEmpty()) {
            drained = true;
            p.close();
          }
        }
        return null;
      }
    };
  }

  /** An iterator that finds its next element ahead of time: {@link #fetch}, null at the end. */
  private abstract static class Lookahead<T> implements Iterator<T> {
    private T next;

    /** The next element, or null when there is none (asked again after that, null again). */
    abstract T fetch();

    @Override
    public final boolean hasNext() {
      if (next == null) {
        next = fetch();
      }
      return next != null;
    }

    @Override
    public final T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T t = next;
      next = null;
      return t;
    }
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
    long sizeBytes = size;
    emit(() -> listener.fileStarted(s.name, sizeBytes));
    current = RecordReaders.open(s.sourcePath, s.name, in, options.loaderConfig(), HtmlCharsetSniffer::sniff, this::reject,
        (offset, reason) -> skip(s.name, offset, reason));
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

  /** Runs an event now, or, when parallel, in its place among the articles still in flight. */
  private void emit(Runnable event) {
    if (pipeline == null) {
      event.run();
    } else {
      flushBatch.run();
      pipeline.event(event);
    }
  }

  private void skip(String path, long offset, SkipReason reason) {
    emit(
        () -> {
          skipped[reason.ordinal()]++;
          listener.skipped(path, offset, reason);
        });
  }

  private void reject(IngestError e) {
    emit(
        () -> {
          errorCount++;
          if (errors.size() < MAX_KEPT_ERRORS) {
            errors.add(e);
          }
          listener.rejected(e);
        });
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
   * How many web-archive records were skipped so far, by reason (records that hold no page, or a
   * page that is not a news text: see {@link SkipReason}). Reasons never met are left out.
   *
   * @return the counts, in the order of {@link SkipReason}
   */
  public java.util.Map<SkipReason, Long> skipped() {
    java.util.Map<SkipReason, Long> out = new java.util.EnumMap<>(SkipReason.class);
    for (SkipReason r : SkipReason.values()) {
      if (skipped[r.ordinal()] > 0) {
        out.put(r, skipped[r.ordinal()]);
      }
    }
    return out;
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
    if (pipeline != null) {
      pipeline.close();
    }
    closeCurrent();
  }
}
