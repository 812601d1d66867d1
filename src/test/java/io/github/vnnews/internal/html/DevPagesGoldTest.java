package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.PublicationTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev HTML pages against their gold (shared/gold/dev): title, publication time and author
 * exact; every gold body line in the body; every gold caption among the captions; no byline,
 * dateline or chrome line opening or closing a paragraph. Skipped when shared/ is absent.
 */
class DevPagesGoldTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static Stream<String> pages() throws IOException {
    Path dir = corpus();
    if (dir == null) {
      return Stream.of("(shared corpus missing)");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  private static Path corpus() {
    String shared = System.getProperty("vnnews.shared");
    if (shared == null) {
      return null;
    }
    Path dir = Path.of(shared, "corpus", "dev");
    return Files.isDirectory(dir) ? dir : null;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesGold(String name) throws IOException {
    Path dir = corpus();
    assumeTrue(dir != null, "shared corpus not available");
    Path goldFile = dir.getParent().getParent().resolve("gold/dev/" + name.replace(".html", ".json"));
    assumeTrue(Files.exists(goldFile), "no gold for " + name);
    JsonNode gold = JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
    String html = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    Extraction x = HtmlExtractor.defaults().extract(html, "");

    assertThat(fold(x.title())).as("title").isEqualTo(fold(text(gold, "title")));
    assertThat(fold(x.author())).as("author").isEqualTo(fold(text(gold, "author")));
    String goldTime = text(gold, "publishedAt");
    assertThat(x.publishedAt()).as("publishedAt")
        .isEqualTo(goldTime == null ? null : PublicationTime.parse(goldTime));

    String body = " " + String.join(" ", x.paragraphs().stream().map(DevPagesGoldTest::fold).toList()) + " ";
    List<String> paraFolds = x.paragraphs().stream().map(DevPagesGoldTest::fold).toList();
    for (JsonNode line : gold.get("lines")) {
      String label = line.get("label").asString();
      String t = fold(line.get("text").asString());
      if (t.isEmpty()) {
        continue;
      }
      if (label.equals("body")) {
        assertThat(body).as("body line %s", line.get("n")).contains(" " + t + " ");
      } else if (!label.equals("title") && !label.equals("caption")) {
        for (String p : paraFolds) {
          assertThat(p.startsWith(t + " ") || p.endsWith(" " + t) || p.equals(t))
              .as("%s line %s leaks: %s", label, line.get("n"), t).isFalse();
        }
      }
    }
    List<String> caps = new ArrayList<>();
    for (Caption c : x.captions()) {
      caps.add(fold(c.text()));
    }
    for (JsonNode c : gold.get("captions")) {
      assertThat(caps).as("captions").contains(fold(c.get("text").asString()));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static final Map<String, String> FOLDS = new HashMap<>();

  private static String fold(String s) {
    return s == null ? "" : FOLDS.computeIfAbsent(s, HtmlExtractor::fold);
  }
}
