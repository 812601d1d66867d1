package io.github.vnnews.bench;

import io.github.vnnews.Normalizer;
import io.github.vnnews.RawDocument;
import java.io.IOException;
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
 * The classify stage: {@code Normalizer.defaults().normalize(doc)} (line classification, metadata,
 * identity) over the loaded and repaired documents of {@value BenchData#BYTES} bytes of generated
 * articles. MB/s = 4.19 / (ms/op) * 1000.
 *
 * <p>Run: {@code bench/jmh.sh ClassifyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {
  private List<RawDocument> docs;

  /** Loads the documents. */
  @Setup
  public void setup() throws IOException {
    docs = BenchData.documents(BenchData.file());
  }

  /** Normalises every document. */
  @Benchmark
  public void classify(Blackhole bh) {
    Normalizer n = Normalizer.defaults();
    for (RawDocument d : docs) {
      bh.consume(n.normalize(d));
    }
  }

  /** The identity alone (SHA-256 over the text): part of {@link #classify}. */
  @Benchmark
  public void id(Blackhole bh) {
    for (RawDocument d : docs) {
      bh.consume(Normalizer.id(d));
    }
  }
}
