import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
/** The floor for pages: read each file and parse it with jsoup (charset sniffed as jsoup does), nothing else. */
public class Floor {
  public static void main(String[] a) throws Exception {
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(Path.of(a[0]))) { s.sorted().forEach(files::add); }
    long nodes = 0;
    for (Path p : files) {
      byte[] b = Files.readAllBytes(p);
      Document d = Jsoup.parse(new java.io.ByteArrayInputStream(b), null, "");
      nodes += d.getAllElements().size();
    }
    System.out.println(files.size() + " pages, " + nodes + " elements");
  }
}
