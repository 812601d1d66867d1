package io.github.vnnews.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.Options;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real browser: headless Chromium (Debian's {@code chromium}; the test is
 * skipped where there is none) lays out the page of the seeds' report, every chart has visible
 * bars (the page's own check, read from the DOM Chromium dumps after running it), and a
 * screenshot has the bars' colour over a real area. The same checks on a copy of the page whose
 * bars are hidden fail, so they can fail.
 */
class ReportPageBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  @TempDir static Path tmp;
  private static Path page;
  private static int charts;

  @BeforeAll
  static void page() throws IOException {
    CorpusReport r = new CorpusReport();
    try (Corpus c = Corpus.read(List.of(Path.of("seeds")), Options.defaults())) {
      for (Article a : c) {
        r.add(a);
      }
    }
    page = tmp.resolve("report.html");
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      ReportHtml.write(r.summary(), "seeds", w);
    }
    charts = (int) Pattern.compile("<svg class=\"chart\"").matcher(Files.readString(page)).results().count();
  }

  @Test
  void everyChartIsDrawn() throws Exception {
    assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "no chromium here");
    assertThat(charts).as("15 signals and the removed kinds (the seeds have no clusters)").isEqualTo(16);
    String dom = chromium("--dump-dom", page.toUri().toString());
    assertThat(attribute(dom, "data-charts")).isEqualTo(Integer.toString(charts));
    assertThat(attribute(dom, "data-charts-drawn")).isEqualTo(Integer.toString(charts));
    assertThat(attribute(dom, "data-charts-empty")).isEmpty();
    assertThat(barPixels(page)).as("pixels of the bars' colour").isGreaterThan(5_000);
  }

  @Test
  void hiddenBarsAreSeen() throws Exception {
    assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), "no chromium here");
    Path hidden = tmp.resolve("hidden.html");
    Files.writeString(hidden, Files.readString(page).replace("</style>", "rect.bar{display:none}</style>"));
    String dom = chromium("--dump-dom", hidden.toUri().toString());
    assertThat(attribute(dom, "data-charts-drawn")).isEqualTo("0");
    assertThat(attribute(dom, "data-charts-empty").split(" ")).hasSize(charts);
    assertThat(barPixels(hidden)).isZero();
  }

  private static int barPixels(Path html) throws Exception {
    Path png = tmp.resolve(html.getFileName() + ".png");
    chromium("--screenshot=" + png, "--window-size=1200,2600", html.toUri().toString());
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).as("a screenshot was written").isNotNull();
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (near((rgb >> 16) & 0xff, 0x33) && near((rgb >> 8) & 0xff, 0x66) && near(rgb & 0xff, 0xaa)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean near(int a, int b) {
    return Math.abs(a - b) <= 6;
  }

  private static String chromium(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(List.of(args));
    File log = tmp.resolve("chromium.log").toFile();
    Process p = new ProcessBuilder(cmd).redirectError(log).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium: %s", Files.readString(log.toPath())).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]*\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("%s on body in %s", name, dom.length() > 300 ? dom.substring(0, 300) : dom).isTrue();
    return m.group(1);
  }
}
