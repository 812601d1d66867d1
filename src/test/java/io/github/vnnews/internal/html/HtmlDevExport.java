package io.github.vnnews.internal.html;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-scope tool: extracts HTML pages with {@link HtmlExtractor} and writes one JSON line per
 * page in the export schema's shape ({@code source.path}, title, author, publishedAt, paragraphs,
 * captions, …), for scoring with {@code shared/eval/score.py} before the CLI reads HTML.
 *
 * <p>Usage: {@code HtmlDevExport OUT.jsonl PAGE.html...}
 */
public final class HtmlDevExport {
  private HtmlDevExport() {}

  /**
   * Runs the export.
   *
   * @param args the output file, then the pages
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: HtmlDevExport OUT.jsonl PAGE.html...");
      System.exit(2);
    }
    ObjectMapper mapper = JsonMapper.builder().build();
    HtmlExtractor extractor = HtmlExtractor.defaults();
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int i = 1; i < args.length; i++) {
        Path p = Path.of(args[i]);
        w.write(mapper.writeValueAsString(toJson(p, extractor)));
        w.write('\n');
      }
    }
  }

  static Map<String, Object> toJson(Path p, HtmlExtractor extractor) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    String cs = HtmlCharsetSniffer.sniff(bytes, bytes.length);
    Charset charset = StandardCharsets.UTF_8;
    if (cs != null && Charset.isSupported(cs)) {
      charset = Charset.forName(cs);
    }
    String html = new String(bytes, charset);
    if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
      html = html.substring(1);
    }
    Extraction x = extractor.extract(html, null);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("path", p.toString());
    source.put("index", 0);
    source.put("format", "html");
    source.put("encoding", charset.name().toLowerCase(java.util.Locale.ROOT));
    source.put("url", x.url());
    source.put("site", x.site());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("source", source);
    a.put("title", x.title());
    a.put("publishedAt", x.publishedAt() == null ? null : x.publishedAt().toString());
    a.put("modifiedAt", x.modifiedAt() == null ? null : x.modifiedAt().toString());
    a.put("author", x.author());
    a.put("paragraphs", x.paragraphs());
    List<Map<String, Object>> caps = new ArrayList<>();
    for (Caption c : x.captions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", c.text());
      m.put("credit", c.credit());
      caps.add(m);
    }
    a.put("captions", caps);
    List<Map<String, Object>> removed = new ArrayList<>();
    x.removed().forEach(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", r.line());
      m.put("kind", r.kind().jsonName());
      m.put("text", r.text());
      m.put("rule", r.rule());
      removed.add(m);
    });
    a.put("removed", removed);
    a.put("sourceOutlet", x.sourceOutlet());
    a.put("outletTag", x.outletTag());
    a.put("section", x.section());
    a.put("tags", x.tags());
    return a;
  }
}
