package io.github.vnnews.internal.normalize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Measures the caption-shape predicate on every gold body sentence and caption (a tuning aid). */
public final class CaptionShapeProbe {
  private CaptionShapeProbe() {}

  /**
   * Entry point.
   *
   * @param args gold folders
   * @throws Exception on errors
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    int bodyAll = 0;
    int bodyHit = 0;
    int capAll = 0;
    int capHitLine = 0;
    int capHitInline = 0;
    for (String dir : args) {
      try (var s = Files.list(Path.of(dir))) {
        for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          Map<String, Object> g = json.readValue(f.toFile(), Map.class);
          for (String para : (List<String>) g.get("body")) {
            DraftLine l = new DraftLine(0, para, new java.util.BitSet());
            List<Sentences.Span> spans = Sentences.split(l, 0, para.length());
            for (Sentences.Span sp : spans) {
              String t = para.substring(sp.start(), sp.end()).strip();
              bodyAll++;
              boolean line = spans.size() == 1 && UnmarkedCaptionRule.looksLikeCaption(t, false);
              boolean inl = Sentences.words(t) <= 30 && UnmarkedCaptionRule.looksLikeCaption(t, true);
              if (line || inl) {
                bodyHit++;
                System.out.println("BODY-FP " + (line ? "line " : "") + (inl ? "inline " : "")
                    + g.get("file") + " | " + t);
              }
            }
          }
          for (Map<String, Object> c : (List<Map<String, Object>>) g.get("captions")) {
            String t = ((String) c.get("text")).strip();
            capAll++;
            if (UnmarkedCaptionRule.looksLikeCaption(t, false)) {
              capHitLine++;
            }
            if (UnmarkedCaptionRule.looksLikeCaption(t, true)) {
              capHitInline++;
            } else {
              System.out.println("CAP-MISS " + g.get("file") + " | " + t);
            }
          }
        }
      }
    }
    System.out.printf("body sentences %d, taken as captions %d; captions %d, line-shape %d,"
        + " inline-shape %d%n", bodyAll, bodyHit, capAll, capHitLine, capHitInline);
  }
}
