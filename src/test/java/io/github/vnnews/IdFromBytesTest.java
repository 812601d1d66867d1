package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.internal.load.DocumentReader;
import io.github.vnnews.internal.load.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids computed from the bytes the loader read are the ids {@link Normalizer#id} computes. */
class IdFromBytesTest {
  private static final Path BASE = Path.of(System.getProperty("vnnews.basedir", "."));
  /** Plain text only: the ids of HTML pages take the same path and their extraction is slow. */
  private static final Options TEXT_ONLY = Options.builder().exclude(List.of("**.html", "*.html")).build();

  private static List<String> articleIds(List<Path> inputs) throws IOException {
    List<String> ids = new ArrayList<>();
    try (Corpus c = Corpus.read(inputs, TEXT_ONLY)) {
      c.forEach(a -> ids.add(a.id()));
    }
    return ids;
  }

  private static List<String> documentIds(List<Path> inputs) throws IOException {
    List<String> ids = new ArrayList<>();
    try (Corpus c = Corpus.read(inputs, TEXT_ONLY)) {
      for (Iterator<RawDocument> it = c.documents(); it.hasNext(); ) {
        ids.add(Normalizer.id(it.next()));
      }
    }
    return ids;
  }

  @Test
  void seedsDevAndLoaderFixturesKeepTheirIds() throws IOException {
    List<Path> inputs = new ArrayList<>(List.of(BASE.resolve("seeds"), BASE.resolve("src/test/resources/load")));
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    if (Files.isDirectory(dev)) {
      inputs.add(dev);
    }
    List<String> ids = articleIds(inputs);
    assertThat(ids).hasSizeGreaterThan(20).isEqualTo(documentIds(inputs));
  }

  @Test
  void crlfBomBlankEdgesAndRepairedArticlesKeepTheirIds() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    file.writeBytes(("\r\n  \r\nChiều 28/7, Thường trực\r\n\r\nĐoạn hai 😀\r\n \r\n-----\r\n"
        + "Vie\u0323\u0302t Nam (NFD, repaired)\r\n-----\r\n\u00A0Tiêu đề\rdòng CR\r\n\t\r\n")
        .getBytes(StandardCharsets.UTF_8));
    byte[] bytes = file.toByteArray();
    int withBytes = 0;
    int docs = 0;
    try (DocumentReader r = DocumentReader.open("edge.txt", new ByteArrayInputStream(bytes),
        Options.defaults().loaderConfig(), (b, n) -> null, e -> {
          throw new AssertionError(e.message());
        })) {
      while (r.hasNext()) {
        RawRecord rec = r.nextRecord();
        RawDocument d = rec.toDocument();
        docs++;
        ByteBuffer utf8 = rec.utf8Lines(d);
        if (utf8 != null) {
          withBytes++;
          assertThat(Normalizer.id(d.path(), d.index(), utf8)).isEqualTo(Normalizer.id(d));
        } else {
          assertThat(d.repaired()).isTrue();
        }
      }
    }
    assertThat(docs).isEqualTo(3);
    assertThat(withBytes).isEqualTo(1); // the NFD and the NBSP articles are repaired
  }
}
