package io.github.vnnews.spark;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Dropped;
import io.github.vnnews.IngestError;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Options;
import io.github.vnnews.SkipReason;
import io.github.vnnews.internal.quality.QualityFilter;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns the files of one partition into records, lazily: one file open at a time, one article in
 * memory at a time, whatever the file's size. Each file goes through the library's own {@link
 * Corpus} (the loader, the normaliser and the rejection rules the CLI uses) and each article
 * through the library's own {@link ArticleJsonWriter}, so a line here is byte for byte the line
 * the CLI writes. An article the quality filter leaves out becomes the CLI's report record (a row
 * of kind {@value SparkCorpus#KIND_ERROR} that keeps the article's id), as {@code ingest} writes it
 * to {@code --errors}.
 *
 * <p>Rows have the columns of {@link SparkCorpus#RECORD_SCHEMA}. Not thread-safe.
 */
final class RecordIterator implements Iterator<Row>, Closeable {
  /** One file of the partition and how to open it. */
  interface Input {
    /**
     * The file.
     *
     * @return the file
     */
    InputFile file();

    /**
     * Opens the file's bytes (the caller closes them).
     *
     * @return the stream
     * @throws IOException when the file cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final Iterator<? extends Input> inputs;
  private final Options options;
  private final QualityFilter filter;
  /** Rejections and skipped web-archive records met on the way: an {@link IngestError} or a {@link SkipReason}. */
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
  private final ArticleJsonWriter writer = ArticleJsonWriter.jsonLines(buffer);
  private InputFile file;
  private Corpus corpus;
  private Iterator<Article> articles;
  private long seq;

  RecordIterator(Iterator<? extends Input> inputs, Options options, QualityFilter filter) {
    this.inputs = inputs;
    this.options = options;
    this.filter = filter;
  }

  @Override
  public boolean hasNext() {
    while (true) {
      if (!pending.isEmpty()) {
        return true;
      }
      if (articles != null) {
        if (articles.hasNext()) {
          return true; // rejections met on the way are in pending and go first
        }
        closeFile();
        continue;
      }
      if (!inputs.hasNext()) {
        return false;
      }
      openNext(inputs.next());
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (!pending.isEmpty()) {
      Object o = pending.poll();
      if (o instanceof SkipReason r) {
        return RowFactory.create(SparkCorpus.KIND_SKIPPED, file.ordinal(), seq++, null, r.jsonName());
      }
      IngestError e = (IngestError) o;
      buffer.reset();
      ArticleJsonWriter.writeError(buffer, e);
      return RowFactory.create(SparkCorpus.KIND_ERROR, file.ordinal(), seq++, null, line());
    }
    Article a = articles.next();
    buffer.reset();
    Optional<Dropped> dropped = filter.dropped(a);
    if (dropped.isPresent()) {
      ArticleJsonWriter.writeDropped(buffer, dropped.get());
      return RowFactory.create(SparkCorpus.KIND_ERROR, file.ordinal(), seq++, a.id(), line());
    }
    writer.write(a);
    writer.flush();
    return RowFactory.create(SparkCorpus.KIND_ARTICLE, file.ordinal(), seq++, a.id(), line());
  }

  /** The buffer's one JSON line without its newline. */
  private String line() {
    byte[] b = buffer.toByteArray();
    int n = b.length;
    if (n > 0 && b[n - 1] == '\n') {
      n--;
    }
    return new String(b, 0, n, StandardCharsets.UTF_8);
  }

  private void openNext(Input input) {
    file = input.file();
    seq = 0;
    InputStream in;
    try {
      in = input.open();
    } catch (IOException | RuntimeException e) {
      String name = file.display();
      pending.add(new IngestError(name, -1, -1, IngestError.Kind.UNREADABLE,
          name + ": cannot open (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
      return;
    }
    IngestListener listener =
        new IngestListener() {
          @Override
          public void rejected(IngestError error) {
            pending.add(error);
          }

          @Override
          public void skipped(String path, long offset, SkipReason reason) {
            pending.add(reason);
          }
        };
    corpus = Corpus.read(file.display(), file.sourcePath(), in, options, listener);
    articles = corpus.iterator();
  }

  private void closeFile() {
    articles = null;
    if (corpus != null) {
      try {
        corpus.close();
      } catch (IOException e) {
        // the file has been read; a failure to close it loses nothing
      }
      corpus = null;
    }
  }

  /** Closes the open file, if any (when a task ends before its partition is consumed). */
  @Override
  public void close() {
    closeFile();
  }
}
