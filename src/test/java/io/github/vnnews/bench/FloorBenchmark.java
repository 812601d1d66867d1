package io.github.vnnews.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The physical floor of an ingest: read the same bytes (gzip undone), decode them, and write the
 * same number of JSON Lines records holding all that text with Jackson, with no processing at all.
 * {@code bench/e2e.sh} runs it next to vnnews on the same corpus and reports the ratio.
 *
 * <p>The text is cut into {@code --records} records of about equal size, at line ends (so that no
 * UTF-8 sequence is split); each record is {@code {"text":"..."}}.
 *
 * <pre>
 * usage: FloorBenchmark --records N --text-bytes BYTES -o OUT PATH...
 * </pre>
 */
public final class FloorBenchmark {
  private FloorBenchmark() {}

  /**
   * Runs the floor.
   *
   * @param args the command line
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    long records = 0;
    long textBytes = 0;
    Path out = null;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--records" -> records = Long.parseLong(args[++i]);
        case "--text-bytes" -> textBytes = Long.parseLong(args[++i]);
        case "-o" -> out = Path.of(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (records <= 0 || textBytes <= 0 || out == null || inputs.isEmpty()) {
      System.err.println("usage: FloorBenchmark --records N --text-bytes BYTES -o OUT PATH...");
      System.exit(2);
    }
    long started = System.nanoTime();
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    long perRecord = Math.max(1, textBytes / records);
    long written = 0;
    long bytes = 0;
    JsonFactory factory = JsonFactory.builder().rootValueSeparator((String) null).build();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), os)) {
      byte[] buf = new byte[1 << 16];
      byte[] rec = new byte[(int) Math.min(Integer.MAX_VALUE - 16, perRecord * 2 + (1 << 16))];
      for (Path f : files) {
        try (InputStream in = open(f)) {
          int len = 0;
          int n;
          while ((n = in.read(buf)) > 0) {
            bytes += n;
            int from = 0;
            for (int i = 0; i < n; i++) {
              if (buf[i] == '\n' && len + (i - from) >= perRecord) {
                System.arraycopy(buf, from, rec, len, i - from);
                len += i - from;
                written += write(g, rec, len);
                len = 0;
                from = i + 1;
              }
            }
            if (len + (n - from) > rec.length) {
              rec = java.util.Arrays.copyOf(rec, (len + n - from) * 2);
            }
            System.arraycopy(buf, from, rec, len, n - from);
            len += n - from;
          }
          if (len > 0) {
            written += write(g, rec, len);
          }
        }
      }
    }
    double secs = (System.nanoTime() - started) / 1e9;
    System.err.printf(Locale.ROOT, "floor: %d records, %d bytes read, %.2f s, %.1f MB/s%n",
        written, bytes, secs, bytes / 1e6 / secs);
  }

  private static int write(JsonGenerator g, byte[] rec, int len) {
    g.writeStartObject();
    g.writeStringProperty("text", new String(rec, 0, len, StandardCharsets.UTF_8));
    g.writeEndObject();
    g.writeRaw('\n');
    return 1;
  }

  private static InputStream open(Path f) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
