package io.github.vnnews.bench;

import io.github.vnnews.Article;
import io.github.vnnews.Normalizer;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSON write stage: {@link ArticleJsonWriter} over the articles of {@value BenchData#BYTES}
 * bytes of generated text, into a stream that discards the bytes. {@code writeJsonLines} is the
 * sequential path; {@code encodeThenWrite} is what the parallel ingest splits between workers
 * ({@code encode}) and the writing thread ({@code writeEncoded}).
 *
 * <p>Run: {@code bench/jmh.sh JsonWriteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonWriteBenchmark {
  private List<Article> articles;

  /** A stream that counts and discards. */
  private static final class Discard extends OutputStream {
    long n;

    @Override
    public void write(int b) {
      n++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      n += len;
    }
  }

  /** Makes the articles. */
  @Setup
  public void setup() throws IOException {
    articles = BenchData.documents(BenchData.file()).stream().map(Normalizer.defaults()::normalize).toList();
  }

  /** Writes every article as JSON Lines. */
  @Benchmark
  public long writeJsonLines() {
    Discard out = new Discard();
    try (ArticleJsonWriter w = ArticleJsonWriter.jsonLines(out)) {
      for (Article a : articles) {
        w.write(a);
      }
    }
    return out.n;
  }

  /** Encodes every article, then writes the bytes. */
  @Benchmark
  public long encodeThenWrite(Blackhole bh) {
    Discard out = new Discard();
    try (ArticleJsonWriter w = ArticleJsonWriter.jsonLines(out)) {
      for (Article a : articles) {
        w.writeEncoded(ArticleJsonWriter.encode(a));
      }
    }
    return out.n;
  }
}
