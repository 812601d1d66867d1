package io.github.vnnews.internal.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts, over a crawl of Vietnamese news, how often each syllable is written with a capital in
 * the middle of a sentence, and writes the resource {@link Capitalization} reads.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.github.vnnews.internal.normalize.CapitalizationStats CRAWL_DIR [OUT.tsv]
 * </pre>
 *
 * <p>CRAWL_DIR is the baomoi crawl of {@code magizbox/scraper} ({@code vn_news/data}, 35,440
 * files; {@code fetch} brings the repository). Files whose id is reserved for evaluation
 * ({@code ../shared/eval/RESERVED.md}) or is an input of a sealed eval source are skipped. A
 * position counts when the word before it is a lower-case word with no punctuation after it: there
 * a capital is a name, or a sentence start the crawl glued on (a caption, a crosshead). A fifth
 * count is how often the syllable opens a sentence with a capital (the word before it ends in
 * {@code . ! ?}): a common word that opens sentences ({@code Trong}, {@code Sau}) against a
 * syllable of names ({@code Tàng} in {@code Tráng A Tàng}, {@code Đồng} in {@code Lâm Đồng}) that
 * hardly ever does.
 */
public final class CapitalizationStats {
  /** Fewest occurrences a syllable needs to be written out. */
  static final int MIN_COUNT = 20;

  private CapitalizationStats() {}

  /**
   * Entry point.
   *
   * @param args the crawl folder, optionally the output file
   */
  public static void main(String[] args) throws IOException {
    Path crawl = Path.of(args[0]);
    Path out = args.length > 1 ? Path.of(args[1])
        : TrainModels.basedir().resolve(
            "src/main/resources/io/github/vnnews/internal/normalize/" + Capitalization.RESOURCE);
    Set<String> hidden = hiddenIds();
    Map<String, int[]> counts = new HashMap<>();
    int files = 0;
    List<Path> all;
    try (Stream<Path> s = Files.list(crawl)) {
      all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : all) {
      String id = f.getFileName().toString().replace(".txt", "");
      if (hidden.contains(id)) {
        continue;
      }
      files++;
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String[] lines = text.split("\r\n|\r|\n");
      for (int li = 1; li < lines.length; li++) { // the first line is the headline
        count(lines[li], counts);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Mid-sentence capitals per syllable, for Capitalization (generated; do not edit).\n");
    sb.append("# ").append(LocalDate.now()).append(": CapitalizationStats over ").append(files)
        .append(" files of ").append(crawl.getFileName()).append(" (reserved and sealed ids left out),\n");
    sb.append("# syllables seen at least ").append(MIN_COUNT).append(" times after a lower-case or a")
        .append(" capitalised word (no punctuation between):\n# syllable<TAB>lower-case after lower-case")
        .append("<TAB>capitalised after lower-case<TAB>lower-case after capitalised<TAB>capitalised after")
        .append(" capitalised<TAB>capitalised at a sentence start\n");
    for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
      int[] c = e.getValue();
      if (c[0] + c[1] >= MIN_COUNT || c[2] + c[3] >= MIN_COUNT) {
        sb.append(e.getKey()).append('\t').append(c[0]).append('\t').append(c[1]).append('\t')
            .append(c[2]).append('\t').append(c[3]).append('\t').append(c[4]).append('\n');
      }
    }
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    System.out.println("wrote " + out + " from " + files + " files");
  }

  static void count(String line, Map<String, int[]> counts) {
    String[] toks = line.strip().split("\\s+");
    for (int i = 1; i < toks.length; i++) {
      int at;
      String w = toks[i];
      if (Capitalization.isLowerWord(toks[i - 1])) {
        at = 0;
      } else if (Capitalization.isCapitalised(toks[i - 1])) {
        at = 2;
      } else {
        if (endsSentence(toks[i - 1]) && Capitalization.isCapitalised(w)) {
          counts.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new int[5])[4]++;
        }
        continue;
      }
      if (!Capitalization.isWord(w)) {
        continue;
      }
      if (Capitalization.isLowerWord(w)) {
        counts.computeIfAbsent(w, k -> new int[5])[at]++;
      } else if (Capitalization.isCapitalised(w)) {
        counts.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new int[5])[at + 1]++;
      }
    }
  }

  /** A word followed by a full stop, a question or an exclamation mark ({@code nay.}). */
  static boolean endsSentence(String tok) {
    int n = tok.length();
    if (n < 2) {
      return false;
    }
    char c = tok.charAt(n - 1);
    return (c == '.' || c == '!' || c == '?') && Capitalization.isWord(tok.substring(0, n - 1));
  }

  /**
   * Ids of reserved files and of the inputs of sealed eval sources.
   *
   * @return the ids
   * @throws IOException when the reserved list cannot be read
   */
  public static Set<String> hiddenIds() throws IOException {
    Set<String> ids = new HashSet<>();
    Path reserved = TrainModels.shared().resolve("eval/RESERVED.md");
    String text = Files.readString(reserved, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```(.*?)```", Pattern.DOTALL).matcher(text);
    while (block.find()) {
      Matcher id = Pattern.compile("\\b\\d{6,}\\b").matcher(block.group(1));
      while (id.find()) {
        ids.add(id.group());
      }
    }
    Path tsv = TrainModels.basedir().resolve("eval/sources.tsv");
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length > 3 && f[3].equals("sealed")) {
          Path in = TrainModels.basedir().resolve("eval/" + f[1] + "/" + f[0] + "/input");
          if (Files.isDirectory(in)) {
            try (Stream<Path> s = Files.list(in)) {
              s.forEach(p -> {
                Matcher m = Pattern.compile("\\d{6,}").matcher(p.getFileName().toString());
                while (m.find()) {
                  ids.add(m.group());
                }
              });
            }
          }
        }
      }
    }
    return ids;
  }
}
