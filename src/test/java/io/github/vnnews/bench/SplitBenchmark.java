package io.github.vnnews.bench;

import io.github.vnnews.internal.load.DocumentReader;
import java.io.IOException;
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
 * The split stage: {@link DocumentReader} over an in-memory multi-article file of {@value
 * BenchData#BYTES} bytes ({@code #####} delimiters): line splitting, UTF-8 decoding and
 * validation, delimiter matching. {@code split} leaves text repair out (what the reading thread
 * of a parallel ingest does); {@code splitAndRepair} is the whole loader. MB/s = 4.19 / (ms/op) *
 * 1000.
 *
 * <p>Run: {@code bench/jmh.sh SplitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SplitBenchmark {
  private byte[] file;

  /** Makes the file. */
  @Setup
  public void setup() throws IOException {
    file = BenchData.file();
  }

  /** Reads every record, without repair. */
  @Benchmark
  public int split(Blackhole bh) throws IOException {
    int n = 0;
    try (DocumentReader r = BenchData.reader(file)) {
      while (r.hasNext()) {
        bh.consume(r.nextRecord());
        n++;
      }
    }
    return n;
  }

  /** Reads and repairs every document: the loader as the sequential ingest runs it. */
  @Benchmark
  public int splitAndRepair(Blackhole bh) throws IOException {
    int n = 0;
    try (DocumentReader r = BenchData.reader(file)) {
      while (r.hasNext()) {
        bh.consume(r.next());
        n++;
      }
    }
    return n;
  }
}
