package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.Optional;

/**
 * Finds the lines that are nothing but a date stamp ({@code Thứ 6, 28/07/2023 | 18:13:12 [GMT +7]
 * A A}). A stamp above every line of text is the site's clock ({@link RemovedKind#PAGE_CLOCK}),
 * never the publication time; a stamp after the headline, near the top, is the article's own
 * ({@link RemovedKind#DATELINE}, or its update time when labelled {@code Cập nhật}).
 *
 * <p>Immutable and thread-safe.
 */
final class DateLineRule implements Rule {
  /** A stamp after more content lines than this is not the article's own. */
  static final int MAX_CONTENT_BEFORE = 2;

  @Override
  public String name() {
    return "DateLineRule";
  }

  /**
   * A header line holding the stamp and the byline ({@code 02/11/2023 14:30 | Nguyễn Văn A}):
   * the name becomes the byline, the rest the dateline.
   */
  private boolean stampWithByline(Draft draft, DraftLine line, Piece p) {
    String t = line.text;
    if (t.length() > VietnameseDates.MAX_STAMP || line.words() > 20) {
      return false;
    }
    Optional<VietnameseDates.Stamp> st = VietnameseDates.find(t);
    if (st.isEmpty()) {
      return false;
    }
    String before = VietnameseDates.residue(t.substring(0, st.get().start()));
    String after = VietnameseDates.residue(t.substring(st.get().end()));
    String name = before.isEmpty() ? after : after.isEmpty() ? before : null;
    if (name == null || name.isEmpty() || BylineRule.author(name) == null) {
      return false;
    }
    int ns = before.isEmpty() ? t.lastIndexOf(name) : t.indexOf(name);
    if (ns < 0) {
      return false;
    }
    Piece by = line.cut(p, ns, ns + name.length(), Label.BYLINE, RemovedKind.BYLINE, name());
    if (draft.author == null) {
      draft.author = BylineRule.author(name);
    }
    for (Piece q : line.pieces) {
      if (!q.decided()) {
        q.decide(Label.DATELINE, RemovedKind.DATELINE, name());
      }
    }
    if (draft.publishedAt == null && by != null) {
      draft.publishedAt = st.get().time();
    }
    return true;
  }

  @Override
  public void apply(Draft draft) {
    int content = 0;
    for (DraftLine line : draft.lines) {
      Piece p = line.wholeUndecided();
      if (p == null) {
        if (line.hasBody()) {
          content++;
        }
        continue;
      }
      Optional<VietnameseDates.Stamp> stamp =
          VietnameseDates.shortEnough(line.text, p.start, p.end)
              ? line.parseStamp(p.text())
              : Optional.empty();
      if (stamp.isEmpty()) {
        if (content >= 1 && content <= MAX_CONTENT_BEFORE && stampWithByline(draft, line, p)) {
          continue;
        }
        content++;
        continue;
      }
      if (content == 0) {
        p.decide(Label.CHROME, RemovedKind.PAGE_CLOCK, "PageClockRule");
        if (draft.pageClock == null) {
          draft.pageClock = stamp.get().time();
        }
      } else {
        p.decide(Label.DATELINE, RemovedKind.DATELINE, name());
        if (content <= MAX_CONTENT_BEFORE) {
          if (stamp.get().updated()) {
            if (draft.modifiedAt == null) {
              draft.modifiedAt = stamp.get().time();
            }
          } else if (draft.publishedAt == null) {
            draft.publishedAt = stamp.get().time();
          }
        }
      }
    }
  }
}
