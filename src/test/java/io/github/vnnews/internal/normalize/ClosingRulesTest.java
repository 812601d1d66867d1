package io.github.vnnews.internal.normalize;

import static io.github.vnnews.internal.normalize.Articles.BODY;
import static io.github.vnnews.internal.normalize.Articles.LEDE;
import static io.github.vnnews.internal.normalize.Articles.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closing of crawler dumps: bylines, sources, compilation and continuation notes glued to the
 * end of the last paragraph with or without punctuation ({@link BylineRule}, {@link SourceRule},
 * {@link CompiledNoteRule}, {@link ContinuationRule}). Each row: the closing glued after the last
 * sentence (CSV trims it: glued to the full stop, the harder case), the expected author, the
 * expected source outlet, and the text the paragraph must keep after {@link Articles#BODY} (empty
 * when nothing).
 */
class ClosingRulesTest {
  private static final String TITLE = "Tỉnh tổng kết công tác xây dựng Đảng năm 2023";
  private static final String GALLERY =
      " Một số hình ảnh của lễ hội: Người dân đến nhà thờ họ chiêm ngưỡng các thế gà trong ngày"
          + " Rằm tháng Giêng";

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    // name and outlet, in the forms baomoi prints
    " Tứ Quý, Theo Thời Đại|Tứ Quý|Thời Đại|",
    " Minh Tuấn / Theo Trí Thức Trẻ|Minh Tuấn|Trí Thức Trẻ|",
    " VĂN VIỆT Theo Yonhap|VĂN VIỆT|Yonhap|",
    " Theo Đình Văn (Lao Động)|Đình Văn|Lao Động|",
    // Theo, a name, a slash and the outlet: the name is the byline, as in brackets
    " Theo Hà Anh/Reatimes|Hà Anh|Reatimes|",
    " Theo Thế Kha - Tuấn Hợp/Dân Trí|Thế Kha - Tuấn Hợp|Dân Trí|",
    "' theo Sơn Hòa/Vnexpress'|Sơn Hòa|Vnexpress|",
    // a site, an agency, a place before the slash: the whole is the source
    " Theo Genk/Business Insider|NULL|Genk/Business Insider|",
    " Theo AFP Mai Liên/VOV|NULL|AFP Mai Liên/VOV|",
    " Theo Phụ nữ sức khỏe/GĐVN|NULL|Phụ nữ sức khỏe/GĐVN|",
    " Nguồn: Mạnh Quân/Otofun News|NULL|Mạnh Quân/Otofun News|",
    " Theo Vũ Nga (Tổng hợp) (Khám phá)|Vũ Nga|Khám phá|",
    " Minh Tuệ (T/h) Theo Đời sống Plus|Minh Tuệ|Đời sống Plus|",
    " Lê Vân (Báo Tin Tức)|Lê Vân|Báo Tin Tức|",
    " Xuân Chi/Báo tin Tức|Xuân Chi|NULL|",
    // spaced, the slash joins a name and an outlet or desk only where no name follows it
    " Chi Anh / Ngôi sao|Chi Anh|NULL|",
    " Kế Nguyễn / Điều tra|Kế Nguyễn|NULL|",
    " Việt Đức / PetaPixel|Việt Đức|NULL|",
    " Hà An / Minh Thu|Hà An / Minh Thu|NULL|",
    // what the name made of the pictures, in brackets
    " Phan Linh (clip)|Phan Linh|NULL|",
    " Trần Ngọc-Nguyễn Bình (ảnh)|Trần Ngọc-Nguyễn Bình|NULL|",
    " TTXVN/Tin Tức|TTXVN|NULL|",
    " Hồng Hạnh/ Báo Tin Tức|Hồng Hạnh|NULL|",
    " Hải Yến-Văn Giáp (TTXVN)|Hải Yến-Văn Giáp|TTXVN|",
    " Hà Di Nguồn Theo Medicaldaily|Hà Di|Theo Medicaldaily|",
    " Nguồn Tuổi trẻ|NULL|Tuổi trẻ|",
    " theo Trí Thức Trẻ|NULL|Trí Thức Trẻ|",
    // roles and credit lines in any letter case
    " Phương Thúy (Thực hiện)|Phương Thúy|NULL|",
    " Tin-ảnh: KHANG TRÂM|KHANG TRÂM|NULL|",
    " Bài, ảnh: Công Phong (TTXVN)|Công Phong|TTXVN|",
    // compilation and continuation notes
    " Trung Hùng (Tổng hợp theo báo Dân Việt, Đất Việt)|Trung Hùng|NULL|",
    " (Tổng hợp) Duy Ngọc|Duy Ngọc|NULL|",
    " Tổng hợp Hoàng Hà|Hoàng Hà|NULL|",
    " (Còn tiếp) Di Linh|Di Linh|NULL|",
    " Vũ Phượng (Còn tiếp)|Vũ Phượng|NULL|",
    // no stop around the byline
    " Hồ Xuân Mai -|Hồ Xuân Mai|NULL|",
    " Hải Minh Hải Minh|Hải Minh|NULL|",
    // quoted from here on: after a full stop and a space, as the crawl prints them
    // a dash with a space on one side only
    "' Bình An- Hiệp Hiệp'|Bình An- Hiệp Hiệp|NULL|",
    "' Văn Minh -Uyên Phương'|Văn Minh -Uyên Phương|NULL|",
    // an unbracketed role after a name in any letter case, closing the text
    "' Thắng Quang ghi'|Thắng Quang|NULL|",
    "' Văn Chương thực hiện'|Văn Chương|NULL|",
    "' Hải Hà tổng hợp'|Hải Hà|NULL|",
    // but not a body's subject before a verb, nor one word
    "' Bộ Y tế thực hiện'|NULL|NULL|' Bộ Y tế thực hiện'",
    "' Nam thực hiện'|NULL|NULL|' Nam thực hiện'",
    // a site's name in lower case after Theo
    "' Theo vnexpress'|NULL|vnexpress|",
    "' Theo dantri.'|NULL|dantri|",
    "' Theo anh'|NULL|NULL|' Theo anh'",
    // what follows the byline glued to it with no space
    "' Trần DũngThể thao & Văn hóa'|Trần Dũng|Thể thao & Văn hóa|",
    "' Nhã PhongTổng hợp'|Nhã Phong|NULL|",
    "' Duy AnTheo Reuters'|Duy An|Reuters|",
    "' Duy AnTheo Daily MailẢnh: Cosmopolitan'|Duy An|Daily Mail|",
    "' Nguyễn Minh(theo DigitalTrends)'|Nguyễn Minh|DigitalTrends|",
    "' Nghệ NhiẢnh: Linh Lê Chí'|Nghệ Nhi|NULL|",
    // two names glued: which one wrote is not known
    "' Kim HồBi Heo'|NULL|NULL|' Kim HồBi Heo'",
    // an outlet's name after the byline
    "' Đông Hùng Thể thao & Văn hóa'|Đông Hùng|Thể thao & Văn hóa|",
    // an outlet after a marker is no byline's
    "' Ảnh Reuters'|NULL|NULL|",
    "' Video - Hòa Nguyễn'|Hòa Nguyễn|NULL|",
    // the capitalised note after a name, a code in capitals, a source in lower case after the name
    "' Sơn Tùng Tổng hợp'|Sơn Tùng|NULL|",
    "' HT Tổng hợp'|HT|NULL|",
    "' Anh Thư theo Phonearena'|Anh Thư|Phonearena|",
    "' Hà Minh | theo Phụ nữ sức khỏe'|Hà Minh|Phụ nữ sức khỏe|",
    "' TUẤN ANH VnExpress'|TUẤN ANH|VnExpress|",
  })
  void closingAfterAFullStop(String closing, String author, String outlet, String kept) {
    Extraction e = run(TITLE, LEDE, BODY + closing);
    assertThat(e.author()).as(closing).isEqualTo(author);
    assertThat(e.sourceOutlet()).as(closing).isEqualTo(outlet);
    assertThat(e.paragraphs()).as(closing).containsExactly(LEDE, BODY + (kept == null ? "" : kept));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
    // a byline glued to the final stop
    "tăng trưởng.Hà Linh;Hà Linh;tăng trưởng.",
    // a full stop after a one-letter word is no initial when a name follows
    "nghệ sĩ hạng A. Hiểu Nguyệt;Hiểu Nguyệt;nghệ sĩ hạng A.",
    // glued without punctuation to an unpunctuated last sentence
    "hoạt động kém Nguyễn Tuấn;Nguyễn Tuấn;hoạt động kém",
    "với U20 New Zealand Duy Nguyễn;Duy Nguyễn;với U20 New Zealand",
    "tại LHP Cannes Thu Hà;Thu Hà;tại LHP Cannes",
    "trong ngày Rằm tháng Giêng Lê Minh;Lê Minh;trong ngày Rằm tháng Giêng",
    "trong nghĩa trang XUÂN HOÀNG thực hiện;XUÂN HOÀNG;trong nghĩa trang",
    // the name ends before the outlet and its stamp
    "tài năng của Hazard Xú - Thể thao Việt Nam | 09:10 07/02/2017;Xú;tài năng của Hazard",
    // the text's own names are no byline
    "trên đường Cộng Hòa;NULL;trên đường Cộng Hòa",
    "diễn ra tại Hà Nội;NULL;diễn ra tại Hà Nội",
    "của Kim Kardashian, Ariel Winter;NULL;của Kim Kardashian, Ariel Winter",
    "đại diện Công ty CMA-CGM Việt Nam;NULL;đại diện Công ty CMA-CGM Việt Nam",
    // after the last cell of a table of figures (a number, a percentage, a fraction, a score)
    "Tổng số điểm 54% (97/179) Thế Anh;Thế Anh;Tổng số điểm 54% (97/179)",
    "Tổng số điểm 54% Huyền Anh - Tân Thành;Huyền Anh - Tân Thành;Tổng số điểm 54%",
    "Tổng số điểm 97/179 Hà Dũng;Hà Dũng;Tổng số điểm 97/179",
    "Alves 44 – Mbappe 69 Hiệp Hoàng;Hiệp Hoàng;Alves 44 – Mbappe 69",
    // after a note or credit in brackets
    "(Theo CNN/Yonhap) Gia Bảo;Gia Bảo;NULL",
    "(Ảnh: chinhphu.vn) Minh An/VOV.VN;Minh An;NULL",
    // a place after a figure is the text's own, and a source is no name
    "ngày 26/5 Đà Nẵng;NULL;ngày 26/5 Đà Nẵng",
    "với tỷ số 2-1 Long An;NULL;với tỷ số 2-1 Long An",
    "tăng 5% Thanh Hoá;NULL;tăng 5% Thanh Hoá",
    "trong tháng 5/2017 Việt Nam;NULL;trong tháng 5/2017 Việt Nam",
    "xinh đẹp tuyệt trần  Theo Trí Thức Trẻ;NULL;xinh đẹp tuyệt trần",
    // a run of three names or more without a surname: the last two are the byline
    "lớn nhất Việt Nam Văn Chương;Văn Chương;lớn nhất Việt Nam",
    // the byline before the article's photo credit (text by X, photos from Y; 30 crawl articles)
    "trận đấu. Hoàng Cường Ảnh: Carscoop;Hoàng Cường;trận đấu.",
    "trận đấu. Vương Huy Khôi Ảnh: NVCC;Vương Huy Khôi;trận đấu.",
    "trận đấu. Ngát Ngọc Ảnh: Đ.K;Ngát Ngọc;trận đấu.",
    "trận đấu. Nguyễn Thủy Ảnh: CNN;Nguyễn Thủy;trận đấu.",
    // a byline after the closing credit that echoes it: the same name, its initials, its end
    "trận đấu. Ảnh: T.S Trường Sơn;Trường Sơn;NULL",
    "trận đấu. Ảnh: Quang Huy Quang Huy;Quang Huy;NULL",
    "trận đấu. Ảnh: Đình Văn ĐÌNH VĂN;ĐÌNH VĂN;NULL",
    "trận đấu. Ảnh: M.Q MINH QUÂN;MINH QUÂN;NULL",
    "trận đấu. Ảnh: VGP/Quang Hiếu Quang Hiếu;Quang Hiếu;NULL",
    // words after a credit that do not echo it are the credit
    "trận đấu. Ảnh: T.S Minh Anh;NULL;NULL",
    "trận đấu. Ảnh: Nguyễn Văn An;NULL;NULL",
    "trận đấu. Ảnh: Quang Huy Minh Huy;NULL;NULL",
    // a caption sentence before the closing credit names no author
    "trận đấu. Thủ môn Văn Lâm. Ảnh: Hữu Phạm;NULL;NULL",
    "trận đấu. Văn Lâm cản phá Ảnh: Hữu Phạm;NULL;NULL",
  })
  void closingGluedToTheText(String end, String author, String kept) {
    String last = BODY + " Các đội đã thi đấu quyết liệt suốt chín mươi phút trên sân vận động"
        + " trong trận đấu kết thúc " + end;
    Extraction e = run(TITLE, LEDE, last);
    assertThat(e.author()).as(end).isEqualTo(author);
    if (kept != null) {
      assertThat(e.paragraphs().get(e.paragraphs().size() - 1)).as(end).endsWith(kept);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // after the end mark, which PunctuationRule cuts first
    "./. Theo VNE|VNE",
    // after a hard break of the crawl, with no stop
    "'  Theo Trí Thức Trẻ'|Trí Thức Trẻ",
  })
  void sourceAfterAnEndMarkOrAHardBreak(String end, String outlet) {
    Extraction e = run(TITLE, LEDE, BODY.substring(0, BODY.length() - 1) + end);
    assertThat(e.sourceOutlet()).as(end).isEqualTo(outlet);
    assertThat(e.author()).as(end).isNull();
    assertThat(e.paragraphs()).as(end).hasSize(2);
    assertThat(e.paragraphs().get(1)).as(end).startsWith(BODY.substring(0, BODY.length() - 1))
        .doesNotContain("Theo");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    // a headline after the body is no byline
    "Xung đột Trung Đông|NULL",
    "VnExpress|NULL",
    "Zing.vn|NULL",
    "Thanh Niên|NULL",
  })
  void outletOrHeadlineLineIsNoAuthor(String line, String author) {
    Extraction e = run(TITLE, LEDE, BODY, line);
    assertThat(e.author()).as(line).isEqualTo(author);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    " ___ (Còn nữa)|___ (Còn nữa)",
    " (còn tiếp...)|(còn tiếp...)",
    " (Hết)|(Hết)",
  })
  void continuationNoteIsRemoved(String note, String removed) {
    Extraction e = run(TITLE, LEDE, BODY + note);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).extracting(RemovedLine::text).containsExactly(removed);
    assertThat(e.removed()).extracting(RemovedLine::rule).containsExactly("ContinuationRule");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    " Kỳ tới: Kim Tử Long muốn thoát “vòng vây”",
    " Kỳ sau: Quy trình kiểm tra “buồn tẻ” ở Gia Lai và Kon Tum.",
  })
  void nextPartAnnouncementIsRelated(String next) {
    Extraction e = run(TITLE, LEDE, BODY + next);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY);
    assertThat(e.removed()).extracting(RemovedLine::kind).containsExactly(RemovedKind.RELATED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "Bấm xem >> Đăng Đức|Đăng Đức|NULL",
    "Bấm xem ngay >> Q.D (Tổng hợp)|Q.D|NULL",
    "Bấm xem >> Theo VTV|NULL|VTV",
    "Bấm xem ngay >>|NULL|NULL",
  })
  void teaserBeforeACallToActionIsRelated(String call, String author, String outlet) {
    String teaser = "Real sắp loạn: Đòi tới MU, Morata gây sự với Zidane Morata đã gặp riêng chủ"
        + " tịch Perez để đề đạt nguyện vọng chuyển tới MU.";
    Extraction e = run(TITLE, LEDE, BODY + " " + teaser + " " + call);
    assertThat(e.paragraphs()).as(call).containsExactly(LEDE, BODY);
    assertThat(e.removed()).as(call).filteredOn(r -> r.kind() == RemovedKind.RELATED)
        .extracting(RemovedLine::text).containsExactly(teaser + " " + call.substring(0,
            call.indexOf(">>") + 2));
    assertThat(e.author()).as(call).isEqualTo(author);
    assertThat(e.sourceOutlet()).as(call).isEqualTo(outlet);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "Mọi phản ánh, ý kiến, thông tin nóng, bài vở cộng tác của độc giả có thể gửi cho chúng tôi"
        + " theo địa chỉ: Email: banbientap@i-com.vn Hotline: 0914926900|NULL",
    "Bạn đọc muốn gửi các câu hỏi thắc mắc về các vấn đề pháp luật, xin gửi về địa chỉ"
        + " banbandoc@vietnamnet.vn (Xin ghi rõ địa chỉ, số điện thoại để chúng tôi tiện liên hệ)"
        + " Ban Bạn đọc|NULL",
    "Mọi góp ý hay cộng tác viết bài vui lòng liên hệ theo địa chỉ: toasoan@phapluatplus.vn"
        + " Ngọc Nga|Ngọc Nga",
  })
  void readerCallOutIsFooter(String call, String author) {
    Extraction e = run(TITLE, LEDE, BODY + " " + call);
    assertThat(e.paragraphs()).as(call).containsExactly(LEDE, BODY);
    assertThat(e.removed()).as(call).filteredOn(r -> r.kind() == RemovedKind.FOOTER)
        .extracting(RemovedLine::rule).containsExactly("ReaderCallOutRule");
    assertThat(e.author()).as(call).isEqualTo(author);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    "PP, Theo Trí Thức Trẻ|PP",
    "Skye, Theo Thời Đại|Skye",
    "Lynk / Theo Trí Thức Trẻ|Lynk",
    "Duy An Theo Soompi|Duy An",
    // two sources, or a marker before Theo: no name
    "Theo New York Times Theo Tường Vy / Reatimes|NULL",
    "Chai Dô Nguồn Theo Top10|NULL",
  })
  void aSourceAfterTheNameIsNotTheAuthor(String byline, String author) {
    assertThat(BylineRule.author(byline)).as(byline).isEqualTo(author);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // an address inside the story, a company's contact block: text
    "Ông Nam cho biết đã gửi thư tới địa chỉ nam.nguyen@moit.gov.vn từ tháng trước.",
    "Công ty có trụ sở tại Hà Nội, liên lạc qua Email: sieuthi247@gmail.com Website: www.tatiomax.vn",
  })
  void addressInTheStoryStays(String sentence) {
    Extraction e = run(TITLE, LEDE, BODY + " " + sentence);
    assertThat(e.removed()).extracting(RemovedLine::rule).doesNotContain("ReaderCallOutRule");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // no sentence end before the call, or a long text after it: no teaser
    "Xem video dưới đây Bấm xem >> Đăng Đức",
    "Bấm xem >> để biết thêm về giải đấu năm nay và các đội tuyển tham dự vòng chung kết.",
  })
  void callWithoutATeaserShapeStays(String end) {
    Extraction e = run(TITLE, LEDE, BODY + " " + end);
    assertThat(e.removed()).extracting(RemovedLine::rule).doesNotContain("CallOutRule");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // attribution inside the last sentence, continuation words in running text
    "Giá dầu tăng 5% trong tuần, theo Reuters.",
    "Theo Báo cáo hội nghị, năm 2023 các tỉnh ủy đã hoàn thành nhiều chỉ tiêu.",
    "Công việc còn tiếp tục trong những tháng tới (hết năm 2024).",
  })
  void sentencesStayBody(String sentence) {
    Extraction e = run(TITLE, LEDE, BODY + " " + sentence);
    assertThat(e.paragraphs()).containsExactly(LEDE, BODY + " " + sentence);
    assertThat(e.author()).isNull();
    assertThat(e.sourceOutlet()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Lê Minh|Lê Minh",
    "Trường Sơn|Trường Sơn",
  })
  void bylineAfterAGalleryWithoutStops(String name, String author) {
    Extraction e = run(TITLE, LEDE, BODY + GALLERY + " " + name);
    assertThat(e.author()).isEqualTo(author);
  }
}
