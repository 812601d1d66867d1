package io.github.vnnews.normalize;

import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.load.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a plain-text article into an {@link Extraction}: each non-blank line is a
 * paragraph after white-space clean-up; lines of punctuation only are removed.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {

  /** A normaliser with the default rules. */
  public TextNormalizer() {}

  /**
   * Normalises one article.
   *
   * @param lines the article's lines, blank ones included
   * @return what was found
   */
  public Extraction normalize(List<SourceLine> lines) {
    List<String> paragraphs = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (SourceLine line : lines) {
      String text = cleanSpaces(line.text());
      if (text.isEmpty()) {
        continue;
      }
      if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
        removed.add(RemovedLine.of(line.number(), RemovedKind.PUNCTUATION, text, "PunctuationOnly"));
        decisions.add(
            new Decision(line.number(), Label.CHROME, RemovedKind.PUNCTUATION, "PunctuationOnly", text, false));
        continue;
      }
      paragraphs.add(text);
      decisions.add(new Decision(line.number(), Label.BODY, null, "Body", text, false));
    }
    return new Extraction(
        null, null, null, null, null, paragraphs, List.of(), removed, null, null, null, List.of(),
        null, null, decisions);
  }

  /**
   * Collapses runs of white space to one space and trims.
   *
   * @param s the text
   * @return the cleaned text
   */
  static String cleanSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
