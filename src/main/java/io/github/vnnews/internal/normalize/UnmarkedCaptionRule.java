package io.github.vnnews.internal.normalize;

import io.github.vnnews.Label;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the captions Vietnamese papers print under photos without any marker, by form and place:
 * one short sentence whose subject is a person, a group or a view ({@code Đồng chí X}, {@code Các
 * đại biểu}, {@code Toàn cảnh}, a capitalised name) doing something photographable ({@code phát
 * biểu}, {@code dự}, {@code trao}, {@code tặng hoa}, {@code chụp từ màn hình}), with no reported
 * speech, no tense or discourse words ({@code đã}, {@code sẽ}, {@code cũng}, {@code cho biết}) and
 * no opening adverbial ({@code Tại hội nghị, …}). A whole line may also qualify by having no final
 * full stop; a line under an image marker, or a sentence ending in a position note ({@code (bên
 * phải)}), always does. Inside a fused line only sentences with a photo verb, or fragments ended
 * by a bracket and a capital, are taken. The headline and the lede are never captions.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>caption?</th></tr>
 *   <tr><td>{@code Các đồng chí lãnh đạo tỉnh dự hội nghị.}</td><td>yes</td></tr>
 *   <tr><td>{@code Toàn cảnh hội nghị chụp từ màn hình}</td><td>yes</td></tr>
 *   <tr><td>{@code Thường trực Ban Bí thư X cũng đề nghị …}</td><td>no (cũng)</td></tr>
 *   <tr><td>{@code Tại hội nghị, Đại tướng X đã …}</td><td>no (opening adverbial)</td></tr>
 *   <tr><td>{@code Quy trình bắt buộc khi bầu Ban Bí thư}</td><td>no (no subject)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
final class UnmarkedCaptionRule implements Rule {
  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  private static final int CI = U | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  static final Pattern SUBJECT =
      Pattern.compile(
          "^(?:Đồng chí|Các đồng chí|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Tổng Bí thư|Thủ tướng"
              + "|Phó Thủ tướng|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Thường trực|Bộ trưởng"
              + "|Thứ trưởng|Lãnh đạo|Các lãnh đạo|Các đại biểu|Đại biểu|Toàn cảnh|Quang cảnh|Ông|Bà"
              + "|Lực lượng|Người dân|Du khách|Các em|Học sinh|Phó|Chánh|Trưởng|Giám đốc|Đoàn công tác"
              + "|Cán bộ|Chiến sĩ|Các chiến sĩ|Bác sĩ|Các bác sĩ|Nghệ sĩ|Ca sĩ|Cầu thủ|Các cầu thủ"
              + "|Quang cảnh|Khung cảnh|Hình ảnh|Đại diện|Các đơn vị|Các vị|Nhân dân)\\b",
          U);
  /** Scene subjects of fragment captions ("Buổi giới thiệu sách tại …", "Lễ khánh thành …"). */
  static final Pattern SCENE =
      Pattern.compile("^(?:Buổi|Lễ|Cảnh|Khoảnh khắc|Không khí|Toàn cảnh|Quang cảnh)\\b", U);
  /** Verbs of what a photo shows (lower case; {@code dự} but not {@code dự án}). */
  static final PhraseSet PHOTO_VERB =
      new PhraseSet(false, "phát biểu",
          "dự !án|báo|kiến|toán|thảo|trữ|định|tính|thầu|luật|phòng|đoán",
          "chủ trì", "trao !đổi", "tặng", "chụp", "thăm !dò", "tham quan", "kiểm tra",
          "quán triệt", "tại điểm cầu", "trò chuyện", "thảo luận", "báo cáo", "khai mạc",
          "bế mạc", "cắt băng", "ký kết", "biểu quyết", "chúc mừng", "điều hành", "trình bày",
          "làm việc", "bắt tay", "tiếp đón", "tiếp xúc", "tiếp kiến", "đón !nhận", "tham dự",
          "hỏi thăm", "động thổ", "khánh thành", "phát động", "tuyên dương", "dâng hương",
          "thắp hương", "thị sát", "nói chuyện", "gắn huy hiệu", "trao tặng", "giao lưu",
          "diễu hành", "biểu diễn", "tập luyện", "thi đấu", "ăn mừng", "làm lễ", "chào cờ");
  /** Tense, discourse and speech words that captions do not use (any case). */
  static final PhraseSet DISCOURSE =
      new PhraseSet(true, "cũng", "sẽ", "đã", "đang", "vừa", "nhấn mạnh", "cho biết", "cho rằng",
          "đề nghị", "yêu cầu", "khẳng định", "tuy nhiên", "bên cạnh đó", "đồng thời", "trong đó",
          "nêu rõ", "theo đó", "nhằm", "vì vậy", "do đó", "cho hay", "bày tỏ", "nhận định",
          "được biết", "tôi", "chúng tôi", "chúng ta", "nếu", "bởi vì", "thì");
  static final Pattern OPENER =
      Pattern.compile(
          "^(?:Tại|Trong|Sau|Theo|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng|Khi|Để|Với|Về|Kết luận"
              + "|Phát biểu|Thảo luận|Qua|Từ|Nhân|Dịp|Năm|Tháng|Hiện|Bên cạnh|Ngoài|Tuy|Nhưng|Do"
              + "|Vì|Nếu|Cùng dự|Tham dự|Dự|Đến|Trước|Cũng|Còn|Như vậy|Đây|Đó|Báo cáo)\\b",
          U);
  static final Pattern POSITION =
      Pattern.compile(
          "\\((?:bên |ngoài cùng bên |đứng |ngồi |người )?(?:phải|trái|giữa)(?: sang)?\\)"
              + "|\\(thứ \\d{1,2} từ (?:trái|phải)(?: sang)?\\)|\\(từ (?:trái|phải) sang\\)",
          U);

  /** The literal alternatives of {@link #SUBJECT}, {@link #SCENE}, {@link #OPENER}. */
  private static final Literals SUBJECT_LITERALS = Literals.of(SUBJECT);
  private static final Literals SCENE_LITERALS = Literals.of(SCENE);
  static final Literals OPENER_LITERALS = Literals.of(OPENER);

  /**
   * The literal alternatives of a {@code ^(?:a|b|…)\b} pattern, by first character, which answer
   * whether the pattern matches without running it (the regex tries every alternative in turn;
   * FastPathTest checks the answers agree).
   */
  static final class Literals {
    /** The distinct first characters; {@code byFirst[k]} holds the literals opening with the k-th. */
    private final String firsts;
    private final String[][] byFirst;

    private Literals(String firsts, String[][] byFirst) {
      this.firsts = firsts;
      this.byFirst = byFirst;
    }

    static Literals of(Pattern p) {
      String re = p.pattern();
      if (!re.startsWith("^(?:") || !re.endsWith(")\\b")) {
        throw new IllegalStateException("not a literal alternation: " + re);
      }
      java.util.Map<Character, java.util.List<String>> m = new java.util.LinkedHashMap<>();
      for (String alt : re.substring(4, re.length() - 3).split("\\|")) {
        if (alt.isEmpty() || !alt.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')
            || !Character.isLetter(alt.charAt(alt.length() - 1))) {
          throw new IllegalStateException("not a literal alternative: " + alt);
        }
        m.computeIfAbsent(alt.charAt(0), k -> new java.util.ArrayList<>()).add(alt);
      }
      StringBuilder firsts = new StringBuilder();
      String[][] byFirst = new String[m.size()][];
      int k = 0;
      for (var e : m.entrySet()) {
        firsts.append(e.getKey().charValue());
        byFirst[k++] = e.getValue().toArray(new String[0]);
      }
      return new Literals(firsts.toString(), byFirst);
    }

    /**
     * Whether the pattern {@code ^(?:a|b|…)\b} matches at the start of {@code t}: it starts with
     * one of the literals, and no word character (as {@code \b} sees it with {@link
     * Pattern#UNICODE_CHARACTER_CLASS}) follows it. The same answer as the regex, without it.
     */
    boolean matches(String t) {
      if (t.isEmpty()) {
        return false;
      }
      int k = firsts.indexOf(t.charAt(0));
      if (k < 0) {
        return false;
      }
      for (String lit : byFirst[k]) {
        if (t.startsWith(lit)
            && (lit.length() == t.length() || !isWord(t.codePointAt(lit.length())))) {
          return true;
        }
      }
      return false;
    }

    /** A word character for {@code \b} under {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    static boolean isWord(int cp) {
      if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) {
        return true;
      }
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.CONNECTOR_PUNCTUATION;
    }
  }


  /** A name (two to four capitalised words) after an optional honorific, then an apposition. */
  static final Pattern PORTRAIT =
      Pattern.compile(
          "^(?:(?:Ông|Bà|Anh|Chị|Cựu|GS|PGS|TS|ThS|PGS\\.TS|GS\\.TS|Bác sĩ|Nghệ sĩ|Ca sĩ|Nhà văn"
              + "|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đồng chí)\\.? )?"
              + "\\p{Lu}\\p{Ll}{0,7}(?: \\p{Lu}\\p{Ll}{0,7}){1,3}(?:, [^,.;:!?]{3,80})?\\.?$",
          U);
  /** A scene: a subject "at" a place ({@code Người dân tại điểm tiêm chủng.}). */
  static final Pattern SCENE_PLACE = Pattern.compile(" tại ", U);
  /** Most words of a portrait or scene caption. */
  static final int MAX_WORDS_SCENE = 15;

  /** Most words of a caption line. */
  static final int MAX_WORDS_LINE = 45;
  /** Most words of a caption fused into text. */
  static final int MAX_WORDS_INLINE = 30;
  /** Most words of a line under an image marker that is taken as its caption. */
  static final int MAX_WORDS_AFTER_IMAGE = 60;

  @Override
  public String name() {
    return "UnmarkedCaptionRule";
  }

  @Override
  public void apply(Draft draft) {
    int title = draft.titleLine();
    int lede = draft.ledeLine();
    int first = draft.firstContentLine();
    Runs runs = new Runs(draft, title, lede, first);
    for (int li = 0; li < draft.lines.size(); li++) {
      if (li == title || li == lede || li == first) {
        continue;
      }
      DraftLine line = draft.lines.get(li);
      Piece whole = line.soleUndecided();
      if (whole != null) {
        String t = whole.text();
        if (line.afterImage && whole.words(MAX_WORDS_AFTER_IMAGE + 1) <= MAX_WORDS_AFTER_IMAGE) {
          whole.decide(Label.CAPTION, null, name());
          continue;
        }
        // every whole-line test below needs at most MAX_WORDS_LINE words: longer lines (most
        // paragraphs) are not split into sentences at all
        if (whole.words(MAX_WORDS_LINE + 1) <= MAX_WORDS_LINE) {
          List<Sentences.Span> spans = Sentences.split(line, whole.start, whole.end);
          if (spans.size() == 1 && (looksLikeCaption(t, false) || hasPosition(t) || portrait(t)
              || runs.inRun(li))) {
            whole.decide(Label.CAPTION, null, name());
            continue;
          }
        }
      }
      inline(line);
    }
  }

  /**
   * Whether a line belongs to a run of two or more short lines without a final full stop that is
   * followed by text: crossheads never come in runs, photo descriptions do.
   *
   * <p>Asked of the lines in order while {@link #apply} labels them. A line's answer depends on the
   * line before it as it stands then (labelled or not) and on the lines after it, which are not
   * labelled yet: so how far a run reaches and where the next line of text is are looked up once
   * and kept, and the whole rule stays linear in the number of lines (a scan from every line,
   * back over its run and on to the next text, took quadratic time on thousands of short lines).
   */
  private static final class Runs {
    private static final int UNKNOWN = -2;
    private final Draft draft;
    private final int title;
    private final int lede;
    private final int first;
    /** For each line not yet labelled: the last line of the run of candidates it starts, or -1. */
    private final int[] runEnd;
    /** For each line not yet labelled: the first line of text at or after it, or -1. */
    private final int[] nextText;

    Runs(Draft draft, int title, int lede, int first) {
      this.draft = draft;
      this.title = title;
      this.lede = lede;
      this.first = first;
      this.runEnd = new int[draft.lines.size()];
      this.nextText = new int[draft.lines.size()];
      java.util.Arrays.fill(runEnd, UNKNOWN);
      java.util.Arrays.fill(nextText, UNKNOWN);
    }

    /** Whether line {@code li}, the one {@link #apply} is at, belongs to a run (see above). */
    boolean inRun(int li) {
      if (!runCandidate(draft, li, title, lede, first)) {
        return false;
      }
      int n = draft.lines.size();
      boolean before = li > 0 && runCandidate(draft, li - 1, title, lede, first);
      int b = li + 1 < n ? runEnd(li + 1) : -1;
      if (b < 0) {
        if (!before) {
          return false;
        }
        b = li;
      }
      return b + 1 < n && nextText(b + 1) >= 0;
    }

    /** {@link #runEnd} of line {@code k} (after the current line), found once. */
    private int runEnd(int k) {
      if (runEnd[k] == UNKNOWN) {
        int e = k;
        while (e < runEnd.length && runEnd[e] == UNKNOWN && runCandidate(draft, e, title, lede, first)) {
          e++;
        }
        int end;
        if (e < runEnd.length && runEnd[e] != UNKNOWN) {
          end = runEnd[e] >= 0 ? runEnd[e] : e - 1;
        } else {
          end = e - 1;
          if (e < runEnd.length) {
            runEnd[e] = -1; // not a candidate
          }
        }
        for (int i = k; i < e; i++) {
          runEnd[i] = end;
        }
      }
      return runEnd[k];
    }

    /** {@link #nextText} of line {@code k} (after the current line), found once. */
    private int nextText(int k) {
      if (nextText[k] == UNKNOWN) {
        int e = k;
        int found = -1;
        while (e < nextText.length) {
          if (nextText[e] != UNKNOWN) {
            found = nextText[e];
            break;
          }
          Piece q = draft.lines.get(e).soleUndecided();
          if (q != null && Sentences.endsTerminal(q.text(), 0, q.text().length())
              && Sentences.words(q.text()) > MAX_WORDS_SCENE) {
            found = e;
            break;
          }
          e++;
        }
        for (int i = k; i < Math.min(e + 1, nextText.length); i++) {
          nextText[i] = found;
        }
      }
      return nextText[k];
    }
  }

  private static boolean runCandidate(Draft draft, int k, int title, int lede, int first) {
    if (k == title || k == lede || k == first) {
      return false;
    }
    DraftLine l = draft.lines.get(k);
    Piece q = l.soleUndecided();
    if (q == null) {
      return false;
    }
    String t = q.text();
    int w = Sentences.words(t);
    return w >= 4 && w <= MAX_WORDS_LINE && Character.isUpperCase(t.charAt(0))
        && !Sentences.endsTerminal(t, 0, t.length()) && !excluded(t)
        && !OPENER_LITERALS.matches(t);
  }

  private void inline(DraftLine line) {
    List<Sentences.Span> found = null;
    for (Piece p : line.pieces) {
      if (p.decided()) {
        continue;
      }
      List<Sentences.Span> spans = Sentences.split(line, p.start, p.end);
      if (spans.size() < 2) {
        continue;
      }
      for (Sentences.Span s : spans) {
        if (s.end() - s.start() > 400 || !mayCaption(line.text, s)) {
          continue;
        }
        int w = Sentences.words(line.text, s.start(), s.end(), MAX_WORDS_INLINE + 1);
        if (w > MAX_WORDS_INLINE || (w < 4 && !s.unterminated())) {
          continue;
        }
        // w is also the word count of the stripped text: at most MAX_WORDS_INLINE here
        boolean caption;
        if (s.unterminated()) {
          if (s.end() < p.end) {
            String text = strip(line.text, s);
            caption = hasPosition(text) || subjectOnly(text);
          } else {
            caption = false;
          }
        } else {
          caption = looksLikeCaption(strip(line.text, s), true);
        }
        if (caption && (found == null || found.size() < MAX_CUTS)) {
          if (found == null) {
            found = new java.util.ArrayList<>();
          }
          found.add(s);
        }
      }
    }
    if (found == null) {
      return;
    }
    for (Sentences.Span s : found) {
      line.cutSpan(s.start(), s.end(), Label.CAPTION, null, name());
    }
  }

  private static String strip(String t, Sentences.Span s) {
    return t.substring(s.start(), s.end()).strip();
  }

  /**
   * A cheap necessary condition of the checks in {@link #inline}: the sentence opens with a
   * capital (or a space other than U+0020), or it is unterminated and holds a bracket.
   */
  private static boolean mayCaption(String t, Sentences.Span s) {
    int i = s.start();
    while (i < s.end() && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= s.end()) {
      return false;
    }
    char c = t.charAt(i);
    if (Character.isUpperCase(c) || Character.isWhitespace(c)) {
      return true;
    }
    if (!s.unterminated()) {
      return false;
    }
    int open = t.indexOf('(', i);
    return open >= 0 && open < s.end();
  }

  private static boolean hasPosition(String t) {
    return Sentences.words(t) <= MAX_WORDS_LINE && POSITION.matcher(t).find()
        && !excluded(t);
  }

  private static boolean excluded(String t) {
    return t.indexOf(';') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0
        || t.indexOf('"') >= 0 || t.contains(": ") || DISCOURSE.foundIn(t);
  }

  /** A subject, no exclusions: for fragments that a bracket and a capital cut off. */
  private static boolean subjectOnly(String t) {
    return Sentences.words(t) >= 4 && !excluded(t) && Character.isUpperCase(t.charAt(0))
        && !OPENER_LITERALS.matches(t) && (subject(t) || SCENE_LITERALS.matches(t));
  }

  static boolean subject(String t) {
    if (SUBJECT_LITERALS.matches(t)) {
      return true;
    }
    int sp = t.indexOf(' ');
    return sp > 0 && sp + 1 < t.length() && Character.isUpperCase(t.charAt(0))
        && Character.isUpperCase(t.charAt(sp + 1));
  }

  /**
   * Whether one sentence reads like a photo caption.
   *
   * @param t the sentence
   * @param requireVerb true inside fused text, where only a photo verb is evidence enough
   * @return true for a caption
   */
  static boolean looksLikeCaption(String t, boolean requireVerb) {
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    int words = Sentences.words(t);
    if (words < 4 || words > MAX_WORDS_LINE || OPENER_LITERALS.matches(t) || !subject(t)) {
      return false;
    }
    boolean verb = PHOTO_VERB.foundIn(t);
    if (requireVerb && !verb) {
      return false;
    }
    if (excluded(t)) {
      return false;
    }
    if (requireVerb) {
      return verb;
    }
    if (verb) {
      return true;
    }
    if (words <= MAX_WORDS_SCENE && SCENE_PLACE.matcher(t).find()) {
      return true;
    }
    return !Sentences.endsTerminal(t, 0, t.length()) && SUBJECT_LITERALS.matches(t);
  }

  /**
   * A portrait caption: a name with an optional title and apposition, nothing else ({@code Ông
   * Nguyễn Văn A, Giám đốc Sở Y tế.}, {@code Hayden Cross.}).
   *
   * @param t the line
   * @return true for a portrait caption
   */
  static boolean portrait(String t) {
    // PORTRAIT opens with a capital letter: test that before the phrase scans
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))
        || Sentences.words(t) > MAX_WORDS_SCENE || excluded(t)) {
      return false;
    }
    if (!PORTRAIT.matcher(t).matches()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || t.indexOf(',') > 0 || !Names.isNameList(t);
  }
}
