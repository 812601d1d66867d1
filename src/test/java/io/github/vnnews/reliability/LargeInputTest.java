package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.IngestError;
import io.github.vnnews.IngestListener;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * Inputs too large to store: made on the fly by {@link GeneratedInputStream}, read in constant
 * memory. Memory is checked by counting the bytes the reading thread allocates (deterministic,
 * unlike heap snapshots), never by timing.
 */
class LargeInputTest {
  private static final String BEFORE = "Bài trước dòng dài\nNội dung đầy đủ của bài trước.\n=====\n";
  private static final String AFTER = "\n=====\nBài sau dòng dài\nNội dung đầy đủ của bài sau.\n";

  @Test
  void hundredMegabyteLineIsRejectedWithoutBeingBuffered() throws IOException {
    long length = 100L << 20;
    GeneratedInputStream in = GeneratedInputStream.of(BEFORE, "Chữ", length, AFTER);
    long beforeBytes = BEFORE.getBytes(StandardCharsets.UTF_8).length;

    long allocated = -threadAllocatedBytes();
    Ingest.Run run = Ingest.runStream("huge.txt", in, Options.defaults());
    allocated += threadAllocatedBytes();

    IngestError e = run.onlyError();
    assertThat(e.kind()).isEqualTo(IngestError.Kind.LINE_TOO_LONG);
    assertThat(e.path()).isEqualTo("huge.txt");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.byteOffset()).isEqualTo(beforeBytes);
    assertThat(e.message()).isEqualTo("huge.txt: line 4, byte offset " + beforeBytes
        + ": line longer than " + Options.DEFAULT_MAX_LINE_BYTES
        + " bytes (--max-line-length); article 1 (lines 4-4) skipped");
    assertThat(run.articles()).hasSize(2);
    assertThat(run.articles().get(0).source().index()).isEqualTo(0);
    assertThat(run.articles().get(1).source().index()).isEqualTo(2);
    assertThat(WordConservation.outputWords(run.articles().get(0)))
        .isEqualTo(WordConservation.words(BEFORE));
    assertThat(WordConservation.outputWords(run.articles().get(1)))
        .isEqualTo(WordConservation.words(AFTER));
    if (allocated >= 0) {
      // the line buffer grows to the 8 MiB limit and no further: far below the 100 MiB line
      assertThat(allocated).as("bytes allocated while reading").isLessThan(48L << 20);
    }
  }

  @Test
  void longLineUnderASmallLimit() {
    GeneratedInputStream in = GeneratedInputStream.of(BEFORE, "x", 10_000, AFTER);

    Ingest.Run run = Ingest.runStream("long.txt", in, Options.builder().maxLineBytes(4096).build());

    assertThat(run.onlyError().message()).isEqualTo("long.txt: line 4, byte offset "
        + BEFORE.getBytes(StandardCharsets.UTF_8).length
        + ": line longer than 4096 bytes (--max-line-length); article 1 (lines 4-4) skipped");
    assertThat(run.articles()).hasSize(2);
  }

  @Test
  void millionTinyArticlesInOneFile() throws IOException {
    int count = 1_000_000;
    String record = "Tin vắn số một.\n=====\n";
    GeneratedInputStream in =
        GeneratedInputStream.of("", record, (long) record.getBytes(StandardCharsets.UTF_8).length * count, "");

    long n = 0;
    RawDocument last = null;
    try (Corpus corpus = Corpus.read("many.txt", in, Options.defaults(), IngestListener.NONE)) {
      Iterator<RawDocument> docs = corpus.documents();
      while (docs.hasNext()) {
        last = docs.next();
        n++;
      }
      assertThat(corpus.errors()).isEmpty();
    }

    assertThat(n).isEqualTo(count);
    assertThat(last.index()).isEqualTo(count - 1);
    assertThat(last.startLine()).isEqualTo(2 * count - 1);
    assertThat(last.text()).isEqualTo("Tin vắn số một.");
  }

  @Test
  void hundredThousandFormFeedArticlesThroughTheFacade() throws IOException {
    int count = 100_000;
    String record = "Tin vắn.\f";
    GeneratedInputStream in =
        GeneratedInputStream.of("", record, (long) record.getBytes(StandardCharsets.UTF_8).length * count, "");

    long n = 0;
    Article last = null;
    try (Corpus corpus = Corpus.read("ff.txt", in, Options.defaults(), IngestListener.NONE)) {
      for (Article a : corpus) {
        last = a;
        n++;
      }
      assertThat(corpus.errors()).isEmpty();
    }

    assertThat(n).isEqualTo(count);
    assertThat(last.source().index()).isEqualTo(count - 1);
    assertThat(last.source().startLine()).isEqualTo(1); // form feeds split one physical line
    assertThat(last.paragraphs()).containsExactly("Tin vắn.");
  }

  /** Bytes allocated by this thread so far, or -1 when the JVM cannot tell. */
  private static long threadAllocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
      return t.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
