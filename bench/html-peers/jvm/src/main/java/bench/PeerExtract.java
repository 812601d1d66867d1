package bench;

import de.l3s.boilerpipe.document.TextBlock;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * Runs a JVM peer extractor over HTML pages and writes one JSON line per page in the vnnews
 * export shape (source.path, title, author, publishedAt, paragraphs, captions), so that
 * shared/eval/score.py scores peers and vnnews alike.
 *
 * <p>Usage: {@code PeerExtract readability4j|boilerpipe OUT.jsonl PAGE.html...}
 */
public final class PeerExtract {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
          "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt",
          "dd", "header", "footer", "main", "aside", "nav", "tbody", "thead");

  private PeerExtract() {}

  public static void main(String[] args) throws Exception {
    String which = args[0];
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (int i = 2; i < args.length; i++) {
        Path p = Path.of(args[i]);
        String html = Files.readString(p, StandardCharsets.UTF_8);
        String title;
        String author = null;
        List<String> paragraphs = new ArrayList<>();
        if (which.equals("readability4j")) {
          Article a = new Readability4J("https://example.invalid/", html).parse();
          title = a.getTitle();
          author = a.getByline();
          if (a.getArticleContent() != null) {
            leafBlocks(a.getArticleContent(), paragraphs);
          }
        } else if (which.equals("boilerpipe")) {
          TextDocument doc = new BoilerpipeSAXInput(new InputSource(new StringReader(html))).getTextDocument();
          ArticleExtractor.INSTANCE.process(doc);
          title = doc.getTitle();
          for (TextBlock b : doc.getTextBlocks()) {
            if (b.isContent()) {
              for (String line : b.getText().split("\n")) {
                if (!line.isBlank()) {
                  paragraphs.add(line.strip());
                }
              }
            }
          }
        } else {
          throw new IllegalArgumentException("unknown extractor " + which);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\"source\":{\"path\":").append(q(p.toString())).append(",\"index\":0}");
        sb.append(",\"title\":").append(q(title));
        sb.append(",\"author\":").append(q(author));
        sb.append(",\"publishedAt\":null");
        sb.append(",\"paragraphs\":[");
        for (int k = 0; k < paragraphs.size(); k++) {
          sb.append(k == 0 ? "" : ",").append(q(paragraphs.get(k)));
        }
        sb.append("],\"captions\":[]}\n");
        w.write(sb.toString());
      }
    }
  }

  /** The texts of the element's innermost blocks, in order (each block one paragraph). */
  private static void leafBlocks(Element root, List<String> out) {
    StringBuilder cur = new StringBuilder();
    walk(root, cur, out);
    flush(cur, out);
  }

  private static void walk(Element e, StringBuilder cur, List<String> out) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        cur.append(t.text());
      } else if (n instanceof Element c) {
        if (c.tagName().toLowerCase(java.util.Locale.ROOT).equals("br")) {
          flush(cur, out);
        } else if (BLOCKS.contains(c.tagName().toLowerCase(java.util.Locale.ROOT))) {
          flush(cur, out);
          walk(c, cur, out);
          flush(cur, out);
        } else {
          walk(c, cur, out);
        }
      }
    }
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String s = cur.toString().replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    cur.setLength(0);
  }

  private static String q(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
