package io.github.vnnews.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Options;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.load.LoaderConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options shipped to executors come back equal in every setting. */
class OptionsSnapshotTest {
  @Test
  void everySettingSurvivesSerialisation() throws Exception {
    Options o =
        Options.builder()
            .delimiter("#####")
            .delimiterRegex("<<<DOC \\d+>>>")
            .autoDelimiters(false)
            .encoding("tcvn3")
            .toneStyle(ToneStyle.CLASSIC)
            .include(List.of("**/*.txt"))
            .exclude(List.of("tmp/**"))
            .maxLineBytes(1000)
            .maxArticleChars(2000)
            .maxDecompressedBytes(3000)
            .maxArticleLines(40)
            .maxBlankLines(5)
            .maxPieces(60)
            .maxPageElements(70)
            .maxKeptErrors(80)
            .followLinks(true)
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(OptionsSnapshot.of(o));
    }
    OptionsSnapshot back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (OptionsSnapshot) in.readObject();
    }
    Options r = back.toOptions();
    LoaderConfig a = o.loaderConfig();
    LoaderConfig b = r.loaderConfig();
    assertThat(b.delimiterRegex().pattern()).isEqualTo(a.delimiterRegex().pattern());
    assertThat(b.delimiterRegex().flags()).isEqualTo(a.delimiterRegex().flags());
    assertThat(b).usingRecursiveComparison().ignoringFields("delimiterRegex").isEqualTo(a);
    assertThat(r.include()).isEqualTo(o.include());
    assertThat(r.exclude()).isEqualTo(o.exclude());
    assertThat(r.maxPieces()).isEqualTo(60);
    assertThat(r.maxKeptErrors()).isEqualTo(80);
    assertThat(r.followLinks()).isTrue();
  }

  @Test
  void theSnapshotCoversEveryOption() {
    // a new option in Options must be carried to the executors too: add it to OptionsSnapshot
    long fields =
        Arrays.stream(Options.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(Field::getName)
            .count();
    assertThat(OptionsSnapshot.class.getRecordComponents()).hasSize((int) fields);
  }
}
