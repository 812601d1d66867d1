package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files in parallel, seeded at random: a directory of files of every kind (small and large, gzip,
 * HTML, a web archive, broken ones) read with a random thread count, window, chunk size and
 * small-file bound gives the output bytes, listener calls, errors and counts of a sequential run.
 */
class ParallelDeterminismTest {
  private static final Path BASE = Path.of(System.getProperty("vnnews.basedir", "."));
  private static final Path SEEDS = BASE.resolve("seeds");
  private static final Path WARC = BASE.resolve("src/test/resources/warc/wget-dev.warc.gz");
  private static final Path LOAD = BASE.resolve("src/test/resources/load");

  /** What a run gave: the output bytes and every listener call, in order. */
  private record Run(byte[] output, List<String> calls, List<IngestError> errors, long errorCount,
      long fileCount, String skipped) {}

  /** Records every listener call as a line of text, and the thread it came on. */
  private static final class Recorder implements IngestListener {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<String> threads = Collections.synchronizedList(new ArrayList<>());

    private void add(String call) {
      calls.add(call);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void fileStarted(String path, long sizeBytes) {
      add("file " + path + " " + sizeBytes);
    }

    @Override
    public void article(Article article) {
      add("article " + article.id() + " " + article.source().path() + "#" + article.source().index());
    }

    @Override
    public void rejected(IngestError error) {
      add("rejected " + error.kind() + " " + error.message());
    }

    @Override
    public void skipped(String path, long offset, SkipReason reason) {
      add("skipped " + path + " " + offset + " " + reason);
    }
  }

  private static Run run(Path dir, int threads, long window, long chunk, long small) throws IOException {
    Recorder r = new Recorder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Corpus corpus = Corpus.read(List.of(dir), Options.defaults(), Normalizer.defaults(), r).parallel(threads);
    if (threads > 1) {
      corpus.window(window, chunk, small);
    }
    try (corpus;
        ArticleJsonWriter w = ArticleJsonWriter.jsonLines(bytes);
        Stream<byte[]> encoded = corpus.articles(ArticleJsonWriter::encode)) {
      encoded.forEach(w::writeEncoded);
    }
    String consumer = Thread.currentThread().getName();
    assertThat(r.threads).as("listener calls on the consuming thread").allMatch(consumer::equals);
    return new Run(bytes.toByteArray(), r.calls, List.copyOf(corpus.errors()), corpus.errorCount(),
        corpus.fileCount(), corpus.skipped().toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void randomCorporaGiveTheSequentialRunOnAnyThreadCountWindowAndChunk(long seed, @TempDir Path dir)
      throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> articles = seedArticles();
    int files = 8 + rnd.nextInt(16);
    for (int i = 0; i < files; i++) {
      Path sub = dir.resolve("d" + rnd.nextInt(3));
      Files.createDirectories(sub);
      writeRandomFile(sub, String.format("%03d", i), rnd, articles);
    }
    Run sequential = run(dir, 1, 0, 0, 0);
    assertThat(sequential.calls()).anyMatch(c -> c.startsWith("article")).anyMatch(c -> c.startsWith("file"));
    for (int k = 0; k < 2; k++) {
      int threads = 2 + rnd.nextInt(5);
      long window = 1L << (8 + rnd.nextInt(12));
      long chunk = 1L << (6 + rnd.nextInt(10));
      long small = rnd.nextBoolean() ? Corpus.SMALL_FILE : rnd.nextInt(1 << 14);
      String what = "seed " + seed + ", " + threads + " threads, window " + window + ", chunk " + chunk
          + ", small files up to " + small + " bytes";
      Run parallel = run(dir, threads, window, chunk, small);
      assertThat(parallel.calls()).as(what).isEqualTo(sequential.calls());
      assertThat(parallel.output()).as(what).isEqualTo(sequential.output());
      assertThat(parallel.errors()).as(what).isEqualTo(sequential.errors());
      assertThat(parallel.errorCount()).as(what).isEqualTo(sequential.errorCount());
      assertThat(parallel.fileCount()).as(what).isEqualTo(sequential.fileCount());
      assertThat(parallel.skipped()).as(what).isEqualTo(sequential.skipped());
    }
  }

  /** The seed articles' texts. */
  private static List<String> seedArticles() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SEEDS)) {
      for (Path p : s.sorted().toList()) {
        out.add(Files.readString(p).strip());
      }
    }
    return out;
  }

  /** One file of a kind drawn at random. */
  private static void writeRandomFile(Path dir, String name, SplittableRandom rnd, List<String> articles)
      throws IOException {
    int kind = rnd.nextInt(10);
    switch (kind) {
      case 0, 1, 2 -> Files.writeString(dir.resolve(name + ".txt"), multiArticle(rnd, articles, 1 + rnd.nextInt(20)));
      case 3 -> {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".txt.gz")))) {
          out.write(multiArticle(rnd, articles, 1 + rnd.nextInt(20)).getBytes(StandardCharsets.UTF_8));
        }
      }
      case 4 -> Files.writeString(dir.resolve(name + ".html"), page(rnd, articles));
      case 5 -> {
        // records in UTF-8 with a broken byte now and then, and a legacy-encoded one
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
          String a = articles.get(rnd.nextInt(articles.size()));
          int r = rnd.nextInt(4);
          if (r == 0) {
            b.writeBytes("Tin h\u00f4m nay \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
          } else if (r == 1) {
            b.writeBytes(a.getBytes(Charset.forName("windows-1258")));
          } else {
            b.writeBytes(a.getBytes(StandardCharsets.UTF_8));
          }
          b.writeBytes("\n#####\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve(name + ".txt"), b.toByteArray());
      }
      case 6 -> Files.copy(WARC, dir.resolve(name + ".warc.gz"));
      case 7 -> {
        try (Stream<Path> s = Files.list(LOAD)) {
          List<Path> fixtures = s.filter(Files::isRegularFile).sorted().toList();
          Path f = fixtures.get(rnd.nextInt(fixtures.size()));
          Files.copy(f, dir.resolve(name + "-" + f.getFileName()));
        }
      }
      case 8 -> Files.write(dir.resolve(name + ".txt"), rnd.nextBoolean() ? new byte[0] : new byte[] {'a', 0, 'b'});
      default -> Files.writeString(dir.resolve(name + ".txt"), articles.get(rnd.nextInt(articles.size())) + "\n");
    }
  }

  private static String multiArticle(SplittableRandom rnd, List<String> articles, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(articles.get(rnd.nextInt(articles.size()))).append("\n\n#####\n");
      if (rnd.nextInt(8) == 0) {
        sb.append("#####\n\n"); // an empty record between delimiters
      }
    }
    return sb.toString();
  }

  private static String page(SplittableRandom rnd, List<String> articles) {
    if (rnd.nextInt(4) == 0) {
      return "<html><body><nav><a href=\"/a\">Thời sự</a></nav></body></html>\n"; // no article
    }
    String[] lines = articles.get(rnd.nextInt(articles.size())).split("\n");
    StringBuilder sb = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(lines[0]).append("</title></head>\n<body><article><h1>").append(lines[0]).append("</h1>\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        sb.append("<p>").append(lines[i]).append("</p>\n");
      }
    }
    return sb.append("</article></body></html>\n").toString();
  }
}
