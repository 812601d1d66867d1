package io.github.vnnews.internal.dedup;

import io.github.vnnews.Article;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Articles for deduplication tests: hand-made ones and seeded random corpora with near-copies. */
final class DedupFixtures {
  private DedupFixtures() {}

  static Article article(int n, String title, List<String> paragraphs, PublicationTime published) {
    String id = String.format(Locale.ROOT, "%016x", 0x1000L + n);
    return new Article(id, new Source("t/" + n + ".txt", 0, 1, 1 + paragraphs.size(), "text", "utf-8", false, null, null),
        title, published, null, null, null, paragraphs, List.of(), List.of(), "vi", null, null, null, List.of());
  }

  static final String[] WORDS = (
      "người dân thành phố hà nội cho biết năm nay giá cả tăng mạnh trong khi thu nhập không đổi "
          + "chính phủ đã ban hành nghị định mới về quản lý thị trường bất động sản nhằm ổn định "
          + "tình hình kinh tế xã hội các địa phương cần triển khai ngay những biện pháp cụ thể để "
          + "bảo đảm an toàn giao thông trước mùa mưa bão sắp tới theo thống kê của tổng cục "
          + "lượng khách du lịch quốc tế đến việt nam tăng gấp đôi so với cùng kỳ năm ngoái")
      .split(" ");

  /** A paragraph of random syllables with numbers, distinct from other articles'. */
  static String paragraph(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = 20 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String w = WORDS[r.nextInt(WORDS.length)];
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      if (r.nextInt(9) == 0) {
        sb.append(' ').append(r.nextInt(10_000));
      }
    }
    return sb.append('.').toString();
  }

  /**
   * A corpus of distinct articles and near-copies of some of them: a new headline, a changed or
   * dropped lede, another outlet's tag, a paragraph added or removed; dates random or absent.
   */
  static List<Article> corpus(long seed, int originals) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Article> out = new ArrayList<>();
    List<Article> bases = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < originals; i++) {
      List<String> ps = new ArrayList<>();
      int k = 3 + r.nextInt(6);
      for (int p = 0; p < k; p++) {
        ps.add(paragraph(r));
      }
      Article a = article(n++, "Tin số " + i + " " + WORDS[r.nextInt(WORDS.length)], ps, date(r));
      out.add(a);
      bases.add(a);
      int copies = r.nextInt(4) == 0 ? 1 + r.nextInt(4) : 0;
      for (int c = 0; c < copies; c++) {
        out.add(nearCopy(n++, a, r));
      }
    }
    // shuffle deterministically so copies are not always right after their original
    for (int i = out.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Article t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  static Article nearCopy(int n, Article a, SplittableRandom r) {
    List<String> ps = new ArrayList<>(a.paragraphs());
    switch (r.nextInt(4)) {
      case 0 -> ps.set(0, paragraph(r)); // a changed lede
      case 1 -> ps.set(0, "(TTXVN) - " + ps.get(0)); // another outlet's tag
      case 2 -> ps.add(paragraph(r)); // a paragraph added
      default -> {
        if (ps.size() > 3) {
          ps.remove(ps.size() - 1); // the last one dropped
        }
      }
    }
    if (r.nextBoolean()) {
      ps.replaceAll(p -> p.toUpperCase(Locale.ROOT));
    }
    return article(n, "Sửa tít: " + a.title(), ps, date(r));
  }

  private static PublicationTime date(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return null;
    }
    return PublicationTime.ofDate(java.time.LocalDate.of(2023, 1 + r.nextInt(3), 1 + r.nextInt(28)));
  }
}
