package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What repeats across the documents of an input root is learned before the root is read. */
class CorpusBoilerplateTest {
  private static final String SAVED = "Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trang cá nhân";
  private static final String[] TITLES = {
    "Tỉnh tổng kết công tác xây dựng Đảng năm 2023", "Giá vàng giảm mạnh trong phiên sáng nay",
    "Đội tuyển giành chiến thắng trước đối thủ", "Mưa lớn gây ngập nhiều tuyến phố ven sông",
    "Doanh nghiệp xuất khẩu gặp khó khăn vì đơn hàng giảm"};
  private static final String BODY = "Theo báo cáo của cơ quan chức năng, tình hình đã được kiểm soát và người dân"
      + " được hướng dẫn chủ động phòng tránh. Chính quyền địa phương cho biết sẽ tiếp tục theo dõi sát diễn biến"
      + " trong những ngày tới để có phương án xử lý kịp thời.";

  @TempDir Path dir;

  /** A crawler's dump: each article one file, opening with a save notice, closing with a source stub. */
  private Path crawl() throws IOException {
    Path root = Files.createDirectory(dir.resolve("crawl"));
    for (int i = 0; i < TITLES.length; i++) {
      String t = TITLES[i];
      Files.writeString(root.resolve("a" + i + ".txt"), t + "\n" + SAVED + " " + t + " là tin chính hôm nay. " + BODY
          + " Nhiều người quan tâm tới tin " + t.toLowerCase(java.util.Locale.ROOT) + ". Nguồn: [Link nguồn]\n",
          StandardCharsets.UTF_8);
    }
    return root;
  }

  private static List<Article> read(Path root, Options options) {
    List<Article> out = new ArrayList<>();
    try (Corpus c = Corpus.read(List.of(root), options, Normalizer.defaults(), IngestListener.NONE)) {
      c.forEach(out::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void theCrawlersGluedWordsAreRemovedAsChromeAndKeptInRemoved() throws IOException {
    Path root = crawl();
    List<Article> learned = read(root, Options.defaults());
    List<Article> alone = read(root, Options.builder().learnBoilerplate(false).build());

    assertThat(learned).hasSize(5);
    for (Article a : learned) {
      assertThat(String.join(" ", a.paragraphs())).doesNotContain("Lưu bài viết").doesNotContain("[Link nguồn]")
          .contains(BODY);
      assertThat(a.removed()).filteredOn(r -> r.rule().equals("BoilerplateRule")).extracting(RemovedLine::text)
          .containsExactly(SAVED, "Nguồn: [Link nguồn]");
    }
    assertThat(alone).allSatisfy(a -> assertThat(String.join(" ", a.paragraphs())).contains("Lưu bài viết"));
    // the same articles, the same ids: only what was removed differs
    assertThat(learned).extracting(Article::id).containsExactlyElementsOf(alone.stream().map(Article::id).toList());
  }

  @Test
  void theSameOnEveryThreadCount() throws IOException {
    Path root = crawl();
    List<Article> one = read(root, Options.defaults());
    List<Article> four = new ArrayList<>();
    try (Corpus c = Corpus.read(List.of(root), Options.defaults(), Normalizer.defaults(), IngestListener.NONE)
        .parallel(4)) {
      c.forEach(four::add);
    }
    assertThat(four).isEqualTo(one);
  }
}
