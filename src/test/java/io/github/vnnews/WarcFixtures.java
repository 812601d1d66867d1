package io.github.vnnews;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives for tests and benchmarks, written with jwarc: the records a crawler writes (a
 * warcinfo, request/response pairs, metadata, revisits) around pages given as bytes.
 */
public final class WarcFixtures {
  /** A fixed capture time, so that fixtures are the same on every run. */
  public static final Instant DATE = Instant.parse("2026-03-01T02:51:00Z");

  private WarcFixtures() {}

  /**
   * The HTML pages of the shared dev corpus ({@code ../shared/corpus/dev/*.html}), sorted.
   *
   * @return the pages; empty when the shared folder is missing
   * @throws IOException when the folder cannot be listed
   */
  public static List<Path> devPages() throws IOException {
    Path dev = Path.of(System.getProperty("vnnews.shared", "../shared"), "corpus", "dev");
    if (!Files.isDirectory(dev)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dev)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  /**
   * A deterministic record id.
   *
   * @param n a number
   * @return {@code urn:uuid:…}
   */
  public static URI id(long n) {
    return URI.create("urn:uuid:" + new UUID(0x766e6e657773L, n));
  }

  /**
   * The warcinfo record a crawler writes first.
   *
   * @param filename the archive's name
   * @return the record
   * @throws IOException never (jwarc's signature)
   */
  public static Warcinfo warcinfo(String filename) throws IOException {
    return new Warcinfo.Builder()
        .filename(filename)
        .recordId(id(0))
        .date(DATE)
        .fields(Map.of("software", List.of("vnnews WarcFixtures"), "format", List.of("WARC File Format 1.1")))
        .build();
  }

  /**
   * A GET request.
   *
   * @param url the address
   * @param n a number for the record id
   * @return the record
   * @throws IOException never (jwarc's signature)
   */
  public static WarcRequest request(String url, long n) throws IOException {
    URI u = URI.create(url);
    HttpRequest http = new HttpRequest.Builder("GET", u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
        .addHeader("Host", u.getHost())
        .addHeader("User-Agent", "vnnews-test/1.0")
        .addHeader("Accept-Encoding", "gzip")
        .build();
    return new WarcRequest.Builder(url).recordId(id(n)).date(DATE).body(http).build();
  }

  /**
   * An HTTP response record.
   *
   * @param url the address
   * @param n a number for the record id
   * @param status the HTTP status
   * @param contentType the payload's {@code Content-Type}, or null for none
   * @param payload the payload as sent (already encoded when {@code headers} names a
   *     Content-Encoding)
   * @param headers more HTTP headers, name and value in turn
   * @return the record
   * @throws IOException never (jwarc's signature)
   */
  public static WarcResponse response(
      String url, long n, int status, String contentType, byte[] payload, String... headers) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, reason(status));
    http.addHeader("Date", "Sun, 01 Mar 2026 02:51:00 GMT");
    http.addHeader("Server", "nginx");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    http.body(contentType == null ? null : MediaType.parse(contentType), payload);
    return new WarcResponse.Builder(url)
        .recordId(id(n))
        .date(DATE.plusSeconds(n))
        .concurrentTo(id(n - 1))
        .body(http.build())
        .build();
  }

  /**
   * A resource record (a page stored without HTTP headers).
   *
   * @param url the address
   * @param n a number for the record id
   * @param contentType the media type
   * @param payload the bytes
   * @return the record
   */
  public static WarcResource resource(String url, long n, String contentType, byte[] payload) {
    return new WarcResource.Builder(URI.create(url))
        .recordId(id(n))
        .date(DATE.plusSeconds(n))
        .body(MediaType.parse(contentType), payload)
        .build();
  }

  /**
   * A metadata record about a capture (outlinks, as Heritrix writes).
   *
   * @param url the address it describes
   * @param n a number for the record id
   * @return the record
   */
  public static WarcMetadata metadata(String url, long n) {
    return new WarcMetadata.Builder()
        .recordId(id(n))
        .date(DATE.plusSeconds(n))
        .setHeader("WARC-Target-URI", url)
        .body(MediaType.WARC_FIELDS, ("outlink: " + url + "#top L a/@href\r\n").getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /**
   * A revisit record (identical payload seen before).
   *
   * @param url the address
   * @param n a number for the record id
   * @return the record
   */
  public static WarcRevisit revisit(String url, long n) {
    return new WarcRevisit.Builder(URI.create(url),
            URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
        .recordId(id(n))
        .date(DATE.plusSeconds(n))
        .build();
  }

  /**
   * Writes records to a file.
   *
   * @param out the file
   * @param compression {@code GZIP} for one gzip member per record ({@code .warc.gz}), or {@code NONE}
   * @param records the records
   * @return the byte offset of each record in the file, in order
   * @throws IOException when the file cannot be written
   */
  public static List<Long> write(Path out, WarcCompression compression, List<? extends WarcRecord> records)
      throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (OutputStream os = Files.newOutputStream(out);
        WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os), compression)) {
      for (WarcRecord r : records) {
        offsets.add(w.position());
        w.write(r);
      }
    }
    return offsets;
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      default -> "Status";
    };
  }
}
