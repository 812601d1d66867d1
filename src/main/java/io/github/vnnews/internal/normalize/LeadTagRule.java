package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes other prefixes off the start of the lede: a live-blog marker ({@code Trực tiếp -}) or a
 * location stamp before a dateline ({@code Hà Giang - Sáng 17/10, …}).
 *
 * <p>Immutable and thread-safe.
 */
final class LeadTagRule implements Rule {
  private static final Pattern TAG =
      Pattern.compile(
          "^(?:(?:Trực tiếp|TRỰC TIẾP|Tường thuật trực tiếp|Cập nhật liên tục) ?[-–—:]"
              + "|(?:TP\\. ?HCM|\\p{Lu}\\p{L}{1,10}(?: \\p{Lu}\\p{L}{1,10}){0,3}) [-–—](?= (?:Ngày|Sáng|Chiều|Tối"
              + "|Trưa|Đêm|Rạng sáng|Hôm nay|Hôm qua|\\d)))",
          Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public String name() {
    return "LeadTagRule";
  }

  @Override
  public void apply(Draft draft) {
    int lede = draft.ledeLine();
    if (lede < 0) {
      return;
    }
    DraftLine line = draft.lines.get(lede);
    Piece p = null;
    for (Piece q : line.pieces) {
      if (!q.decided()) {
        p = q;
        break;
      }
      if (q.kind != RemovedKind.OUTLET_TAG) {
        return;
      }
    }
    if (p == null) {
      return;
    }
    String t = line.text.substring(p.start, Math.min(p.end, p.start + 80));
    int lead = 0;
    while (lead < t.length() && t.charAt(lead) == ' ') {
      lead++;
    }
    Matcher m = TAG.matcher(t.substring(lead));
    if (m.lookingAt() && p.start + lead + m.end() < p.end) {
      line.cut(p, p.start + lead, p.start + lead + m.end(), Label.DATELINE, RemovedKind.LEAD_TAG,
          name());
    }
  }
}
