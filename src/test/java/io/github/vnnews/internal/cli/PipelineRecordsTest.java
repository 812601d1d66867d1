package io.github.vnnews.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The records pipelines read as they are, through the CLI: ids that do not depend on how a path
 * was typed, gzip output, the {@code text} and {@code contentHash} fields, and a web archive made
 * by a real crawler (GNU Wget; see {@code src/test/resources/warc/README.md}).
 */
class PipelineRecordsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path WGET = Path.of("src/test/resources/warc/wget-dev.warc.gz");
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private List<JsonNode> ingest(String name, String... inputs) throws IOException {
    Path o = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("ingest", "-q", "-o", o.toString()));
    args.addAll(List.of(inputs));
    assertThat(run(args.toArray(String[]::new))).as("stderr: %s", err).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(o, StandardCharsets.UTF_8)) {
      out.add(MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void theThreeSpellingsOfAPathGiveTheSameSourcePathAndId() throws IOException {
    String file = "seeds/001_bc9d6e7807c2e2ea.txt";
    JsonNode typed = ingest("a.jsonl", file).get(0);
    JsonNode dotted = ingest("b.jsonl", "./" + file).get(0);
    JsonNode absolute = ingest("c.jsonl", Path.of(file).toAbsolutePath().toString()).get(0);
    JsonNode viaDirectory = ingest("d.jsonl", "./seeds/").get(1);
    for (JsonNode n : List.of(dotted, absolute, viaDirectory)) {
      assertThat(n.get("source").get("path").asString()).isEqualTo(file);
      assertThat(n.get("id").asString()).isEqualTo(typed.get("id").asString());
    }
    assertThat(typed.get("source").get("path").asString()).isEqualTo(file);
  }

  @Test
  void textIsTitleAndParagraphsAndContentHashFollowsTheText() throws IOException {
    JsonNode a = ingest("t.jsonl", "seeds/003_26ed7e88ab3973a5.txt").get(0);
    List<String> parts = new ArrayList<>();
    parts.add(a.get("title").asString());
    a.get("paragraphs").forEach(p -> parts.add(p.asString()));
    assertThat(a.get("text").asString()).isEqualTo(String.join("\n\n", parts));
    assertThat(a.get("captions")).isNotEmpty();
    a.get("captions").forEach(c -> assertThat(a.get("text").asString()).doesNotContain(c.get("text").asString()));
    assertThat(a.get("contentHash").asString()).isEqualTo(io.github.vnnews.Normalizer.contentHash(a.get("text").asString()));
    // the same text elsewhere (another path, so another id) has the same content hash
    Path copy = Files.copy(Path.of("seeds/003_26ed7e88ab3973a5.txt"), tmp.resolve("copy.txt"));
    JsonNode b = ingest("u.jsonl", copy.toString()).get(0);
    assertThat(b.get("contentHash")).isEqualTo(a.get("contentHash"));
    assertThat(b.get("id")).isNotEqualTo(a.get("id"));
  }

  @Test
  void aGzOutputIsGzipOfTheSameLines() throws IOException {
    Path plain = tmp.resolve("out.jsonl");
    Path gz = tmp.resolve("out.jsonl.gz");
    assertThat(run("ingest", "-q", "-o", plain.toString(), "seeds")).isZero();
    assertThat(run("ingest", "-q", "-o", gz.toString(), "seeds")).isZero();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
    }
    Path array = tmp.resolve("out.json.gz");
    assertThat(run("ingest", "-q", "-o", array.toString(), "seeds")).isZero();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(array))) {
      assertThat(MAPPER.readTree(in.readAllBytes()).size()).isEqualTo(5);
    }
  }

  @Test
  void theWgetArchiveGivesOneArticlePerPageAndCountsTheRestByKind() throws IOException {
    Path o = tmp.resolve("wget.jsonl");
    assertThat(run("ingest", "-o", o.toString(), WGET.toString())).as("stderr: %s", err).isZero();
    List<String> lines = Files.readAllLines(o, StandardCharsets.UTF_8);
    // the 14 dev pages, the 5 seeds (text/plain), and the page the redirect led to; the index page
    // holds no article: counted as skipped (noArticle), no error
    assertThat(lines).hasSize(20);
    List<String> urls = new ArrayList<>();
    for (String l : lines) {
      JsonNode a = MAPPER.readTree(l);
      assertThat(a.get("source").get("path").asString()).isEqualTo("warc/wget-dev.warc.gz");
      assertThat(a.get("source").get("fetchedAt").asString()).matches("2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
      assertThat(a.get("source").get("warcRecordId").asString()).startsWith("<urn:uuid:");
      urls.add(a.get("source").get("url").asString().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", ""));
    }
    assertThat(urls).doesNotContain("/index.html");
    assertThat(urls).contains("/dev/vnexpress_lythinh_4426992.html", "/seeds/004_3c5535e1b6821573.txt");
    assertThat(urls.stream().filter(u -> u.startsWith("/dev/"))).hasSize(15);
    // 25 requests; a redirect, a 404, a PDF and a PNG (an <img> wget fetched as a page
    // requisite); the warcinfo, wget's metadata record and its two metadata:// resources
    // (arguments and log): 54 records in all
    assertThat(err.toString()).contains(
        "vnnews: 20 articles from 1 file, 0 rejected, 34 records skipped (1 warcinfo, 25 request, 3 metadata, "
            + "1 redirect, 1 httpError, 2 notHtml, 1 noArticle)");
  }
}
