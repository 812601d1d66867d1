package io.github.vnnews.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records read now and repaired later give what reading and repairing at once gives. */
class RawRecordTest {
  private final List<IngestError> errors = new ArrayList<>();

  private DocumentReader reader(String text) {
    return DocumentReader.open("t.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Options.defaults().loaderConfig(), (b, n) -> null, errors::add);
  }

  private static final String MIXED =
      "Bài một\nĐoạn\u00A0một có\u200B khoảng trắng lạ.\n#####\n\u200B\n\u2060\n#####\n"
          + "\u200B\nBài hai\nVie\u0323\u0302t Nam\n\u200B\n#####\n. . .\n#####\nBài ba\n";

  @Test
  void recordsRepairedLaterEqualDocumentsReadAtOnce() {
    List<RawDocument> atOnce = DocumentReader.readAll(reader(MIXED));
    List<RawDocument> later = new ArrayList<>();
    try (DocumentReader r = reader(MIXED)) {
      while (r.hasNext()) {
        RawRecord rec = r.nextRecord();
        assertThat(rec.charCount()).isPositive();
        later.add(rec.toDocument());
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(later).isEqualTo(atOnce);
  }

  @Test
  void aRecordOfOnlyInvisibleCharactersIsNoArticleAndTakesNoIndex() {
    List<RawDocument> docs = DocumentReader.readAll(reader(MIXED));
    assertThat(docs).extracting(RawDocument::index).containsExactly(0, 1, 2, 3);
    assertThat(docs.get(1).lines()).extracting(SourceLine::text).containsExactly("Bài hai", "Việt Nam");
    assertThat(docs.get(1).startLine()).isEqualTo(8); // the zero-width line before it is dropped
    assertThat(docs.get(1).endLine()).isEqualTo(9);
    assertThat(docs.get(2).lines()).extracting(SourceLine::text).containsExactly(". . .");
    assertThat(docs.get(3).lines()).extracting(SourceLine::text).containsExactly("Bài ba");
    assertThat(errors).isEmpty();
  }
}
