package io.github.vnnews.normalize;

import java.util.Set;

/**
 * Words that open Vietnamese sentences and are not parts of names ({@code Theo}, {@code Tại},
 * {@code Khi}, {@code Ông}, …). Where a crawl glued a photo credit or a video label to the next
 * sentence without punctuation ({@code Ảnh: Thu Huyền Tại các điểm …}), such a word followed by a
 * lower-case word is where the next sentence starts.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceStarters {
  private static final Set<String> WORDS =
      Set.of(
          "Theo", "Tại", "Trong", "Sau", "Trước", "Khi", "Ngày", "Sáng", "Chiều", "Tối", "Trưa",
          "Đêm", "Hiện", "Ông", "Bà", "Anh", "Chị", "Các", "Những", "Đây", "Đó", "Năm", "Tháng",
          "Cũng", "Tuy", "Nhưng", "Còn", "Vì", "Do", "Với", "Để", "Mới", "Bên", "Từ", "Dù", "Nếu",
          "Ngoài", "Lúc", "Hôm", "Qua", "Về", "Cùng", "Một", "Hai", "Ba", "Nhiều", "Người", "Việc",
          "Điều", "Đến", "Vừa", "Đồng", "Cô", "Em", "Giữa", "Chính", "Thế", "Vậy", "Ngay",
          "Mặc", "Tất", "Mỗi", "Sắp", "Hiện nay", "Đặc", "Trên", "Dưới", "Nhờ", "Tiếp", "Hơn",
          "Song", "Đáng", "Thậm", "Riêng", "Bởi", "Trước đó", "Đối", "Liên");

  private SentenceStarters() {}

  /**
   * Whether a new sentence visibly starts at {@code at}: an opening quote, or a sentence-opening
   * word followed by a lower-case word.
   */
  static boolean startsSentence(String t, int at, int limit) {
    if (at >= limit) {
      return false;
    }
    char c = t.charAt(at);
    if (c == '“' || c == '"') {
      return true;
    }
    int sp = t.indexOf(' ', at);
    if (sp < 0 || sp >= limit) {
      return false;
    }
    String word = t.substring(at, sp);
    if (!WORDS.contains(word)) {
      return false;
    }
    return sp + 1 < limit && Character.isLowerCase(t.charAt(sp + 1));
  }

  /** After a lower-case word, any capitalised word is a new sentence. */
  static boolean capitalAfterLower(String t, int at) {
    int k = at - 2;
    return at > 1 && at < t.length() && Character.isUpperCase(t.charAt(at))
        && k >= 0 && Character.isLowerCase(t.charAt(k));
  }
}
