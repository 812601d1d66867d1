package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parallel ingest gives what the sequential one gives, in the same order, in bounded memory. */
class ParallelCorpusTest {
  private static final Path SEEDS = Path.of(System.getProperty("vnnews.basedir", "."), "seeds");
  private static final Path LOAD_FIXTURES =
      Path.of(System.getProperty("vnnews.basedir", "."), "src/test/resources/load");

  private static byte[] export(List<Path> inputs, int threads) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Corpus corpus = Corpus.read(inputs, Options.defaults()).parallel(threads);
        ArticleJsonWriter w = ArticleJsonWriter.jsonLines(bytes);
        Stream<byte[]> encoded = corpus.articles(ArticleJsonWriter::encode)) {
      encoded.forEach(w::writeEncoded);
    }
    return bytes.toByteArray();
  }

  private static byte[] sequentialDev;

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void seedsAndDevCorpusGiveByteIdenticalOutputOnAnyThreadCount(int threads) throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    assumeTrue(Files.isDirectory(dev), "the shared dev corpus is not here");
    List<Path> inputs = List.of(SEEDS, dev);
    if (sequentialDev == null) {
      sequentialDev = export(inputs, 1);
    }
    assertThat(new String(sequentialDev, StandardCharsets.UTF_8).lines().count()).isGreaterThan(40);
    assertThat(export(inputs, threads)).isEqualTo(sequentialDev);
  }

  @Test
  void writeAndEncodeThenWriteEncodedGiveTheSameBytes() throws IOException {
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    try (Corpus corpus = Corpus.read(SEEDS); ArticleJsonWriter w = ArticleJsonWriter.jsonLines(direct)) {
      corpus.forEach(w::write);
    }
    assertThat(export(List.of(SEEDS), 2)).isEqualTo(direct.toByteArray());
  }

  /** Records every listener call as a line of text. */
  private static final class Recorder implements IngestListener {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<String> threads = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void fileStarted(String path, long sizeBytes) {
      calls.add("file " + path + " " + sizeBytes);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void article(Article article) {
      calls.add("article " + article.id() + " " + article.source().path() + "#" + article.source().index());
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void rejected(IngestError error) {
      calls.add("rejected " + error.kind() + " " + error.message());
      threads.add(Thread.currentThread().getName());
    }
  }

  private static List<String> listen(int threads, List<String> articleIds, List<IngestError> errors) throws IOException {
    Recorder r = new Recorder();
    List<Path> inputs = List.of(LOAD_FIXTURES, SEEDS, LOAD_FIXTURES.resolve("missing.txt"));
    // every file of the fixtures, binary.png too (the reader's errors are what is listened to)
    Options all = Options.builder().allFiles(true).build();
    try (Corpus corpus = Corpus.read(inputs, all, Normalizer.defaults(), r).parallel(threads)) {
      for (Article a : corpus) {
        articleIds.add(a.id());
      }
      errors.addAll(corpus.errors());
      assertThat(corpus.errorCount()).isEqualTo(errors.size());
    }
    String consumer = Thread.currentThread().getName();
    assertThat(r.threads).allMatch(consumer::equals);
    return r.calls;
  }

  @Test
  void listenerCallsAndErrorsComeInInputOrderOnTheConsumingThread() throws IOException {
    List<String> ids1 = new ArrayList<>();
    List<IngestError> errors1 = new ArrayList<>();
    List<String> calls1 = listen(1, ids1, errors1);
    assertThat(errors1).extracting(IngestError::kind).contains(
        IngestError.Kind.BINARY, IngestError.Kind.INVALID_ENCODING, IngestError.Kind.EMPTY, IngestError.Kind.NOT_FOUND);
    assertThat(calls1).anyMatch(c -> c.startsWith("rejected")).anyMatch(c -> c.startsWith("article"));
    for (int threads : new int[] {2, 4}) {
      List<String> ids = new ArrayList<>();
      List<IngestError> errors = new ArrayList<>();
      assertThat(listen(threads, ids, errors)).as("listener calls with %d threads", threads).isEqualTo(calls1);
      assertThat(ids).isEqualTo(ids1);
      assertThat(errors).isEqualTo(errors1);
    }
  }

  /**
   * Failures of normalisation (a page with no article, too many pieces) and thousands of rejected
   * records in a row, more than the events a parallel corpus queues behind the articles in flight:
   * the listener hears of everything in the order of a sequential run.
   */
  @Test
  void documentFailuresAndFloodsOfErrorsKeepTheirPlace(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    StringBuilder flood = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      flood.append("Bài ").append(i).append(" ở giữa\nNội dung của bài viết số ").append(i).append(".\n=====\n");
    }
    byte[] bad = "\u00ff\n=====\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.writeBytes(flood.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < 3 * Corpus.MAX_QUEUED_EVENTS; i++) {
      file.writeBytes(bad);
    }
    file.writeBytes(flood.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Files.write(dir.resolve("a-flood.txt"), file.toByteArray());
    java.nio.file.Files.writeString(dir.resolve("b-menu.html"),
        "<html><body><nav><a href=\"/a\">Thời sự</a></nav></body></html>\n");
    java.nio.file.Files.writeString(dir.resolve("c-pieces.txt"), (("Tin./. ".repeat(200)).strip() + "\n").repeat(20));
    java.nio.file.Files.writeString(dir.resolve("d-after.txt"), "Bài cuối\nNội dung của bài cuối cùng.\n");
    Options options = Options.builder().encoding("utf-8").maxPieces(1000).build();
    List<String> sequential = null;
    for (int threads : new int[] {1, 2, 3}) {
      Recorder r = new Recorder();
      try (Corpus corpus = Corpus.read(List.of(dir), options, Normalizer.defaults(), r).parallel(threads)) {
        corpus.forEach(a -> { });
      }
      if (sequential == null) {
        sequential = r.calls;
        assertThat(sequential).filteredOn(c -> c.startsWith("rejected INVALID_ENCODING")).hasSize(3 * Corpus.MAX_QUEUED_EVENTS);
        assertThat(sequential).anyMatch(c -> c.startsWith("rejected NO_ARTICLE"))
            .anyMatch(c -> c.startsWith("rejected TOO_MANY_PIECES"));
        assertThat(sequential).filteredOn(c -> c.startsWith("article")).hasSize(81);
      } else {
        assertThat(r.calls).as("listener calls with %d threads", threads).isEqualTo(sequential);
      }
    }
  }

  @Test
  void readAheadIsBoundedWhenTheConsumerIsSlow() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8_000; i++) {
      sb.append("#####\nBài số ").append(i).append("\n");
      sb.append("Đây là đoạn văn của bài báo, đủ dài để có nội dung thật sự. ".repeat(8)).append('\n');
    }
    byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
    AtomicLong read = new AtomicLong();
    InputStream counting =
        new FilterInputStream(new ByteArrayInputStream(input)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
              read.addAndGet(n);
            }
            return n;
          }
        };
    try (Corpus corpus = Corpus.read("big.txt", counting, Options.defaults(), IngestListener.NONE)
        .parallel(4).window(64 << 10, 16 << 10, Corpus.SMALL_FILE)) {
      Iterator<Article> it = corpus.iterator();
      for (int i = 0; i < 10; i++) {
        assertThat(it.next().source().index()).isEqualTo(i);
      }
      // the window holds 64 Ki characters of chunks (one chunk more at most); the readers buffer
      // 3 x 64 KiB
      assertThat(read.get()).isLessThan(400_000L).isLessThan(input.length / 5);
      long count = 10;
      while (it.hasNext()) {
        it.next();
        count++;
      }
      assertThat(count).isEqualTo(8_000);
      assertThat(read.get()).isEqualTo(input.length);
    }
  }

  @Test
  void aFailingPerArticleFunctionEndsTheStreamWithItsException() throws IOException {
    try (Corpus corpus = Corpus.read(List.of(SEEDS), Options.defaults()).parallel(2)) {
      Stream<String> titles =
          corpus.articles(
              a -> {
                if (a.source().index() == 0 && a.source().path().endsWith("002_47439332d31f91e3.txt")) {
                  throw new IllegalArgumentException("boom");
                }
                return a.id();
              });
      Iterator<String> it = titles.iterator();
      assertThat(it.next()).isNotEmpty();
      assertThat(it.next()).isNotEmpty();
      assertThatThrownBy(it::next).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
    }
  }

  @Test
  void parallelMustBeSetBeforeIteratingAndBePositive() throws IOException {
    try (Corpus corpus = Corpus.read(SEEDS)) {
      assertThat(corpus.threads()).isEqualTo(1);
      assertThatThrownBy(() -> corpus.parallel(0)).isInstanceOf(IllegalArgumentException.class);
      corpus.iterator();
      assertThatThrownBy(() -> corpus.parallel(2)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void closingHalfWayLetsTheWorkersGo() throws IOException, InterruptedException {
    Corpus corpus = Corpus.read(List.of(SEEDS), Options.defaults()).parallel(3);
    Iterator<Article> it = corpus.iterator();
    assertThat(it.next()).isNotNull();
    corpus.close();
    // the workers are interrupted and their pool shut down: within a few seconds none is busy
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (busyWorkers() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(busyWorkers()).isZero();
  }

  private static long busyWorkers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("vnnews-worker-") && t.getState() == Thread.State.RUNNABLE)
        .count();
  }
}
