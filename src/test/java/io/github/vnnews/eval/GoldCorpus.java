package io.github.vnnews.eval;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.normalize.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** Reads gold annotations with their input files and runs the plain-text normaliser on them. */
final class GoldCorpus {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One gold document with its input and the normaliser's output. */
  record Doc(Path goldFile, Map<String, Object> gold, Path input, List<SourceLine> lines,
      Extraction extraction) {}

  private GoldCorpus() {}

  static Path shared() {
    return Path.of(System.getProperty("vnnews.shared", "../shared"));
  }

  static Path basedir() {
    return Path.of(System.getProperty("vnnews.basedir", "."));
  }

  /** Splits a file into numbered lines: UTF-8, BOM stripped, CRLF, CR or LF. */
  static List<SourceLine> readLines(Path file) throws IOException {
    String s = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    String[] parts = s.split("\r\n|\r|\n", -1);
    List<SourceLine> out = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      out.add(new SourceLine(i + 1, parts[i]));
    }
    return out;
  }

  /** The plain-text gold documents of a gold folder, with inputs from {@code inputDir}. */
  @SuppressWarnings("unchecked")
  static List<Doc> load(Path goldDir, Path inputDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    TextNormalizer normalizer = new TextNormalizer();
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      Map<String, Object> gold = JSON.readValue(f.toFile(), Map.class);
      String name = (String) gold.get("file");
      if (name.endsWith(".html")) {
        continue;
      }
      Path input = inputDir.resolve(name);
      List<SourceLine> lines = readLines(input);
      docs.add(new Doc(f, gold, input, lines, normalizer.normalize(lines)));
    }
    return docs;
  }

  static GoldScorer.Output output(Extraction e) {
    List<String> caps = new ArrayList<>();
    for (Caption c : e.captions()) {
      caps.add(c.text());
    }
    return new GoldScorer.Output(e.title(), e.author(),
        e.publishedAt() == null ? null : e.publishedAt().toString(), e.paragraphs(), caps);
  }

  /** The export-schema fields score.py reads. */
  static Map<String, Object> exportRecord(Doc d) {
    Extraction e = d.extraction();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", Map.of("path", d.input().toString(), "index", 0));
    m.put("title", e.title());
    m.put("author", e.author());
    m.put("publishedAt", e.publishedAt() == null ? null : e.publishedAt().toString());
    m.put("paragraphs", e.paragraphs());
    List<Map<String, Object>> caps = new ArrayList<>();
    for (Caption c : e.captions()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("text", c.text());
      cm.put("credit", c.credit());
      caps.add(cm);
    }
    m.put("captions", caps);
    return m;
  }

  static GoldScorer.Totals score(List<Doc> docs) {
    GoldScorer.Totals t = new GoldScorer.Totals();
    for (Doc d : docs) {
      GoldScorer.score(d.gold(), output(d.extraction()), t);
    }
    return t;
  }
}
