package io.github.vnnews;

import io.github.vnnews.html.HtmlCharsetSniffer;
import io.github.vnnews.html.PageTooLargeException;
import io.github.vnnews.load.InputWalker;
import io.github.vnnews.load.RawDocument;
import io.github.vnnews.load.RawRecord;
import io.github.vnnews.load.RecordReader;
import io.github.vnnews.load.RecordReaders;
import io.github.vnnews.normalize.Boilerplate;
import io.github.vnnews.normalize.TooManyPiecesException;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * goes through. Whatever goes wrong with one document is that document's error and the run goes
 * on: a limit passed ({@link Options}), a page with no article ({@code noArticle}), a bug, and
 * even an {@link OutOfMemoryError} or {@link StackOverflowError} while it is read or normalised
 * ({@code outOfMemory}, {@code stackOverflow}: the document's memory is let go and the next one
 * is read). Order is deterministic: paths as given, directory entries sorted by name, articles in
 * file order.
 *
 * <p>A listener that throws ends the iteration: the iterator throws an {@link
 * IngestListenerException} naming what the listener was told of, and the corpus is closed.
 * {@link #close()} ends the iteration too, sequential or parallel: after it, {@code hasNext()} is
 * false.
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
 * <p><b>One pass.</b> A corpus reads its inputs as it goes, so it is iterated once: {@link
 * #iterator()} (a for loop), {@link #articles()}, {@link #articles(Function)} and {@link
 * #documents()} each start that one pass, and any second call throws an {@link
 * IllegalStateException}; to read the inputs again, call {@code Corpus.read} again. {@link
 * #errors()}, {@link #errorCount()}, {@link #fileCount()} and {@link #skipped()} may be read at any
 * time, and are complete once the pass has ended. Not thread-safe (whatever its {@link #parallel(int)}
 * setting, one thread consumes it); close it when done.
 */
public final class Corpus implements Iterable<Article>, Closeable {
  /** How many errors {@link #errors()} keeps by default ({@link Options#maxKeptErrors()}). */
  public static final int MAX_KEPT_ERRORS = Options.DEFAULT_MAX_KEPT_ERRORS;
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
  /**
   * Most events (errors, files opened) a parallel corpus queues behind the articles in flight; past
   * it, those articles are delivered ahead (their values wait) so that the events can run. A file
   * of millions of rejected records then costs constant memory.
   */
  static final int MAX_QUEUED_EVENTS = 1024;

  private final Iterator<Source> sources;
  private final Options options;
  private final Normalizer normalizer;
  private final IngestListener listener;
  private final List<IngestError> errors = new ArrayList<>();
  private long errorCount;
  private long fileCount;
  private long skippedFiles;
  /** Bytes read from the inputs as stored, for progress displays (read from any thread). */
  private final AtomicLong bytesRead = new AtomicLong();
  private final long[] skipped = new long[SkipReason.values().length];
  private RecordReader current;
  private String currentName;
  private Boilerplate currentBoilerplate = Boilerplate.NONE;
  private boolean iterated;
  private boolean closed;
  private int threads = 1;
  private OrderedPipeline<?> pipeline;
  /** Submits the records read but not yet handed to a thread (parallel only; else null). */
  private Runnable flushBatch;
  /** Delivers everything in flight, so that the queued events run (parallel only; else null). */
  private Runnable drainEvents;
  private boolean draining;

  /**
   * One input: a path to open, or a stream already open; {@code name} as typed (errors, listener),
   * {@code sourcePath} relative to its input root (provenance, ids).
   */
  private record Source(String name, String sourcePath, Path path, InputStream stream, Boilerplate boilerplate) {}

  /** A record read, with what repeats across its corpus (its input root). */
  private record Item(RawRecord record, String name, Boilerplate boilerplate) {
    long charCount() {
      return record.charCount();
    }
  }

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
        new InputWalker(paths, options.include(), options.exclude(), options.followLinks(),
            options.ignore(), e -> self[0].reject(e), options.allFiles(), p -> self[0].skipFile(p));
    java.util.Map<Path, Boilerplate> learned = new java.util.HashMap<>();
    Iterator<Source> it =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return walker.hasNext();
          }

          @Override
          public Source next() {
            Path p = walker.next();
            Boilerplate b = options.learnBoilerplate()
                ? learned.computeIfAbsent(walker.root(), root -> BoilerplateSample.learn(root, options))
                : Boilerplate.NONE;
            return new Source(InputWalker.display(p), walker.sourcePath(), p, null, b);
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
    Iterator<Source> it = List.of(new Source(name, sourcePath, null, in, Boilerplate.NONE)).iterator();
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
   * The articles, lazily: the corpus's one pass (see above). Close the corpus (or the stream) when
   * done.
   *
   * @return a sequential, ordered stream
   * @throws IllegalStateException when the corpus has been iterated already
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
   * @throws IllegalStateException when the corpus has been iterated already
   */
  public <T> Stream<T> articles(Function<? super Article, ? extends T> perArticle) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this.<T>iterator(perArticle), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  /**
   * The raw documents, lazily, before normalisation (what {@link #articles()} normalises): the
   * corpus's one pass (see above).
   *
   * @return the documents
   * @throws IllegalStateException when the corpus has been iterated already
   */
  public Iterator<RawDocument> documents() {
    Iterator<Item> records = records();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public RawDocument next() {
        return records.next().record().toDocument();
      }
    };
  }

  private Iterator<Item> records() {
    if (iterated) {
      throw new IllegalStateException(
          "this Corpus has been iterated already: a Corpus reads its inputs once (call Corpus.read again to read them again)");
    }
    iterated = true;
    return new Lookahead<>() {
      @Override
      Item fetch() {
        while (!closed) {
          if (current != null) {
            RawRecord r = nextOfCurrent();
            if (r != null) {
              return new Item(r, currentName, currentBoilerplate);
            }
          }
          closeCurrent();
          if (closed || !sources.hasNext()) {
            return null;
          }
          openNext(sources.next());
        }
        return null;
      }
    };
  }

  /** The next record of the current file, or null at its end or when its reading failed. */
  private RawRecord nextOfCurrent() {
    try {
      return current.hasNext() ? current.nextRecord() : null;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      if (e instanceof Stop) {
        throw e;
      }
      // a bug, or an exhausted JVM, while reading this file: its error, not the end of the run
      String name = currentName;
      reject(new IngestError(name, -1, -1, failureKind(e),
          name + ": reading failed (" + e + "); rest of file skipped"));
      return null;
    }
  }

  /**
   * The articles, lazily: the corpus's one pass (see above), what a for loop over the corpus uses.
   *
   * @return the iterator
   * @throws IllegalStateException when the corpus has been iterated already
   */
  @Override
  public Iterator<Article> iterator() {
    return iterator(Function.identity());
  }

  /**
   * What became of one record: its article and the per-article result; or a failure (an
   * exception or an {@link Error} of the record's own making); or a page with no article.
   */
  private record Outcome<T>(Item item, Article article, T value, Throwable failure,
      RuntimeException perArticleFailure, boolean noArticle) {}

  /** Repairs, normalises and maps one record: the work a worker does. */
  private <T> Outcome<T> process(Item item, Function<? super Article, ? extends T> perArticle) {
    RawRecord r = item.record();
    Article a;
    try {
      RawDocument d = r.toDocument();
      ByteBuffer utf8Lines = r.utf8Lines(d);
      a = normalizer.normalize(d, utf8Lines, options.maxPieces(), item.boilerplate());
      if (d.isHtml() && a.paragraphs().isEmpty()) {
        return new Outcome<>(item, null, null, null, null, true);
      }
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return new Outcome<>(item, null, null, e, null, false);
    }
    try {
      return new Outcome<>(item, a, Objects.requireNonNull(perArticle.apply(a), "perArticle returned null"),
          null, null, false);
    } catch (RuntimeException e) {
      return new Outcome<>(item, a, null, null, e, false);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return new Outcome<>(item, null, null, e, null, false);
    }
  }

  /** {@link #process} of each record of a batch, in order. */
  private <T> List<Outcome<T>> processAll(
      List<Item> rs, Function<? super Article, ? extends T> perArticle) {
    List<Outcome<T>> out = new ArrayList<>(rs.size());
    for (Item r : rs) {
      out.add(process(r, perArticle));
    }
    return out;
  }

  /**
   * Delivers one outcome on the consuming thread: listener, errors; the value or null. Its error
   * is reported at once: the outcome is in its place in the order, before whatever is in flight.
   */
  private <T> T deliver(Outcome<T> o) {
    RawRecord r = o.item().record();
    String name = o.item().name();
    if (o.noArticle() && r.capture() != null) {
      SkipReason reason = SkipReason.NO_ARTICLE;
      skipped[reason.ordinal()]++;
      long at = r.capture().offset();
      tell(() -> listener.skipped(name, at, reason), "the skipped record at byte offset " + at + " of " + name);
      return null;
    }
    if (o.noArticle()) {
      rejectNow(recordError(r, name, IngestError.Kind.NO_ARTICLE, r.startLine(),
          "no article found in the page (no paragraph of text)"));
      return null;
    }
    if (o.failure() != null) {
      rejectNow(failureError(r, name, o.failure()));
      return null;
    }
    if (o.perArticleFailure() != null) {
      throw stop(o.perArticleFailure());
    }
    Article a = o.article();
    tell(() -> listener.article(a), "article " + a.source().index() + " of " + name);
    return o.value();
  }

  /** The error of a record whose processing failed: what failed, where, and that it was skipped. */
  private static IngestError failureError(RawRecord r, String name, Throwable failure) {
    if (failure instanceof TooManyPiecesException e) {
      return recordError(r, name, IngestError.Kind.TOO_MANY_PIECES, e.line(),
          "more than " + e.limit() + " pieces cut out of the article's lines (--max-pieces)");
    }
    if (failure instanceof PageTooLargeException e) {
      return recordError(r, name, IngestError.Kind.ARTICLE_TOO_LARGE, r.startLine(),
          "page longer than the HTML extractor's limit of " + e.limit() + " characters");
    }
    if (failure instanceof OutOfMemoryError) {
      return recordError(r, name, IngestError.Kind.OUT_OF_MEMORY, r.startLine(),
          "ran out of memory while being normalised (" + r.charCount() + " characters; give the JVM"
              + " more heap, or lower --max-article-size or the threads)");
    }
    if (failure instanceof StackOverflowError) {
      return recordError(r, name, IngestError.Kind.STACK_OVERFLOW, r.startLine(),
          "overflowed the stack while being normalised");
    }
    return recordError(r, name, IngestError.Kind.NORMALIZATION_FAILED, r.startLine(),
        "could not be normalised (" + failure + ")");
  }

  /**
   * An error about one record: by line and article for text, by byte offset and URL for a
   * web-archive record.
   */
  private static IngestError recordError(RawRecord r, String name, IngestError.Kind kind, long line, String what) {
    if (r.capture() != null) {
      long at = r.capture().offset();
      return new IngestError(name, -1, at, kind,
          name + ": record at byte offset " + at + " (" + r.capture().url() + "): " + what + "; skipped");
    }
    return new IngestError(name, line, -1, kind,
        name + ": line " + line + ": " + what + "; article " + r.index() + " (lines "
            + r.startLine() + "-" + r.endLine() + ") skipped");
  }

  /** The kind of error for a failure while reading a file. */
  private static IngestError.Kind failureKind(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return IngestError.Kind.OUT_OF_MEMORY;
    }
    if (e instanceof StackOverflowError) {
      return IngestError.Kind.STACK_OVERFLOW;
    }
    return IngestError.Kind.NORMALIZATION_FAILED;
  }

  private <T> Iterator<T> iterator(Function<? super Article, ? extends T> perArticle) {
    Objects.requireNonNull(perArticle, "perArticle");
    Iterator<Item> records = records();
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
    List<Item> batch = new ArrayList<>(BATCH);
    long[] batchChars = new long[1];
    // an event (a file opened, a rejection) must follow the records read before it: the batch
    // is submitted before the event is queued
    flushBatch =
        () -> {
          if (!batch.isEmpty()) {
            List<Item> rs = List.copyOf(batch);
            p.submit(() -> processAll(rs, perArticle), batchChars[0]);
            batch.clear();
            batchChars[0] = 0;
          }
        };
    java.util.ArrayDeque<Outcome<T>> ready = new java.util.ArrayDeque<>();
    // values of articles delivered ahead of their turn to be returned, by a drain of the events
    java.util.ArrayDeque<T> early = new java.util.ArrayDeque<>();
    drainEvents =
        () -> {
          draining = true;
          try {
            while (true) {
              while (!ready.isEmpty()) {
                T t = deliver(ready.poll());
                if (t != null) {
                  early.add(t);
                }
              }
              if (!poll(p, ready)) {
                return;
              }
            }
          } finally {
            draining = false;
          }
        };
    pipeline = p;
    return new Lookahead<>() {
      private boolean drained;

      @Override
      T fetch() {
        while (true) {
          if (!early.isEmpty()) {
            return early.poll();
          }
          if (drained) {
            return null;
          }
          if (!ready.isEmpty()) {
            T t = deliver(ready.poll());
            if (t != null) {
              return t;
            }
            continue;
          }
          while (!p.isFull() && records.hasNext()) {
            Item r = records.next();
            batch.add(r);
            batchChars[0] += r.charCount();
            if (batch.size() >= BATCH || batchChars[0] >= BATCH_CHARS) {
              flushBatch.run();
            }
          }
          flushBatch.run();
          if (!early.isEmpty()) {
            continue; // a drain while reading delivered articles: they go first
          }
          boolean got = poll(p, ready);
          if (!got && !records.hasNext() && p.isEmpty() && early.isEmpty()) {
            drained = true;
            p.close();
          }
        }
      }
    };
  }

  /** Takes the next result of the pipeline into {@code ready}; false when nothing is in flight. */
  private static <R> boolean poll(OrderedPipeline<List<R>> p, java.util.ArrayDeque<R> ready) {
    try {
      return p.poll(ready::addAll);
    } catch (ExecutionException e) {
      // what escaped process(): a bug; thrown as a sequential run would throw it
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
  }

  /**
   * An iterator that finds its next element ahead of time: {@link #fetch}, null at the end. Ends
   * when the corpus is closed; an exception that must end the iteration ({@link Stop}) is thrown
   * as its cause.
   */
  private abstract class Lookahead<T> implements Iterator<T> {
    private T next;

    /** The next element, or null when there is none (asked again after that, null again). */
    abstract T fetch();

    @Override
    public final boolean hasNext() {
      if (closed) {
        next = null;
        return false;
      }
      if (next == null) {
        try {
          next = fetch();
        } catch (Stop e) {
          throw e.cause;
        }
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

  /**
   * Carries an exception that ends the iteration (a listener's, a per-article function's) through
   * the reading code, whose own failures are a file's errors, up to the iterator.
   */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException cause;

    Stop(RuntimeException cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }

  /** Closes this corpus and makes the exception that ends the iteration with {@code e}. */
  private Stop stop(RuntimeException e) {
    closeQuietly();
    return new Stop(e);
  }

  /** Calls the listener; when it throws, the iteration ends with an {@link IngestListenerException}. */
  private void tell(Runnable call, String what) {
    try {
      call.run();
    } catch (Stop e) {
      throw e;
    } catch (RuntimeException e) {
      throw stop(new IngestListenerException(
          "the IngestListener threw when told of " + what + "; the corpus is closed", e));
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
    in = new CountingInputStream(in, bytesRead);
    long sizeBytes = size;
    emit(() -> tell(() -> listener.fileStarted(s.name, sizeBytes), "the file " + s.name));
    try {
      currentName = s.name;
      currentBoilerplate = s.boilerplate;
      current = RecordReaders.open(s.sourcePath, s.name, in, options.loaderConfig(), HtmlCharsetSniffer::sniff, this::reject,
          (offset, reason) -> skip(s.name, offset, reason));
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      if (e instanceof Stop) {
        throw e;
      }
      try {
        in.close();
      } catch (IOException ignored) {
        // failing already; the error is reported below
      }
      reject(new IngestError(s.name, -1, -1, failureKind(e), s.name + ": reading failed (" + e + "); file skipped"));
    }
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
      if (pipeline.queuedEvents() > MAX_QUEUED_EVENTS && !draining) {
        drainEvents.run();
      }
    }
  }

  private void skip(String path, long offset, SkipReason reason) {
    emit(
        () -> {
          skipped[reason.ordinal()]++;
          listener.skipped(path, offset, reason);
        });
  }

  private void skipFile(Path p) {
    String name = InputWalker.display(p);
    emit(
        () -> {
          skippedFiles++;
          tell(() -> listener.fileSkipped(name), "the skipped file " + name);
        });
  }

  private void reject(IngestError e) {
    emit(() -> rejectNow(e));
  }

  /** Counts, keeps and reports an error now (in its place: the caller sees to that). */
  private void rejectNow(IngestError e) {
    errorCount++;
    if (errors.size() < options.maxKeptErrors()) {
      errors.add(e);
    }
    tell(() -> listener.rejected(e), "the error \"" + e.message() + "\"");
  }

  /**
   * The errors so far (at most {@link Options#maxKeptErrors()}; see {@link #errorCount()}).
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
   * How many files of the directories read were left out so far because their name is not an
   * article file's (see {@link Options.Builder#allFiles(boolean)}).
   *
   * @return the count
   */
  public long skippedFileCount() {
    return skippedFiles;
  }

  /**
   * How many bytes were read so far from the inputs as they are stored (for a {@code .gz} file,
   * its compressed bytes): what a progress display compares with the inputs' sizes. May be read
   * from any thread while the corpus is iterated.
   *
   * @return the count
   */
  public long bytesRead() {
    return bytesRead.get();
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

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // closing after a failure: that failure is what the caller hears of
    }
  }

  /**
   * Closes the input being read and lets the worker threads go. Iterating after this ends at
   * once, sequential or parallel (what was read ahead is dropped).
   */
  @Override
  public void close() throws IOException {
    closed = true;
    if (pipeline != null) {
      pipeline.close();
    }
    closeCurrent();
  }
}
