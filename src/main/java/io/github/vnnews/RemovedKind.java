package io.github.vnnews;

import java.util.Locale;

/**
 * The kinds of text that the normaliser takes out of an article. The JSON name of each kind is
 * {@link #jsonName()} (lower camel case, as in the export schema).
 */
public enum RemovedKind {
  /** Navigation and section menus ("Tất cả chuyên mục", "Trang chủ"). */
  MENU,
  /** The site's current time printed in the page header; not the publication time. */
  PAGE_CLOCK,
  /** The article's own publication stamp (its content is parsed into {@code publishedAt}). */
  DATELINE,
  /** The byline (its content is parsed into {@code author}). */
  BYLINE,
  /** A source line ("Nguồn: dangcongsan.vn", "Theo TTXVN"); recorded as the source outlet. */
  SOURCE,
  /** An outlet tag opening the lede ("(Baonghean) -", "TTXVN -"). */
  OUTLET_TAG,
  /** Another lede prefix: a location stamp or a live-blog marker ("Trực tiếp -"). */
  LEAD_TAG,
  /** Font-size, print and reading controls ("A A", "Cỡ chữ", "In bài"). */
  FONT_CONTROL,
  /** Share, like, comment and feedback labels ("Chia sẻ", "Ý kiến ()", "Bình luận"). */
  SHARE,
  /** Comment widgets ("Bình luận trên FaceBook"). */
  WIDGET,
  /** Related-news lists and teasers ("Tin liên quan", "Cùng sự kiện:"). */
  RELATED,
  /** Cross links ("&gt;&gt; Xem thêm: …", "Đọc thêm"). */
  CROSS_LINK,
  /** Labels of embedded videos. */
  EMBED_LABEL,
  /** "(Tổng hợp)" and similar compilation notes. */
  COMPILED,
  /** Footers, website link lists, contact lines ("Liên kết website"). */
  FOOTER,
  /** Copyright and licence lines. */
  COPYRIGHT,
  /** Login, registration and subscription prompts. */
  LOGIN,
  /** Tag lists ("Từ khóa:", "Tags:"). */
  TAGS,
  /** Advertising. */
  ADVERTISEMENT,
  /** A line that repeats an earlier line (a sapo printed twice by the crawl). */
  DUPLICATE,
  /** Punctuation-only pieces ("/.", "|"). */
  PUNCTUATION,
  /** The photo credit of a caption when it stood on a line of its own. */
  PHOTO_CREDIT,
  /**
   * A field of a field-labelled dump that is not article text: its label ("Title:", "Content:")
   * or the collector's metadata ("Source: VnExpress", "Link: https://…").
   */
  FIELD,
  /** Other page chrome. */
  CHROME;

  /**
   * The name used in JSON: {@code PAGE_CLOCK -> "pageClock"}.
   *
   * @return the lower-camel-case name
   */
  public String jsonName() {
    return JSON_NAMES[ordinal()];
  }

  /** {@link #jsonName()} of each kind, by ordinal (made once: it is written for every removal). */
  private static final String[] JSON_NAMES = jsonNames();

  private static String[] jsonNames() {
    RemovedKind[] kinds = values();
    String[] names = new String[kinds.length];
    for (RemovedKind k : kinds) {
      String[] parts = k.name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder sb = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
      }
      names[k.ordinal()] = sb.toString();
    }
    return names;
  }

  /**
   * The kind with the given JSON name.
   *
   * @param json a name as returned by {@link #jsonName()}
   * @return the kind
   * @throws IllegalArgumentException when no kind has that name
   */
  public static RemovedKind fromJsonName(String json) {
    for (RemovedKind k : values()) {
      if (k.jsonName().equals(json)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown removed kind: " + json);
  }
}
