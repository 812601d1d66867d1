package io.github.vnnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's fast paths (cheap tests that let a rule skip a line) against the exact tests
 * they stand for, on seeded random Vietnamese-like text built to hit their edges: a fast path may
 * only ever say "maybe" where the exact test says yes.
 */
class FastPathTest {
  /** Characters the generators draw from: ASCII, Vietnamese letters, digits, marks, spaces. */
  private static final String ALPHABET =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịÝýỳỷỹỵ"
          + "0123456789 ,./-:|()\"“”'…!?><»@#©ØİΣσς\t\u00A0\u200B\u2060\uFEFF\u00AD\u2003\u3000"
          + "\u0301\u0323\u0085\u2028\u007F\u0001\u0660\u0661\u0966\uFF11";
  private static final String[] WORDS = {
    "năm", "NĂM", "Năm", "ngày", "Ngày", "tháng", "THÁNG", "lúc", "Thứ Hai", "GMT+7", "Hà Nội,",
    "2023", "12", "7", "-", "/", ".", ",", " ", "  ", "2023-07-28", "28/07/2023", "18:13",
    "20233", "٢٠٢٣", "Cập nhật:", "T2", "Chủ nhật", "ngày 3 tháng 8 năm ", "NGÀY 3 THÁNG 8, ",
    "ngày 12 tháng 12 , năm ", "ngày 1 tháng 1,"
  };

  private static String randomText(Random r, int maxLen) {
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(maxLen + 1);
    while (b.length() < len) {
      if (r.nextInt(3) == 0) {
        b.append(WORDS[r.nextInt(WORDS.length)]);
        if (r.nextBoolean()) {
          b.append(' ');
        }
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  /**
   * The clean-line test spelled out, char by char: no control char or DEL, no invisible char
   * (zero-width space, joiners, word joiner, BOM, soft hyphen), no white space but the ASCII
   * space, never two spaces in a row.
   */
  private static boolean isCleanExact(String s) {
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
        continue;
      }
      space = false;
      boolean invisible = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
          || c == '\uFEFF' || c == '\u00AD';
      boolean otherSpace = c == '\u0085' || c == '\u00A0' || c == '\u1680'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
          || c == '\u202F' || c == '\u205F' || c == '\u3000';
      if (c < ' ' || c == 127 || invisible || otherSpace) {
        return false;
      }
    }
    return true;
  }

  @Test
  void isCleanAgreesWithTheExactTestOnEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      assertThat(Draft.isClean(s)).as("U+%04X", c).isEqualTo(isCleanExact(s));
    }
  }

  @Test
  void isCleanAgreesWithTheExactTestOnRandomLines() {
    Random r = new Random(20261201L);
    for (int i = 0; i < 200_000; i++) {
      String s = randomText(r, 40);
      boolean exact = s.isEmpty() || (s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' '
          && isCleanExact(s));
      assertThat(Draft.isClean(s)).as("%s", s).isEqualTo(exact);
      if (exact) {
        assertThat(Draft.clean(s, new BitSet())).isSameAs(s);
      } else {
        assertThat(Draft.clean(s, new BitSet())).isNotEqualTo(s);
      }
    }
  }

  @Test
  void mayHoldDateIsTrueWheneverADatePatternMatches() {
    Pattern any =
        Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})|(?<!\\d)(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4})(?!\\d)"
                + "|ngày (\\d{1,2}) tháng (\\d{1,2})(?: ?, ?| năm | ?, năm )(\\d{4})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Random r = new Random(7);
    int matched = 0;
    int skipped = 0;
    for (int i = 0; i < 300_000; i++) {
      String s = randomText(r, 60);
      boolean maybe = VietnameseDates.mayHoldDate(s);
      if (any.matcher(s).find()) {
        matched++;
        assertThat(maybe).as("%s", s).isTrue();
      } else if (!maybe) {
        skipped++;
      }
    }
    assertThat(matched).isGreaterThan(1_000);
    assertThat(skipped).isGreaterThan(100_000);
    assertThat(VietnameseDates.mayHoldDate("Thứ Năm, ngày 3 tháng 8 năm 2023")).isTrue();
    assertThat(VietnameseDates.mayHoldDate("ngày 3 tháng 8, 2023")).isTrue();
    assertThat(VietnameseDates.mayHoldDate("2023-08-03T10:00")).isTrue();
    assertThat(VietnameseDates.mayHoldDate("Trong năm 2023 doanh thu tăng")).isTrue();
    assertThat(VietnameseDates.mayHoldDate("Doanh thu 2023 tăng 12%")).isFalse();
    assertThat(VietnameseDates.mayHoldDate("Mã số 20231 và 123")).isFalse();
  }

  @Test
  void dateKindsFlagEveryPatternThatMatches() {
    int flags = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    Pattern iso = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})", flags);
    Pattern num =
        Pattern.compile("(?<!\\d)(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4})(?!\\d)", flags);
    Pattern word =
        Pattern.compile(
            "ngày (\\d{1,2}) tháng (\\d{1,2})(?: ?, ?| năm | ?, năm )(\\d{4})(?!\\d)", flags);
    Random r = new Random(8);
    int[] seen = new int[3];
    for (int i = 0; i < 300_000; i++) {
      String s = randomText(r, 60);
      int kinds = VietnameseDates.dateKinds(s);
      if (iso.matcher(s).find()) {
        seen[0]++;
        assertThat(kinds & VietnameseDates.ISO).as("%s", s).isNotZero();
      }
      if (num.matcher(s).find()) {
        seen[1]++;
        assertThat(kinds & VietnameseDates.NUM).as("%s", s).isNotZero();
      }
      if (word.matcher(s).find()) {
        seen[2]++;
        assertThat(kinds & VietnameseDates.WORD).as("%s", s).isNotZero();
      }
    }
    assertThat(seen[0]).isGreaterThan(20);
    assertThat(seen[1]).isGreaterThan(20);
    assertThat(seen[2]).isGreaterThan(20);
  }

  @Test
  void tableLowerCaseIsTheJdksOnEveryCharAndOnRandomText() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "Ab" + (char) c + "Σ" + (char) c + "c";
      assertThat(DraftLine.toLower(s)).as("U+%04X", c).isEqualTo(s.toLowerCase(java.util.Locale.ROOT));
    }
    Random r = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      String s = randomText(r, 50);
      assertThat(DraftLine.toLower(s)).isEqualTo(s.toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void literalMatchingAnswersAsTheRegexDoes() {
    Random r = new Random(17);
    String[] openings = {"Tại", "Trong", "Đồng chí", "Các đồng chí", "Phó", "Phóng", "Toàn cảnh",
        "Ông", "Ôngg", "Bà", "Bác sĩ", "Lễ", "Buổi", "Cảnh", "Chủ tịch", "Thủ tướng", "Dự", "Dự án",
        "Năm", "Nămm", "Đây", "Đó"};
    String tails = "a _1٢\u0301\u0323\u200D\u200C\u20DD\u0903.,:-(“ạẠ\uD835\uDC00\u00B2\u2160";
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder(openings[r.nextInt(openings.length)]);
      for (int k = r.nextInt(4); k > 0; k--) {
        b.append(tails.charAt(r.nextInt(tails.length())));
      }
      String s = b.toString();
      for (Pattern p : new Pattern[] {UnmarkedCaptionRule.SUBJECT, UnmarkedCaptionRule.SCENE,
          UnmarkedCaptionRule.OPENER}) {
        boolean regex = p.matcher(s).lookingAt();
        matched += regex ? 1 : 0;
        assertThat(UnmarkedCaptionRule.Literals.of(p).matches(s)).as("%s ~ %s", s, p).isEqualTo(regex);
      }
    }
    assertThat(matched).isGreaterThan(10_000);
  }

  @Test
  void labelStartTestIsTheCharacterList() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(EmbedLabelRule.mayStartLabel((char) c)).as("U+%04X", c)
          .isEqualTo("-–(VCXMN>".indexOf((char) c) >= 0);
    }
  }

  @Test
  void cappedWordCountsAreExactBelowTheCap() {
    Random r = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String s = randomText(r, 400);
      int from = s.isEmpty() ? 0 : r.nextInt(s.length());
      int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
      int exact = Sentences.words(s.substring(from, to));
      int cap = 1 + r.nextInt(80);
      int capped = Sentences.words(s, from, to, cap);
      if (exact < cap) {
        assertThat(capped).isEqualTo(exact);
      } else {
        assertThat(capped).isGreaterThanOrEqualTo(cap);
      }
    }
  }

  /** Words for random fused lines: captions' words, discourse, names, punctuation, digits. */
  private static final String[] UNIT_WORDS = {
    "Mahrez", "sút", "penalty", "bóng", "chạm", "2", "chân", "Cú", "trượt", "tai", "hại", "Bóng",
    "được", "đưa", "vào", "lưới.", "Thủ", "tướng", "phát", "biểu", "tại", "hội", "nghị", "(bên",
    "phải)", "(từ", "trái", "sang)", "Ông", "Nguyễn", "Văn", "A", "cho", "biết", "đã", "sẽ", "của",
    "và", "Ảnh:", "TTXVN", "“Tôi", "nói”", "2017,", "15", "người", "Hà", "Nội", "mưa", "to.", "?",
    "–", "-", "Các", "đại", "biểu", "tham", "quan", "triển", "lãm", "Cảnh", "sát", "kiểm", "tra",
    "xe", "1.000", "tỷ", "đồng,", "Sau", "đó", "Tại", "buổi", "làm", "việc", ":", "  ", "\u00A0",
    "ngày", "12/5.", "Đội", "tuyển", "Việt", "Nam", "ăn", "mừng", "bàn", "thắng", "trận",
    "(bên phải)", "(thứ 2 từ trái)", "(giữa)", "Mahrez sút penalty"
  };

  @Test
  void captionPreFilterNeverDropsAUnitTheModelWouldCut() {
    FusedCaptionRule rule = new FusedCaptionRule();
    LinearModel model = LinearModel.resource(FusedCaptionRule.MODEL, FusedCaptionRule.FEATURES);
    int rejected = 0;
    int cut = 0;
    int units = 0;
    for (long seed = 1; seed <= 400; seed++) {
      Random r = new Random(seed);
      StringBuilder b = new StringBuilder();
      int words = 20 + r.nextInt(200);
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(UNIT_WORDS[r.nextInt(UNIT_WORDS.length)]);
      }
      String text = b.toString();
      DraftLine line = new DraftLine(1, text, new BitSet());
      java.util.Map<CharSequence, Integer> title = r.nextBoolean() ? java.util.Map.of()
          : FusedCaptionRule.counts(r.nextBoolean() ? "Mahrez sút penalty" : "Thủ tướng thăm hội nghị");
      List<Units.Unit> split = Units.split(line, 0, text.length());
      for (int k = 0; k < split.size(); k++) {
        boolean first = r.nextBoolean();
        boolean last = r.nextBoolean();
        boolean afterCaption = r.nextInt(4) == 0;
        boolean inLede = r.nextInt(4) == 0;
        double[] x = FusedCaptionRule.features(line, split, k, first, last, afterCaption, inLede,
            title);
        boolean may = rule.mayBeCaption(line, split, k, first, last, afterCaption, inLede, title);
        boolean cuts = x != null && model.probability(x) >= FusedCaptionRule.THRESHOLD;
        double bound = rule.marginBound(line, split, k, first, last, afterCaption, inLede, title);
        // the bound holds for every unit, not only near the threshold
        if (x == null) {
          assertThat(bound).as("seed %d unit %d: %s", seed, k, text)
              .isEqualTo(Double.NEGATIVE_INFINITY);
        } else {
          assertThat(bound).as("seed %d unit %d: %s", seed, k, text)
              .isGreaterThanOrEqualTo(model.margin(x) - 1e-9);
        }
        units++;
        if (cuts) {
          cut++;
          assertThat(may).as("seed %d unit %d: %s", seed, k, text).isTrue();
        }
        if (!may) {
          rejected++;
        }
      }
    }
    // the check bites: units the model cuts, and units the filter proves it would not
    assertThat(cut).isGreaterThan(units / 50);
    assertThat(rejected).isGreaterThan(units / 4);
  }

  /** Letters and numbers beyond the BMP, a lone surrogate and a case change that adds a mark. */
  private static final String[] ODD = {"\uD835\uDC00", "\uD800", "\uDC00", "\uD83D\uDE00", "İ", "\uD800\uDD07"};

  private static String randomOddText(Random r, int maxLen) {
    StringBuilder b = new StringBuilder(randomText(r, maxLen));
    for (int k = r.nextInt(4); k > 0; k--) {
      b.insert(r.nextInt(b.length() + 1), ODD[r.nextInt(ODD.length)]);
    }
    return b.toString();
  }

  @Test
  void captionWordScansAgreeWithTheRegexesTheyReplace() {
    Pattern trailing = Pattern.compile("\\P{L}+$");
    Pattern nonWord = Pattern.compile("[^\\p{L}\\p{N}]+");
    Random r = new Random(17);
    for (int n = 0; n < 50_000; n++) {
      String s = randomOddText(r, 30);
      assertThat(FusedCaptionRule.stripTrailingNonLetters(s)).as(s)
          .isEqualTo(trailing.matcher(s).replaceAll(""));
      java.util.Map<CharSequence, Integer> expected = new java.util.HashMap<>();
      for (String w : nonWord.split(s.toLowerCase(java.util.Locale.ROOT))) {
        if (!w.isEmpty()) {
          expected.merge(w, 1, Integer::sum);
        }
      }
      assertThat(FusedCaptionRule.counts(s)).as(s).isEqualTo(expected);
    }
  }

  @Test
  void abbreviationTestIsTheLowerCasedSetLookup() {
    String letters = "tpqhxsgbkcnmrdoilvđưTPQHXSGBKCNMRDOILVĐƯ./İΣ\uD835\uDC00aK";
    Random r = new Random(23);
    int found = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder();
      if (r.nextInt(4) == 0) {
        String a = List.copyOf(Sentences.ABBREVIATIONS).get(r.nextInt(Sentences.ABBREVIATIONS.size()));
        b.append(r.nextBoolean() ? a : a.toUpperCase(java.util.Locale.ROOT));
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        b.insert(r.nextInt(b.length() + 1), letters.charAt(r.nextInt(letters.length())));
      }
      String s = "x " + b + " y";
      int to = 2 + b.length();
      if (b.length() > Sentences.MAX_ABBREVIATION) {
        continue;
      }
      boolean exact = Sentences.ABBREVIATIONS.contains(
          s.substring(2, to).toLowerCase(java.util.Locale.ROOT));
      found += exact ? 1 : 0;
      assertThat(Sentences.isAbbreviation(s, 2, to)).as("%s", s).isEqualTo(exact);
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void chromeKeyIsTheRegexSplitJoinedBySpaces() {
    Random r = new Random(29);
    for (int i = 0; i < 200_000; i++) {
      String s = randomText(r, 30) + (r.nextBoolean() ? " \n\r\f\u000B" : "");
      String exact = String.join(" ", s.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
      assertThat(ChromeLexicon.key(s)).as("%s", s).isEqualTo(exact);
    }
  }

  @Test
  void imagePreTestSaysMaybeWheneverTheImageRegexMatches() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String s : new String[] {"anh.jp" + (char) c, "anh.gi" + (char) c, "anh.webp" + (char) c,
          "![x](y)" + (char) c, (char) c + "[x](y)"}) {
        if (ImageMarkerRule.IMAGE.matcher(s).matches()) {
          assertThat(ImageMarkerRule.mayBeImage(s)).as("U+%04X", c).isTrue();
        }
      }
    }
    Random r = new Random(31);
    String[] parts = {"![", "](", ")", "|", " ", ".jpg", ".JPEG", ".png", ".Gif", ".webp", "ảnh",
        "a", "/", "-", "%", ":"};
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(6); k >= 0; k--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      String s = b.toString();
      if (ImageMarkerRule.IMAGE.matcher(s).matches()) {
        matched++;
        assertThat(ImageMarkerRule.mayBeImage(s)).as("%s", s).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(1_000);
    assertThat(ImageMarkerRule.mayBeImage("Hà Nội hôm nay.")).isFalse();
  }
}
