package io.github.vnnews.internal.cli;

import io.github.vnnews.Article;
import io.github.vnnews.DedupMode;
import io.github.vnnews.Dropped;
import io.github.vnnews.Duplicate;
import io.github.vnnews.internal.dedup.Deduplicator;
import io.github.vnnews.internal.dedup.Signature;
import io.github.vnnews.internal.dedup.Signer;
import io.github.vnnews.internal.quality.QualityFilter;
import io.github.vnnews.json.ArticleJsonReader;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The last stage of {@code ingest}: quality filters, deduplication and the writer. {@link
 * #prepare} runs on the worker threads (filter test, JSON encoding, signature); {@link #accept}
 * on the writing thread, in input order; {@link #finish} writes what deduplication held back.
 *
 * <p>With {@link DedupMode#OFF} articles go straight to the writer; with {@code MARK} and {@code
 * DROP} they go to a {@link Deduplicator} (on disk) and come out, with their clusters, in {@link
 * #finish}. Left-out articles go to the report consumer as {@link Dropped} records.
 */
final class Export implements Closeable {
  private final DedupMode mode;
  private final QualityFilter filter;
  private final ArticleJsonWriter writer;
  private final Consumer<Dropped> report;
  private final Deduplicator dedup;
  private final Signer signer;
  private long filtered;
  private long dropped;
  private Deduplicator.Stats stats;

  /** One article made ready on a worker thread: its JSON and signature, or why it is left out. */
  record Prepared(byte[] json, Signature signature, Dropped dropped) {}

  Export(CleanOptions clean, ArticleJsonWriter writer, Consumer<Dropped> report) throws IOException {
    this.mode = clean.mode();
    this.filter = clean.filter();
    this.writer = writer;
    this.report = report;
    this.dedup = mode == DedupMode.OFF ? null : Deduplicator.create(clean.dedupOptions(), clean.tempDir());
    this.signer = dedup == null ? null : dedup.signer();
  }

  /** Thread-safe: the filter test, the encoding and the signature of one article. */
  Prepared prepare(Article a) {
    Optional<Dropped> d = filter.dropped(a);
    if (d.isPresent()) {
      return new Prepared(null, null, d.get());
    }
    return new Prepared(ArticleJsonWriter.encode(a), signer == null ? null : signer.sign(a), null);
  }

  /** In input order, on one thread. */
  void accept(Prepared p) {
    if (p.dropped() != null) {
      filtered++;
      report.accept(p.dropped());
      return;
    }
    if (dedup == null) {
      writer.writeEncoded(p.json());
      return;
    }
    try {
      dedup.add(p.signature(), p.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what deduplication held back, with the clusters; drops duplicates in DROP mode. */
  void finish(int threads) throws IOException {
    if (dedup == null) {
      return;
    }
    stats = dedup.finish(threads);
    dedup.forEach((seq, json, d) -> {
      if (mode == DedupMode.DROP && d != null && !d.canonical()) {
        dropped++;
        report.accept(Dropped.duplicate(decode(json), d));
        return;
      }
      writer.writeEncoded(ArticleJsonWriter.withDuplicate(json, d));
    });
  }

  private static Article decode(byte[] json) {
    try (ArticleJsonReader r = ArticleJsonReader.of(new ByteArrayInputStream(json))) {
      return r.next();
    }
  }

  /** What the summary line says about this stage: empty when it did nothing. */
  String summary() {
    StringBuilder sb = new StringBuilder();
    if (filtered > 0 || !filter.isEmpty()) {
      sb.append(", ").append(filtered).append(" filtered");
    }
    if (stats != null) {
      sb.append(", ").append(stats.duplicates()).append(stats.duplicates() == 1 ? " duplicate" : " duplicates")
          .append(" in ").append(stats.clusters()).append(stats.clusters() == 1 ? " cluster" : " clusters")
          .append(mode == DedupMode.DROP ? " (dropped)" : " (marked)");
    }
    return sb.toString();
  }

  long filtered() {
    return filtered;
  }

  long dropped() {
    return dropped;
  }

  Deduplicator.Stats stats() {
    return stats;
  }

  @Override
  public void close() throws IOException {
    if (dedup != null) {
      dedup.close();
    }
  }
}
