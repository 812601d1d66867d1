package io.github.vnnews.internal.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds an article's text by generic scoring, in the manner of
 * Readability: every run of text is owned by its nearest block element; an owner with enough text
 * scores by its length and commas, discounted by its link density, and passes its score to its
 * ancestors (fully to itself and its parent, half to the grandparent, less further up). An
 * ancestor's final score is discounted by its own link density and shifted by the words of its
 * class and id ("content", "detail", "body" up; chrome words down).
 *
 * <p>One pass over the text nodes plus one walk up from each owner: linear in the page times its
 * (bounded) depth. Not thread-safe; one instance per page.
 */
final class ContentScorer {
  static final Set<String> INLINE =
      Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
          "var", "wbr", "big", "strike", "tt", "label", "ins", "del");

  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|main|post|text|detail|story|fck|cms|singular|news-?content|maincontent");
  private static final Pattern NEGATIVE =
      Pattern.compile("(?i)comment|footer|related|relate|lien-?quan|sidebar|widget|menu|nav|share|social|banner|advert|promo|most|hot-?news|tin-?khac|box-?news|aside|recommend|suggest");

  private static final int MAX_UP = 5;
  private static final double RIVAL_SHARE = 0.6;
  private static final int MIN_RIVALS = 2;
  private static final int MAX_PROMOTION = 4;
  /** Characters of a run of text that make it a paragraph rather than a heading or a stamp. */
  private static final int PARAGRAPH = 80;

  private final Map<Element, double[]> stats = new IdentityHashMap<>(); // [text, linkText, blocks]
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  /** The scored elements in page order, so that ties always break the same way. */
  private final List<Element> scored = new ArrayList<>();

  /**
   * Scores a page body.
   *
   * @param body the (cleaned) body
   */
  ContentScorer(Element body) {
    Map<Element, double[]> owners = new java.util.LinkedHashMap<>(); // [text, linkText, commas]
    NodeTraversor.traverse(
        (NodeVisitor) (node, depth) -> {
          if (node instanceof TextNode tn) {
            String t = tn.text();
            int len = nonSpace(t);
            if (len == 0) {
              return;
            }
            Element owner = null;
            boolean inLink = false;
            for (Node p = tn.parent(); p instanceof Element e; p = e.parent()) {
              if (e.normalName().equals("a")) {
                inLink = true;
              }
              if (!INLINE.contains(e.normalName())) {
                owner = e;
                break;
              }
            }
            if (owner == null) {
              return;
            }
            double[] s = owners.computeIfAbsent(owner, k -> new double[3]);
            s[0] += len;
            if (inLink) {
              s[1] += len;
            }
            s[2] += commas(t);
          }
        },
        body);
    for (Map.Entry<Element, double[]> en : owners.entrySet()) {
      Element owner = en.getKey();
      double[] s = en.getValue();
      for (Element a = owner; a != null; a = a.parent()) {
        double[] st = stats.computeIfAbsent(a, k -> new double[3]);
        st[0] += s[0];
        st[1] += s[1];
        if (s[0] >= PARAGRAPH) {
          st[2]++;
        }
      }
      if (s[0] < 25) {
        continue;
      }
      double linkRatio = s[1] / s[0];
      double score = (1 + s[2] + Math.min(s[0] / 100.0, 3)) * (1 - linkRatio) * (1 - linkRatio);
      int level = 0;
      for (Element a = owner; a != null && level <= MAX_UP; a = a.parent(), level++) {
        double share = level <= 1 ? 1 : level == 2 ? 0.5 : 1.0 / (level * 3);
        if (!scores.containsKey(a)) {
          scored.add(a);
        }
        scores.merge(a, score * share, Double::sum);
      }
    }
  }

  private static int nonSpace(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '.' && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * The text length (non-space characters) below an element.
   *
   * @param e the element
   * @return the length
   */
  double textLength(Element e) {
    double[] s = stats.get(e);
    return s == null ? 0 : s[0];
  }

  /**
   * The share of an element's text that is link text.
   *
   * @param e the element
   * @return the link density, 0 to 1
   */
  double linkDensity(Element e) {
    double[] s = stats.get(e);
    return s == null || s[0] == 0 ? 0 : s[1] / s[0];
  }

  /**
   * An element's final score.
   *
   * @param e the element
   * @return the score (0 when it got none)
   */
  double finalScore(Element e) {
    Double s = scores.get(e);
    if (s == null) {
      return 0;
    }
    return s * (1 - linkDensity(e)) + classWeight(e);
  }

  static double classWeight(Element e) {
    double w = 0;
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return 0;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    return w;
  }

  /**
   * Where several separate elements score almost as well as the best one (the slides of a photo
   * story, the sections of a long article), or one element that holds several paragraphs where the
   * best holds one (the best is the lede box, the rival the body), their nearest common ancestor with the
   * best one holds the article: it is taken instead, unless it is mostly links.
   */
  private Element promote(Element best, double bestScore) {
    List<Element> rivals = new ArrayList<>();
    for (Element e : scored) {
      if (e == best || e.normalName().equals("body") || e.normalName().equals("html")) {
        continue;
      }
      if (finalScore(e) >= bestScore * RIVAL_SHARE && !related(e, best) && linkDensity(e) < 0.5) {
        rivals.add(e); // a box of links scores by its class words alone: no rival for the text
      }
    }
    if (rivals.size() < MIN_RIVALS && !(rivals.size() == 1 && holdsMore(rivals.get(0), best))) {
      return best;
    }
    Set<Element> bestAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a = best.parent(); a != null; a = a.parent()) {
      bestAncestors.add(a);
    }
    Map<Element, Integer> shared = new IdentityHashMap<>();
    for (Element r : rivals) {
      for (Element a = r.parent(); a != null; a = a.parent()) {
        if (bestAncestors.contains(a)) {
          shared.merge(a, 1, Integer::sum);
        }
      }
    }
    int up = 0;
    int needed = Math.min(MIN_RIVALS, rivals.size());
    for (Element a = best.parent(); a != null && up < MAX_PROMOTION; a = a.parent(), up++) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        break;
      }
      if (shared.getOrDefault(a, 0) >= needed) {
        return linkDensity(a) < 0.35 ? a : best;
      }
    }
    return best;
  }

  /**
   * Whether a lone rival of the best element is the body of which the best is only the lede box:
   * the best holds one paragraph, the rival (which scores at least {@link #RIVAL_SHARE} of it)
   * several, more text, and little of it in links.
   */
  private boolean holdsMore(Element rival, Element best) {
    return blocks(best) <= 1 && blocks(rival) >= 2
        && textLength(rival) > textLength(best) && linkDensity(rival) < 0.2;
  }

  /** How many runs of text of at least {@link #PARAGRAPH} characters an element holds. */
  private double blocks(Element e) {
    double[] s = stats.get(e);
    return s == null ? 0 : s[2];
  }

  private static boolean related(Element a, Element b) {
    for (Element x = a.parent(); x != null; x = x.parent()) {
      if (x == b) {
        return true;
      }
    }
    for (Element x = b.parent(); x != null; x = x.parent()) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best container, and its siblings that hold article text too.
   *
   * @return the containers in page order; empty when the page has no text
   */
  List<Element> containers() {
    Element best = null;
    double bestScore = 0;
    for (Element e : scored) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        continue;
      }
      double s = finalScore(e);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    List<Element> out = new ArrayList<>();
    if (best == null) {
      return out;
    }
    best = promote(best, bestScore);
    bestScore = Math.max(bestScore, finalScore(best));
    Element parent = best.parent();
    if (parent == null) {
      out.add(best);
      return out;
    }
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sib : parent.children()) {
      if (sib == best) {
        out.add(sib);
        continue;
      }
      double s = finalScore(sib);
      if (s >= threshold && ChromeRules.ofElement(sib) == null) {
        out.add(sib);
      } else if (sib.normalName().equals("p") && textLength(sib) > 80 && linkDensity(sib) < 0.25) {
        out.add(sib);
      }
    }
    return out;
  }
}
