package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import org.junit.jupiter.api.Test;

class FieldLabelRuleTest {
  private static final String TITLE = "Tỉnh tổng kết công tác xây dựng Đảng năm 2023";

  @Test
  void fieldsOfADumpBecomeTitleBylineDatelineAndBody() {
    Extraction e = run("Title: " + TITLE, "Source: VnExpress", "Link: https://vnexpress.net/a-1.html",
        "Published Date: Chủ nhật, 18/2/2024, 18:18 (GMT+7)", "Author: Sao Mai",
        "Tags: xây dựng Đảng, tổng kết", "Summary: " + LEDE, "Content: " + LEDE + " " + BODY);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.author()).isEqualTo("Sao Mai");
    assertThat(e.publishedAt()).hasToString("2024-02-18T18:18:00+07:00");
    assertThat(e.paragraphs()).containsExactly(LEDE + " " + BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsExactly(RemovedKind.FIELD,
        RemovedKind.FIELD, RemovedKind.FIELD, RemovedKind.DATELINE, RemovedKind.BYLINE,
        RemovedKind.TAGS, RemovedKind.FIELD, RemovedKind.FIELD);
    assertThat(e.decisions()).extracting(Decision::rule).contains("FieldLabelRule");
  }

  @Test
  void aSourceNoteClosingTheAuthorFieldIsTheSourceNotTheAuthor() {
    // VnExpress world news in the Phenikaa dump: "Author: Vũ Anh (Theo AFP, Reuters)"
    Extraction e = run("Title: " + TITLE, "Author: Vũ Anh (Theo AFP, Reuters)",
        "Content: " + LEDE + " " + BODY);
    assertThat(e.author()).isEqualTo("Vũ Anh");
    assertThat(e.sourceOutlet()).isEqualTo("AFP, Reuters");
    // a bracket that is no source note stays with the names
    Extraction role = run("Title: " + TITLE, "Author: Vũ Anh (phóng viên)",
        "Content: " + LEDE + " " + BODY);
    assertThat(role.author()).isEqualTo("Vũ Anh (phóng viên)");
    assertThat(role.sourceOutlet()).isNull();
  }

  @Test
  void aSummaryTheContentDoesNotRepeatIsTheSapoAndEmptyFieldsAreChrome() {
    Extraction e = run("Tiêu đề: " + TITLE, "Tác giả:", "Ngày đăng: N/A", "Tóm tắt: " + LEDE,
        "Nội dung: " + BODY);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.author()).isNull();
    assertThat(e.publishedAt()).isNull();
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
  }

  @Test
  void aLoneLabelledLineInAStoryIsNotADump() {
    Extraction e = run(TITLE, LEDE, BODY, "Nguồn: dangcongsan.vn");
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(e.decisions()).extracting(Decision::rule).doesNotContain("FieldLabelRule");
    // two fields and a repeated label are not a dump either
    Extraction twice = run("Title: " + TITLE, "Source: X", "Source: Y", "Content: " + BODY);
    assertThat(twice.decisions()).extracting(Decision::rule).doesNotContain("FieldLabelRule");
  }
}
