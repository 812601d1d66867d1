package io.github.vnnews;

/** What a line, or a piece of a line, is in an article. */
public enum Label {
  /** The headline. */
  TITLE,
  /** Article text. */
  BODY,
  /** A photo caption. */
  CAPTION,
  /** The byline naming the author. */
  BYLINE,
  /** The publication stamp. */
  DATELINE,
  /** Anything else: menus, clocks, footers, related news, … */
  CHROME
}
