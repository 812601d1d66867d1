package io.github.vnnews.internal.html;

import io.github.vnnews.RemovedKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a page into a flat list of blocks in page order: runs of text broken at block elements
 * and {@code <br>}, photo captions (figures, image tables, caption elements) as single caption
 * blocks, and whole elements that a policy marks as chrome as single skipped blocks.
 *
 * <p>Iterative (jsoup's {@link NodeTraversor}), so deeply nested pages cannot overflow the stack.
 * Not thread-safe; one instance per page.
 */
final class BlockWalker implements NodeFilter {
  /** A separator at the end of a caption, with the spaces before it. */
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[-–—|]$");

  /** The three sorts of block. */
  enum Type {
    /** A run of text. */
    TEXT,
    /** A photo caption, its credit split off. */
    CAPTION,
    /** An element skipped whole as chrome. */
    SKIPPED
  }

  /**
   * One block.
   *
   * @param type the sort
   * @param text the text, white space collapsed
   * @param credit for a caption, its photo credit or null
   * @param el the block element that owns the text (the skipped or caption element itself)
   * @param linkChars characters of the text inside links
   * @param boldChars characters of the text inside {@code b}/{@code strong}
   * @param kind for a skipped block, what it is
   * @param rule for a skipped block, the deciding rule
   */
  record Block(Type type, String text, String credit, Element el, int linkChars, int boldChars,
      RemovedKind kind, String rule) {

    /** The share of the text inside links. */
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Whether the block is a sub-heading: an h2–h6, or a short run set wholly in bold. */
    boolean heading() {
      String tag = el.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
        return true;
      }
      return text.length() < 200 && boldChars >= text.length() * 0.9;
    }
  }

  /** How far above an image an image box (table, div) may be. */
  static final int IMAGE_BOX_LEVELS = 6;

  /** The longest text kept for a skipped element (the audit trail, not the article). */
  static final int MAX_SKIPPED_TEXT = 500;

  private static final Pattern CREDIT_CLASS =
      Pattern.compile("(?i)credit|source|author|photographer|copyright|tacgia|nguon");
  private static final Pattern IMAGE_HINT =
      Pattern.compile("(?i)image|photo|picture|figure|\\bfig|media|thumb|img|pic\\b|hinh|anh\\b");
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|expnoedit|figcaption|chu[-_]?thich");
  private static final Pattern CAPTION_INNER =
      Pattern.compile("(?i)caption|expnoedit|desc|legend|note|chuthich|chu-thich");
  private static final Pattern CREDIT_BLOCK =
      Pattern.compile("^(?i:ảnh|photo|nguồn ảnh|nguồn|đồ họa|đồ hoạ)(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CENTERED =
      Pattern.compile("(?i)text-align\\s*:\\s*center|^center\\b|\\bcenter\\b");
  private static final Pattern LEAD_TAG_CLASS = Pattern.compile("(?i)location|stamp|dateline|place");
  private static final Pattern CREDIT_ONLY =
      Pattern.compile("^[(\\[]?\\s*(?i:ảnh|photo|nguồn ảnh)\\s*:\\s*[^:()]{1,60}[)\\]]?$",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ITALIC_STYLE = Pattern.compile("(?i)font-style\\s*:\\s*italic");
  /** What opens a caption set above its picture: "Ảnh chụp tại …", "Biểu đồ: …". */
  private static final Pattern CAPTION_OPENER =
      Pattern.compile("^(?i:ảnh|hình ảnh|hình|bức ảnh|đồ họa|đồ hoạ|biểu đồ|infographic)(?![\\p{L}\\p{N}])",
          Pattern.UNICODE_CHARACTER_CLASS);

  private final Function<Element, ChromeRules.Verdict> policy;
  private final Set<Element> imageHolders = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder cur = new StringBuilder();
  private Element curOwner;
  private int curLink;
  private int curBold;
  private int curItalic;
  private int anchorDepth;
  private int boldDepth;
  private int italicDepth;
  private boolean pendingImage;
  /** The last picture met. */
  private Element lastImage;
  /** Whether the last block is a caption (a run of italic captions under a picture continues). */
  private boolean afterCaption;
  /** Whether the article's own paragraphs are centred: then centring says nothing of a caption. */
  private final boolean centeredBody;

  private BlockWalker(Element root, Function<Element, ChromeRules.Verdict> policy,
      boolean centeredBody) {
    this.policy = policy;
    this.centeredBody = centeredBody;
    // elements up to a few levels above an image: the only ones that can be image boxes
    for (Element img : root.getElementsByTag("img")) {
      Element a = img.parent();
      for (int i = 0; i < IMAGE_BOX_LEVELS && a != null; i++, a = a.parent()) {
        if (!imageHolders.add(a)) {
          break;
        }
      }
    }
  }

  /**
   * Walks a subtree.
   *
   * @param root the subtree
   * @param policy says which elements are chrome to skip whole (null: descend)
   * @return the blocks in page order
   */
  static List<Block> walk(Element root, Function<Element, ChromeRules.Verdict> policy) {
    return walk(root, policy, false);
  }

  /**
   * Walks a subtree.
   *
   * @param root the subtree
   * @param policy says which elements are chrome to skip whole (null: descend)
   * @param centeredBody whether the article's paragraphs are centred (then a centred line after
   *     a picture is not taken for its caption on that account)
   * @return the blocks in page order
   */
  static List<Block> walk(Element root, Function<Element, ChromeRules.Verdict> policy,
      boolean centeredBody) {
    BlockWalker w = new BlockWalker(root, policy, centeredBody);
    NodeTraversor.filter(w, root);
    w.flush();
    return w.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode tn) {
      String t = tn.getWholeText();
      if (cur.length() == 0) {
        if (t.isBlank()) {
          return FilterResult.CONTINUE;
        }
        curOwner = owner(tn);
      }
      int before = cur.length();
      appendCollapsed(t);
      int added = cur.length() - before;
      if (anchorDepth > 0) {
        curLink += added;
      }
      if (boldDepth > 0) {
        curBold += added;
      }
      if (italicDepth > 0) {
        curItalic += added;
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush();
      return FilterResult.CONTINUE;
    }
    if (tag.equals("img") || tag.equals("picture") || tag.equals("source")) {
      if (isBlank(cur)) {
        pendingImage = true;
        lastImage = e;
        captionAbove(e);
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    ChromeRules.Verdict v = policy.apply(e);
    if (v != null) {
      flush();
      String text = HtmlText.collapse(e.text());
      if (!text.isEmpty()) {
        if (text.length() > MAX_SKIPPED_TEXT) {
          text = text.substring(0, MAX_SKIPPED_TEXT) + "…";
        }
        blocks.add(new Block(Type.SKIPPED, text, null, e, 0, 0, v.kind(), v.rule()));
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (isCaptionContainer(e)) {
      flush();
      int before = blocks.size();
      addCaption(e);
      // a picture box without a caption of its own: the text after it may be the caption
      pendingImage = blocks.size() == before && imageHolders.contains(e)
          || blocks.size() == before && e.getElementsByTag("img").size() > 0;
      return FilterResult.SKIP_ENTIRELY;
    }
    boolean inline = ContentScorer.INLINE.contains(tag);
    if (inline && isBlank(cur) && !e.className().isEmpty()
        && LEAD_TAG_CLASS.matcher(e.className()).find()) {
      String text = HtmlText.collapse(e.text());
      if (!text.isEmpty() && text.length() < 40) {
        flush();
        blocks.add(new Block(Type.SKIPPED, text, null, e, 0, 0, RemovedKind.LEAD_TAG, "LeadTagElement"));
        return FilterResult.SKIP_ENTIRELY;
      }
    }
    if (!inline) {
      flush();
    } else if (tag.equals("a")) {
      anchorDepth++;
    } else if (tag.equals("b") || tag.equals("strong")) {
      boldDepth++;
    } else if (tag.equals("i") || tag.equals("em") || isItalicStyle(e)) {
      italicDepth++;
    }
    return FilterResult.CONTINUE;
  }

  /** An inline element set in italics by its style attribute ({@code font-style: italic}). */
  private static boolean isItalicStyle(Element e) {
    String style = e.attr("style");
    return !style.isEmpty() && ITALIC_STYLE.matcher(style).find();
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        anchorDepth = Math.max(0, anchorDepth - 1);
      } else if (tag.equals("b") || tag.equals("strong")) {
        boldDepth = Math.max(0, boldDepth - 1);
      } else if (tag.equals("i") || tag.equals("em") || isItalicStyle(e)
          && ContentScorer.INLINE.contains(tag)) {
        italicDepth = Math.max(0, italicDepth - 1);
      } else if (!ContentScorer.INLINE.contains(tag)) {
        flush();
      }
    }
    return FilterResult.CONTINUE;
  }

  /**
   * A short line right above a picture that opens with a picture word and does not end a sentence
   * ("Ảnh chụp tại khu phố …,", "Biểu đồ: tăng trưởng GDP"): the picture's caption.
   */
  private void captionAbove(Element img) {
    if (blocks.isEmpty()) {
      return;
    }
    Block last = blocks.get(blocks.size() - 1);
    String t = last.text();
    if (last.type() == Type.TEXT && last.linkChars() == 0 && t.length() <= 200
        && (CAPTION_OPENER.matcher(t).find() || sameImageTable(last.el(), img))
        && !t.endsWith(".") && ChromeRules.ofText(t) == null) {
      String[] split = HtmlText.splitCredit(t);
      blocks.set(blocks.size() - 1, new Block(Type.CAPTION, split[0], split[1], last.el(), 0, 0, null, null));
      pendingImage = false;
    }
  }

  /**
   * Whether a text's block and a picture stand in the same table, the text in a cell of its own:
   * the title of a chart or an infographic set above it.
   */
  private static boolean sameImageTable(Element textOwner, Element img) {
    Element cell = textOwner.closest("td, th");
    Element table = cell == null ? null : cell.closest("table");
    return table != null && img.closest("table") == table && img.closest("td, th") != cell;
  }

  private static boolean isBlank(StringBuilder sb) {
    for (int i = 0; i < sb.length(); i++) {
      if (!Character.isWhitespace(sb.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void appendCollapsed(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') {
          cur.append(' ');
        }
      } else if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF' && c != '\u00AD') {
        cur.append(c);
      }
    }
  }

  private static Element owner(TextNode tn) {
    for (Node p = tn.parent(); p instanceof Element e; p = e.parent()) {
      if (!ContentScorer.INLINE.contains(e.normalName())) {
        return e;
      }
    }
    return tn.parent();
  }

  private void flush() {
    String text = cur.toString().strip();
    if (!text.isEmpty() && curOwner != null) {
      int len = text.length();
      boolean continues = afterCaption && curLink == 0 && len <= 300 && isItalic(text, curOwner, curItalic);
      if ((pendingImage || continues)
          && (isLooseCaption(text, curOwner, curItalic, curLink, centeredBody)
              || pendingImage && curLink == 0 && len <= 200 && inImageCell(curOwner) && !text.endsWith("."))) {
        String[] split = HtmlText.splitCredit(text);
        blocks.add(new Block(Type.CAPTION, split[0], split[1], curOwner, 0, 0, null, null));
        afterCaption = true;
      } else {
        blocks.add(new Block(Type.TEXT, text, null, curOwner, Math.min(curLink, len),
            Math.min(curBold, len), null, null));
      }
      if (ChromeRules.ofText(text) == null) {
        pendingImage = false; // chrome labels ("Chia sẻ") between a picture and its caption do not count
        if (blocks.get(blocks.size() - 1).type() != Type.CAPTION) {
          afterCaption = false;
        }
      }
    }
    cur.setLength(0);
    curLink = 0;
    curBold = 0;
    curItalic = 0;
    curOwner = null;
  }

  /**
   * Whether a text right after a picture is its caption although no markup says so: short, no
   * links, and set in italics, centred, or ending in a photo credit.
   */
  private static boolean isLooseCaption(String text, Element owner, int italic, int link,
      boolean centeredBody) {
    if (text.length() > 300 || link > 0) {
      return false;
    }
    if (isItalic(text, owner, italic)) {
      return true;
    }
    String align = owner.attr("style") + " " + owner.attr("align") + " " + owner.className();
    if (!centeredBody && CENTERED.matcher(align).find()) {
      return true;
    }
    return HtmlText.splitCredit(text)[1] != null;
  }

  /**
   * Whether a block is in a row of its own under the last picture, in the picture's table: the
   * picture's caption cell (text beside the picture, in the same row, is body).
   */
  private boolean inImageCell(Element owner) {
    Element cell = owner.closest("td, th");
    Element table = cell == null ? null : cell.closest("table");
    if (table == null || lastImage == null || lastImage.closest("table") != table) {
      return false;
    }
    Element imgCell = lastImage.closest("td, th");
    return imgCell != null && imgCell.parent() != cell.parent();
  }

  /** Whether a run of text is set in italics: by its inline elements, or by its block's style. */
  private static boolean isItalic(String text, Element owner, int italic) {
    return italic >= text.length() * 0.9 || ITALIC_STYLE.matcher(owner.attr("style")).find();
  }

  /**
   * Whether an element is a photo with its caption: a figure, a caption element, or an image
   * table or image box with little text.
   */
  boolean isCaptionContainer(Element e) {
    String tag = e.normalName();
    if (tag.equals("figure") || tag.equals("figcaption")) {
      return true;
    }
    String cls = e.className();
    if (!cls.isEmpty() && CAPTION_CLASS.matcher(cls).find()) {
      return e.text().length() < 600;
    }
    if (tag.equals("table") || tag.equals("div") || tag.equals("p") || tag.equals("center")) {
      if (!imageHolders.contains(e)) {
        return false;
      }
      int len = e.text().length();
      if (len == 0 || len > 500) {
        return false;
      }
      if (tag.equals("table")) {
        return e.select("tr").size() <= 4 && e.getElementsByTag("img").size() <= 1
            && !textBesideImage(e);
      }
      String hints = cls + " " + e.id() + " " + e.attr("type");
      return IMAGE_HINT.matcher(hints).find() && e.select("p").size() <= 2;
    }
    return false;
  }

  /**
   * Whether a table sets text beside its picture (the picture in one cell, paragraphs in the next
   * cell of the same row): a layout for body text, not a caption under a photo.
   */
  private static boolean textBesideImage(Element table) {
    for (Element img : table.getElementsByTag("img")) {
      Element cell = img.closest("td, th");
      if (cell == null || cell.parent() == null) {
        continue;
      }
      for (Element sib : cell.parent().children()) {
        if (sib != cell && (sib.normalName().equals("td") || sib.normalName().equals("th"))
            && !sib.text().isBlank() && sib.getElementsByTag("img").isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private void addCaption(Element box) {
    // work on a copy without the box's chrome (share buttons, zoom labels)
    Element container = box.clone();
    List<Element> chrome = new ArrayList<>();
    for (Element d : container.getAllElements()) {
      if (d != container && ChromeRules.ofElement(d) != null && !CREDIT_CLASS.matcher(d.className()).find()) {
        chrome.add(d);
      }
    }
    for (Element d : chrome) {
      if (d.parent() != null) {
        d.remove();
      }
    }
    Element cap = container.selectFirst("figcaption");
    if (cap == null) {
      for (Element d : container.getAllElements()) {
        if (d != container && CAPTION_INNER.matcher(d.className()).find() && !d.text().isBlank()) {
          cap = d;
          break;
        }
      }
    }
    if (cap == null) {
      cap = container;
    }
    String credit = null;
    String creditText = null;
    for (Element d : cap.getAllElements()) {
      if (d != cap && !d.className().isEmpty() && CREDIT_CLASS.matcher(d.className()).find()) {
        creditText = HtmlText.collapse(d.text());
        if (!creditText.isEmpty()) {
          credit = HtmlText.cleanCredit(creditText);
          if (credit.isEmpty()) {
            credit = null; // the element holds only the marker ("Ảnh:"); the name follows it
            creditText = null;
            continue;
          }
          break;
        }
      }
    }
    if (credit == null) {
      // the last element with text of its own, starting with "Ảnh" / "Nguồn": the credit
      Element last = null;
      for (Element d : cap.getAllElements()) {
        if (d != cap && !d.ownText().isBlank()) {
          last = d;
        }
      }
      if (last != null) {
        String lt = HtmlText.collapse(last.text());
        if (lt.length() <= 80 && CREDIT_BLOCK.matcher(lt).find()
            && HtmlText.collapse(cap.text()).length() > lt.length() + 3
            && !HtmlText.cleanCredit(lt).isEmpty()) {
          creditText = lt;
          credit = HtmlText.cleanCredit(lt);
        }
      }
    }
    String text = HtmlText.collapse(cap.text());
    if (creditText != null && !creditText.isEmpty()) {
      int at = text.lastIndexOf(creditText);
      if (at >= 0) {
        text = (text.substring(0, at) + text.substring(at + creditText.length())).strip();
      }
      text = TRAILING_SEPARATOR.matcher(text).replaceAll("").strip();
    }
    if (credit == null) {
      String[] split = HtmlText.splitCredit(text);
      text = split[0];
      credit = split[1];
    }
    if (credit == null && CREDIT_ONLY.matcher(text).matches()) {
      credit = HtmlText.cleanCredit(text); // "Ảnh: Bankrate." under the photo: a credit, no text
      text = "";
    }
    if (text.isEmpty()) {
      if (credit != null && !credit.isBlank()) {
        // the photo's caption holds only its credit: a caption with no text
        blocks.add(new Block(Type.CAPTION, "", credit, box, 0, 0, null, null));
      }
      return;
    }
    ChromeRules.Verdict v = ChromeRules.ofText(text);
    boolean video = container.selectFirst("video, [class~=(?i)video]") != null
        || v != null && v.kind() == RemovedKind.EMBED_LABEL;
    if (video) {
      blocks.add(new Block(Type.SKIPPED, text, null, box, 0, 0, RemovedKind.EMBED_LABEL,
          "VideoCaption"));
      return;
    }
    blocks.add(new Block(Type.CAPTION, text, credit, box, 0, 0, null, null));
  }
}
