package io.github.vnnews.internal.normalize;

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

  /** Highest rate ({@link Capitalization}) of a capitalised word that opens a glued sentence. */
  static final double GLUED_RATE = 0.06;

  /**
   * Whether a sentence glued on without punctuation visibly starts at {@code at}: {@link
   * #startsSentence}, or a capitalised common word that the crawl rarely capitalises in the middle
   * of a sentence ({@link Capitalization}: at most {@value #GLUED_RATE} of its occurrences after a
   * lower-case word, or after a capitalised one when {@code afterName}) followed by a lower-case
   * word: {@code … Ảnh: Đức Thịnh Được biết trước đó …}. A word of a name goes on with capitals
   * ({@code Minh}, {@code Nội}: high rates) and never starts one.
   *
   * @param t the text
   * @param at where the word starts
   * @param limit end of the span looked at
   * @param afterName true when a capitalised word stands before {@code at}
   * @return true when a new sentence starts there
   */
  static boolean opensGlued(String t, int at, int limit, boolean afterName) {
    if (startsSentence(t, at, limit)) {
      return true;
    }
    if (at >= limit || !Character.isUpperCase(t.charAt(at))) {
      return false;
    }
    int sp = t.indexOf(' ', at);
    if (sp < 0 || sp + 1 >= limit) {
      return false;
    }
    String word = t.substring(at, sp);
    if (!Capitalization.isCapitalised(word)) {
      return false;
    }
    int ne = t.indexOf(' ', sp + 1);
    String next = t.substring(sp + 1, ne < 0 || ne > limit ? limit : ne);
    while (!next.isEmpty() && !Character.isLetterOrDigit(next.charAt(next.length() - 1))) {
      next = next.substring(0, next.length() - 1);
    }
    if (!Capitalization.isLowerWord(next)) {
      return false;
    }
    double rate = afterName ? Capitalization.rateAfterCapital(word) : Capitalization.rate(word);
    return rate >= 0 && rate <= GLUED_RATE;
  }
}
