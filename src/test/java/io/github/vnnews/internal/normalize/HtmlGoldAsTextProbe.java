package io.github.vnnews.internal.normalize;

import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.SourceLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds plain-text articles from the HTML gold (title, stamp, body and captions in page order,
 * byline, chrome) and prints where the normaliser puts each gold line: a generalisation probe over
 * outlets the plain-text rules were not tuned on.
 */
public final class HtmlGoldAsTextProbe {
  private HtmlGoldAsTextProbe() {}

  /**
   * Entry point.
   *
   * @param args the dev gold folder
   * @throws Exception on errors
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    int ok = 0;
    int all = 0;
    try (var s = Files.list(Path.of(args[0]))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Map<String, Object> g = json.readValue(f.toFile(), Map.class);
        if (!((String) g.get("file")).endsWith(".html")) {
          continue;
        }
        List<Map<String, Object>> lines = (List<Map<String, Object>>) g.get("lines");
        List<String> text = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String want : List.of("title", "dateline", "body|caption", "byline", "chrome")) {
          for (Map<String, Object> l : lines) {
            if (("|" + want + "|").contains("|" + l.get("label") + "|")) {
              text.add((String) l.get("text"));
              labels.add((String) l.get("label"));
            }
          }
        }
        List<SourceLine> in = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
          in.add(new SourceLine(i + 1, text.get(i)));
        }
        Extraction e = new TextNormalizer().normalize(in);
        for (int i = 0; i < text.size(); i++) {
          int n = i + 1;
          Decision d = e.decisions().stream().filter(x -> x.line() == n && !x.inline())
              .findFirst().orElse(e.decisions().stream().filter(x -> x.line() == n).findFirst()
                  .orElse(null));
          String got = d == null ? "none" : d.label().name().toLowerCase(java.util.Locale.ROOT);
          String want = labels.get(i);
          boolean right = got.equals(want) || (want.equals("chrome") && !got.equals("body")
              && !got.equals("caption") && !got.equals("title"))
              || (want.equals("dateline") && got.equals("chrome"));
          all++;
          if (right) {
            ok++;
          } else {
            String t = text.get(i);
            System.out.println(g.get("file") + " want=" + want + " got=" + got + " ("
                + (d == null ? "" : d.rule()) + ") | " + (t.length() > 120 ? t.substring(0, 120) : t));
          }
        }
      }
    }
    System.out.println("lines " + ok + "/" + all);
  }
}
