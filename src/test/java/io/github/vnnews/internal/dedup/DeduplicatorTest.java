package io.github.vnnews.internal.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnnews.Article;
import io.github.vnnews.Duplicate;
import io.github.vnnews.PublicationTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Deduplicator}: a hand-made corpus with known clusters, and seeded random corpora with
 * injected near-copies checked against a plain in-memory implementation of the same definition,
 * for several thread counts and sort-buffer sizes (spilled or not).
 */
class DeduplicatorTest {
  @TempDir Path temp;

  private static final String STORY =
      "Chiều 28/7, Thường trực Ban Bí thư giao ban trực tuyến công tác 6 tháng đầu năm với các đồng chí "
          + "Bí thư Tỉnh uỷ, Thành ủy trực thuộc Trung ương. Hội nghị được truyền trực tuyến tới 63 điểm cầu.";
  private static final String STORY_2 =
      "Trong nửa đầu nhiệm kỳ, các địa phương tập trung lãnh đạo, chỉ đạo quyết liệt, hiệu quả công tác "
          + "kiểm soát dịch bệnh và thúc đẩy kinh tế – xã hội phát triển, nâng cao đời sống Nhân dân.";
  private static final String STORY_3 =
      "Kết luận hội nghị, đồng chí Trương Thị Mai đề nghị các đồng chí Bí thư tập trung lãnh đạo, chỉ đạo "
          + "6 nhiệm vụ mà Bộ Chính trị đã chỉ đạo; những vấn đề phát sinh phải kịp thời xử lý.";
  private static final String OTHER =
      "Sáng nay, Công an huyện Hoành Bồ đã tạm giữ một đối tượng để điều tra về hành vi hiếp dâm trẻ em, "
          + "sau khi người này ra đầu thú và khai nhận toàn bộ hành vi phạm tội của mình với cơ quan chức năng.";

  private static PublicationTime at(String iso) {
    return PublicationTime.of(OffsetDateTime.parse(iso));
  }

  @Test
  void handMadeClustersAndTheirCanonicalArticles() throws IOException {
    List<Article> in = List.of(
        DedupFixtures.article(0, "Giao ban trực tuyến với Bí thư các tỉnh", List.of(STORY, STORY_2, STORY_3),
            at("2023-07-28T18:00:00+07:00")),
        DedupFixtures.article(1, "Tạm giữ đối tượng", List.of(OTHER), null),
        // a re-edit published earlier: new headline, its own lede, the same body
        DedupFixtures.article(2, "Thường trực Ban Bí thư giao ban 6 tháng", List.of(
            "(TTXVN) - Hội nghị diễn ra chiều 28/7 tại Hà Nội.", STORY_2, STORY_3, STORY),
            at("2023-07-28T17:00:00+07:00")),
        // the same text in upper case, another tone style and other punctuation
        DedupFixtures.article(3, "TẠM GIỮ ĐỐI TƯỢNG!", List.of(OTHER.toUpperCase(java.util.Locale.ROOT)
            .replace("HOÀNH", "HOÀNH").replace(",", " –")), null),
        DedupFixtures.article(4, null, List.of("— … —"), null),
        DedupFixtures.article(5, null, List.of("— … —"), null));
    List<Duplicate> d = run(in, DedupOptions.defaults(), 1);
    String canonical = in.get(2).id();
    assertThat(d.get(2)).isEqualTo(new Duplicate(canonical, 2, true, 1.0));
    assertThat(d.get(0).cluster()).isEqualTo(canonical);
    assertThat(d.get(0).canonical()).isFalse();
    assertThat(d.get(0).similarity()).isBetween(0.5, 0.99);
    assertThat(d.get(1)).isEqualTo(new Duplicate(in.get(1).id(), 2, true, 1.0));
    assertThat(d.get(3)).isEqualTo(new Duplicate(in.get(1).id(), 2, false, 1.0));
    assertThat(d.get(4)).as("nothing to compare: no cluster").isNull();
    assertThat(d.get(5)).isNull();
  }

  @Test
  void aThresholdAboveTheSimilarityKeepsThePairApart() throws IOException {
    List<Article> in = List.of(
        DedupFixtures.article(0, "A", List.of(STORY, STORY_2, STORY_3), null),
        DedupFixtures.article(1, "B", List.of(STORY, STORY_2, STORY_3, "Hội nghị kết thúc lúc 18 giờ."), null));
    double s = Similarity.jaccard(new Signer(DedupOptions.defaults()).sign(in.get(0)).shingles(),
        new Signer(DedupOptions.defaults()).sign(in.get(1)).shingles());
    assertThat(run(in, DedupOptions.builder().threshold(Math.max(0.01, s - 0.01)).build(), 1)).doesNotContainNull();
    assertThat(run(in, DedupOptions.builder().threshold(Math.min(1, s + 0.01)).build(), 1)).containsOnlyNulls();
  }

  @Test
  void sameClustersForAnyThreadCountAndBufferSizeAndAsThePlainDefinition() throws IOException {
    for (long seed = 1; seed <= 6; seed++) {
      List<Article> corpus = DedupFixtures.corpus(seed, 150);
      DedupOptions options = DedupOptions.defaults();
      List<Duplicate> expected = Reference.clusters(corpus, options);
      assertThat(expected.stream().filter(java.util.Objects::nonNull).count()).as("seed %d has clusters", seed)
          .isGreaterThan(10);
      for (int threads : new int[] {1, 2, 4}) {
        for (int buffer : new int[] {1024, DedupOptions.DEFAULT_SORT_BUFFER_RECORDS}) {
          List<Duplicate> got = run(corpus, options.toBuilder().sortBufferRecords(buffer).build(), threads);
          assertThat(got).as("seed %d, %d threads, buffer %d", seed, threads, buffer).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void injectedNearCopiesAreFoundAndEveryMemberResemblesItsCanonicalArticle() throws IOException {
    List<Article> corpus = DedupFixtures.corpus(99, 400);
    Signer signer = new Signer(DedupOptions.defaults());
    List<Duplicate> d = run(corpus, DedupOptions.defaults(), 2);
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      byId.put(corpus.get(i).id(), i);
    }
    int copies = 0;
    int found = 0;
    Map<String, Integer> titles = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      titles.put(corpus.get(i).title(), i);
    }
    for (int i = 0; i < corpus.size(); i++) {
      Article a = corpus.get(i);
      Duplicate x = d.get(i);
      if (x != null && !x.canonical()) {
        Article head = corpus.get(byId.get(x.cluster()));
        double s = Similarity.jaccard(signer.sign(a).shingles(), signer.sign(head).shingles());
        assertThat(s).as("member of a cluster: similarity at least the threshold").isGreaterThanOrEqualTo(DedupOptions.DEFAULT_THRESHOLD);
        assertThat(x.similarity()).isEqualTo(Deduplicator.dequantize(Deduplicator.quantize(s)));
        long ka = Signer.published(a.publishedAt());
        long kh = Signer.published(head.publishedAt());
        assertThat(kh < ka || (kh == ka && byId.get(head.id()) < i)).as("canonical is the earliest").isTrue();
      }
      if (a.title().startsWith("Sửa tít: ")) {
        Integer original = titles.get(a.title().substring("Sửa tít: ".length()));
        double s = Similarity.jaccard(signer.sign(a).shingles(), signer.sign(corpus.get(original)).shingles());
        if (s >= 0.6) {
          copies++;
          Duplicate o = d.get(original);
          if (x != null && o != null && x.cluster().equals(o.cluster())) {
            found++;
          }
        }
      }
    }
    assertThat(copies).isGreaterThan(50);
    assertThat((double) found / copies).as("copies of similarity 0.6+ found").isGreaterThan(0.95);
  }

  @Test
  void filesAreDeletedOnCloseAndMisuseIsRefused() throws IOException {
    Deduplicator d = Deduplicator.create(DedupOptions.defaults(), temp);
    d.add(d.signer().sign(DedupFixtures.article(0, "A", List.of(STORY), null)), new byte[] {1});
    assertThatThrownBy(() -> d.forEach((s, p, x) -> { })).isInstanceOf(IllegalStateException.class);
    d.finish(1);
    assertThatThrownBy(() -> d.finish(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> d.add(d.signer().sign(DedupFixtures.article(1, "B", List.of(STORY), null)), new byte[0]))
        .isInstanceOf(IllegalStateException.class);
    List<byte[]> payloads = new ArrayList<>();
    d.forEach((s, p, x) -> payloads.add(p));
    assertThat(payloads).containsExactly(new byte[] {1});
    d.close();
    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  private List<Duplicate> run(List<Article> corpus, DedupOptions options, int threads) throws IOException {
    List<Duplicate> out = new ArrayList<>();
    try (Deduplicator d = Deduplicator.create(options, temp)) {
      for (Article a : corpus) {
        d.add(d.signer().sign(a), a.id().getBytes(StandardCharsets.UTF_8));
      }
      d.finish(threads);
      d.forEach((seq, payload, dup) -> {
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(corpus.get(seq).id());
        out.add(dup);
      });
    }
    return out;
  }

  /** The definition in memory: maps of buckets, every pair the bucket rule gives, the leader walk. */
  static final class Reference {
    static List<Duplicate> clusters(List<Article> corpus, DedupOptions options) throws IOException {
      Signer signer = new Signer(options);
      List<Signature> sigs = corpus.stream().map(signer::sign).toList();
      int n = corpus.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> {
        int c = Long.compare(sigs.get(a).published(), sigs.get(b).published());
        return c != 0 ? c : Integer.compare(a, b);
      });
      int[] rank = new int[n];
      for (int r = 0; r < n; r++) {
        rank[order[r]] = r;
      }
      Map<String, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Signature s = sigs.get(i);
        if (s.isEmpty()) {
          continue;
        }
        for (int b = 0; b < s.bandKeys().length; b++) {
          buckets.computeIfAbsent("b" + s.bandKeys()[b], k -> new ArrayList<>()).add(i);
        }
        buckets.computeIfAbsent("x" + s.exactKey(), k -> new ArrayList<>()).add(i);
      }
      Set<Long> pairs = new HashSet<>();
      for (List<Integer> members : buckets.values()) {
        List<Integer> m = new ArrayList<>(members);
        m.sort((a, b) -> Integer.compare(rank[a], rank[b]));
        BucketPairs.forEach(m.size(), options.allPairsBucket(),
            (i, j) -> pairs.add((long) Math.min(m.get(i), m.get(j)) << 32 | Math.max(m.get(i), m.get(j))));
      }
      // later rank -> (earlier rank -> similarity)
      TreeMap<Integer, TreeMap<Integer, Integer>> edges = new TreeMap<>();
      for (long p : pairs) {
        int a = (int) (p >>> 32);
        int b = (int) p;
        double s = Similarity.jaccard(sigs.get(a).shingles(), sigs.get(b).shingles());
        if (s >= options.threshold()) {
          edges.computeIfAbsent(Math.max(rank[a], rank[b]), k -> new TreeMap<>())
              .put(Math.min(rank[a], rank[b]), Deduplicator.quantize(s));
        }
      }
      int[] head = new int[n];
      java.util.Arrays.fill(head, -1);
      int[] sim = new int[n];
      int[] members = new int[n];
      for (var e : edges.entrySet()) {
        for (var x : e.getValue().entrySet()) {
          if (head[x.getKey()] == -1) {
            head[e.getKey()] = x.getKey();
            sim[e.getKey()] = x.getValue();
            members[x.getKey()]++;
            break;
          }
        }
      }
      List<Duplicate> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int r = rank[i];
        if (head[r] == -1) {
          out.add(members[r] == 0 ? null : new Duplicate(corpus.get(i).id(), members[r] + 1, true, 1.0));
        } else {
          out.add(new Duplicate(corpus.get(order[head[r]]).id(), members[head[r]] + 1, false,
              Deduplicator.dequantize(sim[r])));
        }
      }
      return out;
    }
  }
}
