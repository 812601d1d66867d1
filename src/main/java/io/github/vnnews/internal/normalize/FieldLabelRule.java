package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import io.github.vnnews.RemovedKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads field-labelled dumps, where a collector wrote each field of a record on a line of its own
 * behind a label: {@code Title: …}, {@code Source: VnExpress}, {@code Link: https://…}, {@code
 * Published Date: Chủ nhật, 18/2/2024, 18:18 (GMT+7)}, {@code Author: Sao Mai}, {@code Tags: …},
 * {@code Summary: …}, {@code Content: …} (or their Vietnamese names: {@code Tiêu đề}, {@code Nội
 * dung}, {@code Tác giả}, {@code Ngày đăng}, {@code Nguồn}, {@code Tóm tắt}, …). The rule acts only
 * when at least {@value #MIN_FIELDS} distinct known labels open lines of the article, one of them a
 * title or a content field, each at most once: a single {@code Nguồn: X} line in a story is a
 * source line, not a dump.
 *
 * <table>
 *   <caption>What each field becomes</caption>
 *   <tr><th>field</th><th>becomes</th></tr>
 *   <tr><td>title</td><td>the headline (the label is cut off as {@code field} chrome)</td></tr>
 *   <tr><td>content</td><td>body (label cut off); the other rules go on inside it</td></tr>
 *   <tr><td>summary</td><td>the sapo; {@code field} chrome when the content repeats it</td></tr>
 *   <tr><td>author</td><td>byline and {@code author}; an empty field is chrome</td></tr>
 *   <tr><td>date</td><td>dateline and {@code publishedAt} when it holds a full date</td></tr>
 *   <tr><td>source, link, category, tags, id</td><td>{@code field} chrome</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class FieldLabelRule implements Rule {
  /** Fewest distinct field labels that make a dump. */
  static final int MIN_FIELDS = 3;
  /**
   * The outlet of a source note closing an author field's names ({@code Vũ Anh (Theo AFP,
   * Reuters)}: {@code AFP, Reuters}; the author is {@code Vũ Anh}), or null. The note is read as
   * {@link SourceRule} reads a source line.
   */
  static String sourceNote(String value) {
    return Names.beforeNote(value) == null
        ? null : SourceRule.outlet(value.substring(value.lastIndexOf(" (") + 1));
  }

  /** Most words of an author field's value (more is a sentence, not a name list). */
  static final int MAX_AUTHOR_WORDS = 12;
  /** Longest label. */
  private static final int MAX_LABEL = 24;

  enum Field { TITLE, CONTENT, SUMMARY, AUTHOR, DATE, SOURCE, LINK, CATEGORY, TAGS, ID }

  private static final Map<String, Field> LABELS = labels();

  private static Map<String, Field> labels() {
    Map<String, Field> m = new HashMap<>();
    put(m, Field.TITLE, "title", "headline", "tiêu đề", "tựa đề", "tên bài", "tên bài viết");
    put(m, Field.CONTENT, "content", "body", "text", "nội dung", "bài viết", "article", "toàn văn");
    put(m, Field.SUMMARY, "summary", "description", "abstract", "lead", "sapo", "tóm tắt", "mô tả",
        "tóm lược", "giới thiệu");
    put(m, Field.AUTHOR, "author", "authors", "by", "writer", "tác giả", "người viết", "bút danh",
        "phóng viên");
    put(m, Field.DATE, "date", "published", "published date", "publish date", "published at",
        "pubdate", "time", "datetime", "created", "created at", "ngày", "ngày đăng", "ngày xuất bản",
        "thời gian", "thời gian đăng", "ngày giờ");
    put(m, Field.SOURCE, "source", "nguồn", "outlet", "publisher", "website", "site", "trang",
        "báo", "nguồn tin");
    put(m, Field.LINK, "link", "url", "đường dẫn", "liên kết", "permalink");
    put(m, Field.CATEGORY, "category", "categories", "section", "topic", "label", "chuyên mục",
        "danh mục", "chủ đề", "thể loại", "mục");
    put(m, Field.TAGS, "tags", "tag", "keywords", "từ khóa", "từ khoá");
    put(m, Field.ID, "id", "doc_id", "docid", "record", "stt", "số thứ tự", "mã bài", "mã");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Field> m, Field f, String... names) {
    for (String n : names) {
      m.put(n, f);
    }
  }

  /** A field line: where its label ends and which field it is. */
  private record FieldLine(int index, Field field, int valueStart) {}

  @Override
  public String name() {
    return "FieldLabelRule";
  }

  @Override
  public void apply(Draft draft) {
    List<FieldLine> fields = new java.util.ArrayList<>();
    java.util.EnumSet<Field> seen = java.util.EnumSet.noneOf(Field.class);
    for (int i = 0; i < draft.lines.size(); i++) {
      DraftLine line = draft.lines.get(i);
      Piece p = line.wholeUndecided();
      if (p == null) {
        continue;
      }
      FieldLine f = field(line, i);
      if (f == null) {
        continue;
      }
      if (!seen.add(f.field())) {
        return; // a label twice: a story that quotes a form, not a record
      }
      fields.add(f);
    }
    if (seen.size() < MIN_FIELDS || !(seen.contains(Field.TITLE) || seen.contains(Field.CONTENT))) {
      return;
    }
    String content = null;
    for (FieldLine f : fields) {
      if (f.field() == Field.CONTENT) {
        DraftLine l = draft.lines.get(f.index());
        content = l.text.substring(f.valueStart()).strip();
      }
    }
    for (FieldLine f : fields) {
      DraftLine line = draft.lines.get(f.index());
      Piece whole = line.pieces.get(0);
      String value = line.text.substring(f.valueStart()).strip();
      switch (f.field()) {
        case TITLE -> {
          if (value.isEmpty()) {
            whole.decide(Label.CHROME, RemovedKind.FIELD, name());
          } else {
            line.cut(whole, 0, f.valueStart(), Label.CHROME, RemovedKind.FIELD, name());
            line.cutSpan(f.valueStart(), line.text.length(), Label.TITLE, null, name());
            draft.title = TitleRule.cleanTitle(value);
          }
        }
        case CONTENT -> {
          if (value.isEmpty()) {
            whole.decide(Label.CHROME, RemovedKind.FIELD, name());
          } else {
            line.cut(whole, 0, f.valueStart(), Label.CHROME, RemovedKind.FIELD, name());
          }
        }
        case SUMMARY -> {
          if (value.isEmpty() || content != null && repeats(content, value)) {
            whole.decide(Label.CHROME, RemovedKind.FIELD, name());
          } else {
            line.cut(whole, 0, f.valueStart(), Label.CHROME, RemovedKind.FIELD, name());
          }
        }
        case AUTHOR -> {
          if (value.isEmpty() || Sentences.words(value) > MAX_AUTHOR_WORDS) {
            whole.decide(Label.CHROME, RemovedKind.FIELD, name());
          } else {
            whole.decide(Label.BYLINE, RemovedKind.BYLINE, name());
            String outlet = sourceNote(value);
            if (outlet != null && draft.sourceOutlet == null) {
              draft.sourceOutlet = outlet;
            }
            if (draft.author == null) {
              draft.author = outlet == null ? value : Names.beforeNote(value);
            }
          }
        }
        case DATE -> {
          var stamp = VietnameseDates.parseStamp(value);
          if (stamp.isPresent() && !stamp.get().updated()) {
            whole.decide(Label.DATELINE, RemovedKind.DATELINE, name());
            if (draft.publishedAt == null) {
              draft.publishedAt = stamp.get().time();
            }
          } else {
            whole.decide(Label.CHROME, RemovedKind.FIELD, name());
          }
        }
        case TAGS -> whole.decide(Label.CHROME, RemovedKind.TAGS, name());
        default -> whole.decide(Label.CHROME, RemovedKind.FIELD, name());
      }
    }
  }

  /** The field line at {@code i}, or null when the line does not open with a known label. */
  private static FieldLine field(DraftLine line, int i) {
    String t = line.text;
    int colon = t.indexOf(':');
    if (colon <= 0 || colon > MAX_LABEL) {
      return null;
    }
    String label = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    if (label.startsWith("#")) {
      label = label.substring(1).strip();
    }
    Field f = LABELS.get(label);
    if (f == null) {
      return null;
    }
    int v = colon + 1;
    return new FieldLine(i, f, v);
  }

  /** Whether the content opens with, or holds, the summary's text (punctuation and site aside). */
  private static boolean repeats(String content, String summary) {
    String s = summary;
    int dash = s.lastIndexOf(" - ");
    if (dash > 0 && Sentences.words(s.substring(dash)) <= 4) {
      s = s.substring(0, dash); // "… năm nay. - VnExpress."
    }
    s = s.strip();
    if (s.endsWith("...") || s.endsWith("…")) {
      s = s.substring(0, s.length() - (s.endsWith("…") ? 1 : 3)).strip();
    }
    return !s.isEmpty() && content.contains(s);
  }
}
