package io.github.vnnews.reliability;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Seeded random "scrapes": Vietnamese-ish lines mixed with the chrome of news sites (datelines,
 * bylines, photo credits, share rows, related links, copyright lines), delimiters, blank lines and
 * odd white space (no-break and zero-width spaces, tabs, CR LF, NFD text). Deterministic for a
 * seed, so a failure names the seed that reproduces it.
 */
final class VietnameseNoise {
  private static final String[] WORDS = {
    "Hà", "Nội", "thành", "phố", "người", "dân", "đã", "được", "của", "và", "các", "những", "cho", "với",
    "năm", "tháng", "ngày", "Chính", "phủ", "Quốc", "hội", "tỉnh", "huyện", "xã", "công", "an", "kinh",
    "tế", "đồng", "chí", "Thủ", "tướng", "phát", "biểu", "hội", "nghị", "giá", "vàng", "xăng", "dầu",
    "học", "sinh", "trường", "bệnh", "viện", "Đà", "Nẵng", "Huế", "Cần", "Thơ", "Việt", "Nam", "lũ", "lụt",
    "thuỷ", "thủy", "hoà", "hòa", "khoẻ", "khỏe", "COVID-19", "5G", "AI", "UBND", "TP.HCM", "8.000", "1,5",
    "tỷ", "đồng", "%", "km", "m2", "quý", "IV/2026", "ông", "bà", "anh", "chị", "cho", "biết", "đơn", "vị"
  };
  private static final String[] CHROME = {
    "Chia sẻ", "Bình luận", "Tin liên quan", "Cỡ chữ", "A A", "A- A+", "In bài", "Theo TTXVN",
    "Nguồn: dantri.com.vn", "(Tổng hợp)", "Từ khóa: giá vàng, thời sự", "Xem thêm: Giá vàng hôm nay",
    ">> Đọc thêm: Mưa lớn ở miền Trung", "Trang chủ > Thời sự > Xã hội", "Thứ Hai, 28/07/2023 - 18:13",
    "Cập nhật: 10:25 ngày 5/8/2023", "28/7/2023 18:13 GMT+7", "Chủ nhật, 01/01/2023, 07:00 (GMT+7)",
    "Ảnh: Minh Anh", "(Ảnh minh họa)", "Ảnh: TTXVN", "PV", "Nguyễn Văn A", "Hoàng Lâm - Thu Trang", "/.",
    "|", "©2023 Báo Điện tử. All rights reserved.", "Email: toasoan@baodientu.vn",
    "https://vnexpress.net/gia-vang-hom-nay-4672302.html", "Đăng nhập | Đăng ký", "Quảng cáo",
    "Ý kiến ()", "Video đang được xem nhiều", "Bản quyền thuộc về Báo X", "Tags: kinh tế"
  };
  private static final String[] PREFIXES = {"(Baonghean) - ", "TTXVN - ", "HÀ NỘI - ", "(Dân trí) - ", "Trực tiếp - "};
  private static final String[] DELIMITERS = {"=====", "----------", "#####", "*****", "~~~~~", "<<<DOC 12>>>", "<<<END>>>", "\f"};
  private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\u00a0", "\u200b", " \u200b", "\u202f", "\u3000"};
  private static final String[] BREAKS = {"\n", "\n", "\n", "\r\n", "\r"};

  private final Random random;
  private final List<String> delimitersUsed = new java.util.ArrayList<>();

  VietnameseNoise(long seed) {
    this.random = new Random(seed);
  }

  /** The delimiter lines the last {@link #file()} used (with the words they hold). */
  List<String> delimitersUsed() {
    return List.copyOf(delimitersUsed);
  }

  /** A file of one to four articles separated by delimiters. */
  String file() {
    delimitersUsed.clear();
    StringBuilder sb = new StringBuilder();
    int articles = 1 + random.nextInt(4);
    if (random.nextInt(8) == 0) {
      delimiter(sb);
    }
    for (int a = 0; a < articles; a++) {
      if (a > 0) {
        delimiter(sb);
      }
      article(sb);
    }
    if (random.nextInt(6) == 0) {
      delimiter(sb);
    }
    return sb.toString();
  }

  private void delimiter(StringBuilder sb) {
    String d = pick(DELIMITERS);
    delimitersUsed.add(d);
    if (d.equals("\f")) {
      sb.append(d); // a form feed ends the line it stands on
    } else {
      sb.append(random.nextBoolean() ? d : "  " + d + " ").append(pick(BREAKS));
    }
  }

  private void article(StringBuilder sb) {
    int lines = 1 + random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      switch (random.nextInt(10)) {
        case 0, 1 -> sb.append(pick(CHROME));
        case 2 -> sb.append(sentence(3, 12)).append(random.nextBoolean() ? " Ảnh: " : " (Ảnh: ").append(name())
            .append(random.nextBoolean() ? ")" : "");
        case 3 -> sb.append(pick(PREFIXES)).append(sentence(8, 30));
        case 4 -> {
          /* blank line, maybe with white space */
          if (random.nextBoolean()) {
            sb.append(pick(SPACES));
          }
        }
        case 5 -> sb.append(sentence(1, 4).toUpperCase(java.util.Locale.ROOT));
        default -> sb.append(sentence(5, 40));
      }
      sb.append(pick(BREAKS));
    }
  }

  private String sentence(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(pick(SPACES));
      }
      String w = pick(WORDS);
      if (random.nextInt(15) == 0) {
        w = Normalizer.normalize(w, Normalizer.Form.NFD);
      }
      sb.append(w);
      if (random.nextInt(8) == 0) {
        sb.append(random.nextBoolean() ? "," : ";");
      }
    }
    return sb.append(random.nextInt(5) == 0 ? "" : ".").toString();
  }

  private String name() {
    return pick(new String[] {"Minh Anh", "PV", "TTXVN", "Lê Hoàng", "Reuters", "Internet", "Thanh Tùng/Vietnam+"});
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
