package io.github.vnnews.html;

import io.github.vnnews.RemovedKind;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page chrome: by the semantics of an element (tag, role, class and id words) and by
 * the wording of a block of text (Vietnamese labels for related news, sharing, tags, sources,
 * copyright).
 *
 * <p>Class and id values are split into words at hyphens, underscores, spaces and lower-to-upper
 * case changes ({@code relatedNews} gives "related", "news"); a word must equal a listed word, or
 * start with one of the longer listed stems. Thread-safe (stateless).
 */
final class ChromeRules {

  /** A classification: what kind of chrome, and the rule that said so. */
  record Verdict(RemovedKind kind, String rule) {}

  private static final Map<String, RemovedKind> WORDS =
      Map.ofEntries(
          Map.entry("nav", RemovedKind.MENU), Map.entry("navbar", RemovedKind.MENU),
          Map.entry("menu", RemovedKind.MENU), Map.entry("breadcrumb", RemovedKind.MENU),
          Map.entry("breadcrumbs", RemovedKind.MENU), Map.entry("footer", RemovedKind.FOOTER),
          Map.entry("masthead", RemovedKind.CHROME),
          Map.entry("comment", RemovedKind.WIDGET), Map.entry("comments", RemovedKind.WIDGET),
          Map.entry("binhluan", RemovedKind.WIDGET), Map.entry("rating", RemovedKind.WIDGET),
          Map.entry("vote", RemovedKind.WIDGET), Map.entry("poll", RemovedKind.WIDGET),
          Map.entry("reaction", RemovedKind.WIDGET), Map.entry("reactions", RemovedKind.WIDGET),
          Map.entry("share", RemovedKind.SHARE), Map.entry("sharing", RemovedKind.SHARE),
          Map.entry("social", RemovedKind.SHARE), Map.entry("facebook", RemovedKind.SHARE),
          Map.entry("zalo", RemovedKind.SHARE), Map.entry("fb", RemovedKind.SHARE),
          Map.entry("like", RemovedKind.SHARE), Map.entry("bookmark", RemovedKind.SHARE),
          Map.entry("related", RemovedKind.RELATED), Map.entry("relate", RemovedKind.RELATED),
          Map.entry("lienquan", RemovedKind.RELATED), Map.entry("tinlienquan", RemovedKind.RELATED),
          Map.entry("tinkhac", RemovedKind.RELATED), Map.entry("xemthem", RemovedKind.RELATED),
          Map.entry("readmore", RemovedKind.RELATED), Map.entry("docnhieu", RemovedKind.RELATED),
          Map.entry("mostview", RemovedKind.RELATED), Map.entry("mostread", RemovedKind.RELATED),
          Map.entry("recommend", RemovedKind.RELATED), Map.entry("recommended", RemovedKind.RELATED),
          Map.entry("suggest", RemovedKind.RELATED), Map.entry("suggestion", RemovedKind.RELATED),
          Map.entry("sidebar", RemovedKind.RELATED), Map.entry("aside", RemovedKind.RELATED),
          Map.entry("widget", RemovedKind.RELATED), Map.entry("trending", RemovedKind.RELATED),
          Map.entry("tag", RemovedKind.TAGS), Map.entry("tags", RemovedKind.TAGS),
          Map.entry("keyword", RemovedKind.TAGS), Map.entry("keywords", RemovedKind.TAGS),
          Map.entry("tukhoa", RemovedKind.TAGS),
          Map.entry("ad", RemovedKind.ADVERTISEMENT), Map.entry("ads", RemovedKind.ADVERTISEMENT),
          Map.entry("adv", RemovedKind.ADVERTISEMENT), Map.entry("advert", RemovedKind.ADVERTISEMENT),
          Map.entry("advertisement", RemovedKind.ADVERTISEMENT),
          Map.entry("banner", RemovedKind.ADVERTISEMENT), Map.entry("qc", RemovedKind.ADVERTISEMENT),
          Map.entry("quangcao", RemovedKind.ADVERTISEMENT),
          Map.entry("sponsor", RemovedKind.ADVERTISEMENT),
          Map.entry("sponsored", RemovedKind.ADVERTISEMENT),
          Map.entry("dfp", RemovedKind.ADVERTISEMENT), Map.entry("promo", RemovedKind.ADVERTISEMENT),
          Map.entry("author", RemovedKind.BYLINE), Map.entry("byline", RemovedKind.BYLINE),
          Map.entry("tacgia", RemovedKind.BYLINE),
          Map.entry("print", RemovedKind.FONT_CONTROL), Map.entry("fontsize", RemovedKind.FONT_CONTROL),
          Map.entry("toolbar", RemovedKind.FONT_CONTROL), Map.entry("tools", RemovedKind.FONT_CONTROL),
          Map.entry("login", RemovedKind.LOGIN), Map.entry("register", RemovedKind.LOGIN),
          Map.entry("subscribe", RemovedKind.LOGIN), Map.entry("newsletter", RemovedKind.LOGIN),
          Map.entry("copyright", RemovedKind.COPYRIGHT),
          Map.entry("podcast", RemovedKind.EMBED_LABEL), Map.entry("player", RemovedKind.EMBED_LABEL));

  /** Two-word combinations written as separate words ("tin-lien-quan", "box-relate"). */
  private static final Map<String, RemovedKind> PAIRS =
      Map.of(
          "lien quan", RemovedKind.RELATED, "binh luan", RemovedKind.WIDGET,
          "xem them", RemovedKind.RELATED, "doc them", RemovedKind.RELATED,
          "doc nhieu", RemovedKind.RELATED, "tin khac", RemovedKind.RELATED,
          "most read", RemovedKind.RELATED, "read more", RemovedKind.RELATED,
          "tac gia", RemovedKind.BYLINE, "tu khoa", RemovedKind.TAGS);

  private static final String[] MARKER_ATTRIBUTES = {"type", "data-role", "data-type"};

  private static final Set<String> LANDMARK_TAGS = Set.of("nav", "aside", "footer", "header");

  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

  private static final Pattern RELATED_TEXT =
      Pattern.compile(
          "^(?i:tin liên quan|bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin khác|tin mới|"
              + "tin nổi bật|đọc nhiều|xem nhiều|có thể bạn quan tâm|bạn có thể quan tâm|"
              + "mời quý độc giả|mời bạn đọc|đừng bỏ lỡ|video đang được xem nhiều)",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CROSS_LINK_TEXT =
      Pattern.compile("^(?:>{1,3}|»)\\s*\\S|^(?i:xem thêm|đọc thêm|xem tiếp|xem chi tiết)\\s*[:>»]",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SHARE_TEXT =
      Pattern.compile(
          "^(?i:chia sẻ|bình luận|gửi bình luận|ý kiến|ý kiến bạn đọc|ý kiến của bạn|"
              + "theo dõi .{1,40} trên|lưu bài|like|tweet|quan tâm|báo lỗi)\\b.{0,80}$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TAGS_TEXT =
      Pattern.compile("^(?i:từ khóa|từ khoá|tags?|chủ đề|keywords?)\\s*:?(\\s.{0,300})?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SOURCE_TEXT =
      Pattern.compile(
          "^[(\\[]?\\s*(?i:theo|nguồn)\\s*:?\\s+([^()\\[\\]]{2,60}?)\\s*[)\\]]?\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COMPILED_TEXT =
      Pattern.compile("^[(\\[]?\\s*(?i:tổng hợp|tổng hợp từ .{1,40}|lược dịch|dịch)\\s*[)\\]]?\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COPYRIGHT_TEXT =
      Pattern.compile("^(?:©|\\(c\\)|(?i:copyright|bản quyền))", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern EMBED_TEXT =
      Pattern.compile("^(?:[-–]\\s*)?(?i:video|clip)\\s*:|(?i:\\.\\s*video\\s*:)",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FONT_TEXT =
      Pattern.compile(
          "^(?i:cỡ chữ|a\\s?a|in bài|in trang|nghe bài( viết)?|nghe đọc|nghe tin|đọc bài|bấm để nghe|"
              + "giọng (đọc|nam|nữ).{0,40}|phóng to|thu nhỏ|tắt quảng cáo|lưu bài|lưu tin)\\s*[:.]?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MORE_TEXT =
      Pattern.compile("^(?i:đọc tiếp|xem tiếp|xem thêm|đọc thêm|xem toàn bộ|xem chi tiết)\\s*[.…>»]*$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LOGIN_TEXT =
      Pattern.compile(
          "^(?i:đăng ký|đăng nhập|đăng xuất|tải ứng dụng|tải app|subscribe)"
              + "(?i: ngay| nhận tin| nhận bản tin| tài khoản| để .{1,40})?\\s*[.!]?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FOOTER_TEXT =
      Pattern.compile(
          "^(?i:hotline|email|e-mail|điện thoại|đường dây nóng|giấy phép( số)?|tổng biên tập|"
              + "cơ quan chủ quản|liên hệ quảng cáo)\\s*(?:[:.]|$).{0,120}$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CREDIT_TEXT =
      Pattern.compile("^\\(?\\s*(?i:ảnh|đồ họa|đồ hoạ|photo|clip)\\s*:\\s*[^:]{1,60}\\)?$",
          Pattern.UNICODE_CHARACTER_CLASS);

  private ChromeRules() {}

  /**
   * What an element is, judged by its semantics alone: a landmark tag, an ARIA role, or a class
   * or id word.
   *
   * @param e the element
   * @return the verdict, or null when nothing marks the element as chrome
   */
  static Verdict ofElement(Element e) {
    String tag = e.normalName();
    if (LANDMARK_TAGS.contains(tag)) {
      return new Verdict(switch (tag) {
        case "nav" -> RemovedKind.MENU;
        case "footer" -> RemovedKind.FOOTER;
        case "aside" -> RemovedKind.RELATED;
        default -> RemovedKind.CHROME;
      }, "LandmarkTag:" + tag);
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
      return new Verdict(RemovedKind.MENU, "AriaRole:" + role);
    }
    if (role.equals("contentinfo")) {
      return new Verdict(RemovedKind.FOOTER, "AriaRole:" + role);
    }
    if (role.equals("complementary")) {
      return new Verdict(RemovedKind.RELATED, "AriaRole:" + role);
    }
    Verdict v = ofNames(e.className());
    if (v == null) {
      v = ofNames(e.id());
    }
    if (v == null && !tag.equals("input") && !tag.equals("button") && !tag.equals("script")) {
      // CMS markers: <div type="RelatedOneNews">, <p data-role="author">
      for (String attr : MARKER_ATTRIBUTES) {
        String value = e.attr(attr);
        if (!value.isEmpty()) {
          v = ofNames(value);
          if (v != null) {
            return new Verdict(v.kind(), attr + ":" + v.rule());
          }
        }
      }
    }
    return v;
  }

  private static Verdict ofNames(String names) {
    if (names.isEmpty() || names.length() > 300) {
      return null;
    }
    String[] words = WORD_SPLIT.split(names);
    String prev = null;
    for (String w0 : words) {
      String w = w0.toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        continue;
      }
      RemovedKind k = WORDS.get(w);
      if (k != null) {
        return new Verdict(k, "ClassWord:" + w);
      }
      if (prev != null) {
        k = PAIRS.get(prev + " " + w);
        if (k != null) {
          return new Verdict(k, "ClassWords:" + prev + "-" + w);
        }
      }
      prev = w;
    }
    return null;
  }

  /**
   * What a block of text is, judged by its wording: related-news and cross-link labels, sharing
   * and comment labels, tag lists, source lines, copyright, embedded-video labels, lone photo
   * credits, date stamps and punctuation.
   *
   * @param text the block's text (white space collapsed)
   * @return the verdict, or null when the wording says nothing
   */
  static Verdict ofText(String text) {
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return new Verdict(RemovedKind.PUNCTUATION, "PunctuationOnly");
    }
    if (text.length() > 400) {
      return null;
    }
    if (text.length() < 140) {
      if (FONT_TEXT.matcher(text).matches()) {
        return new Verdict(RemovedKind.FONT_CONTROL, "ReadingControlText");
      }
      if (MORE_TEXT.matcher(text).matches()) {
        return new Verdict(RemovedKind.CROSS_LINK, "MoreLinkText");
      }
      if (LOGIN_TEXT.matcher(text).matches()) {
        return new Verdict(RemovedKind.LOGIN, "LoginText");
      }
      if (FOOTER_TEXT.matcher(text).matches()) {
        return new Verdict(RemovedKind.FOOTER, "FooterText");
      }
    }
    if (CROSS_LINK_TEXT.matcher(text).find()) {
      return new Verdict(RemovedKind.CROSS_LINK, "CrossLinkText");
    }
    if (RELATED_TEXT.matcher(text).find() && text.length() < 200) {
      return new Verdict(RemovedKind.RELATED, "RelatedText");
    }
    if (SHARE_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.SHARE, "ShareText");
    }
    if (TAGS_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.TAGS, "TagsText");
    }
    if (text.length() <= 80 && SOURCE_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.SOURCE, "SourceText");
    }
    if (COMPILED_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.COMPILED, "CompiledText");
    }
    if (COPYRIGHT_TEXT.matcher(text).find() && text.length() < 250) {
      return new Verdict(RemovedKind.COPYRIGHT, "CopyrightText");
    }
    if (text.length() < 160 && EMBED_TEXT.matcher(text).find()) {
      return new Verdict(RemovedKind.EMBED_LABEL, "EmbedLabelText");
    }
    if (CREDIT_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.PHOTO_CREDIT, "PhotoCreditText");
    }
    if (PageDates.isStamp(text)) {
      return new Verdict(RemovedKind.DATELINE, "DateStamp");
    }
    return null;
  }

  /**
   * The outlet named by a source line ("Theo TTXVN" gives "TTXVN").
   *
   * @param text a text that {@link #ofText} classified as {@link RemovedKind#SOURCE}
   * @return the outlet, or null
   */
  static String sourceOutlet(String text) {
    Matcher m = SOURCE_TEXT.matcher(text);
    return m.matches() ? m.group(1).strip() : null;
  }
}
