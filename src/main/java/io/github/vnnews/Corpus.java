package io.github.vnnews;

import io.github.vnnews.internal.BoilerplateSample;
import io.github.vnnews.internal.html.HtmlCharsetSniffer;
import io.github.vnnews.internal.load.InputWalker;
import io.github.vnnews.internal.load.RawRecord;
import io.github.vnnews.internal.load.RecordReader;
import io.github.vnnews.internal.load.RecordReaders;
import io.github.vnnews.internal.normalize.Boilerplate;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
 * <p>Parallel: {@link #parallel(int) parallel(n)} reads and normalises on {@code n} worker
 * threads, the consuming thread walks the inputs and delivers: small files (up to {@value
 * #SMALL_FILE} bytes) go to the workers whole, several to a task; a large file or a stream goes in
 * chunks of records (about {@value #CHUNK_CHARS} characters) that take turns at its reader, each
 * normalising its records once its turn is over, so one file is read by one thread at a time while
 * the normalising of its chunks, and the reading of other files, goes on beside it. The articles,
 * the listener calls and the errors come in exactly the order, and with exactly the content, of a
 * sequential run (listener calls on the consuming thread); about {@value #WINDOW_CHARS}
 * characters (bytes of small files, chunks of large ones; at most {@value #TASKS_PER_THREAD} tasks
 * per thread) are in flight, so memory stays constant however slow the consumer is. The default
 * is sequential.
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
  /** How many tasks per thread a parallel corpus keeps in flight at most. */
  static final int TASKS_PER_THREAD = 8;
  /** About how many characters (bytes of small files) a parallel corpus keeps in flight at most. */
  public static final long WINDOW_CHARS = 16L << 20;
  /** A file of at most this many bytes is read whole by one task, with other small files. */
  static final long SMALL_FILE = 1L << 20;
  /** Most small files in one task. */
  static final int FILES_PER_TASK = 16;
  /** Most bytes of small files in one task. */
  static final long FILES_TASK_BYTES = 64L << 10;
  /** About how many characters of records a chunk of a large file (or a stream) holds. */
  static final long CHUNK_CHARS = 256L << 10;
  /**
   * How many chunks per thread of a file whose size does not tell how many it takes (gzip, a
   * stream) are submitted ahead of its reading.
   */
  static final int CHUNKS_AHEAD_PER_THREAD = 2;
  /**
   * What a task holds that the consumer has not taken before it waits its turn, in characters;
   * an event counts as {@link #EVENT_WEIGHT}.
   */
  static final long CHANNEL_BOUND = 4L << 20;
  /** The weight of an event (an error, a file opened) in a task's channel. */
  static final long EVENT_WEIGHT = CHANNEL_BOUND / 1024;
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
  private TaskWindow window;
  /** The characters a parallel corpus keeps in flight ({@link #WINDOW_CHARS}; tests set less). */
  private long windowChars = WINDOW_CHARS;
  /** The characters of a chunk ({@link #CHUNK_CHARS}; tests set less). */
  private long chunkChars = CHUNK_CHARS;
  /** The largest file read whole by one task ({@link #SMALL_FILE}; tests set less). */
  private long smallFile = SMALL_FILE;
  /** Submits the records read but not yet handed to a thread (parallel only; else null). */
  private Runnable flushBatch;
  /** Delivers everything in flight, so that the queued events run (parallel only; else null). */
  private Runnable drainEvents;
  private boolean draining;

  /**
   * One input: a path to open, or a stream already open; {@code name} as typed (errors, listener),
   * {@code sourcePath} relative to its input root (provenance, ids).
   */
  private record Source(String name, String sourcePath, Path path, InputStream stream, long size,
      Boilerplate boilerplate) {}

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
            return new Source(InputWalker.display(p), walker.sourcePath(), p, null, walker.size(), b);
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
    Iterator<Source> it = List.of(new Source(name, sourcePath, null, in, -1, Boilerplate.NONE)).iterator();
    return new Corpus(it, options, Normalizer.defaults(), listener);
  }

  /**
   * Reads and normalises on {@code threads} worker threads (files in parallel, large files in
   * chunks); the thread that consumes this corpus walks the inputs and delivers. The output, the
   * listener calls and the errors keep the order and content of a sequential run. {@code 1}, the
   * default, is sequential (on the consuming thread). Call before iterating.
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
   * Sets the window, chunk and small-file sizes of a parallel corpus (tests that need small ones).
   *
   * @param window characters in flight at most
   * @param chunk characters of a chunk of a large file
   * @param small the largest file read whole by one task, in bytes
   * @return this corpus
   */
  Corpus window(long window, long chunk, long small) {
    if (window < 1 || chunk < 1 || small < 0) {
      throw new IllegalArgumentException("window and chunk must be positive, small not negative");
    }
    this.windowChars = window;
    this.chunkChars = chunk;
    this.smallFile = small;
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
    if (threads == 1) {
      Iterator<Item> records = records();
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
    if (iterated) {
      throw new IllegalStateException("a Corpus can be iterated once");
    }
    iterated = true;
    return new ParallelRead<T>(perArticle).iterator();
  }

  /**
   * The parallel read: files go to the workers whole (small ones, several to a task) or in chunks
   * of records (large ones and streams: the chunks take turns at the file's reader, each
   * normalising its records after its turn). The consumer walks the inputs, submits the tasks in
   * order and delivers their items (events, articles) in that order.
   */
  private final class ParallelRead<T> {
    private final Function<? super Article, ? extends T> perArticle;
    private final TaskWindow window;
    /** Small files waiting to be handed over together. */
    private final List<Source> smallFiles = new ArrayList<>();
    private long smallBytes;
    /** The large file (or stream) whose chunks are being submitted, or null. */
    private FileRead streaming;
    /** Values of articles delivered ahead of their turn to be returned, by a drain of the events. */
    private final ArrayDeque<T> early = new ArrayDeque<>();

    ParallelRead(Function<? super Article, ? extends T> perArticle) {
      this.perArticle = perArticle;
      this.window = new TaskWindow(threads, TASKS_PER_THREAD * threads, windowChars, CHANNEL_BOUND);
      Corpus.this.window = window;
      flushBatch = this::submitSmallFiles;
      drainEvents = this::drain;
    }

    Iterator<T> iterator() {
      return new Lookahead<>() {
        @Override
        T fetch() {
          while (true) {
            if (!early.isEmpty()) {
              return early.poll();
            }
            fill();
            if (!early.isEmpty()) {
              continue; // a drain while walking delivered articles: they go first
            }
            Object item = take();
            if (item == TaskWindow.EMPTY) {
              if (streaming == null && smallFiles.isEmpty() && (closed || !sources.hasNext())) {
                window.close();
                return early.poll();
              }
              continue;
            }
            T t = deliverItem(item);
            if (t != null) {
              return t;
            }
          }
        }
      };
    }

    /** Submits tasks until the window is full or the inputs are all handed over. */
    private void fill() {
      while (!closed && !window.isFull() && window.queuedEvents() <= MAX_QUEUED_EVENTS) {
        if (streaming != null) {
          if (streaming.done) {
            streaming = null;
            continue;
          }
          if (!submitChunk(streaming)) {
            break;
          }
          continue;
        }
        if (!sources.hasNext()) {
          break;
        }
        Source s = sources.next();
        if (s.path() != null && s.size() >= 0 && s.size() <= smallFile) {
          if (!smallFiles.isEmpty()
              && (smallFiles.size() >= FILES_PER_TASK || smallBytes + s.size() > FILES_TASK_BYTES)) {
            submitSmallFiles();
          }
          smallFiles.add(s);
          smallBytes += s.size();
        } else {
          submitSmallFiles();
          streaming = new FileRead(s);
        }
      }
      if (!closed) {
        submitSmallFiles();
      }
    }

    /** Hands the small files gathered so far to one task. */
    private void submitSmallFiles() {
      if (smallFiles.isEmpty()) {
        return;
      }
      List<Source> files = List.copyOf(smallFiles);
      smallFiles.clear();
      long weight = smallBytes;
      smallBytes = 0;
      window.submit(
          channel -> {
            for (Source s : files) {
              FileRead f = new FileRead(s);
              List<TaskWindow.Slot<Item, Outcome<T>>> pending = new ArrayList<>();
              f.read(channel, pending, Long.MAX_VALUE);
              normalise(channel, pending);
            }
          },
          Math.max(1, weight));
    }

    /**
     * Submits the next chunk of a large file, unless enough are in flight: as many as its size
     * calls for, and past that (a gzip file, say) a few ahead of its reading.
     *
     * @return false when no chunk may be submitted now
     */
    private boolean submitChunk(FileRead f) {
      int k = f.submitted;
      if (k >= f.estimate && k - f.turn() >= CHUNKS_AHEAD_PER_THREAD * threads) {
        return false;
      }
      f.submitted++;
      window.submit(
          channel -> {
            List<TaskWindow.Slot<Item, Outcome<T>>> pending = new ArrayList<>();
            f.awaitTurn(k);
            try {
              if (!f.done) {
                f.read(channel, pending, chunkChars);
              }
            } finally {
              f.endTurn();
            }
            normalise(channel, pending);
          },
          chunkChars);
      return true;
    }

    /** Normalises the records read (on a worker) and fills their slots. */
    private void normalise(TaskWindow.Channel channel, List<TaskWindow.Slot<Item, Outcome<T>>> pending) {
      for (TaskWindow.Slot<Item, Outcome<T>> slot : pending) {
        channel.fill(slot, process(slot.key(), perArticle));
      }
      pending.clear();
    }

    /** The next item of the window; what a task threw is thrown as a sequential run would. */
    private Object take() {
      try {
        return window.next();
      } catch (ExecutionException e) {
        // what escaped the reading and process(): a bug; thrown as a sequential run would throw it
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

    /** Runs an event or delivers an article; the article's value, or null. */
    private T deliverItem(Object item) {
      if (item instanceof Runnable event) {
        event.run();
        return null;
      }
      @SuppressWarnings("unchecked")
      TaskWindow.Slot<Item, Outcome<T>> slot = (TaskWindow.Slot<Item, Outcome<T>>) item;
      return deliver(slot.value());
    }

    /** Delivers everything in flight, so that the events queued behind it run. */
    private void drain() {
      draining = true;
      try {
        while (true) {
          Object item = take();
          if (item == TaskWindow.EMPTY) {
            return;
          }
          T t = deliverItem(item);
          if (t != null) {
            early.add(t);
          }
        }
      } finally {
        draining = false;
      }
    }

    /**
     * One input read on the workers. Its reader is used by one task at a time (the one whose
     * turn it is), and its events go to that task's channel.
     */
    private final class FileRead {
      private final Source source;
      /** How many chunks the file takes at most, by its size (0 when unknown). */
      private final long estimate;
      private RecordReader reader;
      private boolean opened;
      private volatile boolean done;
      private TaskWindow.Channel channel;
      private List<TaskWindow.Slot<Item, Outcome<T>>> pending;
      private int turn;
      private int submitted;

      FileRead(Source source) {
        this.source = source;
        // a chunk ends once it holds chunkChars characters, and a byte decodes to one at most
        this.estimate = source.stream() != null || source.size() < 0 ? 0 : source.size() / chunkChars + 1;
      }

      synchronized int turn() {
        return turn;
      }

      synchronized void awaitTurn(int k) throws InterruptedException {
        while (turn != k) {
          wait();
        }
      }

      synchronized void endTurn() {
        turn++;
        notifyAll();
      }

      /**
       * Reads records into the channel until {@code limit} characters are read or the file ends:
       * the file is opened first if need be, and its end closes it.
       */
      void read(TaskWindow.Channel ch, List<TaskWindow.Slot<Item, Outcome<T>>> slots, long limit)
          throws InterruptedException {
        channel = ch;
        pending = slots;
        try {
          if (!opened) {
            opened = true;
            if (!open()) {
              done = true;
              return;
            }
          }
          long chars = 0;
          while (chars < limit) {
            RawRecord r;
            try {
              r = reader.hasNext() ? reader.nextRecord() : null;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
              if (e instanceof Cancelled c) {
                throw c;
              }
              // a bug, or an exhausted JVM, while reading this file: its error, not the end of the run
              String name = source.name();
              event(() -> rejectNow(new IngestError(name, -1, -1, failureKind(e),
                  name + ": reading failed (" + e + "); rest of file skipped")));
              r = null;
            }
            if (r == null) {
              closeReader();
              done = true;
              return;
            }
            TaskWindow.Slot<Item, Outcome<T>> slot = new TaskWindow.Slot<>(new Item(r, source.name(), source.boilerplate()));
            slots.add(slot);
            ch.put(slot, r.charCount());
            chars += r.charCount();
          }
        } catch (Cancelled c) {
          closeReader();
          done = true;
          throw c.cause;
        }
      }

      /** Opens the file as {@link Corpus#openNext} does; false when it cannot be read. */
      private boolean open() {
        Source s = source;
        InputStream in = s.stream();
        long size = -1;
        if (in == null) {
          try {
            size = Files.size(s.path());
            in = Files.newInputStream(s.path());
          } catch (IOException e) {
            IngestError err = new IngestError(s.name(), -1, -1, IngestError.Kind.UNREADABLE,
                s.name() + ": cannot open (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            event(() -> {
              fileCount++;
              rejectNow(err);
            });
            return false;
          }
        }
        long sizeBytes = size;
        event(() -> {
          fileCount++;
          tell(() -> listener.fileStarted(s.name(), sizeBytes), "the file " + s.name());
        });
        try {
          reader = RecordReaders.open(s.sourcePath(), s.name(), in, options.loaderConfig(), HtmlCharsetSniffer::sniff,
              e -> event(() -> rejectNow(e)),
              (offset, reason) -> event(() -> {
                skipped[reason.ordinal()]++;
                listener.skipped(s.name(), offset, reason);
              }));
          return true;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          if (e instanceof Cancelled c) {
            throw c;
          }
          try {
            in.close();
          } catch (IOException ignored) {
            // failing already; the error is reported below
          }
          event(() -> rejectNow(new IngestError(s.name(), -1, -1, failureKind(e),
              s.name() + ": reading failed (" + e + "); file skipped")));
          return false;
        }
      }

      /**
       * Puts an event in the channel of the task reading; when the channel is over its bound (a
       * flood of rejected records), normalises what was read and waits for the consumer.
       */
      private void event(Runnable e) {
        channel.put(e, EVENT_WEIGHT);
        if (channel.full()) {
          normalise(channel, pending);
          try {
            channel.awaitRoom();
          } catch (InterruptedException ie) {
            throw new Cancelled(ie);
          }
        }
      }

      private void closeReader() {
        if (reader != null) {
          try {
            reader.close();
          } catch (IOException e) {
            // the file has been read; a failure to close it loses nothing
          }
          reader = null;
        }
      }
    }
  }

  /** The corpus was closed while a worker waited: carries the interruption out of the reader. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InterruptedException cause;

    Cancelled(InterruptedException cause) {
      super(null, null, false, false);
      this.cause = cause;
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
    if (window == null) {
      event.run();
    } else {
      flushBatch.run();
      window.event(event);
      if (window.queuedEvents() > MAX_QUEUED_EVENTS && !draining) {
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
    if (window != null) {
      window.close();
    }
    closeCurrent();
  }
}
