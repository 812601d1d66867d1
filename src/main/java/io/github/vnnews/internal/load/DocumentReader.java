package io.github.vnnews.internal.load;

import io.github.vnnews.IngestError;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.ToneStyle;
import io.github.vnnews.internal.text.EncodingDetector;
import io.github.vnnews.internal.text.TextRepair;
import io.github.vnnews.internal.text.VietnameseCharsets;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads the articles of one input (a file or a stream) one at a time, in constant memory: gzip is
 * undone, the encoding detected, the text split on delimiter lines and repaired.
 *
 * <p>What cannot be read is reported to the error callback with the file, line and byte offset,
 * and skipped: an invalid byte or an overlong line costs the article it stands in, not the file;
 * binary content or an empty file costs the file. Article indexes count every non-blank record,
 * skipped ones included, so they stay stable.
 *
 * <p>{@link #next()} repairs each article as it reads it; {@link #nextRecord()} leaves the repair
 * to the caller ({@link RawRecord#toDocument()}), which may run it on another thread.
 *
 * <p>Not thread-safe; close it when done (closing closes the stream).
 */
public final class DocumentReader implements Iterator<RawDocument>, RecordReader {
  /** Marks a record that was empty or rejected in the record loop. */
  private static final RawRecord NONE =
      new RawRecord("", 0, "text", "utf-8", TextRepair.of(ToneStyle.KEEP),
          List.of(new SourceLine(1, "")), null);

  private static final int SAMPLE = 1 << 16;
  /** The first size of a plain input's sample (it grows to {@link #SAMPLE} as needed). */
  private static final int FIRST_SAMPLE = 1 << 13;
  private static final int BINARY_SNIFF = 8192;

  /** Finds the charset an HTML page declares in its first bytes; null when none is declared. */
  @FunctionalInterface
  public interface CharsetSniffer {
    /**
     * The declared charset name, or null.
     *
     * @param bytes the first bytes of the page
     * @param length how many of them to look at
     * @return the charset name, or null
     */
    String sniff(byte[] bytes, int length);
  }

  private final String path;
  /** The path errors name (the file as typed); {@link #path} is the source path of the records. */
  private final String errorPath;
  private final LoaderConfig config;
  private final Consumer<IngestError> errors;
  private final DelimiterMatcher delimiters;
  private final TextRepair repair;
  private final InputStream raw;
  private LineReader reader;
  /**
   * The bytes of the current record's lines, each followed by {@code \n}: for UTF-8 text (its id
   * is hashed from them) and, when the encoding is detected, to read a record again in the
   * encoding it turns out to have; null otherwise.
   */
  private byte[] recordBytes;
  private int recordLength;
  /** Where each line of the current record ends in {@link #recordBytes} (after its {@code \n}). */
  private int[] lineEnds = new int[64];
  /** The number of each line whose bytes are kept. */
  private int[] lineNumbers = new int[64];
  /** How many lines' bytes are kept. */
  private int keptLines;
  private String encoding;
  /** The charset the file is decoded with. */
  private Charset charset;
  /** Whether each record's encoding is checked against its bytes (auto-detected encoding). */
  private boolean perRecord;
  /** Whether the file is UTF-8 text (its records' bytes are their ids' input). */
  private boolean utf8Text;
  private boolean html;
  private boolean done;
  private RawRecord next;
  private int index;
  private boolean rejectedAny;
  /** For a web-archive payload: one document, never split; else false. */
  private final boolean single;
  /** For a web-archive payload: HTML by its media type (null: decide by name and content). */
  private final Boolean htmlByType;
  /** The charset the HTTP {@code Content-Type} names, or null. */
  private final String declaredCharset;

  private DocumentReader(
      String path, InputStream in, LoaderConfig config, CharsetSniffer sniffer,
      Consumer<IngestError> errors) {
    this(path, in, config, sniffer, errors, false, null, null, null);
  }

  private DocumentReader(
      String path, InputStream in, LoaderConfig config, CharsetSniffer sniffer,
      Consumer<IngestError> errors, boolean single, Boolean htmlByType, String declaredCharset,
      String errorPath) {
    this.errorPath = errorPath;
    this.single = single;
    this.htmlByType = htmlByType;
    this.declaredCharset = declaredCharset;
    this.path = Objects.requireNonNull(path, "path");
    this.config = Objects.requireNonNull(config, "config");
    this.errors = Objects.requireNonNull(errors, "errors");
    this.delimiters = DelimiterMatcher.of(config);
    this.repair = TextRepair.of(config.toneStyle());
    this.raw = in;
    try {
      open(in, sniffer);
    } catch (IOException e) {
      rejectReadFailure(e);
    }
  }

  /**
   * Opens an input.
   *
   * @param path the path to report in provenance and errors ({@code "-"} for standard input)
   * @param in the bytes; the reader closes it
   * @param config loader options
   * @param sniffer finds the charset an HTML page declares (may always answer null)
   * @param errors receives every rejection
   * @return the reader
   */
  public static DocumentReader open(
      String path, InputStream in, LoaderConfig config, CharsetSniffer sniffer,
      Consumer<IngestError> errors) {
    return new DocumentReader(path, in, config, sniffer, errors);
  }

  /**
   * Opens an input whose records and errors name it differently: records carry its source path
   * (relative to the input root: what ids hash), errors the path as typed.
   *
   * @param sourcePath the path written to the records' provenance
   * @param errorPath the path errors name
   * @param in the bytes; the reader closes it
   * @param config loader options
   * @param sniffer finds the charset an HTML page declares (may always answer null)
   * @param errors receives every rejection
   * @return the reader
   */
  public static DocumentReader open(
      String sourcePath, String errorPath, InputStream in, LoaderConfig config, CharsetSniffer sniffer,
      Consumer<IngestError> errors) {
    return new DocumentReader(sourcePath, in, config, sniffer, errors, false, null, null, errorPath);
  }

  /**
   * Opens the payload of one web-archive record: one document, never split on delimiters, HTML or
   * plain text as its media type says, decoded with the charset the HTTP header names when it is
   * one of ours (before the page's own declaration and detection).
   *
   * @param path the archive's path, for provenance and errors
   * @param in the payload; the reader closes it
   * @param config loader options
   * @param html whether the media type is HTML
   * @param declaredCharset the HTTP {@code Content-Type} charset, or null
   * @param sniffer finds the charset an HTML page declares
   * @param errors receives every rejection
   * @return the reader
   */
  static DocumentReader openPayload(
      String path, InputStream in, LoaderConfig config, boolean html, String declaredCharset,
      CharsetSniffer sniffer, Consumer<IngestError> errors) {
    return new DocumentReader(path, in, config, sniffer, errors, true, html, declaredCharset, null);
  }

  private void open(InputStream in, CharsetSniffer sniffer) throws IOException {
    // a stream buffered by RecordReaders is not buffered again (a small file then costs no
    // buffer of SAMPLE bytes; a web-archive payload comes in its own stream)
    BufferedInputStream bin = in instanceof BufferedInputStream b && !single ? b : new BufferedInputStream(in, SAMPLE);
    bin.mark(4);
    int b0 = bin.read();
    int b1 = bin.read();
    bin.reset();
    InputStream source = bin;
    String name = path.toLowerCase(Locale.ROOT);
    if (b0 == 0x1f && b1 == 0x8b) {
      source = new LimitedInputStream(new GzipMembers(bin), config.maxDecompressedBytes());
      if (name.endsWith(".gz")) {
        name = name.substring(0, name.length() - 3);
      }
    }
    // the sample is read straight from the source, so that bytes read before a failure (a
    // truncated or oversized gzip stream, a failing disk) are kept: the articles before the
    // failure come out, then the failure is reported where it happened
    // a plain input's sample grows as it is read, so that a small file costs no SAMPLE bytes; a
    // gzip stream is read in one request as before (where a corrupt stream fails depends on it)
    boolean gzip = source != bin;
    byte[] sample = new byte[gzip ? SAMPLE : FIRST_SAMPLE];
    int n = 0;
    IOException failure = null;
    try {
      while (n < SAMPLE) {
        if (n == sample.length) {
          sample = Arrays.copyOf(sample, Math.min(SAMPLE, sample.length * 4));
        }
        int r = source.read(sample, n, sample.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      if (n == 0) {
        throw e;
      }
      failure = e;
    }
    InputStream rest = failure == null ? source : new FailingInputStream(failure, source);
    InputStream body = new SequenceInputStream(new ByteArrayInputStream(sample, 0, n), rest);
    if (n <= 0) {
      reject(IngestError.Kind.EMPTY, -1, -1, "empty file (no bytes)");
      return;
    }
    int skip = 0;
    if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (n >= 2
        && (((sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)
            || ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE))) {
      reject(IngestError.Kind.UNSUPPORTED, 1, 0, "UTF-16 text is not supported (byte order mark at offset 0); convert it to UTF-8");
      return;
    }
    for (int i = 0; i < Math.min(n, BINARY_SNIFF); i++) {
      if (sample[i] == 0) {
        reject(IngestError.Kind.BINARY, -1, i, "binary content (NUL byte at byte offset " + i + ")");
        return;
      }
    }
    html = htmlByType != null ? htmlByType
        : name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
            || looksLikeHtml(sample, skip, n);
    Charset charset = chooseCharset(sample, skip, n, n == SAMPLE, sniffer);
    if (charset == null) {
      return;
    }
    if (skip > 0) {
      long skipped = body.skip(skip);
      assert skipped == skip;
    }
    // the sample ends before SAMPLE bytes only at the end of the input (or a failure): then the
    // line reader needs a buffer no larger than the sample
    reader = new LineReader(body, charset, config.maxLineBytes(), skip, n < SAMPLE ? n + 1 : SAMPLE);
    this.charset = charset;
    // a BOM or the --encoding option settle the encoding; a detected or declared one is checked
    // record by record (files that mix encodings, pages whose charset declaration is wrong)
    perRecord = skip == 0 && config.encoding().equalsIgnoreCase("auto");
    utf8Text = !html && charset.equals(StandardCharsets.UTF_8);
    if (utf8Text || perRecord) {
      recordBytes = new byte[1 << 13];
    }
  }

  private Charset chooseCharset(byte[] sample, int skip, int n, boolean truncated, CharsetSniffer sniffer) {
    String wanted = config.encoding().toLowerCase(Locale.ROOT);
    if (!wanted.equals("auto")) {
      Charset cs = VietnameseCharsets.forName(wanted);
      if (cs == null) {
        reject(IngestError.Kind.UNSUPPORTED, -1, -1, "unknown encoding '" + config.encoding() + "'");
        return null;
      }
      encoding = wanted;
      return cs;
    }
    if (skip == 3) {
      encoding = "utf-8";
      return StandardCharsets.UTF_8;
    }
    if (declaredCharset != null) {
      Charset cs = VietnameseCharsets.forName(declaredCharset);
      if (cs != null) {
        encoding = cs.equals(StandardCharsets.UTF_8) ? "utf-8" : declaredCharset.toLowerCase(Locale.ROOT);
        return cs;
      }
    }
    if (html && sniffer != null) {
      String declared = sniffer.sniff(sample, n);
      if (declared != null) {
        Charset cs = VietnameseCharsets.forName(declared.toLowerCase(Locale.ROOT));
        if (cs != null) {
          encoding = cs.equals(StandardCharsets.UTF_8) ? "utf-8" : declared.toLowerCase(Locale.ROOT);
          return cs;
        }
      }
    }
    EncodingDetector.Detected d = EncodingDetector.detect(sample, n, truncated);
    if (d == null) {
      encoding = "utf-8";
      return StandardCharsets.UTF_8; // strict decoding reports the first bad byte
    }
    encoding = d.name();
    return d.charset();
  }

  private static boolean looksLikeHtml(byte[] b, int from, int n) {
    int i = from;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    int len = Math.min(n - i, 15);
    String head = new String(b, i, Math.max(len, 0), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** A stream that fails with a given exception: the rest of an input whose reading failed. */
  private static final class FailingInputStream extends InputStream {
    private final IOException failure;
    private final InputStream source;

    FailingInputStream(IOException failure, InputStream source) {
      this.failure = failure;
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  /**
   * The encoding the input is decoded with, once known.
   *
   * @return the name, or null when the input was rejected before decoding
   */
  public String encoding() {
    return encoding;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public RawDocument next() {
    return nextRecord().toDocument();
  }

  /**
   * The next article's lines before text repair; {@link RawRecord#toDocument()} (on any thread)
   * gives what {@link #next()} would have.
   *
   * @return the record
   * @throws NoSuchElementException at the end
   */
  public RawRecord nextRecord() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }

  private RawRecord readNext() {
    if (reader == null) {
      return null;
    }
    try {
      while (true) {
        RawRecord d = readRecord();
        if (d != NONE) {
          return d;
        }
      }
    } catch (IOException e) {
      rejectReadFailure(e);
      closeQuietly();
      return null;
    }
  }

  /**
   * Reports a failure to read the input (the gzip limit, corrupt gzip data, an I/O error) at the
   * byte offset where reading stopped.
   */
  private void rejectReadFailure(IOException e) {
    String rest = reader == null ? "file skipped" : "rest of file skipped";
    if (e instanceof LimitedInputStream.LimitExceeded le) {
      reject(IngestError.Kind.COMPRESSION, -1, le.limit(),
          "gzip input expands beyond the limit of " + le.limit() + " bytes (--max-decompressed-size); " + rest);
    } else if (e instanceof GzipMembers.GzipException ge) {
      reject(IngestError.Kind.COMPRESSION, -1, ge.decompressedOffset(), ge.getMessage() + "; " + rest);
    } else if (e instanceof ZipException || e instanceof EOFException) {
      reject(IngestError.Kind.COMPRESSION, -1, position(), "corrupt or truncated gzip data: " + e.getMessage() + "; " + rest);
    } else {
      reject(IngestError.Kind.UNREADABLE, -1, position(), "read failed: " + e.getMessage() + "; " + rest);
    }
  }

  /** How many (decompressed) bytes were read before a failure. */
  private long position() {
    return reader == null ? 0 : reader.position();
  }

  /**
   * Reads lines up to the next delimiter (or the end) and makes a document of them.
   *
   * @return a record, null at the end, or {@link #NONE} when the record was empty or
   *     rejected
   */
  private RawRecord readRecord() throws IOException {
    List<SourceLine> lines = new ArrayList<>();
    recordLength = 0;
    keptLines = 0;
    // the record is not valid UTF-8: its bytes are kept to read it in another encoding
    boolean redetect = false;
    long chars = 0;
    int start = -1;
    int end = -1;
    boolean nonBlank = false;
    boolean sawLine = false;
    String problem = null;
    IngestError.Kind problemKind = null;
    long problemLine = -1;
    long problemOffset = -1;
    // blank lines after the last non-blank one: kept while there are few (they may turn out to
    // be inside the article), counted only past the limits (a long run is fine at the end)
    int blankRun = 0;
    long runOverLine = -1;
    long runOverOffset = -1;
    long elements = 0;
    while (true) {
      if (!reader.next()) {
        break;
      }
      sawLine = true;
      int no = reader.lineNumber();
      if (!html && !single && (reader.isFormFeed() || (!reader.isOverlong() && reader.errorOffset() < 0 && delimiters.isDelimiter(reader.text())))) {
        if (start >= 0 || nonBlank) {
          break;
        }
        continue; // leading delimiter
      }
      if (start < 0) {
        start = no;
      }
      end = no;
      if (problem != null) {
        if (redetect) {
          if (reader.isOverlong() || reader.isBinary() || keptLines >= config.maxArticleLines()
              || recordLength + reader.byteLength() + 1L > config.maxArticleChars()) {
            redetect = false; // no encoding can help: the first problem stands
          } else {
            keepBytes();
          }
        }
        continue;
      }
      if (reader.isOverlong()) {
        problemKind = IngestError.Kind.LINE_TOO_LONG;
        problemLine = no;
        problemOffset = reader.lineOffset();
        problem = "line longer than " + reader.maxLineBytes() + " bytes (--max-line-length)";
        nonBlank = true;
        continue;
      }
      if (reader.errorOffset() >= 0) {
        problemKind = reader.isBinary() ? IngestError.Kind.BINARY : IngestError.Kind.INVALID_ENCODING;
        problemLine = no;
        problemOffset = reader.errorOffset();
        problem = reader.isBinary()
            ? "binary content (NUL byte)"
            : "invalid " + encoding + " byte sequence";
        nonBlank = true;
        if (!reader.isBinary() && perRecord && charset.equals(StandardCharsets.UTF_8)
            && keptLines == lines.size()) {
          redetect = true;
          keepBytes();
        }
        continue;
      }
      String text = reader.text();
      boolean blank = text.isBlank();
      if (blank && !nonBlank) {
        continue; // a blank line before the article: never kept, however many
      }
      if (blank) {
        blankRun++;
        if (blankRun > config.maxBlankLines() || lines.size() >= config.maxArticleLines()) {
          if (runOverLine < 0) {
            runOverLine = no;
            runOverOffset = reader.lineOffset();
          }
          continue; // not kept: an error only if text follows
        }
      } else {
        if (blankRun > config.maxBlankLines()) {
          problemKind = IngestError.Kind.TOO_MANY_BLANK_LINES;
          problemLine = runOverLine;
          problemOffset = runOverOffset;
          problem = "more than " + config.maxBlankLines() + " blank lines in a row (--max-blank-lines)";
          lines = dropLines();
          continue;
        }
        if (lines.size() >= config.maxArticleLines()) {
          problemKind = IngestError.Kind.TOO_MANY_LINES;
          problemLine = no;
          problemOffset = reader.lineOffset();
          problem = (html ? "page" : "article") + " longer than " + config.maxArticleLines()
              + " lines (--max-lines)";
          lines = dropLines();
          continue;
        }
        blankRun = 0;
        runOverLine = -1;
        if (html) {
          elements += startTags(text);
          if (elements > config.maxPageElements()) {
            problemKind = IngestError.Kind.TOO_MANY_ELEMENTS;
            problemLine = no;
            problemOffset = reader.lineOffset();
            problem = "page with more than " + config.maxPageElements() + " elements (--max-elements)";
            lines = dropLines();
            nonBlank = true;
            continue;
          }
        }
      }
      chars += text.length() + 1;
      if (chars > config.maxArticleChars()) {
        problemKind = IngestError.Kind.ARTICLE_TOO_LARGE;
        problemLine = no;
        problemOffset = reader.lineOffset();
        problem = "article longer than " + config.maxArticleChars() + " characters (--max-article-size)";
        lines = dropLines();
        nonBlank = true;
        continue;
      }
      if (!blank) {
        nonBlank = true;
      }
      lines.add(new SourceLine(no, text));
      if (recordBytes != null) {
        keepBytes();
      }
    }
    if (!nonBlank) {
      if (sawLine) {
        return NONE;
      }
      if (index == 0 && !rejectedAny) {
        reject(IngestError.Kind.EMPTY, -1, -1, "no article text (only blank or delimiter lines)");
      }
      return null;
    }
    if (problem != null && redetect) {
      EncodingDetector.Detected d = EncodingDetector.detectRecord(recordBytes, recordLength);
      if (d != null && !d.charset().equals(charset)) {
        List<SourceLine> again = decodeKept(d.charset());
        if (again == null) {
          problemKind = IngestError.Kind.ARTICLE_TOO_LARGE;
          problemLine = start;
          problemOffset = -1;
          problem = "article longer than " + config.maxArticleChars() + " characters (--max-article-size)";
        } else if (hasText(again)) {
          return finish(makeRecord(again, d.name(), false));
        }
      }
    }
    if (problem != null) {
      int idx = index++;
      reject(problemKind, problemLine, problemOffset,
          problem + "; article " + idx + " (lines " + start + "-" + end + ") skipped");
      return NONE;
    }
    if (perRecord && !charset.equals(StandardCharsets.UTF_8)
        && EncodingDetector.beyondAscii(recordBytes, recordLength)
        && (Utf8.firstInvalid(recordBytes, 0, recordLength) < 0
            || !EncodingDetector.fits(recordBytes, recordLength, charset))) {
      // a record of a legacy file that reads as another encoding (UTF-8, say) and not as the file's
      EncodingDetector.Detected d = EncodingDetector.detectRecord(recordBytes, recordLength);
      if (d != null && !d.charset().equals(charset)) {
        List<SourceLine> again = decodeKept(d.charset());
        if (again != null && hasText(again)) {
          return finish(makeRecord(again, d.name(), false));
        }
      }
    }
    return finish(makeRecord(lines, encoding, utf8Text));
  }

  /**
   * The kept lines decoded again in another charset; null when that makes the article longer than
   * the limit.
   */
  private List<SourceLine> decodeKept(Charset cs) {
    List<SourceLine> out = new ArrayList<>(keptLines);
    long chars = 0;
    int from = 0;
    for (int i = 0; i < keptLines; i++) {
      String text = new String(recordBytes, from, lineEnds[i] - 1 - from, cs);
      chars += text.length() + 1;
      if (chars > config.maxArticleChars()) {
        return null;
      }
      out.add(new SourceLine(lineNumbers[i], text));
      from = lineEnds[i];
    }
    return out;
  }

  private static boolean hasText(List<SourceLine> lines) {
    for (SourceLine l : lines) {
      if (!l.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Gives the record its index, unless repair leaves nothing of it. */
  private RawRecord finish(RawRecord made) {
    RawRecord r = made;
    if (!r.surelyNonBlank()) {
      // no letter or digit: repair (which never deletes one) might leave nothing; decide now, so
      // that such a record takes no index, whichever thread repairs the others
      r = r.repairedNow();
      if (r == null) {
        return NONE; // only invisible characters: blank once repaired
      }
    }
    index++;
    return r;
  }

  /** Lets go of the lines kept for a record that is rejected: an empty list to go on with. */
  private List<SourceLine> dropLines() {
    recordLength = 0;
    keptLines = 0;
    return new ArrayList<>();
  }

  /**
   * How many start tags ({@code <} and an ASCII letter) a line of a page holds: an upper bound on
   * the elements the parser makes of it, counted before parsing.
   */
  static int startTags(String text) {
    int n = 0;
    int i = text.indexOf('<');
    while (i >= 0 && i + 1 < text.length()) {
      char c = text.charAt(i + 1);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        n++;
      }
      i = text.indexOf('<', i + 1);
    }
    return n;
  }

  /** Appends the current line's bytes and a line feed to the record's bytes. */
  private void keepBytes() {
    int lineIndex = keptLines++;
    int len = reader.byteLength();
    if (recordLength + len + 1 > recordBytes.length) {
      recordBytes = Arrays.copyOf(recordBytes, Math.max(recordBytes.length * 2, recordLength + len + 1));
    }
    System.arraycopy(reader.bytes(), 0, recordBytes, recordLength, len);
    recordLength += len;
    recordBytes[recordLength++] = '\n';
    if (lineIndex >= lineEnds.length) {
      lineEnds = Arrays.copyOf(lineEnds, lineEnds.length * 2);
      lineNumbers = Arrays.copyOf(lineNumbers, lineEnds.length);
    }
    lineEnds[lineIndex] = recordLength;
    lineNumbers[lineIndex] = reader.lineNumber();
  }

  /**
   * The record of the lines read, leading and trailing blank lines left out, with their UTF-8
   * bytes when the input is UTF-8 text (strict decoding makes them exactly the lines' encoding).
   *
   * @param lines the lines
   * @param recordEncoding the encoding they were decoded with
   * @param utf8 whether the kept bytes are the lines' UTF-8 (the record was decoded as the file's
   *     UTF-8 text)
   */
  private RawRecord makeRecord(List<SourceLine> lines, String recordEncoding, boolean utf8) {
    int a = 0;
    int b = lines.size();
    while (a < b && lines.get(a).isBlank()) {
      a++;
    }
    while (b > a && lines.get(b - 1).isBlank()) {
      b--;
    }
    byte[] bytes = null;
    if (recordBytes != null) {
      if (utf8) {
        bytes = Arrays.copyOfRange(recordBytes, a == 0 ? 0 : lineEnds[a - 1], lineEnds[b - 1]);
      }
      if (recordBytes.length > 1 << 20 && recordLength < 1 << 16) {
        recordBytes = new byte[1 << 13]; // give back a large buffer after a large article
        lineEnds = new int[64];
        lineNumbers = new int[64];
      }
    }
    return new RawRecord(path, index, html ? "html" : "text", recordEncoding, repair, lines.subList(a, b), bytes);
  }

  private void reject(IngestError.Kind kind, long line, long offset, String what) {
    rejectedAny = true;
    String path = errorPath != null ? errorPath : this.path;
    StringBuilder msg = new StringBuilder(path);
    if (line > 0) {
      msg.append(": line ").append(line);
    }
    if (offset >= 0) {
      msg.append(line > 0 ? ", byte offset " : ": byte offset ").append(offset);
    }
    msg.append(": ").append(what);
    errors.accept(new IngestError(path, line, offset, kind, msg.toString()));
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException ignored) {
      // already failing; the error has been reported
    }
    reader = null;
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (reader != null) {
      reader.close();
    } else {
      raw.close();
    }
  }

  /**
   * Reads every document of an input into a list (for small inputs and tests).
   *
   * @param reader the reader; closed at the end
   * @return the documents
   */
  public static List<RawDocument> readAll(DocumentReader reader) {
    List<RawDocument> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
