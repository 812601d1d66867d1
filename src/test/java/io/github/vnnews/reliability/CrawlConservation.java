package io.github.vnnews.reliability;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Normalizer;
import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.internal.normalize.CapitalizationStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the "nothing lost" invariant ({@link WordConservation}) over a whole crawl and reports
 * the number of violating articles (naming the first few). The unit tests check it on fixtures,
 * the seeds, the dev corpus and random scrapes; this main runs it where the rules meet the long
 * tail, such as the 35,440-article baomoi crawl of {@code magizbox/scraper}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.github.vnnews.reliability.CrawlConservation /work/data/magizbox/vn_news/data
 * </pre>
 *
 * <p>Only the counts and the first violations are printed (file name, article index and the
 * words lost or added), never article text; violations in reserved or sealed files ({@link
 * CapitalizationStats#hiddenIds()}) are counted, not described. The exit status is 1 when any
 * article loses or adds a word.
 */
public final class CrawlConservation {
  /** How many violations are described in full. */
  static final int SHOWN = 20;

  private CrawlConservation() {}

  /**
   * Entry point.
   *
   * @param args files or folders to read
   * @throws IOException when the input cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: CrawlConservation PATH...");
      System.exit(2);
    }
    Set<String> hidden = CapitalizationStats.hiddenIds();
    Normalizer normalizer = Normalizer.defaults();
    long articles = 0;
    long violations = 0;
    try (Corpus corpus = Corpus.read(List.of(args).stream().map(Path::of).toList(),
        Options.defaults())) {
      Iterator<RawDocument> docs = corpus.documents();
      while (docs.hasNext()) {
        RawDocument d = docs.next();
        if (d.isHtml()) {
          continue;
        }
        articles++;
        Article a = normalizer.normalize(d);
        Optional<String> diff = WordConservation.check(d, a);
        if (diff.isPresent()) {
          violations++;
          if (violations <= SHOWN && !hidden(d.path(), hidden)) {
            System.out.println(d.path() + " article " + d.index() + ": " + diff.get());
          }
        }
      }
    }
    System.out.println("articles=" + articles + " violations=" + violations);
    System.exit(violations == 0 ? 0 : 1);
  }

  /** Whether a path names a reserved or sealed id: its violation is counted, not described. */
  private static boolean hidden(String path, Set<String> ids) {
    Matcher m = ID.matcher(path);
    while (m.find()) {
      if (ids.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ID = Pattern.compile("\\d{6,}");
}
