package io.github.vnnews.bench;

import io.github.vnnews.WarcFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Generates a crawl of Vietnamese news as {@code .warc.gz} files (one gzip member per record, as
 * crawlers write): the dev corpus's HTML pages and the seeds (as {@code text/plain}) as HTTP
 * responses with varied headers (with and without a charset, XHTML, gzip {@code
 * Content-Encoding}, chunked transfer), each after its request, among the other records a crawl
 * holds: metadata, revisits, redirects, 404s, images and PDFs.
 *
 * <pre>
 * bench/warc-generate --size 1g --files 4 --out /tmp/crawl
 * </pre>
 *
 * <p>Deterministic: the same arguments give the same bytes. Prints what it wrote, by kind, which is
 * what an ingest must report as articles and skipped records.
 */
public final class WarcCorpusGenerator {
  /** What each generated record should become. */
  enum Kind { ARTICLE, REQUEST, METADATA, REVISIT, REDIRECT, HTTP_ERROR, NOT_HTML, WARCINFO }

  private final List<byte[]> pages = new ArrayList<>();
  private final List<String> pageNames = new ArrayList<>();
  private final List<byte[]> seeds = new ArrayList<>();
  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
  private long n = 1;
  private long slot;
  private long written;

  private WarcCorpusGenerator(Path shared, Path seedDir) throws IOException {
    for (Path p : WarcFixtures.devPages()) {
      pages.add(Files.readAllBytes(p));
      pageNames.add(p.getFileName().toString().replace(".html", ""));
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no dev pages under " + shared + "/corpus/dev");
    }
    try (Stream<Path> s = Files.list(seedDir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readAllBytes(p));
      }
    }
  }

  /**
   * Generates the crawl.
   *
   * @param args {@code --size 1g --files N --out DIR}
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long size = 1L << 30;
    int files = 1;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = parseSize(args[++i]);
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    Path shared = Path.of(System.getProperty("vnnews.shared", "../shared"));
    Files.createDirectories(out);
    long started = System.nanoTime();
    // one generator per file, numbered apart (ids and addresses stay unique), on every core
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    long total = 0;
    long perFile = size / files;
    Path target = out;
    List<java.util.concurrent.Future<WarcCorpusGenerator>> done = new ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      for (int f = 0; f < files; f++) {
        int file = f;
        done.add(pool.submit(() -> {
          WarcCorpusGenerator g = new WarcCorpusGenerator(shared, Path.of("seeds"));
          g.slot = file * 10_000_000L;
          g.n = file * 100_000_000L + 1;
          g.written = g.writeFile(target.resolve(String.format(Locale.ROOT, "crawl-%05d.warc.gz", file)), perFile);
          return g;
        }));
      }
      for (java.util.concurrent.Future<WarcCorpusGenerator> f : done) {
        WarcCorpusGenerator g = f.get();
        total += g.written;
        g.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
      }
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IOException("generation failed", e);
    } finally {
      pool.shutdown();
    }
    System.out.printf(Locale.ROOT, "wrote %d files, %d bytes, %d records in %.1f s%n", files, total,
        counts.values().stream().mapToLong(Long::longValue).sum(), (System.nanoTime() - started) / 1e9);
    System.out.println("expected: " + counts);
  }

  private static long parseSize(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
    return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
  }

  /**
   * Writes one file: each record serialised by jwarc, then gzipped as its own member (as jwarc's
   * {@code WarcCompression.GZIP} does), at the fastest level so that a gigabyte takes minutes.
   */
  private long writeFile(Path file, long target) throws IOException {
    long written = 0;
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      written += member(os, WarcFixtures.warcinfo(file.getFileName().toString()));
      counts.merge(Kind.WARCINFO, 1L, Long::sum);
      while (written < target) {
        for (WarcRecord r : nextSlot()) {
          written += member(os, r);
        }
      }
    }
    return written;
  }

  private final ByteArrayOutputStream record = new ByteArrayOutputStream(1 << 20);
  private final ByteArrayOutputStream member = new ByteArrayOutputStream(1 << 18);

  /** Writes a record as one gzip member; returns the member's size. */
  private long member(OutputStream os, WarcRecord r) throws IOException {
    record.reset();
    WarcWriter w = new WarcWriter(Channels.newChannel(record), WarcCompression.NONE);
    w.write(r);
    member.reset();
    try (GZIPOutputStream z = new GZIPOutputStream(member, 1 << 16) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_SPEED);
      }
    }) {
      record.writeTo(z);
    }
    member.writeTo(os);
    return member.size();
  }

  /** The records of one crawl step: a page (or seed) with its request, and now and then others. */
  private List<WarcRecord> nextSlot() throws IOException {
    long i = slot++;
    List<WarcRecord> out = new ArrayList<>();
    String site = i % 3 == 0 ? "tin" : i % 3 == 1 ? "bao" : "news";
    if (i % 5 == 4) {
      byte[] seed = seeds.get((int) (i / 5 % seeds.size()));
      String url = "https://" + site + ".example.vn/van-ban/" + i + ".txt";
      add(out, WarcFixtures.request(url, n++), Kind.REQUEST);
      add(out, WarcFixtures.response(url, n++, 200, i % 2 == 0 ? "text/plain; charset=utf-8" : "text/plain", seed),
          Kind.ARTICLE);
    } else {
      int p = (int) (i % pages.size());
      String url = "https://" + site + ".example.vn/" + pageNames.get(p) + "-" + i + ".html";
      add(out, WarcFixtures.request(url, n++), Kind.REQUEST);
      add(out, page(url, pages.get(p), (int) (i % 6)), Kind.ARTICLE);
    }
    if (i % 7 == 0) {
      add(out, WarcFixtures.metadata("https://" + site + ".example.vn/" + i, n++), Kind.METADATA);
    }
    if (i % 10 == 3) {
      String url = "https://" + site + ".example.vn/cu/" + i;
      add(out, WarcFixtures.request(url, n++), Kind.REQUEST);
      add(out, WarcFixtures.response(url, n++, i % 20 == 3 ? 301 : 302, "text/html",
          "<html><body>Moved</body></html>".getBytes(StandardCharsets.US_ASCII),
          "Location", "https://" + site + ".example.vn/moi/" + i), Kind.REDIRECT);
    }
    if (i % 13 == 5) {
      add(out, WarcFixtures.response("https://" + site + ".example.vn/mat/" + i, n++, 404, "text/html; charset=utf-8",
          "<html><body><h1>Không tìm thấy trang</h1></body></html>".getBytes(StandardCharsets.UTF_8)), Kind.HTTP_ERROR);
    }
    if (i % 17 == 6) {
      add(out, WarcFixtures.response("https://img." + site + ".example.vn/" + i + ".jpg", n++, 200, "image/jpeg",
          jpeg(i)), Kind.NOT_HTML);
    }
    if (i % 19 == 7) {
      add(out, WarcFixtures.response("https://" + site + ".example.vn/tep/" + i + ".pdf", n++, 200, "application/pdf",
          ("%PDF-1.4\n% " + i + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)),
          Kind.NOT_HTML);
    }
    if (i % 23 == 8) {
      add(out, WarcFixtures.revisit("https://" + site + ".example.vn/" + pageNames.get(0) + "-" + i + ".html", n++),
          Kind.REVISIT);
    }
    return out;
  }

  private void add(List<WarcRecord> out, WarcRecord r, Kind kind) {
    out.add(r);
    counts.merge(kind, 1L, Long::sum);
  }

  /** A page response with one of six header styles. */
  private WarcRecord page(String url, byte[] html, int style) throws IOException {
    return switch (style) {
      case 0 -> WarcFixtures.response(url, n++, 200, "text/html; charset=utf-8", html, "Cache-Control", "max-age=60");
      case 1 -> WarcFixtures.response(url, n++, 200, "text/html", html, "X-Cache", "HIT");
      case 2 -> WarcFixtures.response(url, n++, 200, "text/html; charset=UTF-8", gzip(html), "Content-Encoding", "gzip",
          "Vary", "Accept-Encoding");
      case 3 -> WarcFixtures.response(url, n++, 200, "application/xhtml+xml; charset=utf-8", html);
      case 4 -> WarcFixtures.response(url, n++, 200, "text/html; charset=utf-8", chunked(html), "Transfer-Encoding", "chunked");
      default -> WarcFixtures.response(url, n++, 200, "text/html;charset=utf-8", html, "Set-Cookie", "s=" + n + "; Path=/");
    };
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 4);
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  /** HTTP/1.1 chunked transfer coding of a body, in 8 KiB chunks. */
  private static byte[] chunked(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 256);
    for (int at = 0; at < b.length; at += 8192) {
      int len = Math.min(8192, b.length - at);
      out.writeBytes((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(b, at, len);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A few kilobytes that start like a JPEG. */
  private static byte[] jpeg(long i) {
    byte[] b = new byte[4096];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    for (int k = 2; k < b.length; k++) {
      b[k] = (byte) (i * 31 + k * 7);
    }
    return b;
  }
}
