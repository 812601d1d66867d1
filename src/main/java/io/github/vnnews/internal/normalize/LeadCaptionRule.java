package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.List;
import java.util.Map;

/**
 * Finds the caption of the lead photo that a crawl glued in front of the body: a crawler dump with
 * the headline on its first line, the sapo on its second and the whole body collapsed onto the
 * third opens that third line with the caption of the picture under the sapo ({@code Thủ tướng Anh
 * Theresa May. Trả lời một nghị sĩ …}, {@code Hiện trường vụ tai nạn. Theo thông tin ban đầu, …}).
 * Such a caption restates the headline and the sapo in a few words; the first sentence of a body
 * tells something new (a time, a place, who said what) in more words.
 *
 * <table>
 *   <caption>The first unit ({@link Units}) of the body line is the lead photo's caption when</caption>
 *   <tr><th>measure</th><th>value</th></tr>
 *   <tr><td>place</td><td>the first text of the first line after the lede (the sapo), a line of
 *       at least {@value FusedCaptionRule#MIN_LINE_WORDS} words; more text follows it</td></tr>
 *   <tr><td>words</td><td>{@value #MIN_WORDS} to {@value #MAX_WORDS}</td></tr>
 *   <tr><td>shape</td><td>opens with a capital and ends with one full stop (a question or an
 *       exclamation opens a text; a unit without a stop opens with a crosshead or is a sentence
 *       cut short, an ellipsis runs on); no colon (a list item's label); every bracket it opens
 *       closed (else it was cut inside one, at an abbreviation); no discourse word
 *       ({@link UnmarkedCaptionRule#DISCOURSE}: tense, speech, first person, connectives)</td></tr>
 *   <tr><td>around</td><td>the sapo does not hold it word for word (the sapo printed again at
 *       the body's start is a repeat, not a caption); the sapo has no colon (a roundup's or a list's lead-in: the body
 *       opens with its first item's heading, {@code Bản tin bóng đá sáng 3/7: …}); the next unit
 *       does not go on from it ({@link #CONTINUATIONS}: {@code Và}, {@code Tuy nhiên}, …)</td></tr>
 *   <tr><td>restatement</td><td>at least {@value #MIN_SHARE} of its distinct words (function
 *       words aside, at least {@value #MIN_CONTENT}) stand in the headline or the sapo</td></tr>
 * </table>
 *
 * <p>On the baomoi crawl (the 35,410 articles outside the reserved list, against main of
 * 2026-12-07) it cuts 443 captions in 441 articles; a seeded sample of 30 (news, court, sport,
 * world, entertainment stories) held 29 captions (a person's name and post, a scene, a clip's
 * label), the miss the sapo printed again with a typo. Before the colon, ellipsis, bracket and
 * continuation tests, units without a stop and sapos with a colon brought crossheads, roundup
 * items and sentences cut short. With no sapo line the first sentence of a text is its lede and
 * is left alone.
 *
 * <p>Immutable and thread-safe.
 */
final class LeadCaptionRule implements Rule {
  /** Fewest words of a lead caption. */
  static final int MIN_WORDS = 3;
  /** Most words of a lead caption. */
  static final int MAX_WORDS = 12;
  /** Least share of the caption's content words that the headline or the sapo hold. */
  static final double MIN_SHARE = 0.6;
  /** Fewest content words (function words aside) of a lead caption. */
  static final int MIN_CONTENT = 2;
  /**
   * Connectives that go on from the sentence before: a unit they follow is the body's first
   * sentence ({@code Damien Chazelle 32 tuổi còn Barry Jenkins 37 tuổi. Và nếu cộng lại, …}).
   */
  static final List<String> CONTINUATIONS = List.of(
      "Và", "Nhưng", "Thế nhưng", "Tuy nhiên", "Song", "Vì vậy", "Vì thế", "Do đó", "Do vậy",
      "Thậm chí");

  @Override
  public String name() {
    return "LeadCaptionRule";
  }

  @Override
  public void apply(Draft draft) {
    int lede = draft.ledeLine();
    if (lede < 0 || draft.title == null) {
      return;
    }
    int body = -1;
    for (int i = lede + 1; i < draft.lines.size(); i++) {
      if (draft.lines.get(i).hasBody()) {
        body = i;
        break;
      }
    }
    if (body < 0) {
      return;
    }
    DraftLine line = draft.lines.get(body);
    if (line.words() < FusedCaptionRule.MIN_LINE_WORDS) {
      return;
    }
    Piece first = null;
    for (Piece p : line.pieces) {
      if (!p.decided()) {
        first = p;
        break;
      }
    }
    List<Units.Unit> units = Units.split(line, first.start, first.end);
    if (units.size() < 2) {
      return;
    }
    Units.Unit u = units.get(0);
    String s = line.text;
    int a = u.start();
    int b = u.end();
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (a == b || !Character.isUpperCase(s.codePointAt(a))) {
      return;
    }
    if (!u.terminated() || s.charAt(b - 1) != '.' || b - a > 1 && s.charAt(b - 2) == '.') {
      return;
    }
    if (continues(s, units.get(1))) {
      return;
    }
    int w = Sentences.words(s, a, b, MAX_WORDS + 1);
    if (w < MIN_WORDS || w > MAX_WORDS) {
      return;
    }
    String t = s.substring(a, b);
    String sapoText = draft.lines.get(lede).text;
    if (t.indexOf(':') >= 0 || sapoText.indexOf(':') >= 0 || !balanced(t)
        || sapoText.contains(t) || UnmarkedCaptionRule.DISCOURSE.foundIn(t)) {
      return;
    }
    Map<CharSequence, Integer> own = FusedCaptionRule.counts(t);
    Map<CharSequence, Integer> title = FusedCaptionRule.counts(draft.title);
    Map<CharSequence, Integer> sapo = FusedCaptionRule.counts(sapoText);
    if (restates(own, title, sapo)) {
      line.cutSpan(a, b, Label.CAPTION, null, name());
    }
  }

  /**
   * Whether every bracket the text opens it also closes: a unit cut at an abbreviation inside
   * brackets ({@code Quận Gò Vấp (TP.} before {@code HCM) là nơi …}) is half a sentence.
   */
  static boolean balanced(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return depth == 0;
  }

  /** Whether unit {@code next} of {@code s} opens with one of the {@link #CONTINUATIONS}. */
  static boolean continues(String s, Units.Unit next) {
    int a = next.start();
    while (a < next.end() && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    for (String c : CONTINUATIONS) {
      int e = a + c.length();
      if (s.startsWith(c, a) && e < next.end() && !Character.isLetterOrDigit(s.charAt(e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at least {@link #MIN_SHARE} of the unit's distinct content words (at least {@link
   * #MIN_CONTENT}) stand in the headline or the sapo.
   */
  static boolean restates(Map<CharSequence, Integer> own, Map<CharSequence, Integer> title,
      Map<CharSequence, Integer> sapo) {
    int words = 0;
    int shared = 0;
    for (CharSequence word : own.keySet()) {
      if (FusedCaptionRule.FUNCTION_WORDS.contains(word.toString())) {
        continue;
      }
      words++;
      if (title.containsKey(word) || sapo.containsKey(word)) {
        shared++;
      }
    }
    return words >= MIN_CONTENT && shared >= MIN_SHARE * words;
  }
}
