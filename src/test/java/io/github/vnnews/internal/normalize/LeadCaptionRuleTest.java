package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Caption;
import io.github.vnnews.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LeadCaptionRule} on a crawl's three lines (headline, sapo, the body collapsed onto one
 * line) whose body line opens with the lead photo's caption (the form of the baomoi crawl).
 */
class LeadCaptionRuleTest {
  static final String TITLE = "Thủ tướng Anh: Một Scotland đơn độc không thể tham gia EU";
  static final String SAPO = "Thủ tướng Anh Theresa May tuyên bố một Scotland đơn độc sẽ không"
      + " thể tham gia Liên minh châu Âu (EU).";
  static final String BODY = "Trả lời một nghị sĩ thuộc Đảng dân tộc Scotland (SNP) rằng, liệu"
      + " bà sẽ khởi động việc để nước Anh rời EU mà không nhất trí về quan điểm đàm phán chung"
      + " của Liên hiệp Anh, bà May khẳng định điều đó không thay đổi kế hoạch của chính phủ."
      + " Trước đó, Thủ hiến Scotland đã đề nghị tổ chức một cuộc trưng cầu dân ý mới về độc lập"
      + " trong khoảng thời gian từ cuối năm 2018 đến đầu năm 2019, khi các cuộc đàm phán về"
      + " Brexit dự kiến sẽ kết thúc. Theo các nhà phân tích, nhiều người dân Scotland vẫn muốn ở"
      + " lại trong khối và lo ngại về tác động kinh tế của việc rời khỏi thị trường chung. Chính"
      + " phủ Anh cho biết sẽ tiếp tục đối thoại với chính quyền các vùng trong suốt quá trình"
      + " đàm phán với Brussels, đồng thời bảo đảm quyền lợi của người lao động và doanh nghiệp"
      + " ở cả bốn vùng của Vương quốc Anh trong những năm tới.";

  private static List<String> captions(Extraction e) {
    return e.captions().stream().map(Caption::text).toList();
  }

  @Test
  void aShortUnitRestatingTheHeadlineAtTheBodysStartIsTheLeadPhotosCaption() {
    String caption = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, SAPO, caption + " " + BODY);
    assertThat(captions(e)).containsExactly(caption);
    assertThat(String.join(" ", e.paragraphs())).doesNotContain("Theresa May.")
        .contains("Trả lời một nghị sĩ");
    assertThat(e.decisions()).anyMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // no stop: a crosshead or a sentence cut short
      "Thủ tướng Anh Theresa May tại London",
      // an ellipsis runs on
      "Thủ tướng Anh Theresa May...",
      // cut at an abbreviation inside brackets
      "Thủ tướng Anh Theresa May (TP. London) phát biểu.",
      // a list item's label
      "Thủ tướng Anh Theresa May: Scotland.",
      // a question opens the text
      "Thủ tướng Anh Theresa May có rời EU?",
      // discourse: the body's first sentence says who said what
      "Thủ tướng Anh Theresa May cho biết Scotland không thể tham gia EU.",
      // something new, not the headline restated
      "Chiều 14/3, đoàn công tác làm việc tại Glasgow.",
      // too long for a lead caption
      "Thủ tướng Anh Theresa May phát biểu trước Hạ viện về Scotland và Liên minh châu Âu ở"
          + " London."
  })
  void aFirstSentenceThatIsNotACaptionStays(String first) {
    Extraction e = Articles.run(TITLE, SAPO, first + " " + BODY);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void aSentenceTheNextOneGoesOnFromIsTheBodys() {
    String first = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, SAPO, first + " Và " + BODY.substring(0, 1).toLowerCase()
        + BODY.substring(1));
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void aRoundupsSapoWithAColonLeadsInToItsFirstItem() {
    String first = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, "Bản tin sáng 3/7: " + SAPO, first + " " + BODY);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void theSapoPrintedAgainIsNoCaption() {
    String first = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, SAPO + " " + first, first + " " + BODY);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void withoutASapoLineTheFirstSentenceIsTheLede() {
    String first = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, first + " " + BODY);
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void aShortBodyLineIsNotACollapsedBody() {
    String caption = "Thủ tướng Anh Theresa May.";
    Extraction e = Articles.run(TITLE, SAPO, caption + " " + BODY.substring(0, 200));
    assertThat(e.decisions()).noneMatch(d -> d.rule().equals("LeadCaptionRule"));
  }

  @Test
  void restatesCountsContentWordsOnly() {
    var title = FusedCaptionRule.counts("Siêu du thuyền cao nhất thế giới");
    var sapo = FusedCaptionRule.counts("Chiếc du thuyền trị giá 450 triệu USD");
    assertThat(LeadCaptionRule.restates(FusedCaptionRule.counts("Chiếc siêu du thuyền"), title,
        sapo)).isTrue();
    // của and với are function words: one content word of three is shared
    assertThat(LeadCaptionRule.restates(FusedCaptionRule.counts("Bến cảng của Monaco với du"),
        title, sapo)).isFalse();
    // one content word is too few to restate anything
    assertThat(LeadCaptionRule.restates(FusedCaptionRule.counts("Du của với"), title, sapo))
        .isFalse();
  }
}
