package io.github.vnnews.internal.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.PublicationTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Signer}: folding, determinism, and MinHash estimates that track the true similarity. */
class SignerTest {
  private final Signer signer = new Signer(DedupOptions.defaults());

  @Test
  void foldingKeepsDiacriticsAndDropsCasePunctuationAndToneStyle() {
    assertThat(Signer.fold("Thủy điện Hòa Bình: xả lũ!")).isEqualTo("thuỷ điện hoà bình xả lũ");
    assertThat(Signer.fold("THUỶ ĐIỆN HOÀ BÌNH – XẢ LŨ")).isEqualTo("thuỷ điện hoà bình xả lũ");
    assertThat(Signer.fold("Thu\u0309y \u0111iê\u0323n")).isEqualTo("thuỷ điện"); // NFD in, NFC out
    assertThat(Signer.fold("Thuy dien Hoa Binh xa lu")).isEqualTo("thuy dien hoa binh xa lu");
    assertThat(Signer.fold("má mà mã")).isEqualTo("má mà mã");
  }

  @Test
  void exactKeyFollowsTheFoldedText() {
    long k = signer.sign("0000000000000001", 0, "Thủy điện Hòa Bình: xả lũ!").exactKey();
    assertThat(signer.sign("0000000000000002", 0, "THUỶ ĐIỆN HOÀ BÌNH – XẢ LŨ").exactKey()).isEqualTo(k);
    assertThat(signer.sign("0000000000000003", 0, "Thuy dien Hoa Binh xa lu").exactKey()).isNotEqualTo(k);
    assertThat(signer.sign("0000000000000004", 0, "má mà").exactKey())
        .isNotEqualTo(signer.sign("0000000000000005", 0, "mà má").exactKey());
  }

  @Test
  void sameInputSameSignatureFromAnyInstance() {
    String text = "Hà Nội mưa to, nhiều tuyến phố ngập sâu.\n\nGiao thông ùn tắc kéo dài.";
    Signature a = signer.sign("00000000000000aa", 5, text);
    Signature b = new Signer(DedupOptions.builder().build()).sign("00000000000000aa", 5, text);
    assertThat(a).isEqualTo(b);
    assertThat(a.bandKeys()).hasSize(DedupOptions.DEFAULT_BANDS);
    Signature other = new Signer(DedupOptions.builder().seed(1).build()).sign("00000000000000aa", 5, text);
    assertThat(other.bandKeys()).isNotEqualTo(a.bandKeys());
    assertThat(other.shingles()).isEqualTo(a.shingles());
  }

  @Test
  void emptyAndShortTexts() {
    assertThat(signer.sign("0000000000000001", 0, "— … —").isEmpty()).isTrue();
    assertThat(signer.sign("0000000000000001", 0, "Ảnh").shingles()).hasSize(1);
  }

  @Test
  void publishedOrdersDatesAndTimes() {
    long day = Signer.published(PublicationTime.ofDate(LocalDate.of(2023, 7, 28)));
    long morning = Signer.published(PublicationTime.of(OffsetDateTime.parse("2023-07-28T08:00:00+07:00")));
    assertThat(day).isLessThan(morning).isEqualTo(OffsetDateTime.parse("2023-07-28T00:00:00+07:00").toEpochSecond());
    assertThat(Signer.published(null)).isEqualTo(Long.MAX_VALUE);
  }

  /**
   * Seeded random pairs of texts with a known overlap: the share of agreeing MinHash values
   * estimates the Jaccard similarity of the shingle sets (within the 128-value sampling error).
   */
  @Test
  void minHashAgreementEstimatesJaccard() {
    SplittableRandom r = new SplittableRandom(42);
    String[] syllables = "một hai ba bốn năm sáu bảy tám chín mười người được của các trong cho với này đã".split(" ");
    double totalError = 0;
    int pairs = 200;
    for (int p = 0; p < pairs; p++) {
      List<String> base = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        base.add(syllables[r.nextInt(syllables.length)] + r.nextInt(50));
      }
      List<String> copy = new ArrayList<>(base);
      int edits = r.nextInt(300);
      for (int e = 0; e < edits; e++) {
        copy.set(r.nextInt(copy.size()), "x" + r.nextInt(100_000));
      }
      Signature a = signer.sign("0000000000000001", 0, String.join(" ", base));
      Signature b = signer.sign("0000000000000002", 0, String.join(" ", copy));
      double truth = Similarity.jaccard(a.shingles(), b.shingles());
      double estimate = agreement(signer, String.join(" ", base), String.join(" ", copy));
      totalError += Math.abs(truth - estimate);
    }
    // the standard error of a 128-value estimate is at most 0.044; the mean absolute error ~0.035
    assertThat(totalError / pairs).isLessThan(0.05);
  }

  /** The share of equal MinHash values, recomputed the plain way from the same permutations. */
  private static double agreement(Signer s, String x, String y) {
    long[] mx = mins(s, x);
    long[] my = mins(s, y);
    int same = 0;
    for (int i = 0; i < mx.length; i++) {
      if (mx[i] == my[i]) {
        same++;
      }
    }
    return (double) same / mx.length;
  }

  private static long[] mins(Signer s, String text) {
    return s.minHashes(text);
  }
}
