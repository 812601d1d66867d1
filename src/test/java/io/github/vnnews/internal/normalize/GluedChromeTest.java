package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chrome that a crawl glued into a collapsed body ({@code ' '.join()} of every text node of the
 * article box): other stories' teasers after the text ({@link RelatedBlockRule#TEASERS}), a tag
 * list after the byline ({@link InlineChromeRule#TAGS}), an ad slot's JavaScript ({@link
 * ScriptTextRule}) and a clip's label with the player's button ({@link EmbedLabelRule}). The forms
 * are those of the quancq-news crawl's VietNamNet, Dân Trí and Tiền Phong records.
 */
class GluedChromeTest {
  static final String TEXT = "Lúc 12h30 hôm nay, xe tải mang BKS 60C-365.10 lưu thông trên đường ĐT"
      + " 744 theo hướng từ huyện Dầu Tiếng về TP Thủ Dầu Một (Bình Dương). Khi xe tải di chuyển tới"
      + " đoạn cách cầu Ông Cộ khoảng 300m thì xảy ra va chạm với xe ba gác do anh Nguyễn Thanh Lâm"
      + " điều khiển. Nhận tin báo, CSGT Công an thị xã Bến Cát có mặt phong tỏa hiện trường, điều tra"
      + " nguyên nhân vụ tai nạn nghiêm trọng này.";
  /** Other stories: headline (no final stop) and sapo. */
  static final List<List<String>> STORIES = List.of(
      List.of("Đôi nam nữ bị xe container cán chết thương tâm trên đường Hà Nội", "Khoảng 0h15"
          + " sáng 7/7, tại dốc Minh Khai, quận Hai Bà Trưng, Hà Nội xảy ra 1 vụ tại nạn nghiêm"
          + " trọng khiến đôi nam nữ chết tại chỗ."),
      List.of("22 người thương vong sau cú tông giữa xe tải và máy cày", "Vụ va chạm xảy ra lúc"
          + " 5h30 sáng nay khiến 2 người chết, 20 người khác bị thương."),
      List.of("Dùng cắt thủy lực, phá cửa xe đưa thi thể tài xế bị kẹt ra ngoài", "Lực lượng cứu"
          + " hộ phải dùng máy banh, cắt thủy lực phá cửa xe để đưa các nạn nhân ra ngoài."),
      List.of("Tàu 8.500 tấn tông chìm sà lan, 2 người mất tích", "Va chạm cực mạnh giữa tàu hàng"
          + " hơn 8.500 tấn với sà lan trên sông Sài Gòn khiến thuyền trưởng và 1 thuyền viên mất"
          + " tích, một người khác bị thương nặng."));
  /** The stories as a crawl glues them: headline and sapo with a space between. */
  static final List<String> TEASERS =
      STORIES.stream().map(s -> s.get(0) + " " + s.get(1)).toList();

  private static String body(Extraction e) {
    return String.join(" ", e.paragraphs());
  }

  private static List<RemovedLine> removedBy(Extraction e, String rule) {
    return e.removed().stream().filter(r -> r.rule().equals(rule)).toList();
  }

  @Test
  void teasersGluedAfterTheLastSentenceAreRelatedNewsAndTheBylineStays() {
    Extraction e = Articles.run(TEXT + " " + String.join(" ", TEASERS) + " Thạch Quý");
    assertThat(body(e)).endsWith("vụ tai nạn nghiêm trọng này.").doesNotContain("Đôi nam nữ");
    assertThat(removedBy(e, "RelatedTeaserRule")).singleElement()
        .satisfies(r -> {
          assertThat(r.kind()).isEqualTo(RemovedKind.RELATED);
          assertThat(r.text()).isEqualTo(String.join(" ", TEASERS));
        });
    assertThat(e.author()).isEqualTo("Thạch Quý");
  }

  @Test
  void threeTeasersAreTooFewForARun() {
    Extraction e = Articles.run(TEXT + " " + String.join(" ", TEASERS.subList(0, 3)));
    assertThat(removedBy(e, "RelatedTeaserRule")).isEmpty();
    assertThat(body(e)).contains("Đôi nam nữ bị xe container");
  }

  @Test
  void theArticlesOwnNumberedOrLabelledItemsAreNoTeasers() {
    StringBuilder numbered = new StringBuilder(TEXT);
    StringBuilder labelled = new StringBuilder(TEXT);
    for (int i = 0; i < STORIES.size(); i++) {
      numbered.append(' ').append(i + 1).append(". ").append(TEASERS.get(i));
      labelled.append(' ').append(STORIES.get(i).get(0)).append(": ").append(STORIES.get(i).get(1));
    }
    assertThat(removedBy(Articles.run(numbered.toString()), "RelatedTeaserRule")).isEmpty();
    assertThat(removedBy(Articles.run(labelled.toString()), "RelatedTeaserRule")).isEmpty();
  }

  @Test
  void sectionsLongerThanASapoAreTheArticles() {
    // a crosshead over a paragraph of three sentences is the article going on
    String section = " Ông Lâm cho biết xe chạy rất nhanh. Người dân đã đưa nạn nhân đi cấp cứu."
        + " Cơ quan chức năng đang điều tra vụ việc.";
    StringBuilder text = new StringBuilder(TEXT);
    for (String t : TEASERS) {
      text.append(' ').append(t).append(section);
    }
    assertThat(removedBy(Articles.run(text.toString()), "RelatedTeaserRule")).isEmpty();
  }

  @Test
  void aTagListGluedAfterTheBylineIsTagsAndTheBylineIsTheAuthor() {
    String tags = "Tag : Cao tốc , lún võng , Nội Bài - Lào Cai , sửa chữa , giao thông";
    Extraction e = Articles.run(TEXT + " Châu Như Quỳnh " + tags);
    assertThat(removedBy(e, "InlineTagsRule")).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo(tags));
    assertThat(e.author()).isEqualTo("Châu Như Quỳnh");
    assertThat(body(e)).endsWith("nghiêm trọng này.");
  }

  @Test
  void aTagLabelBeforeSentencesOrASingleItemStaysText() {
    Extraction sentences = Articles.run(TEXT + " Chủ đề: Tai nạn giao thông. Ông Lâm nói thêm.");
    assertThat(removedBy(sentences, "InlineTagsRule")).isEmpty();
    Extraction single = Articles.run(TEXT + " Chủ đề: tai nạn giao thông trên quốc lộ");
    assertThat(removedBy(single, "InlineTagsRule")).isEmpty();
    assertThat(InlineChromeRule.tagList("a , b c , d", 0, 11)).isTrue();
    assertThat(InlineChromeRule.tagList("a , b. C , d", 0, 12)).isFalse();
    assertThat(InlineChromeRule.tagList("a , , d", 0, 7)).isFalse();
  }

  @Test
  void anAdSlotsScriptInsideTheBodyIsAdvertisementAndTheTextAroundItStays() {
    String script = "if (!ismobile){try { if (Web_AdsArticleMiddle != undefined &&"
        + " Web_AdsArticleMiddle.aNodes.length>0) {document.write(Web_AdsArticleMiddle);"
        + " Web_AdsArticleMiddle.start();} } catch (e) { }}";
    String after = "Theo một thống kê chọn mẫu của Vafi, lượng tiền gửi ngoại tệ của dân cư là rất"
        + " lớn.";
    Extraction e = Articles.run(TEXT + " " + script + " " + after);
    assertThat(removedBy(e, "ScriptTextRule")).singleElement()
        .satisfies(r -> {
          assertThat(r.kind()).isEqualTo(RemovedKind.ADVERTISEMENT);
          assertThat(r.text()).isEqualTo(script);
        });
    assertThat(body(e)).contains("nghiêm trọng này.").contains(after).doesNotContain("ismobile");
  }

  @Test
  void theStatementEndsWhereItsBracketsCloseAndNoCatchFollows() {
    String t = "Tăng. try {document.write( ADS_20);ADS_20.start();}catch(e){} Ông Hải nói.";
    int[] span = ScriptTextRule.span(t, t.indexOf("document.write"));
    assertThat(span).isNotNull();
    assertThat(t.substring(span[0], span[1]))
        .isEqualTo("try {document.write( ADS_20);ADS_20.start();}catch(e){}");
    // the word in prose, with no statement around it
    String prose = "Hàm document.write (của trình duyệt) ghi ra trang";
    assertThat(ScriptTextRule.span(prose, prose.indexOf("document.write"))).isNull();
  }

  @Test
  void aClipLabelWithThePlayersButtonLeavesTheNextSentenceInTheBody() {
    String sentence = "Vụ tai nạn xảy ra khoảng 10h trưa nay trên QL1A đoạn qua xã Cẩm Trung.";
    Extraction e = Articles.run(TEXT + " Tai nạn liên hoàn, người đàn ông bị xe tải cán lìa đầu"
        + " XEM CLIP: Play " + sentence + " Cả hai sau đó được đưa vào bệnh viện cấp cứu.");
    assertThat(removedBy(e, "EmbedLabelRule")).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("XEM CLIP: Play"));
    assertThat(body(e)).contains(sentence).doesNotContain("XEM");
  }

  @Test
  void aCapitalClipCallBeforeTheArticlesNextSentenceIsTheCallAlone() {
    String sentence = "Theo bà con phản ánh, chỉ một số cán bộ xã được nhận tiền đền bù.";
    Extraction e = Articles.run(TEXT + " - ông Khánh nói XEM CLIP: " + sentence);
    assertThat(removedBy(e, "EmbedLabelRule")).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("XEM CLIP:"));
    assertThat(body(e)).contains(sentence);
  }
}
