package bench.peers;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Articles per second of the JVM peers over the sample articles of a generated corpus: each
 * plain-text article (articles split by {@code #####} lines) wrapped as an HTML page, one {@code
 * <p>} per line, its first line also the {@code <title>}. The pages are made before the clock
 * starts; warm-up passes over all of them for 3 s, then timed passes for at least 3 s, on one
 * thread.
 *
 * <p>Usage: {@code PeerSpeed readability4j|boilerpipe SAMPLE.txt}. Prints one line: {@code
 * peer articles seconds articles/s cpu-seconds articles/cpu-s}.
 */
public final class PeerSpeed {
  private PeerSpeed() {}

  public static void main(String[] args) throws Exception {
    String peer = args[0];
    List<String> pages = pages(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    long chars = 0;
    long warm = System.nanoTime();
    do {
      for (String page : pages) {
        chars += extract(peer, page).length();
      }
    } while (System.nanoTime() - warm < 3_000_000_000L);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long n = 0;
    do {
      for (String page : pages) {
        chars += extract(peer, page).length();
      }
      n += pages.size();
    } while (System.nanoTime() - t0 < 3_000_000_000L);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%s %d %.3f %.1f %.3f %.1f (%d chars)%n",
        peer, n, secs, n / secs, cpu, n / cpu, chars);
  }

  private static String extract(String peer, String html) throws Exception {
    switch (peer) {
      case "readability4j": {
        Article a = new Readability4J("https://example.invalid/", html).parse();
        String t = a.getTextContent();
        return t == null ? "" : t;
      }
      case "boilerpipe":
        return ArticleExtractor.INSTANCE.getText(html);
      default:
        throw new IllegalArgumentException("unknown peer " + peer);
    }
  }

  /** The sample's articles as HTML pages, one paragraph per line. */
  static List<String> pages(String sample) {
    List<String> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : sample.split("\n", -1)) {
      if (line.strip().equals("#####")) {
        add(out, lines);
      } else {
        lines.add(line);
      }
    }
    add(out, lines);
    return out;
  }

  private static void add(List<String> out, List<String> lines) {
    lines.removeIf(String::isBlank);
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
    sb.append(escape(lines.get(0))).append("</title></head><body><article>\n");
    for (String l : lines) {
      sb.append("<p>").append(escape(l)).append("</p>\n");
    }
    sb.append("</article></body></html>\n");
    out.add(sb.toString());
    lines.clear();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
