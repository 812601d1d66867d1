package io.github.vnnews.bench;

import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.internal.load.DocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The in-memory corpus the stage benchmarks share: about 4 MB of generated articles. */
final class BenchData {
  /** How many bytes of text the benchmarks work on. */
  static final int BYTES = 4 << 20;

  private BenchData() {}

  /**
   * A multi-article file made from the seeds and dev articles ({@code vnnews.basedir}, {@code
   * vnnews.shared}, as {@code bench/jmh.sh} sets them; the working directory otherwise).
   */
  static byte[] file() throws IOException {
    Path base = Path.of(System.getProperty("vnnews.basedir", "."));
    Path shared = Path.of(System.getProperty("vnnews.shared", base.resolve("../shared").toString()));
    return CorpusGenerator.of(base, shared, 11).multiArticleFile(BYTES);
  }

  static DocumentReader reader(byte[] file) {
    return DocumentReader.open("bench.txt", new ByteArrayInputStream(file), Options.defaults().loaderConfig(),
        (b, n) -> null, e -> {
          throw new IllegalStateException(e.message());
        });
  }

  static List<RawDocument> documents(byte[] file) {
    return DocumentReader.readAll(reader(file));
  }
}
