package io.github.vnnews.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetSnifferTest {
  private static String sniff(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return HtmlCharsetSniffer.sniff(b, b.length);
  }

  @Test
  void byteOrderMarks() {
    byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertThat(HtmlCharsetSniffer.sniff(utf8, utf8.length)).isEqualTo("UTF-8");
    byte[] le = {(byte) 0xFF, (byte) 0xFE, '<', 0};
    assertThat(HtmlCharsetSniffer.sniff(le, le.length)).isEqualTo("UTF-16LE");
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, '<'};
    assertThat(HtmlCharsetSniffer.sniff(be, be.length)).isEqualTo("UTF-16BE");
  }

  @Test
  void metaCharset() {
    assertThat(sniff("<html><head><meta charset=\"windows-1258\"><title>x</title>"))
        .isEqualTo("windows-1258");
    assertThat(sniff("<META CHARSET=utf-8>")).isEqualTo("utf-8");
  }

  @Test
  void metaHttpEquiv() {
    assertThat(sniff("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"))
        .isEqualTo("UTF-8");
    assertThat(sniff("<meta content='text/html;charset=windows-1258' http-equiv='content-type'>"))
        .isEqualTo("windows-1258");
  }

  @Test
  void otherHttpEquivIsIgnored() {
    assertThat(sniff("<meta http-equiv=\"refresh\" content=\"5; charset=koi8-r\">")).isNull();
  }

  @Test
  void nothingDeclared() {
    assertThat(sniff("<html><head><title>Tin tức</title></head>")).isNull();
    assertThat(HtmlCharsetSniffer.sniff(new byte[0], 0)).isNull();
  }

  @Test
  void onlyTheGivenLengthAndTheFirstBytesCount() {
    String page = "<html><head><title>x</title><meta charset=\"utf-8\">";
    byte[] b = page.getBytes(StandardCharsets.US_ASCII);
    assertThat(HtmlCharsetSniffer.sniff(b, 20)).isNull();
    String late = " ".repeat(HtmlCharsetSniffer.SNIFF_LIMIT) + "<meta charset=\"utf-8\">";
    assertThat(sniff(late)).isNull();
  }
}
