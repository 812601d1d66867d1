package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Pattern;

/**
 * Removes whole lines that match one pattern of page chrome: a menu, a font-size control, a share
 * bar label and so on. The phrases come from the shared {@link ChromeLexicon} (a phrase alone on
 * the line; a label phrase with a colon and content; a start phrase opening the line, for the
 * kinds whose lines carry more; a within phrase anywhere in a short line); the structure around
 * them (breadcrumbs, e-mail addresses, mastheads) stays here. Each instance is one named rule ({@link #MENU}, {@link #SHARE}, …); lines
 * longer than {@link #maxWords} words are never chrome of this kind.
 *
 * <p>Immutable and thread-safe.
 */
final class LinePatternRule implements Rule {
  private static final int CI =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** The shared chrome phrases (the HTML extractor reads the same). */
  private static final ChromeLexicon LEXICON = ChromeLexicon.defaults();

  /** A phrase of the kind alone on the line (any place but within), trailing marks allowed. */
  private static String alone(String kind) {
    return "(?:" + LEXICON.alternation(kind, ChromeLexicon.Where.LINE, ChromeLexicon.Where.LABEL,
        ChromeLexicon.Where.START, ChromeLexicon.Where.INLINE) + ")\\s*[:.…!>»]*(?: ?\\( ?\\d* ?\\))?";
  }

  /** A label phrase of the kind followed by a colon and content. */
  private static String labelled(String kind) {
    return "(?:" + LEXICON.alternation(kind, ChromeLexicon.Where.LABEL) + ") ?:.*";
  }

  /** A start (or inline) phrase of the kind opening the line, followed by more. */
  private static String opening(String kind) {
    return "(?:" + LEXICON.alternation(kind, ChromeLexicon.Where.START, ChromeLexicon.Where.INLINE)
        + ")(?![\\p{L}\\p{N}]).+";
  }

  /** A within phrase of the kind anywhere in the line, at word boundaries. */
  private static String within(String kind, int around) {
    return ".{0," + around + "}(?<![\\p{L}\\p{N}])(?:"
        + LEXICON.alternation(kind, ChromeLexicon.Where.WITHIN) + ")(?![\\p{L}\\p{N}]).{0," + around + "}";
  }

  /**
   * Lower-case substrings one of which a line of the kind contains: the first word of each of
   * its phrases, and the extra needles given.
   */
  private static String[] hints(String kind, String... extra) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (ChromeLexicon.Entry e : LEXICON.entries()) {
      if (e.kind().equals(kind)) {
        out.add(e.phrase().toLowerCase(java.util.Locale.ROOT).split(" ")[0].replace(":", ""));
      }
    }
    out.addAll(java.util.List.of(extra));
    return out.toArray(new String[0]);
  }

  /** Navigation menus ("Tất cả chuyên mục", "Trang chủ", breadcrumbs). */
  static final LinePatternRule MENU =
      new LinePatternRule(
          "MenuRule", Label.CHROME, RemovedKind.MENU, 16,
          "^(?:" + alone("menu") + "|Trang chủ ?[>»/|].{0,80}"
              + "|[^.!?>»]{1,30}(?: [>»] [^.!?>»]{1,30}){1,5})$",
          hints("menu", " > ", " » ", "trang chủ"));
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
              + "|(?:Báo )?(?:" + LEXICON.alternation(ChromeLexicon.OUTLET, ChromeLexicon.Where.LINE) + ")"
              + "(?: Online|\\.vn|\\.com\\.vn)?)$",
          hints(ChromeLexicon.OUTLET, "xã hội chủ nghĩa", "độc lập", "điện tử", "cơ quan của"));
  /** Font-size, print and listen controls. */
  static final LinePatternRule FONT =
      new LinePatternRule(
          "FontControlRule", Label.CHROME, RemovedKind.FONT_CONTROL, 8,
          "^(?:A ?A|A- ?A\\+|A\\+ ?A-|" + alone("fontControl") + "|" + labelled("fontControl") + ")$");
  /** Comment widgets. */
  static final LinePatternRule WIDGET =
      new LinePatternRule(
          "WidgetRule", Label.CHROME, RemovedKind.WIDGET, 8,
          "^(?:" + alone("widget") + "|" + opening("widget") + ")$");
  /** Share, like and comment labels. */
  static final LinePatternRule SHARE =
      new LinePatternRule(
          "ShareRule", Label.CHROME, RemovedKind.SHARE, 8,
          "^(?:" + alone("share") + "|" + labelled("share") + "|" + opening("share") + ")$");
  /** Login and subscription prompts. */
  static final LinePatternRule LOGIN =
      new LinePatternRule(
          "LoginRule", Label.CHROME, RemovedKind.LOGIN, 12,
          "^(?:" + within("login", 60) + "|" + alone("login") + "|" + opening("login") + ")$",
          hints("login"));
  /** Copyright and licence lines. */
  static final LinePatternRule COPYRIGHT =
      new LinePatternRule(
          "CopyrightRule", Label.CHROME, RemovedKind.COPYRIGHT, 45,
          "^(?:" + within("copyright", 200) + "|.{0,200}\\(c\\) ?\\d{4}.{0,200})$",
          hints("copyright", "(c)"));
  /** Tag lists. */
  static final LinePatternRule TAGS =
      new LinePatternRule(
          "TagsRule", Label.CHROME, RemovedKind.TAGS, 40,
          "^(?:" + alone("tags") + "|(?:" + LEXICON.alternation("tags", ChromeLexicon.Where.LABEL) + ") ?:.*"
              + "|#[\\p{L}\\p{N}_]{2,40}(?: #[\\p{L}\\p{N}_]{2,40}){0,20})$",
          hints("tags", "#"));
  /** Website link lists, back-to-top links, hotlines, the newsroom's address. */
  static final LinePatternRule FOOTER =
      new LinePatternRule(
          "FooterRule", Label.CHROME, RemovedKind.FOOTER, 30,
          "^(?:" + alone("footer") + "|" + opening("footer")
              + "|(?:" + LEXICON.alternation("footer", ChromeLexicon.Where.LABEL) + ") ?:.{1,200}"
              + "|Theo dõi (?:\\p{Lu}[\\p{L}.]*(?: [\\p{L}.]+){0,2}|chúng tôi|báo)"
              + " trên(?: .{1,30})? ?:?|[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,3})$",
          hints("footer", "theo dõi", "@"));
  /** Related-news headings. */
  static final LinePatternRule RELATED =
      new LinePatternRule(
          "RelatedNewsRule", Label.CHROME, RemovedKind.RELATED, 6,
          "^(?:" + alone("related") + "|Đọc nhiều trong .{1,30}\\s*[:.…!>»]*)$",
          hints("related", "đọc nhiều"));
  /** Cross links on a line of their own. */
  static final LinePatternRule CROSS_LINK =
      new LinePatternRule(
          "CrossLinkRule", Label.CHROME, RemovedKind.CROSS_LINK, 60,
          "^(?:>>|»|(?:" + LEXICON.alternation("crossLink", ChromeLexicon.Where.LABEL,
              ChromeLexicon.Where.INLINE) + ") ?: ?\\S).*$|^(?:" + alone("crossLink") + ")$"
              + "|^.{0,200}\\bXem tiếp ?\\.{2,} ?$",
          hints("crossLink", ">>", "»", "xem tiếp"));
  /** Image placeholders ("Chú thích ảnh", "… - Hình 1"). */
  static final LinePatternRule IMAGE_ALT =
      new LinePatternRule(
          "ImageAltRule", Label.CHROME, RemovedKind.CHROME, 60,
          "^(?:" + alone("chrome") + "|.{5,300} [-–] Hình \\d{1,3})$",
          hints("chrome", "hình "));
  /** Advertising labels. */
  static final LinePatternRule ADVERTISEMENT =
      new LinePatternRule(
          "AdvertisementRule", Label.CHROME, RemovedKind.ADVERTISEMENT, 4,
          "^(?:" + alone("advertisement") + ")$");
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
