package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import java.util.regex.Pattern;

/**
 * Removes whole lines that match one pattern of page chrome: a menu, a font-size control, a share
 * bar label and so on. Each instance is one named rule ({@link #MENU}, {@link #SHARE}, …); lines
 * longer than {@link #maxWords} words are never chrome of this kind.
 *
 * <p>Immutable and thread-safe.
 */
final class LinePatternRule implements Rule {
  private static final int CI =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Navigation menus ("Tất cả chuyên mục", "Trang chủ"). */
  static final LinePatternRule MENU =
      new LinePatternRule(
          "MenuRule", Label.CHROME, RemovedKind.MENU, 16,
          "^(?:Tất cả chuyên mục|Danh mục|Chuyên mục|Trang chủ|Trang nhất|Menu|Mục lục"
              + "|Trang chủ ?[>»/|].{0,80}|[^.!?>»]{1,30}(?: [>»] [^.!?>»]{1,30}){1,5})$",
          "chuyên mục", "danh mục", "trang chủ", "trang nhất", "menu", "mục lục", " > ", " » ");
  /**
   * Site mastheads ("Báo Điện tử Chính phủ", the national motto header, a national outlet's name
   * alone on a line: "Thanh Niên", "Tuổi Trẻ Online", "VnExpress").
   */
  static final LinePatternRule MASTHEAD =
      new LinePatternRule(
          "MastheadRule", Label.CHROME, RemovedKind.CHROME, 16,
          "^(?:.{0,40}cộng h(?:òa|oà|oa) xã hội chủ nghĩa việt nam.{0,40}|độc lập ?- ?tự do ?- ?hạnh phúc"
              + "|Báo điện tử [^.!?]{1,60}|Cổng thông tin điện tử[^.!?]{0,80}"
              + "|Trang thông tin điện tử[^.!?]{0,80}|Cơ quan của [^.!?]{1,80}"
              + "|(?:Báo )?(?:Thanh Niên|Tuổi Trẻ|Người Lao Động|Lao Động|Dân trí|Tiền Phong"
              + "|VnExpress|VietNamNet|Znews|Zing ?News|Kenh14|CafeF|VOV|VTV|Vietnamplus)"
              + "(?: Online|\\.vn|\\.com\\.vn)?)$",
          "xã hội chủ nghĩa", "độc lập", "báo điện tử", "điện tử", "cơ quan của", "thanh niên",
          "tuổi trẻ", "lao động", "dân trí", "tiền phong", "vnexpress", "vietnamnet", "znews",
          "zing", "kenh14", "cafef", "vov", "vtv", "vietnamplus");
  /** Font-size, print and listen controls. */
  static final LinePatternRule FONT =
      new LinePatternRule(
          "FontControlRule", Label.CHROME, RemovedKind.FONT_CONTROL, 8,
          "^(?:A ?A|A- ?A\\+|A\\+ ?A-|Cỡ chữ(?: ?:.*)?|Font chữ|In bài(?: viết)?|In trang|Bản in"
              + "|Nghe bài(?: viết)?|Nghe đọc bài|Đọc bài|Phóng to|Thu nhỏ)$");
  /** Comment widgets. */
  static final LinePatternRule WIDGET =
      new LinePatternRule(
          "WidgetRule", Label.CHROME, RemovedKind.WIDGET, 8,
          "^(?:Bình luận (?:trên|qua|bằng) (?:Facebook|Zalo|Google).*|Gửi bình luận của bạn.*)$");
  /** Share, like and comment labels. */
  static final LinePatternRule SHARE =
      new LinePatternRule(
          "ShareRule", Label.CHROME, RemovedKind.SHARE, 8,
          "^(?:Chia sẻ(?: bài viết)?|Chia sẻ qua .{1,30}|Share|Link bài gốc|Lấy link!?|Gửi (?:email|e-mail|bài viết"
              + "|cho bạn bè)|Email|Lưu bài(?: viết)?|Sao chép (?:liên kết|link)|Copy link"
              + "|Facebook|Zalo|Twitter|Tweet|Thích|Like|Theo dõi|"
              + "(?:Bình luận|Ý kiến|Ý kiến bạn đọc|Gửi bình luận|Viết bình luận|Gửi ý kiến"
              + "|Bình luận của bạn) ?(?:\\( ?\\d* ?\\))?)$");
  /** Login and subscription prompts. */
  static final LinePatternRule LOGIN =
      new LinePatternRule(
          "LoginRule", Label.CHROME, RemovedKind.LOGIN, 12,
          "^.{0,60}\\b(?:Đăng nhập|Đăng xuất|Đăng ký tài khoản|Quên mật khẩu|Đăng ký nhận tin"
              + "|Đăng ký ngay)"
              + "\\b.{0,60}$",
          "đăng nhập", "đăng xuất", "đăng ký", "mật khẩu");
  /** Copyright and licence lines. */
  static final LinePatternRule COPYRIGHT =
      new LinePatternRule(
          "CopyrightRule", Label.CHROME, RemovedKind.COPYRIGHT, 45,
          "^.{0,200}(?:©|\\(c\\) ?\\d{4}|Copyright|Bản quyền thuộc|Ghi rõ nguồn|không được sao chép"
              + "|Giấy phép (?:số|hoạt động|xuất bản)).{0,200}$",
          "©", "(c)", "copyright", "bản quyền", "ghi rõ nguồn", "sao chép", "giấy phép");
  /** Tag lists. */
  static final LinePatternRule TAGS =
      new LinePatternRule(
          "TagsRule", Label.CHROME, RemovedKind.TAGS, 40,
          "^(?:(?:Từ khóa|Từ khoá|Tags?|Chủ đề|Tìm kiếm liên quan) ?:.*|#[\\p{L}\\p{N}_]{2,40}"
              + "(?: #[\\p{L}\\p{N}_]{2,40}){0,20})$",
          "từ kh", "tag", "chủ đề", "tìm kiếm", "#");
  /** Website link lists, back-to-top links, hotlines. */
  static final LinePatternRule FOOTER =
      new LinePatternRule(
          "FooterRule", Label.CHROME, RemovedKind.FOOTER, 30,
          "^(?:Liên kết website|Liên kết web|Website liên kết|Liên kết|TOP|Lên đầu trang"
              + "|Về đầu trang|Back to top|Về trang chủ|Liên hệ quảng cáo|Đường dây nóng ?:.*"
              + "|Hotline ?:.*|Theo dõi (?:\\p{Lu}[\\p{L}.]*(?: [\\p{L}.]+){0,2}|chúng tôi|báo)"
              + " trên(?: .{1,30})? ?:?|Liên hệ (?:tòa|toà) soạn|Quét mã QR.{0,60}|Tải ứng dụng.{0,60}"
              + "|Tải app.{0,60}|[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,3}"
              + "|(?:Tổng biên tập|Phó Tổng biên tập|Tòa soạn|Toà soạn|Địa chỉ|Điện thoại|Fax"
              + "|Liên hệ|Cơ quan chủ quản) ?:.{1,200})$",
          "liên kết", "top", "đầu trang", "trang chủ", "liên hệ", "đường dây", "hotline", "theo dõi",
          "biên tập", "soạn", "địa chỉ", "điện thoại", "fax", "chủ quản", "qr", "tải", "@");
  /** Related-news headings. */
  static final LinePatternRule RELATED =
      new LinePatternRule(
          "RelatedNewsRule", Label.CHROME, RemovedKind.RELATED, 6,
          "^(?:Tin liên quan|Bài liên quan|Bài viết liên quan|Tin bài liên quan|Tin cùng chuyên mục"
              + "|Cùng chuyên mục|Tin khác|Các tin khác|Tin mới(?: nhất| hơn| đăng)?|Tin cũ hơn"
              + "|Đọc nhiều(?: nhất)?|Xem nhiều(?: nhất)?|Tin đọc nhiều|Tin nổi bật|Bài mới(?: đăng)?"
              + "|Có thể bạn quan tâm|Tin bài cuối cùng|Xem thêm|Đọc thêm|Cùng sự kiện|Tin cùng sự kiện"
              + "|Tin xem nhiều|Tin tiêu điểm|Tiêu điểm|Mới nhất|Chủ đề nóng|Tin nóng|Tin hot"
              + "|Đọc nhiều trong .{1,30}|Xem thêm về|Đọc nhanh|Video liên quan|Ảnh liên quan)"
              + "\\s*[:.…!>»]*$",
          "tin", "bài", "cùng", "đọc", "xem", "có thể", "tiêu điểm", "mới nhất",
          "chủ đề", "nóng", "hot", "liên quan");
  /** Cross links on a line of their own. */
  static final LinePatternRule CROSS_LINK =
      new LinePatternRule(
          "CrossLinkRule", Label.CHROME, RemovedKind.CROSS_LINK, 60,
          "^(?:>>|»|(?:Xem thêm|Đọc thêm|Mời đọc thêm|Mời xem thêm) ?: ?\\S).*$|^.{0,200}\\bXem tiếp"
              + " ?\\.{2,} ?$",
          ">>", "»", "xem thêm", "đọc thêm", "xem tiếp");
  /** Image placeholders ("Chú thích ảnh", "… - Hình 1"). */
  static final LinePatternRule IMAGE_ALT =
      new LinePatternRule(
          "ImageAltRule", Label.CHROME, RemovedKind.CHROME, 60,
          "^(?:Chú thích ảnh|.{5,300} [-–] Hình \\d{1,3})$",
          "chú thích ảnh", "hình ");
  /** Advertising labels. */
  static final LinePatternRule ADVERTISEMENT =
      new LinePatternRule(
          "AdvertisementRule", Label.CHROME, RemovedKind.ADVERTISEMENT, 4,
          "^(?:Quảng cáo|Advertisement|Tài trợ|Sponsored)$");
  /** View counters. */
  static final LinePatternRule VIEWS =
      new LinePatternRule(
          "ViewsRule", Label.CHROME, RemovedKind.CHROME, 6,
          "^(?:(?:Lượt xem|Lượt đọc|Số lượt xem) ?:? ?\\d[\\d.,]*|\\d[\\d.,]* lượt (?:xem|đọc|thích))$");

  private final String name;
  private final Label label;
  private final RemovedKind kind;
  private final int maxWords;
  private final Pattern pattern;
  /** Lower-case substrings one of which a matching line must contain; a cheap pre-check. */
  private final DraftLine.Needle[] hints;

  LinePatternRule(String name, Label label, RemovedKind kind, int maxWords, String regex,
      String... hints) {
    this.hints = DraftLine.Needle.of(hints);
    this.name = name;
    this.label = label;
    this.kind = kind;
    this.maxWords = maxWords;
    this.pattern = Pattern.compile(regex, CI);
  }

  @Override
  public String name() {
    return name;
  }

  /** Whether the text is chrome of this kind. */
  boolean matches(String text) {
    return text.length() <= 400 && Sentences.words(text) <= maxWords
        && pattern.matcher(text).matches();
  }

  @Override
  public void apply(Draft draft) {
    for (DraftLine line : draft.lines) {
      Piece p = line.wholeUndecided();
      if (p != null && line.text.length() <= 400 && line.words() <= maxWords && hinted(line)
          && pattern.matcher(line.text).matches()) {
        p.decide(label, kind, name);
      }
    }
  }

  private boolean hinted(DraftLine line) {
    if (hints.length == 0) {
      return true;
    }
    String lower = line.lower();
    for (DraftLine.Needle h : hints) {
      if (line.mayContainLower(h) && lower.contains(h.text)) {
        return true;
      }
    }
    return false;
  }
}
