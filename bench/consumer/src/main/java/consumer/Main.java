package consumer;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Normalizer;
import io.github.vnnews.json.ArticleJsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a corpus, writes its JSON Lines, normalises one page: what a first program does. */
public class Main {
  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    long n = 0;
    try (Corpus corpus = Corpus.read(Path.of(args[0]));
        ArticleJsonWriter out = ArticleJsonWriter.jsonLines(json)) {
      for (Article a : corpus) {
        out.write(a);
        n++;
      }
    }
    Article page = Normalizer.defaults().normalizeHtml(
        "<html><body><article><h1>Tiêu đề</h1><p>Nội dung bài báo dài hơn một chút.</p>"
            + "</article></body></html>",
        "https://example.vn/a.html");
    System.out.println(n + " articles, "
        + json.toString(StandardCharsets.UTF_8).lines().count() + " JSON lines, page title "
        + page.title());
  }
}
