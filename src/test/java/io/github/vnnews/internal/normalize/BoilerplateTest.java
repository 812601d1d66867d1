package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static final String SAVED = "Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu";
  private static final String[] TITLES = {
    "Tỉnh tổng kết công tác xây dựng Đảng năm 2023", "Giá vàng giảm mạnh trong phiên sáng nay",
    "Đội tuyển giành chiến thắng trước đối thủ", "Mưa lớn gây ngập nhiều tuyến phố",
    "Doanh nghiệp xuất khẩu gặp khó khăn"};

  private static List<SourceLine> doc(String... lines) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(new SourceLine(i + 1, lines[i]));
    }
    return out;
  }

  /** A crawl whose every article opens with a save notice and closes with an empty source line. */
  private static List<List<SourceLine>> crawl() {
    List<List<SourceLine>> docs = new ArrayList<>();
    for (String t : TITLES) {
      // each article has text of its own at both ends of its body
      docs.add(doc(t, SAVED + " " + t + " là tin chính hôm nay. " + LEDE + " " + BODY + " Sự kiện "
          + t.toLowerCase(java.util.Locale.ROOT) + " được nhiều người quan tâm. Nguồn: [Link nguồn]",
          "Chia sẻ bài viết lên mạng xã hội ngay"));
    }
    return docs;
  }

  @Test
  void learnsWhatRepeatsAcrossTheCorpusAndRemovesIt() {
    Boilerplate.Learner l = new Boilerplate.Learner();
    crawl().forEach(l::add);
    Boilerplate b = l.build();
    assertThat(b.isEmpty()).isFalse();
    List<SourceLine> article = doc("Người dân đổ xô đi mua sắm cuối năm",
        SAVED + " Người dân đổ xô đi mua sắm. " + LEDE + " " + BODY + " Nguồn: [Link nguồn]",
        "Chia sẻ bài viết lên mạng xã hội ngay");
    Extraction e = new TextNormalizer().normalize(article, b, Integer.MAX_VALUE);
    assertThat(e.title()).isEqualTo("Người dân đổ xô đi mua sắm cuối năm");
    assertThat(e.paragraphs()).containsExactly("Người dân đổ xô đi mua sắm. " + LEDE + " " + BODY);
    assertThat(e.removed()).filteredOn(r -> r.rule().equals("BoilerplateRule"))
        .extracting(RemovedLine::text)
        .containsExactly(SAVED, "Nguồn: [Link nguồn]", "Chia sẻ bài viết lên mạng xã hội ngay");
    assertThat(e.removed()).extracting(RemovedLine::kind).containsOnly(RemovedKind.CHROME);
    // without the corpus's evidence the same article keeps them
    Extraction alone = new TextNormalizer().normalize(article);
    assertThat(alone.decisions()).extracting(Decision::rule).doesNotContain("BoilerplateRule");
  }

  @Test
  void isOffForFewDocumentsAndDeterministic() {
    Boilerplate.Learner two = new Boilerplate.Learner();
    crawl().subList(0, 2).forEach(two::add);
    assertThat(two.build()).isSameAs(Boilerplate.NONE);
    Boilerplate.Learner a = new Boilerplate.Learner();
    Boilerplate.Learner b = new Boilerplate.Learner();
    crawl().forEach(a::add);
    crawl().forEach(b::add);
    String text = SAVED + " Một câu khác hẳn. " + BODY;
    assertThat(a.build().prefixEnd(text)).isEqualTo(b.build().prefixEnd(text))
        .isEqualTo(SAVED.length());
  }

  @Test
  void copiesOfOneArticleTeachNothing() {
    // a multi-article file holding one article many times over (or nearly: a line changed)
    Boilerplate.Learner l = new Boilerplate.Learner();
    for (int i = 0; i < 40; i++) {
      l.add(doc(TITLES[0], LEDE, BODY, "Bản tin số " + i));
    }
    assertThat(l.build()).isSameAs(Boilerplate.NONE);
    // copies among distinct articles leave the sample; the distinct ones still teach the chrome
    Boilerplate.Learner mixed = new Boilerplate.Learner();
    crawl().forEach(mixed::add);
    for (int i = 0; i < 6; i++) {
      mixed.add(doc(TITLES[1], LEDE, BODY, "Bản tin số " + i));
    }
    Boilerplate b = mixed.build();
    assertThat(b.repeatedLine(LEDE)).isFalse();
    assertThat(b.repeatedLine("Chia sẻ bài viết lên mạng xã hội ngay")).isTrue();
  }

  @Test
  void aPagesMenusDoNotMakeItACopy() {
    // pages of one site: the same menu lines on every page, the article's words its own
    Boilerplate.Learner l = new Boilerplate.Learner();
    for (String t : TITLES) {
      l.add(doc("Trang chủ", "Thời sự", "Kinh tế", "Thể thao", "Giải trí", t,
          t + " là tin chính hôm nay, theo nhiều nguồn tin đáng tin cậy của địa phương. " + BODY));
    }
    Boilerplate b = l.build();
    assertThat(b.repeatedLine("Thời sự")).isTrue();
    assertThat(b.repeatedLine(TITLES[0])).isFalse();
  }
}
