package io.github.vnnews.internal.load;

import io.github.vnnews.Capture;
import io.github.vnnews.RawDocument;
import io.github.vnnews.SourceLine;
import io.github.vnnews.internal.text.HtmlEntities;
import io.github.vnnews.internal.text.TextRepair;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article's lines as the loader split them off, before text repair: {@link #toDocument()}
 * repairs them and makes the {@link RawDocument}.
 *
 * <p>{@link DocumentReader#nextRecord()} hands these out so that the reading (sequential by
 * nature) and the repair (per article) can run on different threads: the parallel ingest reads
 * records on one thread and calls {@link #toDocument()} on its workers.
 *
 * <p>Immutable and thread-safe; {@link #toDocument()} may be called on any thread, more than once
 * (it gives equal documents).
 */
public final class RawRecord {
  private final String path;
  private final int index;
  private final String format;
  private final String encoding;
  private final TextRepair repair;
  private final List<SourceLine> lines;
  private final long chars;
  /** The document, when it had to be made while reading; null until then. */
  private final RawDocument document;
  /** The lines' UTF-8 bytes, each line followed by a line feed; null when not known. */
  private final byte[] utf8;
  /** The web-archive record this came from, or null. */
  private final Capture capture;

  /**
   * A record.
   *
   * @param path the input path as given
   * @param index the 0-based position of the article within its file
   * @param format {@code "text"} or {@code "html"}
   * @param encoding the encoding the bytes were decoded with
   * @param repair the text repair to apply
   * @param lines the lines, blank ones included, neither first nor last blank; not empty
   * @param utf8 the lines' UTF-8 bytes, each followed by {@code \n}, or null
   */
  RawRecord(
      String path, int index, String format, String encoding, TextRepair repair, List<SourceLine> lines,
      byte[] utf8) {
    this(path, index, format, encoding, repair, lines, utf8, null, null);
  }

  private RawRecord(
      String path, int index, String format, String encoding, TextRepair repair, List<SourceLine> lines,
      byte[] utf8, RawDocument document, Capture capture) {
    this.path = Objects.requireNonNull(path, "path");
    this.index = index;
    this.format = Objects.requireNonNull(format, "format");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.repair = Objects.requireNonNull(repair, "repair");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a record has at least one line");
    }
    this.lines = List.copyOf(lines);
    long n = 0;
    for (SourceLine l : this.lines) {
      n += l.text().length() + 1;
    }
    this.chars = n;
    this.utf8 = utf8;
    this.document = document;
    this.capture = capture;
  }

  /**
   * This record as the document of a web-archive record: its position among the archive's records
   * and the capture it came from.
   *
   * @param newIndex the record's position in the archive
   * @param newCapture the capture
   * @return the record
   */
  RawRecord inArchive(int newIndex, Capture newCapture) {
    RawDocument d = document == null ? null
        : new RawDocument(document.path(), newIndex, document.startLine(), document.endLine(),
            document.format(), document.encoding(), document.repaired(), document.lines(), newCapture);
    return new RawRecord(path, newIndex, format, encoding, repair, lines, utf8, d, newCapture);
  }

  /** The lines without leading and trailing blank lines (a view). */
  static List<SourceLine> trimBlank(List<SourceLine> lines) {
    int a = 0;
    int b = lines.size();
    while (a < b && lines.get(a).isBlank()) {
      a++;
    }
    while (b > a && lines.get(b - 1).isBlank()) {
      b--;
    }
    return lines.subList(a, b);
  }

  /**
   * Whether some line holds a letter or a digit, which repair never deletes: then the record
   * cannot turn blank when repaired. Looks no further than the first one (usually the first
   * character).
   */
  boolean surelyNonBlank() {
    for (SourceLine l : lines) {
      String t = l.text();
      for (int i = 0; i < t.length(); i++) {
        if (Character.isLetterOrDigit(t.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** This record with its document made now; null when repair leaves only blank lines. */
  RawRecord repairedNow() {
    RawDocument d = repair();
    return d == null ? null : new RawRecord(path, index, format, encoding, repair, lines, utf8, d, capture);
  }

  /** @return the web-archive record this came from, or null for a plain file */
  public Capture capture() {
    return capture;
  }

  /** @return the input path as given */
  public String path() {
    return path;
  }

  /** @return the 0-based position of the article within its file */
  public int index() {
    return index;
  }

  /** @return the 1-based first line of the record in the file */
  public int startLine() {
    return lines.get(0).number();
  }

  /** @return the 1-based last line of the record in the file */
  public int endLine() {
    return lines.get(lines.size() - 1).number();
  }

  /**
   * How many characters the record holds (its lines and a line break after each): what the
   * parallel ingest counts to bound the memory of the articles in flight.
   *
   * @return the count
   */
  public long charCount() {
    return chars;
  }

  /**
   * The UTF-8 bytes of a document's lines, each followed by a line feed (what {@code
   * Normalizer.id} hashes), when they are at hand: the document was made from this record, the
   * input is UTF-8 text, and repair changed nothing, so the lines are exactly the bytes read.
   * Saves encoding the text again.
   *
   * @param doc a document made by {@link #toDocument()} of this record
   * @return the bytes, read-only; or null when they are not at hand
   */
  public ByteBuffer utf8Lines(RawDocument doc) {
    if (utf8 == null || doc.repaired() || doc.index() != index || !doc.path().equals(path)
        || doc.lines().size() != lines.size()) {
      return null;
    }
    return ByteBuffer.wrap(utf8).asReadOnlyBuffer();
  }

  /**
   * Repairs the text and makes the document (leading and trailing lines that repair left blank
   * are dropped). Plain text has its HTML entities decoded first ({@link HtmlEntities}: crawlers
   * leave {@code &quot;}, {@code &#7897;} in text); an HTML page keeps its entities for the parser.
   *
   * @return the document
   */
  public RawDocument toDocument() {
    if (document != null) {
      return document;
    }
    RawDocument d = repair();
    if (d == null) {
      throw new IllegalStateException(path + ": article " + index + " is blank once repaired");
    }
    return d;
  }

  /** Repairs the lines; null when nothing but blank lines is left. */
  private RawDocument repair() {
    String joined = joined();
    // plain text: HTML entities a crawler left ("&quot;", "&#7897;") decoded before repair; an
    // HTML page's entities are the parser's to decode, once
    String input = format.equals("html") ? joined : HtmlEntities.decode(joined);
    TextRepair.Repaired r = repair.repair(input);
    boolean changed = r.changed() || input != joined;
    List<SourceLine> out;
    if (!changed) {
      out = lines;
    } else {
      out = new ArrayList<>(lines.size());
      String t = r.text();
      int from = 0;
      for (int i = 0; i < lines.size(); i++) {
        int nl = i == lines.size() - 1 ? t.length() : t.indexOf('\n', from);
        if (nl < 0) {
          nl = t.length();
        }
        out.add(new SourceLine(lines.get(i).number(), t.substring(from, nl)));
        from = Math.min(nl + 1, t.length());
      }
    }
    out = trimBlank(out);
    if (out.isEmpty()) {
      return null;
    }
    String enc = r.mojibakeOf() != null ? encoding + "+mojibake:" + r.mojibakeOf() : encoding;
    return new RawDocument(
        path, index, out.get(0).number(), out.get(out.size() - 1).number(), format, enc, changed, out,
        capture);
  }

  private String joined() {
    if (lines.size() == 1) {
      return lines.get(0).text();
    }
    StringBuilder sb = new StringBuilder((int) Math.min(chars, Integer.MAX_VALUE - 16));
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(lines.get(i).text());
    }
    return sb.toString();
  }
}
