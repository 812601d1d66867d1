package io.github.vnnews.internal.normalize;

import io.github.vnnews.internal.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises personal names as bylines print them: capitalised syllables ({@code Diệu Hoa}), all
 * capitals ({@code VĂN HUY}), initials ({@code H.Y.T.}, {@code QM}), several names joined by
 * {@code , - – / và}.
 *
 * <p>Stateless and thread-safe; linear in the length of the input.
 */
final class Names {

  /** Most words a byline may have. */
  static final int MAX_WORDS = 10;

  private Names() {}

  /**
   * Whether {@code s} is the name of a Vietnamese province or a city of one, or the country's
   * ({@code Long An}, {@code Thanh Hóa}, {@code Thanh Hoá}, {@code Việt Nam}): capitalised words
   * that read as a name but name a place. Both tone placements of {@code oa} are accepted.
   */
  static boolean isPlace(String s) {
    return PLACES.contains(s.replace("oà", "òa").replace("oá", "óa").replace("oạ", "ọa"));
  }

  /** The 63 provinces and centrally-run cities (before the 2025 merger), large cities, the country. */
  private static final java.util.Set<String> PLACES = java.util.Set.of(
      "An Giang", "Bà Rịa", "Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
      "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
      "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
      "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
      "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
      "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
      "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
      "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
      "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
      "Vĩnh Phúc", "Yên Bái", "Sài Gòn", "Đà Lạt", "Nha Trang", "Hạ Long", "Phú Quốc",
      "Buôn Ma Thuột", "Biên Hòa", "Thủ Đức", "Tây Nguyên", "Việt Nam");

  /**
   * The names before a note in brackets closing {@code t} ({@code Hà Thu (tổng hợp)}, {@code Vũ
   * Anh (Theo AFP, Reuters)}: {@code Hà Thu}, {@code Vũ Anh}), or null when {@code t} does not end
   * in such a note or what stands before it is not a {@linkplain #isNameList list of names}.
   */
  static String beforeNote(String t) {
    int open = t.lastIndexOf(" (");
    if (open <= 0 || !t.endsWith(")")) {
      return null;
    }
    String names = t.substring(0, open).strip();
    return isNameList(names) ? names : null;
  }

  /**
   * Whether {@code s} is one or more personal names.
   *
   * @param s the candidate, stripped
   * @return true for a name list
   */
  static boolean isNameList(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    String[] tokens = s.split(" ");
    int names = 0;
    int perName = 0;
    if (tokens.length > MAX_WORDS) {
      return false;
    }
    List<String> parts = new ArrayList<>(tokens.length + 2);
    for (String token : tokens) {
      parts.addAll(glued(token));
    }
    for (String raw : parts) {
      if (raw.equals("-") || raw.equals("–") || raw.equals("/") || raw.equals("và")
          || raw.equals("&")) {
        if (perName == 0) {
          return false;
        }
        perName = 0;
        continue;
      }
      boolean comma = raw.endsWith(",");
      String w = comma ? raw.substring(0, raw.length() - 1) : raw;
      int slash = w.indexOf('/');
      if (slash > 0 && isOutletCode(w.substring(slash + 1))) {
        w = w.substring(0, slash);
      }
      if (!isNameWord(w)) {
        return false;
      }
      perName++;
      if (perName > 5) {
        return false;
      }
      if (perName == 1) {
        names++;
      }
      if (comma) {
        perName = 0;
      }
    }
    return names > 0 && perName > 0;
  }

  /**
   * A token split at a dash glued to a capitalised word into the words and the dash: between two
   * ({@code Yến-Văn} in {@code Hải Yến-Văn Giáp}: two names joined without spaces), or on one
   * side only ({@code An-} in {@code Bình An- Hiệp Hiệp}, {@code -Uyên} in {@code Văn Minh -Uyên
   * Phương}: the space on one side lost); any other token alone.
   */
  private static List<String> glued(String token) {
    int n = token.length();
    if (n < 2) {
      return List.of(token);
    }
    if (isDash(token.charAt(n - 1)) && Character.isLetter(token.charAt(n - 2))) {
      return List.of(token.substring(0, n - 1), "-");
    }
    if (isDash(token.charAt(0)) && Character.isUpperCase(token.charAt(1))) {
      return List.of("-", token.substring(1));
    }
    int dash = token.indexOf('-') > 0 ? token.indexOf('-') : token.indexOf('–');
    if (dash <= 0 || dash >= n - 1 || !Character.isUpperCase(token.charAt(dash + 1))) {
      return List.of(token);
    }
    return List.of(token.substring(0, dash), "-", token.substring(dash + 1));
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–';
  }

  /** An agency code after a slash ({@code TTXVN}, {@code VNA}, {@code Vietnam+}). */
  static boolean isOutletCode(String w) {
    if (w.length() < 2 || w.length() > 12) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isUpperCase(c) || c == '+' || c == '.' || Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word of a Vietnamese personal name: a capitalised or all-capitals Vietnamese syllable
   * ({@code Hương}, {@code VIỆT}), initials ({@code H.Q}) or a short code in capitals ({@code PV},
   * {@code HN}); foreign words ({@code Genetics}) are not.
   *
   * @param w the word
   * @return true for a name word
   */
  static boolean isVietnameseNameWord(String w) {
    if (!isNameWord(w)) {
      return false;
    }
    int dot = w.indexOf('.');
    if (dot == w.length() - 1 && w.length() > 3) {
      return false; // a word closing a sentence ("Mặt Trời."), not initials
    }
    return dot >= 0 || w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
        || VietnameseText.isSyllable(w);
  }

  /**
   * A capitalised word, an all-capitals word, or initials. An outlet's short name is none: a
   * capital inside a word after a lower-case letter ({@code VnExpress}, {@code CafeF}: Vietnamese
   * names never have one) or a domain ({@code Zing.vn}).
   */
  static boolean isNameWord(String w) {
    if (w.isEmpty() || w.length() > 15 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetter(c) || c == '.')) {
        return false;
      }
      char prev = w.charAt(i - 1);
      if (Character.isUpperCase(c) && Character.isLowerCase(prev)
          || prev == '.' && Character.isLowerCase(c)) {
        return false;
      }
    }
    return true;
  }
}
