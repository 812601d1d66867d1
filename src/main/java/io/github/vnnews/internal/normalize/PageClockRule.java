package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.PublicationTime;
import io.github.vnnews.RemovedKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the site's clock from the publication stamp once the headline is known (SPEC §4.4): a
 * stamp line above the headline is the page clock ({@link RemovedKind#PAGE_CLOCK}) when another,
 * unlabelled stamp follows the headline before the text starts, and that second stamp is the
 * publication time. That stamp is also the publication time when {@link DateLineRule}, counting
 * lines from the top of the page, found it too far down (a masthead, section label and author line
 * above it: the Thanh Niên layout); counted from the headline it is near (SPEC §4.4 rule 3).
 *
 * <pre>
 *   Trang chủ / Thời sự
 *   Thứ Bảy, 12/10/2024 08:30 (GMT+7)     page clock (crawl time)
 *   Hà Nội đề xuất cấm xe máy chạy xăng …  headline
 *   12/10/2024 07:45 GMT+7                 publication time
 *   TTO - UBND TP Hà Nội vừa trình …
 * </pre>
 *
 * <p>A stamp above the headline that is the only stamp keeps the decision of {@link
 * DateLineRule}: it is the publication time when a breadcrumb or section label precedes it (the
 * VnExpress layout: section, date, headline), and the page clock only when it opens the page. With
 * no crawl time in a plain-text scrape, the ±1 day test of §4.4 cannot be applied, and a lone stamp
 * near the headline is far more often the article's date than the crawler's.
 *
 * <p>Immutable and thread-safe.
 */
final class PageClockRule implements Rule {
  /** Most lines of text between the headline and a publication stamp. */
  static final int MAX_CONTENT_BEFORE = DateLineRule.MAX_CONTENT_BEFORE;

  @Override
  public String name() {
    return "PageClockRule";
  }

  @Override
  public void apply(Draft draft) {
    int title = draft.titleLine();
    if (title <= 0) {
      return;
    }
    VietnameseDates.Stamp published = stampAfter(draft, title);
    if (published == null) {
      return;
    }
    if (draft.publishedAt == null) {
      draft.publishedAt = published.time();
    }
    for (int li = 0; li < title; li++) {
      DraftLine line = draft.lines.get(li);
      Piece p = line.pieces.size() == 1 ? line.pieces.get(0) : null;
      if (p == null || p.label != Label.DATELINE || p.kind != RemovedKind.DATELINE) {
        continue;
      }
      Optional<VietnameseDates.Stamp> clock = line.parseStamp(p.text());
      if (clock.isEmpty() || clock.get().updated()) {
        continue;
      }
      p.decide(Label.CHROME, RemovedKind.PAGE_CLOCK, name());
      PublicationTime time = clock.get().time();
      if (draft.pageClock == null) {
        draft.pageClock = time;
      }
      if (Objects.equals(draft.publishedAt, time)) {
        draft.publishedAt = published.time();
      }
    }
  }

  /**
   * The unlabelled stamp line that follows the headline before more than {@link
   * #MAX_CONTENT_BEFORE} lines of text, or null.
   */
  private static VietnameseDates.Stamp stampAfter(Draft draft, int title) {
    int content = 0;
    for (int li = title + 1; li < draft.lines.size() && content <= MAX_CONTENT_BEFORE; li++) {
      DraftLine line = draft.lines.get(li);
      Piece p = line.pieces.size() == 1 ? line.pieces.get(0) : null;
      if (p != null && p.label == Label.DATELINE && p.kind == RemovedKind.DATELINE) {
        Optional<VietnameseDates.Stamp> st = line.parseStamp(p.text());
        if (st.isPresent() && !st.get().updated()) {
          return st.get();
        }
      }
      if (line.hasBody()) {
        content++;
      }
    }
    return null;
  }
}
