package io.github.vnnews.internal.html;

import io.github.vnnews.RemovedKind;
import io.github.vnnews.internal.normalize.ChromeLexicon;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page chrome: by the semantics of an element (tag, role, class and id words) and by
 * the wording of a block of text: the phrases of the shared {@link ChromeLexicon} (the plain-text
 * rules read the same), source lines ({@link SourceLines}), and a few structures (arrows, credits,
 * stamps, embedded-video labels).
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

  /** Cross links marked by arrows: "&gt;&gt; Headline", "» Headline". */
  private static final Pattern CROSS_ARROW =
      Pattern.compile("^(?:>{1,3}|»)\\s*\\S", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COMPILED_TEXT =
      Pattern.compile("^[(\\[]?\\s*(?i:tổng hợp từ .{1,40}|dịch)\\s*[)\\]]?\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COPYRIGHT_TEXT =
      Pattern.compile("^(?:\\(c\\)|(?i:copyright))", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern EMBED_TEXT =
      Pattern.compile("^(?:[-–]\\s*)?(?i:video|clip)\\s*:|(?i:\\.\\s*video\\s*:)",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** A voice-reader label: "Giọng đọc: Nữ miền Bắc". */
  private static final Pattern VOICE_TEXT =
      Pattern.compile("^(?i:giọng (?:đọc|nam|nữ)).{0,40}$", Pattern.UNICODE_CHARACTER_CLASS);
  /** Most characters after a label phrase, per kind of label. */
  private static final int MAX_RELATED = 200;
  private static final int MAX_SHARE_TAIL = 80;
  private static final int MAX_SHORT = 140;
  /** Most words of a block a {@code within} phrase makes chrome. */
  private static final int MAX_WITHIN_WORDS = 12;
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
    if (CROSS_ARROW.matcher(text).find()) {
      return new Verdict(RemovedKind.CROSS_LINK, "CrossLinkText");
    }
    ChromeLexicon lexicon = ChromeLexicon.defaults();
    ChromeLexicon.Entry e = lexicon.line(text);
    if (e != null) {
      return new Verdict(e.removedKind(), ruleOf(e));
    }
    e = lexicon.opening(text);
    if (e != null && fitsAfterOpening(e, text)) {
      return new Verdict(e.removedKind(), ruleOf(e));
    }
    if (text.length() < MAX_SHORT && VOICE_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.FONT_CONTROL, "ReadingControlText");
    }
    if (text.length() <= 100 && SourceLines.parse(text) != null) {
      return new Verdict(RemovedKind.SOURCE, "SourceText");
    }
    if (COMPILED_TEXT.matcher(text).matches()) {
      return new Verdict(RemovedKind.COMPILED, "CompiledText");
    }
    if (text.length() < 250 && COPYRIGHT_TEXT.matcher(text).find()) {
      return new Verdict(RemovedKind.COPYRIGHT, "CopyrightText");
    }
    // within a short line: login prompts and copyright notes (the advertising phrases of the
    // lexicon are calls to action that mark a promotion box, not a line)
    e = lexicon.within(text, "login");
    if (e == null) {
      e = lexicon.within(text, "copyright");
    }
    if (e != null && (words(text) <= MAX_WITHIN_WORDS
        || e.removedKind() == RemovedKind.COPYRIGHT && text.length() < 250 && text.startsWith(e.phrase()))) {
      return new Verdict(e.removedKind(), ruleOf(e));
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

  /** Whether what follows an opening phrase is short enough for its kind. */
  private static boolean fitsAfterOpening(ChromeLexicon.Entry e, String text) {
    int tail = text.length() - e.phrase().length();
    return switch (e.removedKind()) {
      case RELATED, CROSS_LINK -> text.length() < MAX_RELATED;
      case SHARE, WIDGET -> tail <= MAX_SHARE_TAIL;
      case TAGS -> tail <= 300;
      default -> text.length() < MAX_SHORT;
    };
  }

  /** The rule name of a lexicon verdict: "RelatedText", "ShareText", "MastheadText" … */
  private static String ruleOf(ChromeLexicon.Entry e) {
    String k = e.kind().equals(ChromeLexicon.OUTLET) ? "Masthead"
        : e.kind().equals("fontControl") ? "ReadingControl"
        : Character.toUpperCase(e.kind().charAt(0)) + e.kind().substring(1);
    return k + "Text";
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /**
   * The outlet named by a source line ("Theo TTXVN" gives "TTXVN").
   *
   * @param text a text that {@link #ofText} classified as {@link RemovedKind#SOURCE}
   * @return the outlet, or null
   */
  static String sourceOutlet(String text) {
    SourceLines.Source src = SourceLines.parse(text);
    return src == null ? null : src.outlet();
  }
}
