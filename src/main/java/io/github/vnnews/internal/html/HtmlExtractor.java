package io.github.vnnews.internal.html;

import io.github.vnnews.Caption;
import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.Label;
import io.github.vnnews.PageTooLargeException;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.internal.normalize.ChromeLexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts a news article from a raw HTML page: headline, publication and modification times,
 * author, body paragraphs (sapo first, sub-headings and list items in order), photo captions with
 * their credits, canonical URL, publisher, section and tags; and an audit trail of every block
 * that was left out, with its kind.
 *
 * <p>Metadata comes from the page first (JSON-LD, OpenGraph, {@code <meta>}, {@code <time>}),
 * visible text second. The body is found by generic scoring (text length, commas, link density,
 * class words; see {@link ContentScorer}), not by per-site selectors; captions are recognised by
 * markup ({@code <figure>}, image tables, caption classes) and never become paragraphs.
 *
 * <pre>{@code
 * Extraction x = HtmlExtractor.defaults().extract(html, "https://vnexpress.net/...");
 * x.title();        // "Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2"
 * x.publishedAt();  // 2022-02-13T16:08:35+07:00
 * x.captions();     // [Caption("Máy bay tại Tân Sơn Nhất.", "Quỳnh Trần")]
 * }</pre>
 *
 * <p>In {@link Extraction#removed()} and {@link Extraction#decisions()}, {@code line} is the
 * 1-based order of the block in the page. Input is bounded ({@link Builder#maxChars}, {@link
 * Builder#maxDepth}); broken, truncated and deeply nested HTML never throws; a page longer than
 * {@link Builder#maxChars} is refused ({@link PageTooLargeException}), never cut short.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlExtractor {
  /** Compiled once (a regex in {@code String.replaceFirst} or {@code split} is compiled on every call). */
  private static final Pattern OUTLET_LEAD = Pattern.compile("^(?iu:theo|nguồn)\\s*:?\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*[/,]\\s*");
  /** Default for {@link Builder#maxDepth(int)}. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  /** Default for {@link Builder#maxChars(int)}: 16 million characters. */
  public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

  private static final HtmlExtractor DEFAULTS = builder().build();

  private static final Pattern SAPO_CLASS =
      Pattern.compile("(?i)sapo|lead|summary|description|intro|chapeau|excerpt|teaser|abstract|tomtat");
  private static final String SAPO_SELECTOR =
      "[class~=(?i)sapo|lead|summary|description|intro|chapeau|excerpt]";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”»)]$");
  /** An all-capitals place name opening the lede: "HÀ NỘI -", "TP.HCM –". */
  private static final Pattern LOCATION_TAG =
      Pattern.compile("^(?:\\p{Lu}[\\p{Lu}.]+\\s){0,3}\\p{Lu}[\\p{Lu}.]+\\s*[-–—]\\s+",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** A source or compilation note closing the last paragraph: "… (Theo Reuters)", "(Tổng hợp)". */
  private static final Pattern TRAILING_SOURCE =
      Pattern.compile("\\s*[(\\[]\\s*((?i:theo|nguồn)\\s*:?\\s*[^()\\[\\]]{2,60}|(?i:tổng hợp))\\s*[)\\]]\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** An end mark closing a paragraph: "./." or "/." (the slash and what follows it go). */
  private static final Pattern END_MARK = Pattern.compile("(?<=\\S)\\s*(/\\.+)\\s*$");
  /** A name closing a paragraph, bare or in brackets: "… tăng trưởng. TTXVN", "(Reuters)". */
  private static final Pattern TRAILING_WIRE =
      Pattern.compile("\\s*[(\\[]?\\s*(\\p{Lu}[\\p{L}\\p{N}.&'’ /-]{1,30}?)\\s*[)\\]]?\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  /** A name alone, bare or in brackets: "TTXVN", "(Reuters)". */
  private static final Pattern WIRE_LINE =
      Pattern.compile("^[(\\[]?\\s*(\\p{Lu}[\\p{L}\\p{N}.&'’ /,-]{1,30}?)\\s*[)\\]]?\\s*\\.?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,8}", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COMPILED_NOTE =
      Pattern.compile("(?i)tổng hợp", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern OUTLET_TAG =
      Pattern.compile(
          "^(\\(\\s*[\\p{L}][\\p{L}\\p{N} .&'’-]{0,30}\\)\\s*[-–—:]\\s*"
              + "|\\(\\p{Lu}[\\p{Lu}\\p{N}.]{1,9}(?:\\s\\p{Lu}\\p{L}{1,8})?\\)\\s+(?=\\p{Lu})"
              + "|\\p{Lu}[\\p{Lu}\\p{N}]{1,9}O?\\s*[-–—]\\s+(?=[\\p{Lu}\\d\"“])"
              + "|\\p{Lu}[\\p{L}\\p{N}]{1,24}(?:\\.(?i:vn|com|net|org)){1,2}\\s*[-–—]\\s+(?=[\\p{Lu}\\d\"“])"
              + "|[A-Z][a-zA-Z]{3,20}\\s[-–—]\\s+(?=[\\p{Lu}\\d\"“]))",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern STAMP_START =
      Pattern.compile("\\s*[-–—|,]?\\s*(?:\\d{1,2}[:h]\\d{2}\\s*[-–—|,]?\\s*)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");
  /** A machine time in a title attribute: {@code 2016-06-03T00:03:00}, with or without offset. */
  private static final Pattern ISO_TITLE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  /** A signature of initials or a desk abbreviation: "PV", "CTV", "H.A", "N.H.". */
  private static final Pattern SHORT_SIGNATURE =
      Pattern.compile("^(?:\\p{Lu}\\.?){2,4}$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LABEL_SEPARATORS = Pattern.compile("[|·•]");
  /** Separators between the parts of a page title: "Headline - Section | Site". */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—:»]{1,2}\\s+");
  private static final Set<String> PROMO_TAGS =
      Set.of("div", "table", "aside", "section", "blockquote", "dl", "ul");
  private static final Pattern BORDERED = Pattern.compile("(?i)border|background");
  /** A Vietnamese telephone number: "0909 123 456", "1900 1234", "+84 28 3822 1234". */
  private static final Pattern PHONE =
      Pattern.compile("(?<!\\d)(?:\\+84|0|1900)[\\d .]{7,13}\\d(?!\\d)");
  private static final Pattern CENTRED = Pattern.compile("(?i)^center\\b|text-align\\s*:\\s*center");
  private static final Pattern LOGO = Pattern.compile("(?i)logo|brand|site-?name|masthead");
  private static final Pattern RIGHT_ALIGNED =
      Pattern.compile("(?i)^right\\b|text-align\\s*:\\s*right|\\b(?:text-)?right\\b");
  /** Most words of a block after the author's name at the end of the body (else no sign-off). */
  private static final int AFTER_SIGNOFF_WORDS = 25;
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> HIDDEN_CLASSES =
      Set.of("hidden", "hide", "d-none", "sr-only", "visually-hidden", "screen-reader-text", "invisible");
  private static final Set<String> DROP_TAGS =
      Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
          "embed", "button", "select", "input", "textarea", "option", "link", "meta", "map",
          "dialog");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  /** Characters of other text in its block that put an inline element inside a sentence. */
  private static final int SENTENCE_CONTEXT = 20;
  /** Text of a block whose link density is telling (shorter blocks keep their class verdict). */
  private static final int MIN_LINK_DENSE_TEXT = 80;
  /** Least link density of a box that a "related" class word makes related news. */
  private static final double RELATED_MIN_LINK_DENSITY = 0.25;

  private final int maxDepth;
  private final int maxChars;

  private HtmlExtractor(Builder b) {
    this.maxDepth = b.maxDepth;
    this.maxChars = b.maxChars;
  }

  /**
   * The extractor with default settings.
   *
   * @return the shared default instance
   */
  public static HtmlExtractor defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this extractor's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxDepth = maxDepth;
    b.maxChars = maxChars;
    return b;
  }

  /**
   * Extracts the article of one page.
   *
   * @param html the page, already decoded to text (entities are decoded here, once)
   * @param baseUri the page's address for resolving relative links, or null / empty
   * @return what was found; never null
   * @throws PageTooLargeException when the page is longer than {@link Builder#maxChars}
   */
  public Extraction extract(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    if (html.length() > maxChars) {
      throw new PageTooLargeException(html.length(), maxChars);
    }
    Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
    Document doc = parser.parseInput(html, baseUri == null ? "" : baseUri);
    PageMetadata meta = MetadataReader.read(doc);
    clean(doc);
    return new PageRun(doc, meta).run();
  }

  private static void clean(Document doc) {
    // one pass: collect scripts, styles, form controls and hidden elements, then detach them
    List<Element> drop = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (DROP_TAGS.contains(e.normalName())) {
        drop.add(e);
        continue;
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        String value = a.getValue();
        boolean hidden = switch (key.toLowerCase(Locale.ROOT)) {
          case "hidden" -> true;
          case "aria-hidden" -> "true".equalsIgnoreCase(value);
          case "style" -> !value.isEmpty() && HIDDEN_STYLE.matcher(value).find();
          case "class" -> hasHiddenClass(value);
          default -> false;
        };
        if (hidden) {
          drop.add(e);
          break;
        }
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean hasHiddenClass(String classes) {
    int len = classes.length();
    int i = 0;
    while (i < len) {
      while (i < len && Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && !Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      if (i > start && HIDDEN_CLASSES.contains(classes.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Folds a text for comparison: no marks, đ as d, lower case, words joined by one space. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      sb.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
    }
    Matcher m = WORD.matcher(sb);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(m.group());
    }
    return out.toString();
  }

  /** Token-set F1 of two folded texts. */
  static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    List<String> ta = List.of(a.split(" "));
    List<String> tb = List.of(b.split(" "));
    Map<String, Integer> count = new java.util.HashMap<>();
    for (String t : tb) {
      count.merge(t, 1, Integer::sum);
    }
    int hit = 0;
    for (String t : ta) {
      Integer c = count.get(t);
      if (c != null && c > 0) {
        hit++;
        count.put(t, c - 1);
      }
    }
    if (hit == 0) {
      return 0;
    }
    double p = (double) hit / ta.size();
    double r = (double) hit / tb.size();
    return 2 * p * r / (p + r);
  }

  /** The work on one page. */
  private static final class PageRun {
    private final Document doc;
    private final PageMetadata meta;
    private final List<RemovedLine> removed = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Set<Element> containerSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private Element h1;
    private String title;
    private ContentScorer scorer;
    private List<BlockWalker.Block> blocks;
    private int n;
    /** Per block: 0 outside the article, 1 between headline and body, 2 inside the body. */
    private int[] region;
    private int titleIdx = -1;
    private int firstInside = -1;
    private int lastInside = -1;
    private int sapoIdx = -1;
    /** The sapo's blocks, from and to (inclusive); -1 when there is none. */
    private int sapoFrom = -1;
    private int sapoTo = -1;
    private Label[] labels;
    private RemovedKind[] kinds;
    private String[] rules;
    /** Per block: the author a byline rule read from it, when the block's text holds more. */
    private String[] blockAuthors;
    private String sourceOutlet;
    /** The last block of the body with twenty words or more: a wire name stands after it. */
    private int lastLongBlock = -1;

    PageRun(Document doc, PageMetadata meta) {
      this.doc = doc;
      this.meta = meta;
    }

    Extraction run() {
      Element body = doc.body();
      h1 = findTitle(body);
      title = h1 != null ? HtmlText.collapse(h1.text()) : meta.title();
      if (title != null && title.isEmpty()) {
        title = null;
      }
      scorer = new ContentScorer(body);
      blocks = walk(body);
      n = blocks.size();
      region = new int[n];
      labels = new Label[n];
      kinds = new RemovedKind[n];
      rules = new String[n];
      blockAuthors = new String[n];
      locateRegions();
      findSapo();
      classifyBlocks();
      markNames();
      headingsWithoutText();
      photoStory();
      return assemble();
    }

    /**
     * The page as blocks. Chrome elements (by {@link ChromeRules#ofElement}) are skipped whole,
     * except the ancestors of the body and the headline, and except elements too large to be
     * what their class says (a "share" box holding the article).
     */
    private List<BlockWalker.Block> walk(Element body) {
      List<Element> containers = scorer.containers();
      containerSet.addAll(containers);
      Set<Element> keepers = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element c : containers) {
        for (Element a = c; a != null; a = a.parent()) {
          keepers.add(a);
        }
      }
      if (h1 != null) {
        for (Element a = h1; a != null; a = a.parent()) {
          keepers.add(a);
        }
      }
      double containerText = 0;
      for (Element c : containers) {
        containerText += scorer.textLength(c);
      }
      double bigText = Math.max(400, containerText * 0.4);
      return BlockWalker.walk(
          body,
          e -> {
            if (keepers.contains(e)) {
              return null;
            }
            ChromeRules.Verdict v = ChromeRules.ofElement(e);
            if (v == null) {
              return insideAny(e, containerSet) && isPromoBox(e)
                  ? new ChromeRules.Verdict(RemovedKind.ADVERTISEMENT, "PromoBox") : null;
            }
            double len = scorer.textLength(e);
            if (e.normalName().equals("header") && e.selectFirst(SAPO_SELECTOR) != null) {
              return null;
            }
            boolean linkKind = v.kind() == RemovedKind.RELATED || v.kind() == RemovedKind.CROSS_LINK
                || v.kind() == RemovedKind.TAGS;
            if (linkKind && inSentence(e, len)) {
              return null; // a link inside a paragraph keeps its words, whatever its class says
            }
            if (v.kind() == RemovedKind.RELATED && v.rule().contains("ClassWord")
                && len >= MIN_LINK_DENSE_TEXT && scorer.linkDensity(e) < RELATED_MIN_LINK_DENSITY
                && !hasHeadlineLinks(e)) {
              return null; // a "related" class on a block of plain text: the class is not the truth
            }
            switch (v.kind()) {
              case BYLINE, DATELINE, FONT_CONTROL, SHARE, EMBED_LABEL, COPYRIGHT, LOGIN -> {
                if (len > 300) {
                  return null;
                }
              }
              default -> {
                if (len > bigText) {
                  return null;
                }
              }
            }
            return v;
          },
          centeredParagraphs(containers));
    }

    /**
     * Whether most long paragraphs of the body are centred: then a centred line after a picture
     * is one more paragraph, not its caption.
     */
    private static boolean centeredParagraphs(List<Element> containers) {
      int centred = 0;
      int all = 0;
      for (Element c : containers) {
        for (Element p : c.getElementsByTag("p")) {
          if (p.text().length() < 80) {
            continue;
          }
          all++;
          String align = p.attr("align") + " " + p.attr("style");
          if (CENTRED.matcher(align).find()) {
            centred++;
          }
        }
      }
      return all >= 2 && centred * 2 > all;
    }

    /**
     * Whether a box inside the article is a promotion or event box by its form: a box (a table, an
     * aside, a quote, or an element with a class, id or border) of at least two short lines, most
     * of them no sentences, with a call to action (the lexicon's advertising phrases: "Đặt mua",
     * "Đặt hàng") or a telephone number.
     */
    private boolean isPromoBox(Element e) {
      String tag = e.normalName();
      if (!PROMO_TAGS.contains(tag) || containerSet.contains(e)) {
        return false;
      }
      boolean boxed = !tag.equals("div") || !e.className().isEmpty() || !e.id().isEmpty()
          || BORDERED.matcher(e.attr("style")).find();
      double len = scorer.textLength(e);
      if (!boxed || len < 20 || len > 600 || h1 != null && isInside(h1, e)) {
        return false;
      }
      List<BlockWalker.Block> lines = BlockWalker.walk(e, x -> null);
      int text = 0;
      int sentences = 0;
      for (BlockWalker.Block line : lines) {
        if (line.type() != BlockWalker.Type.TEXT) {
          continue;
        }
        if (line.text().length() > 120) {
          return false;
        }
        text++;
        if (line.text().endsWith(".") && wordCount(line.text()) > 8) {
          sentences++;
        }
      }
      if (text < 2 || sentences * 2 > text) {
        return false;
      }
      // a price alone is no promotion (a table of prices can be the news): a call to action or a
      // number to call is
      String all = HtmlText.collapse(e.text());
      return PHONE.matcher(all).find() || ChromeLexicon.defaults().within(all, "advertisement") != null;
    }

    /**
     * Whether an inline element stands inside a run of text: its block holds at least {@link
     * #SENTENCE_CONTEXT} characters besides its own ({@code <p>Theo <a class="relate">Bộ Y tế</a>,
     * …</p>}).
     */
    private boolean inSentence(Element e, double len) {
      if (!ContentScorer.INLINE.contains(e.normalName())) {
        return false;
      }
      Element owner = e.parent();
      while (owner != null && ContentScorer.INLINE.contains(owner.normalName())) {
        owner = owner.parent();
      }
      return owner != null && scorer.textLength(owner) - len >= SENTENCE_CONTEXT;
    }

    /**
     * Whether a box holds a headline link: a link of at least 15 characters that is (almost) all
     * the text of its block, as in a list of related stories or a teaser card.
     */
    private static boolean hasHeadlineLinks(Element box) {
      for (Element a : box.getElementsByTag("a")) {
        String t = a.text();
        if (t.length() < 15) {
          continue;
        }
        Element owner = a.parent();
        while (owner != null && owner != box && ContentScorer.INLINE.contains(owner.normalName())) {
          owner = owner.parent();
        }
        if (owner != null && t.length() >= owner.text().length() * 0.8) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where each block stands: inside the body containers (2), between the headline and the
     * body (1), elsewhere (0); and the positions of the headline and of the body's ends.
     */
    private void locateRegions() {
      for (int i = 0; i < n; i++) {
        BlockWalker.Block b = blocks.get(i);
        if (titleIdx < 0 && h1 != null && (b.el() == h1 || isInside(b.el(), h1))) {
          titleIdx = i;
        }
        if (insideAny(b.el(), containerSet)) {
          region[i] = 2;
          if (firstInside < 0) {
            firstInside = i;
          }
          lastInside = i;
        }
      }
      if (titleIdx < 0 && title != null && firstInside > 0) {
        // no headline element found: the last block before the body that repeats the title
        String tf = fold(title);
        for (int i = firstInside - 1; i >= 0 && i >= firstInside - 60; i--) {
          BlockWalker.Block b = blocks.get(i);
          if (b.type() == BlockWalker.Type.TEXT && b.text().length() <= title.length() * 2
              && fold(b.text()).equals(tf)) {
            titleIdx = i;
            break;
          }
        }
      }
      if (titleIdx >= 0 && firstInside > titleIdx) {
        for (int i = titleIdx + 1; i < firstInside; i++) {
          region[i] = 1;
        }
      }
    }

    /**
     * The sapo: between the headline and the body, the block the page's description matches;
     * else one a lede class marks; else the first sentence-like block there.
     */
    private void findSapo() {
      String desc = meta.description() == null ? "" : fold(meta.description());
      double bestSim = 0.6;
      int scanTo = firstInside < 0 ? n : Math.min(n, Math.max(firstInside, titleIdx) + 3);
      int scanFrom = titleIdx >= 0 ? titleIdx + 1 : Math.max(0, firstInside - 30);
      for (int i = scanFrom; i < scanTo; i++) {
        BlockWalker.Block b = blocks.get(i);
        if (b.type() != BlockWalker.Type.TEXT || b.text().length() < 30) {
          continue;
        }
        double sim = desc.isEmpty() ? 0 : similarity(fold(b.text()), desc);
        if (sim > bestSim) {
          bestSim = sim;
          sapoIdx = i;
        }
      }
      if (sapoIdx < 0) {
        for (int i = scanFrom; i < Math.max(scanFrom, firstInside); i++) {
          BlockWalker.Block b = blocks.get(i);
          if (b.type() == BlockWalker.Type.TEXT && b.text().length() >= 40
              && b.linkDensity() < 0.3 && hasClassUp(b.el(), SAPO_CLASS, 2)) {
            sapoIdx = i;
            break;
          }
        }
      }
      if (sapoIdx < 0 && titleIdx >= 0) {
        // no description and no lede class: a sentence between the title and the body
        for (int i = titleIdx + 1; i < Math.max(titleIdx + 1, firstInside); i++) {
          BlockWalker.Block b = blocks.get(i);
          if (b.type() == BlockWalker.Type.TEXT && b.text().length() >= 80 && b.linkDensity() < 0.2
              && SENTENCE_END.matcher(b.text()).find() && ChromeRules.ofText(b.text()) == null) {
            sapoIdx = i;
            break;
          }
        }
      }
      sapoFrom = sapoIdx;
      sapoTo = sapoIdx;
      if (sapoIdx >= 0 && region[sapoIdx] != 2) {
        // a sapo set as lines broken by <br> in one element: all of them ("- point one<br>- two")
        Element owner = blocks.get(sapoIdx).el();
        while (sapoFrom - 1 > titleIdx && sameOwnerText(sapoFrom - 1, owner)) {
          sapoFrom--;
        }
        while (sapoTo + 1 < n && region[sapoTo + 1] != 2 && sameOwnerText(sapoTo + 1, owner)) {
          sapoTo++;
        }
      }
    }

    private boolean sameOwnerText(int i, Element owner) {
      BlockWalker.Block b = blocks.get(i);
      return b.type() == BlockWalker.Type.TEXT && b.el() == owner && b.linkDensity() < 0.5;
    }

    private boolean inSapo(int i) {
      return sapoFrom >= 0 && i >= sapoFrom && i <= sapoTo;
    }

    /** Labels every block: title, body, caption, byline, dateline or chrome, with its rule. */
    private void classifyBlocks() {
      String titleFold = title == null ? "" : fold(title);
      int titleLen = title == null ? 0 : title.length();
      Set<String> authorFolds = new HashSet<>();
      for (String a : meta.authors()) {
        authorFolds.add(fold(a));
      }
      Set<String> seenBody = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (region[i] == 2 && blocks.get(i).type() == BlockWalker.Type.TEXT
            && wordCount(blocks.get(i).text()) >= 20) {
          lastLongBlock = i;
        }
      }
      for (int i = 0; i < n; i++) {
        BlockWalker.Block b = blocks.get(i);
        String text = b.text();
        if (i == titleIdx || (b.type() == BlockWalker.Type.TEXT && titleLen > 0
            && text.length() >= titleLen / 2 && text.length() <= titleLen * 2
            && (region[i] != 0 || i < Math.max(firstInside, 0)) && fold(text).equals(titleFold))) {
          labels[i] = i == titleIdx ? Label.TITLE : Label.CHROME;
          kinds[i] = i == titleIdx ? null : RemovedKind.DUPLICATE;
          rules[i] = i == titleIdx ? "TitleElement" : "RepeatsTitle";
          continue;
        }
        if (b.type() == BlockWalker.Type.SKIPPED) {
          labels[i] = b.kind() == RemovedKind.BYLINE ? Label.BYLINE
              : b.kind() == RemovedKind.DATELINE ? Label.DATELINE : Label.CHROME;
          kinds[i] = b.kind();
          rules[i] = b.rule();
          if (b.kind() != RemovedKind.DATELINE && b.kind() != RemovedKind.BYLINE
              && PageDates.isStamp(text) && nearArticle(i)) {
            // a stamp in a tool bar ("Thứ năm, 13/6/2013, 08:28 GMT+7" beside print and e-mail)
            labels[i] = Label.DATELINE;
            kinds[i] = RemovedKind.DATELINE;
            rules[i] = "StampInToolbar";
          } else if (nearArticle(i)) {
            noteSource(i, text);
          }
          continue;
        }
        if (b.type() == BlockWalker.Type.CAPTION) {
          if (region[i] != 0) {
            labels[i] = Label.CAPTION;
            rules[i] = "CaptionElement";
          } else {
            labels[i] = Label.CHROME;
            kinds[i] = RemovedKind.CHROME;
            rules[i] = "CaptionOutsideArticle";
          }
          continue;
        }
        if (nearArticle(i) && text.length() <= 160 && labelledStamp(i, text)) {
          continue;
        }
        if (nearArticle(i) && i > titleIdx && i > lastLongBlock && text.length() <= 40) {
          Matcher wire = WIRE_LINE.matcher(text);
          if (wire.matches() && isWireName(wire.group(1), text.startsWith("(") || text.startsWith("["))) {
            // "TTXVN", "(Reuters)" alone after the text: the wire service it comes from
            labels[i] = Label.CHROME;
            kinds[i] = RemovedKind.SOURCE;
            rules[i] = "WireSourceLine";
            if (sourceOutlet == null) {
              sourceOutlet = wire.group(1).strip();
            }
            continue;
          }
        }
        ChromeRules.Verdict v = ChromeRules.ofText(text);
        if (!authorFolds.isEmpty() && text.length() <= 80 && authorFolds.contains(fold(
            Objects.requireNonNullElse(HtmlText.stripAuthorDecorations(text), text)))) {
          labels[i] = Label.BYLINE;
          kinds[i] = RemovedKind.BYLINE;
          rules[i] = "MatchesMetadataAuthor";
          continue;
        }
        if (v != null) {
          labels[i] = v.kind() == RemovedKind.DATELINE ? Label.DATELINE : Label.CHROME;
          kinds[i] = v.kind();
          rules[i] = v.rule();
          if (v.kind() == RemovedKind.DATELINE && titleIdx >= 0 && i < titleIdx
              && !PageDates.parseVisible(text).hasTime()) {
            kinds[i] = RemovedKind.PAGE_CLOCK;
            labels[i] = Label.CHROME;
            rules[i] = "DateBeforeTitle";
          }
          if (v.kind() == RemovedKind.SOURCE && nearArticle(i)) {
            noteSource(i, text);
          }
          continue;
        }
        if (region[i] != 0 && text.length() <= 100) {
          // "Nguyên Minh - 07/03/2026 08:47": a byline with the publication stamp fused to it
          Matcher st = STAMP_START.matcher(text);
          if (st.find() && st.start() > 0 && bylineName(text) != null
              && PageDates.isStamp(text.substring(st.start()))) {
            labels[i] = Label.BYLINE;
            kinds[i] = RemovedKind.BYLINE;
            rules[i] = "BylineWithStamp";
            continue;
          }
        }
        if (region[i] == 1 && isBylineText(text)) {
          labels[i] = Label.BYLINE;
          kinds[i] = RemovedKind.BYLINE;
          rules[i] = "NameBeforeBody";
          continue;
        }
        // the body follows its headline: text inside the container but above the title is chrome
        boolean candidate = (region[i] == 2 || inSapo(i)) && !(titleIdx >= 0 && i < titleIdx);
        if (!candidate) {
          labels[i] = Label.CHROME;
          kinds[i] = RemovedKind.CHROME;
          rules[i] = region[i] == 1 ? "BetweenTitleAndBody"
              : region[i] == 2 ? "AboveTitle" : "OutsideArticle";
          continue;
        }
        if (i > 0 && isTeaserSummary(blocks.get(i - 1), b, scorer)) {
          labels[i] = Label.CHROME;
          kinds[i] = RemovedKind.RELATED;
          rules[i] = "TeaserCard";
          continue;
        }
        if (b.linkDensity() >= 0.5 && text.length() < 300) {
          labels[i] = Label.CHROME;
          kinds[i] = RemovedKind.RELATED;
          rules[i] = "LinkDense";
          continue;
        }
        if (!seenBody.add(text)) {
          labels[i] = Label.CHROME;
          kinds[i] = RemovedKind.DUPLICATE;
          rules[i] = "RepeatsBlock";
          continue;
        }
        labels[i] = Label.BODY;
        rules[i] = inSapo(i) ? "Sapo" : b.heading() ? "Crosshead" : "Body";
      }
    }

    /**
     * Whether a block stands where the article's own stamp, byline or source line can: between
     * the headline and the body, up to six blocks above the headline, inside the body, or up to
     * eight blocks after it.
     */
    private boolean nearArticle(int i) {
      return region[i] != 0 || titleIdx >= 0 && i < titleIdx && i >= titleIdx - 6
          || lastInside >= 0 && i > lastInside && i <= lastInside + 8;
    }

    /**
     * A line of parts set apart by bars or dots, one of them a stamp with a time: "07-03-2026 -
     * 00:01 AM | Thị trường", "Theo Ngoisao | 25/12/2012 10:25", "Đời sống Xã hội | Cập nhật …".
     * The line is the dateline; a source part gives the outlet, a name part the author.
     */
    private boolean labelledStamp(int i, String text) {
      if (text.indexOf('|') < 0 && text.indexOf('·') < 0 && text.indexOf('•') < 0) {
        return false;
      }
      String[] parts = LABEL_SEPARATORS.split(text);
      if (parts.length > 4) {
        return false;
      }
      boolean stamp = false;
      for (String part : parts) {
        String p = part.strip();
        PublicationTime t = PageDates.isStamp(p) ? PageDates.parseVisible(p) : null;
        if (t != null && t.hasTime()) {
          stamp = true;
        } else if (SPACES.split(p).length > 8) {
          return false; // a sentence, not a label
        }
      }
      if (!stamp) {
        return false;
      }
      labels[i] = Label.DATELINE;
      kinds[i] = RemovedKind.DATELINE;
      rules[i] = "StampWithLabel";
      for (String part : parts) {
        noteSource(i, part.strip());
        if (blockAuthors[i] == null && !PageDates.isStamp(part.strip())) {
          String name = bylineName(part.strip());
          if (name != null && name.contains(" ") && SourceLines.parse(part.strip()) == null) {
            blockAuthors[i] = name;
          }
        }
      }
      return true;
    }

    /**
     * Records the outlet of a source line near the article; a line that also names its author
     * ("Theo Sầm Hoa (Vietnamnet/Reuters)") becomes the byline.
     */
    private void noteSource(int i, String text) {
      SourceLines.Source src = SourceLines.parse(text);
      if (src == null) {
        return;
      }
      if (sourceOutlet == null) {
        sourceOutlet = src.outlet();
      }
      if (src.author() != null && labels[i] != Label.DATELINE) {
        labels[i] = Label.BYLINE;
        kinds[i] = RemovedKind.BYLINE;
        rules[i] = "BylineWithSource";
        blockAuthors[i] = src.author();
      }
    }

    /**
     * Person names at the edges of the body: short runs of names closing it (up to three),
     * opening it, or standing just after it.
     */
    private void markNames() {
      int tail = 0;
      int seen = 0;
      int signoff = -1;
      for (int i = n - 1; i >= 0 && tail < 3 && seen < 4; i--) {
        if (labels[i] != Label.BODY) {
          continue;
        }
        seen++;
        BlockWalker.Block b = blocks.get(i);
        if (isBylineText(b.text()) || isSignature(b)) {
          labels[i] = Label.BYLINE;
          kinds[i] = RemovedKind.BYLINE;
          rules[i] = "NameAtBodyEnd";
          tail++;
          signoff = i;
        } else if (tail > 0 || wordCount(b.text()) > AFTER_SIGNOFF_WORDS) {
          break;
        }
      }
      if (signoff < 0) {
        signoff = closingSignoff();
      }
      if (signoff >= 0) {
        // what follows the author's name at the end of the body is chrome: a call to readers, the
        // original source ("Forbes"), a link label
        for (int i = signoff + 1; i < n; i++) {
          if (labels[i] == Label.BODY) {
            labels[i] = Label.CHROME;
            kinds[i] = RemovedKind.CHROME;
            rules[i] = "AfterSignoff";
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (labels[i] != Label.BODY) {
          continue;
        }
        if (isBylineText(blocks.get(i).text()) && blocks.get(i).text().length() < 40) {
          labels[i] = Label.BYLINE;
          kinds[i] = RemovedKind.BYLINE;
          rules[i] = "NameAtBodyStart";
        }
        break;
      }

      if (lastInside >= 0) {
        for (int i = lastInside + 1; i < n && i <= lastInside + 3; i++) {
          BlockWalker.Block b = blocks.get(i);
          if (labels[i] == Label.CHROME && (kinds[i] == RemovedKind.CHROME || kinds[i] == RemovedKind.FOOTER)
              && b.type() != BlockWalker.Type.CAPTION && isBylineText(b.text())) {
            labels[i] = Label.BYLINE;
            kinds[i] = RemovedKind.BYLINE;
            rules[i] = "NameAfterBody";
            break;
          }
        }
      }
    }

    /**
     * A sub-heading that closes the body heads no text: it heads the related list after it ("Tin
     * tức gần đây" over a list of links). Such headings, without a sentence end and followed
     * within three blocks by related news, are chrome.
     */
    private void headingsWithoutText() {
      for (int i = n - 1; i >= 0; i--) {
        if (labels[i] != Label.BODY) {
          continue;
        }
        BlockWalker.Block b = blocks.get(i);
        if (!b.heading() || SENTENCE_END.matcher(b.text()).find() || !relatedFollows(i)) {
          return;
        }
        labels[i] = Label.CHROME;
        kinds[i] = RemovedKind.RELATED;
        rules[i] = "HeadingWithoutText";
      }
    }

    private boolean relatedFollows(int i) {
      for (int k = i + 1; k < n && k <= i + 3; k++) {
        if (kinds[k] == RemovedKind.RELATED || kinds[k] == RemovedKind.CROSS_LINK) {
          return true;
        }
      }
      return false;
    }

    /**
     * The byline or source line that closes the body although a few short blocks follow it
     * ("Theo Minh Khôi/Vietnamplus.vn" then "Bloomberg"): the last such line inside the body or
     * just after it, followed by at most three body blocks of at most {@link #AFTER_SIGNOFF_WORDS}
     * words; -1 when there is none.
     */
    private int closingSignoff() {
      int after = 0;
      for (int i = n - 1; i >= 0 && i >= firstInside; i--) {
        if (labels[i] == Label.BODY) {
          if (++after > 3 || wordCount(blocks.get(i).text()) > AFTER_SIGNOFF_WORDS) {
            return -1;
          }
        } else if ((labels[i] == Label.BYLINE || kinds[i] == RemovedKind.SOURCE)
            && (region[i] == 2 || lastInside >= 0 && i > lastInside && i <= lastInside + 3)) {
          return after > 0 ? i : -1;
        }
      }
      return -1;
    }

    /** A photo story keeps its narrative in the captions: then they are the body. */
    private void photoStory() {
      int bodyChars = 0;
      int captionChars = 0;
      int captionCount = 0;
      for (int i = 0; i < n; i++) {
        if (labels[i] == Label.BODY) {
          bodyChars += blocks.get(i).text().length();
        } else if (labels[i] == Label.CAPTION) {
          captionChars += blocks.get(i).text().length();
          captionCount++;
        }
      }
      if (captionCount >= 4 && bodyChars < captionChars / 2) {
        for (int i = titleIdx + 1; i < n; i++) {
          if (labels[i] == Label.CAPTION) {
            labels[i] = Label.BODY;
            rules[i] = "PhotoStoryCaption";
          }
        }
      }
    }

    /**
     * The extraction: paragraphs (sapo first, outlet or location prefix and a trailing source
     * note cut off), captions, the audit trail, and metadata with visible fallbacks.
     */
    private Extraction assemble() {
      int lastBody = -1;
      for (int i = n - 1; i >= 0; i--) {
        if (labels[i] == Label.BODY) {
          lastBody = i;
          break;
        }
      }

      List<String> paragraphs = new ArrayList<>();
      List<Caption> captions = new ArrayList<>();
      Set<String> seenCaptions = new HashSet<>();
      String outletTag = null;
      String bylineAuthor = null;
      String visibleStamp = null;
      Element visibleStampEl = null;
      int stampScore = Integer.MAX_VALUE;
      List<Integer> order = new ArrayList<>();
      for (int i = Math.max(sapoFrom, 0); sapoFrom >= 0 && i <= sapoTo; i++) {
        if (labels[i] == Label.BODY) {
          order.add(i);
        }
      }
      for (int i = 0; i < n; i++) {
        if (!inSapo(i) || labels[i] != Label.BODY) {
          order.add(i);
        }
      }
      for (int i : order) {
        BlockWalker.Block b = blocks.get(i);
        int line = i + 1;
        String text = b.text();
        switch (labels[i]) {
          case TITLE -> decisions.add(new Decision(line, Label.TITLE, null, rules[i], text, false));
          case BODY -> {
            if (paragraphs.isEmpty()) {
              Matcher m = OUTLET_TAG.matcher(text);
              Matcher loc = LOCATION_TAG.matcher(text);
              if (m.find() && m.end() < text.length()) {
                outletTag = m.group().strip();
                removed.add(new RemovedLine(line, RemovedKind.OUTLET_TAG, outletTag, "OutletTagPrefix", true));
                decisions.add(new Decision(line, Label.DATELINE, RemovedKind.OUTLET_TAG,
                    "OutletTagPrefix", outletTag, true));
                text = text.substring(m.end()).strip();
              } else if (loc.find() && loc.end() < text.length()) {
                String tag = loc.group().strip();
                removed.add(new RemovedLine(line, RemovedKind.LEAD_TAG, tag, "LocationPrefix", true));
                decisions.add(new Decision(line, Label.DATELINE, RemovedKind.LEAD_TAG,
                    "LocationPrefix", tag, true));
                text = text.substring(loc.end()).strip();
              }
            }
            if (i == lastBody) {
              text = trimClosing(line, text);
            }
            paragraphs.add(text);
            decisions.add(new Decision(line, Label.BODY, null, rules[i], text, false));
          }
          case CAPTION -> {
            if (seenCaptions.add(fold(text) + "|" + b.credit())) {
              captions.add(new Caption(text, b.credit()));
            }
            decisions.add(new Decision(line, Label.CAPTION, null, rules[i], text, false));
          }
          default -> {
            RemovedKind kind = kinds[i] == null ? RemovedKind.CHROME : kinds[i];
            removed.add(RemovedLine.of(line, kind, text, rules[i]));
            decisions.add(new Decision(line, labels[i], kind, rules[i], text, false));
            boolean near = region[i] != 0 || i > Math.max(lastInside, 0) && i < lastInside + 40;
            if (near && blockAuthors[i] != null && bylineAuthor == null) {
              bylineAuthor = blockAuthors[i];
            }
            if (near && kind == RemovedKind.BYLINE && bylineAuthor == null) {
              bylineAuthor = bylineName(text);
              if (bylineAuthor == null && b.type() == BlockWalker.Type.SKIPPED) {
                bylineAuthor = namesIn(b.el());
              }
            }
            if (kind == RemovedKind.DATELINE || kind == RemovedKind.BYLINE) {
              // where a stamp stands says how likely it is the article's own: between title and
              // body first, then just above the title, inside the body, just after the body
              int rank = region[i] == 1 ? 0
                  : titleIdx >= 0 && i < titleIdx && i >= titleIdx - 6 ? 1
                  : region[i] == 2 ? 2
                  : lastInside >= 0 && i > lastInside && i <= lastInside + 8 ? 3 : -1;
              PublicationTime t = rank < 0 ? null : PageDates.parseVisible(text);
              if (t != null) {
                int score = rank * 2 + (t.hasTime() ? 0 : 1);
                if (score < stampScore) {
                  stampScore = score;
                  visibleStamp = text;
                  visibleStampEl = b.el();
                }
              }
            }
          }
        }
      }
      removed.sort((a, b) -> Integer.compare(a.line(), b.line()));
      decisions.sort((a, b) -> Integer.compare(a.line(), b.line()));

      String author = chooseAuthor(bylineAuthor);
      PublishedTimes times = new PublishedTimes();
      for (PageMetadata.TimeSource ts : meta.timeSources()) {
        times.add(ts.source(), ts.value());
      }
      times.add(PublishedTimes.VISIBLE, visibleStamp);
      times.add(PublishedTimes.VISIBLE_TITLE, stampTitle(visibleStampEl));
      PublishedTimes.Choice chosen = times.choose();
      PublicationTime published = chosen == null ? null : chosen.time();
      PublicationTime pageClock = null;
      for (int i = 0; i < n && pageClock == null; i++) {
        if (kinds[i] == RemovedKind.PAGE_CLOCK) {
          pageClock = PageDates.parseVisible(blocks.get(i).text());
        }
      }
      List<String> tags = new ArrayList<>(new LinkedHashSet<>(meta.tags()));
      return new Extraction(title, published, meta.modifiedAt(), pageClock, author, paragraphs,
          captions, removed, sourceOutlet, outletTag, meta.section(), tags, meta.url(),
          meta.site(), decisions);
    }

    /**
     * The machine form a stamp element carries in a {@code title} attribute, on itself or on the
     * element inside it that holds the stamp: {@code <span title="2016-06-03T00:03:00">00:03
     * 03/06/2016</span>}; null when it has none.
     */
    private static String stampTitle(Element el) {
      if (el == null) {
        return null;
      }
      for (Element e : el.select("[title]")) {
        String t = e.attr("title").strip();
        if (ISO_TITLE.matcher(t).matches() && PageDates.isStamp(HtmlText.collapse(e.text()))) {
          return t;
        }
      }
      return null;
    }

    /**
     * Takes what closes the last paragraph off it, into the audit trail: an end mark ("./.", "/."),
     * a source or compilation note in brackets ("(Theo Reuters)", "(TTXVN)", "(Tổng hợp)") or a
     * wire service's name after the last sentence ("… tăng trưởng. TTXVN"). A note is taken only
     * after a sentence end or an end mark, never from inside a sentence: "… của Tổ chức Y tế Thế
     * giới (WHO)." keeps its words.
     */
    private String trimClosing(int line, String paragraph) {
      String text = paragraph;
      for (int round = 0; round < 3; round++) {
        Matcher end = END_MARK.matcher(text);
        if (end.find() && end.start() > 0) {
          String mark = end.group(1);
          removed.add(new RemovedLine(line, RemovedKind.PUNCTUATION, mark, "EndMark", true));
          decisions.add(new Decision(line, Label.CHROME, RemovedKind.PUNCTUATION, "EndMark", mark, true));
          text = text.substring(0, end.start()).strip();
          continue;
        }
        Matcher src = TRAILING_SOURCE.matcher(text);
        if (src.find() && src.start() > 0 && afterSentence(text, src.start())) {
          String piece = src.group().strip();
          String outlet = src.group(1).strip();
          boolean compiled = COMPILED_NOTE.matcher(outlet).matches();
          RemovedKind kind = compiled ? RemovedKind.COMPILED : RemovedKind.SOURCE;
          removed.add(new RemovedLine(line, kind, piece, "TrailingSource", true));
          decisions.add(new Decision(line, Label.CHROME, kind, "TrailingSource", piece, true));
          if (!compiled && sourceOutlet == null) {
            sourceOutlet = OUTLET_LEAD.matcher(outlet).replaceFirst("");
          }
          text = text.substring(0, src.start()).strip();
          continue;
        }
        Matcher wire = TRAILING_WIRE.matcher(text);
        if (wire.find() && wire.start() > 0 && afterSentence(text, wire.start())
            && isWireName(wire.group(1), wire.group().strip().startsWith("("))) {
          String piece = wire.group().strip();
          removed.add(new RemovedLine(line, RemovedKind.SOURCE, piece, "TrailingWireSource", true));
          decisions.add(new Decision(line, Label.CHROME, RemovedKind.SOURCE, "TrailingWireSource", piece, true));
          if (sourceOutlet == null) {
            sourceOutlet = wire.group(1).strip();
          }
          text = text.substring(0, wire.start()).strip();
          continue;
        }
        break;
      }
      return text;
    }

    /** Whether the text before {@code at} ends a sentence (or an end mark was there). */
    private static boolean afterSentence(String text, int at) {
      int k = at - 1;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      if (k < 0) {
        return false;
      }
      char c = text.charAt(k);
      return c == '.' || c == '!' || c == '?' || c == '…' || c == '”' || c == '"' || c == ')';
    }

    /**
     * Whether a name closing a paragraph is a wire service or outlet: a lexicon outlet, an acronym
     * of capitals ("TTXVN", "AFP"), or, in brackets, one to four capitalised words ("(Reuters)").
     */
    private static boolean isWireName(String name, boolean bracketed) {
      String n = name.strip();
      boolean all = true;
      for (String part : NAME_SEPARATORS.split(n)) {
        all &= ChromeLexicon.defaults().isOutlet(part) || ACRONYM.matcher(part).matches();
      }
      if (all) {
        return true; // "TTXVN", "Reuters/AFP"
      }
      return bracketed && HtmlText.looksLikePersonNames(n) && SPACES.split(n).length <= 4
          && !n.contains(",");
    }

    /**
     * The author by agreement among the JSON-LD's names, the meta tags' and the visible byline's:
     * the names that most other sources share; on a tie the JSON-LD's, then the meta tags', then
     * the byline's. A site's or outlet's name is never an author.
     */
    private String chooseAuthor(String byline) {
      List<List<String>> sources = new ArrayList<>();
      sources.add(meta.jsonLdAuthors());
      sources.add(meta.tagAuthors());
      List<String> visible = new ArrayList<>();
      if (byline != null && !MetadataReader.isSiteName(byline, Set.copyOf(meta.siteNames()))) {
        visible.add(byline);
      }
      sources.add(visible);
      List<String> best = null;
      int bestSupport = -1;
      for (List<String> cand : sources) {
        if (cand.isEmpty()) {
          continue;
        }
        int support = 0;
        for (List<String> other : sources) {
          if (other != cand && sharesName(cand, other)) {
            support++;
          }
        }
        if (support > bestSupport) {
          best = cand;
          bestSupport = support;
        }
      }
      return best == null ? null : String.join(", ", best);
    }

    private static boolean sharesName(List<String> a, List<String> b) {
      for (String x : a) {
        for (String part : x.split(",\\s*")) {
          String fx = fold(part);
          for (String y : b) {
            if (!fx.isEmpty() && (" " + fold(y) + " ").contains(" " + fx + " ")) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * Whether a block is the summary of a teaser card: it follows a headline that is wholly a
     * link, inside a small box that also holds a linked picture ("related news" cards embedded
     * in the body).
     */
    private static boolean isTeaserSummary(BlockWalker.Block prev, BlockWalker.Block b,
        ContentScorer scorer) {
      if (prev.type() != BlockWalker.Type.TEXT || prev.linkDensity() < 0.9
          || prev.text().length() < 20 || b.linkChars() > 0 || b.text().length() > 400) {
        return false;
      }
      Element box = b.el().parent();
      if (box == null || !isInside(prev.el(), box) || scorer.textLength(box) > 600) {
        return false;
      }
      return box.selectFirst("a img") != null;
    }

    /** The names in a byline, a date stamp fused to it cut off ("Nguyên Minh - 07/03/2026"). */
    private static String bylineName(String text) {
      String t = text;
      Matcher d = STAMP_START.matcher(t);
      if (d.find() && d.start() > 0) {
        t = t.substring(0, d.start());
      }
      String a = HtmlText.stripAuthorDecorations(t);
      return a != null && HtmlText.looksLikePersonNames(a) ? a : null;
    }

    /**
     * The person names in a byline element whose text holds more than names ("Duy Anh Xem các
     * bài viết của tác giả", "Thành Luân thanhluan34@gmail.com Hữu Thắng"): the own texts of its
     * elements that are names, joined with ", ".
     */
    private static String namesIn(Element byline) {
      List<String> names = new ArrayList<>();
      for (Element e : byline.getAllElements()) {
        String own = HtmlText.collapse(e.ownText());
        String n = own.isEmpty() ? null : HtmlText.stripAuthorDecorations(own);
        if (n != null && HtmlText.looksLikePersonNames(n) && n.contains(" ") && !names.contains(n)) {
          names.add(n);
        }
        if (names.size() >= 6) {
          break;
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * Whether a block is a signature: one to four capitalised words set apart as a sign-off,
     * right-aligned or wholly bold or italic ("Trung", "Papai").
     */
    private static boolean isSignature(BlockWalker.Block b) {
      String text = b.text();
      if (text.length() > 40 || b.type() != BlockWalker.Type.TEXT) {
        return false;
      }
      String a = HtmlText.stripAuthorDecorations(text);
      if (a == null || !HtmlText.looksLikePersonNames(a) || SPACES.split(a).length > 4
          || ChromeLexicon.defaults().isOutlet(a) || ChromeRules.ofText(text) != null) {
        return false;
      }
      if (b.boldChars() >= text.length() * 0.9) {
        return true;
      }
      Element e = b.el();
      String align = e.attr("align") + " " + e.attr("style") + " " + e.className();
      return RIGHT_ALIGNED.matcher(align).find();
    }

    private static int wordCount(String text) {
      String t = text.strip();
      return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static boolean isBylineText(String text) {
      if (text.length() > 60) {
        return false;
      }
      if (SHORT_SIGNATURE.matcher(text).matches()) {
        return true;
      }
      String a = HtmlText.stripAuthorDecorations(text);
      return a != null && HtmlText.looksLikePersonNames(a) && SPACES.split(a).length >= 2;
    }

    private Element findTitle(Element body) {
      List<String> metaTitles = new ArrayList<>();
      List<String> siteParts = new ArrayList<>();
      for (String t : meta.titles()) {
        metaTitles.add(fold(t));
        // "Headline - Section | Site": the first part is the headline, the last ones the site
        String[] parts = TITLE_PARTS.split(t);
        if (parts.length > 1) {
          metaTitles.add(fold(parts[0]));
          for (int k = 1; k < parts.length; k++) {
            siteParts.add(fold(parts[k]));
          }
        }
      }
      Element best = null;
      double bestSim = -1;
      for (Element h : body.select("h1")) {
        String t = HtmlText.collapse(h.text());
        if (t.length() < 5 || isMasthead(h, fold(t), metaTitles, siteParts)) {
          continue;
        }
        double sim = metaTitles.isEmpty() ? 0.5 : bestSimilarity(fold(t), metaTitles);
        if (sim > bestSim) {
          bestSim = sim;
          best = h;
        }
      }
      if (best != null && (metaTitles.isEmpty() || bestSim >= 0.5)) {
        return best;
      }
      if (!metaTitles.isEmpty()) {
        for (Element h : body.select("h2, h3, [class~=(?i)title]")) {
          String t = HtmlText.collapse(h.text());
          if (t.length() >= 5 && t.length() < 300 && bestSimilarity(fold(t), metaTitles) >= 0.8
              && !isMasthead(h, fold(t), metaTitles, siteParts)) {
            return h;
          }
        }
      }
      return null;
    }

    /**
     * Whether a heading is the site's masthead rather than the headline: it holds the logo, its
     * class or id says logo, or it matches the site's part of the page title better than the
     * headline's part.
     */
    private static boolean isMasthead(Element h, String folded, List<String> headlines,
        List<String> siteParts) {
      if (LOGO.matcher(h.className() + " " + h.id()).find() || h.selectFirst("img") != null
          && h.text().length() < 80) {
        return true;
      }
      if (siteParts.isEmpty()) {
        return false;
      }
      return bestSimilarity(folded, siteParts) >= 0.8 && bestSimilarity(folded, headlines) < 0.8;
    }

    private static double bestSimilarity(String t, List<String> candidates) {
      double best = 0;
      for (String c : candidates) {
        best = Math.max(best, similarity(t, c));
      }
      return best;
    }

    private static boolean isInside(Element e, Element ancestor) {
      for (Element a = e; a != null; a = a.parent()) {
        if (a == ancestor) {
          return true;
        }
      }
      return false;
    }

    private static boolean insideAny(Element e, Set<Element> set) {
      for (Element a = e; a != null; a = a.parent()) {
        if (set.contains(a)) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasClassUp(Element e, Pattern p, int levels) {
      Element a = e;
      for (int i = 0; i <= levels && a != null; i++, a = a.parent()) {
        String names = a.className() + " " + a.id();
        if (!names.isBlank() && p.matcher(names).find()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Builds an {@link HtmlExtractor}.
   *
   * <p>Not thread-safe; the extractors it builds are.
   */
  public static final class Builder {
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * The deepest element nesting the parser builds; deeper elements are attached at this
     * depth. Default {@value HtmlExtractor#DEFAULT_MAX_DEPTH}.
     *
     * @param depth at least 16
     * @return this builder
     */
    public Builder maxDepth(int depth) {
      if (depth < 16) {
        throw new IllegalArgumentException("maxDepth < 16: " + depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * The longest page accepted, in characters; a longer one is refused ({@link
     * PageTooLargeException}). Default 16 Mi.
     *
     * @param chars at least 1024
     * @return this builder
     */
    public Builder maxChars(int chars) {
      if (chars < 1024) {
        throw new IllegalArgumentException("maxChars < 1024: " + chars);
      }
      this.maxChars = chars;
      return this;
    }

    /**
     * The extractor.
     *
     * @return a new immutable extractor
     */
    public HtmlExtractor build() {
      return new HtmlExtractor(this);
    }
  }
}
