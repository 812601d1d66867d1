package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * Golden files: each seed's expected export under {@code src/test/resources/golden/seeds}. Run
 * with {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
class GoldenSeedsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");
  private static final ObjectMapper MAPPER =
      tools.jackson.databind.json.JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      List<Path> l = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(l).hasSize(5);
      return l.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedMatchesItsGoldenExport(Path seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Corpus c = Corpus.read(seed); ArticleJsonWriter w = ArticleJsonWriter.jsonLines(out)) {
      c.forEach(w::write);
      assertThat(c.errors()).isEmpty();
    }
    JsonNode actual = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, MAPPER.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create with -Dgolden.update=true)").exists();
    JsonNode expected = MAPPER.readTree(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
  }
}
