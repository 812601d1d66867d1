package io.github.vnnews;

import io.github.vnnews.internal.load.LoaderConfig;
import io.github.vnnews.internal.text.VietnameseCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything that can be configured, with its default, in one immutable place.
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code delimiter}</td><td>none</td><td>a literal delimiter line, e.g. {@code #####}</td></tr>
 *   <tr><td>{@code delimiterRegex}</td><td>none</td><td>a pattern for whole delimiter lines, e.g.
 *       {@code <<<DOC \d+>>>}</td></tr>
 *   <tr><td>{@code autoDelimiters}</td><td>true</td><td>also split on rows of {@code = - # * ~}
 *       (5+), {@code <<<…>>>} lines and form feeds</td></tr>
 *   <tr><td>{@code encoding}</td><td>{@code auto}</td><td>{@code auto}, {@code utf-8},
 *       {@code windows-1258}, {@code tcvn3}, {@code vni}, {@code viscii}, {@code vps}</td></tr>
 *   <tr><td>{@code toneStyle}</td><td>{@link ToneStyle#KEEP}</td><td>tone-mark placement</td></tr>
 *   <tr><td>{@code include}/{@code exclude}</td><td>none</td><td>globs on paths under a directory</td></tr>
 *   <tr><td>{@code maxLineBytes}</td><td>8 MiB</td><td>longer lines reject their article</td></tr>
 *   <tr><td>{@code maxArticleChars}</td><td>16 Mi chars</td><td>larger articles are rejected</td></tr>
 *   <tr><td>{@code maxDecompressedBytes}</td><td>4 GiB</td><td>gzip expansion limit per file</td></tr>
 *   <tr><td>{@code maxArticleLines}</td><td>100,000</td><td>articles (and pages) with more lines
 *       are rejected: {@code tooManyLines}</td></tr>
 *   <tr><td>{@code maxBlankLines}</td><td>10,000</td><td>an article with more blank lines in a row
 *       inside it is rejected: {@code tooManyBlankLines} (blank lines before and after an article
 *       are never kept, however many)</td></tr>
 *   <tr><td>{@code maxPieces}</td><td>100,000</td><td>an article from which the normaliser cuts
 *       more pieces (inline captions, credits, chrome) is rejected: {@code tooManyPieces}</td></tr>
 *   <tr><td>{@code maxPageElements}</td><td>100,000</td><td>an HTML page with more start tags is
 *       rejected before it is parsed: {@code tooManyElements}</td></tr>
 *   <tr><td>{@code maxKeptErrors}</td><td>10,000</td><td>errors {@link Corpus#errors()} keeps (the
 *       listener hears of every one)</td></tr>
 *   <tr><td>{@code followLinks}</td><td>false</td><td>follow symbolic links that lead out of the
 *       directory given (by default they are reported, {@code outsideRoot}, and skipped)</td></tr>
 *   <tr><td>{@code allFiles}</td><td>false</td><td>read every file of a directory; by default
 *       (without include globs) only article files: {@code .txt}, {@code .html}, {@code .htm},
 *       {@code .gz}, web archives, no extension</td></tr>
 *   <tr><td>{@code learnBoilerplate}</td><td>true</td><td>learn what repeats across the first
 *       plain-text documents of each input root (lines, and words glued before or after every
 *       article) and remove it as chrome; see {@link Builder#learnBoilerplate(boolean)}</td></tr>
 *   <tr><td>{@code ignore}</td><td>none</td><td>files never read when met in a directory (the
 *       run's own output), matched by identity</td></tr>
 * </table>
 *
 * <p>Memory: the limits bound what one article costs whatever its shape (one line of 8 MiB, a
 * million short lines, a page of nested or repeated elements). The largest article allowed
 * (16 Mi characters) needs about 16 bytes of heap per character while it is normalised, so plan
 * about 256 MiB of heap per normalising thread for the default limits, or lower {@code
 * maxArticleChars}.
 *
 * <p>Example: {@code Options.builder().delimiter("#####").toneStyle(ToneStyle.MODERN).build()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Options {
  /** The default line-length limit: 8 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 8 << 20;
  /** The default article-size limit: 16 Mi characters. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 16 << 20;
  /** The default gzip expansion limit: 4 GiB. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 4L << 30;
  /** The default limit on lines per article: 100,000. */
  public static final int DEFAULT_MAX_ARTICLE_LINES = 100_000;
  /** The default limit on blank lines in a row inside an article: 10,000. */
  public static final int DEFAULT_MAX_BLANK_LINES = 10_000;
  /** The default limit on pieces cut out of an article's lines: 100,000. */
  public static final int DEFAULT_MAX_PIECES = 100_000;
  /** The default limit on elements (start tags) per HTML page: 100,000. */
  public static final int DEFAULT_MAX_PAGE_ELEMENTS = 100_000;
  /** The default number of errors {@link Corpus#errors()} keeps: 10,000. */
  public static final int DEFAULT_MAX_KEPT_ERRORS = 10_000;

  private static final Options DEFAULTS = builder().build();

  private final String delimiter;
  private final Pattern delimiterRegex;
  private final boolean autoDelimiters;
  private final String encoding;
  private final ToneStyle toneStyle;
  private final List<String> include;
  private final List<String> exclude;
  private final int maxLineBytes;
  private final int maxArticleChars;
  private final long maxDecompressedBytes;
  private final int maxArticleLines;
  private final int maxBlankLines;
  private final int maxPieces;
  private final int maxPageElements;
  private final int maxKeptErrors;
  private final boolean followLinks;
  private final boolean allFiles;
  private final boolean learnBoilerplate;
  private final List<Path> ignore;

  private Options(Builder b) {
    this.delimiter = b.delimiter;
    this.delimiterRegex = b.delimiterRegex;
    this.autoDelimiters = b.autoDelimiters;
    this.encoding = b.encoding;
    this.toneStyle = b.toneStyle;
    this.include = List.copyOf(b.include);
    this.exclude = List.copyOf(b.exclude);
    this.maxLineBytes = b.maxLineBytes;
    this.maxArticleChars = b.maxArticleChars;
    this.maxDecompressedBytes = b.maxDecompressedBytes;
    this.maxArticleLines = b.maxArticleLines;
    this.maxBlankLines = b.maxBlankLines;
    this.maxPieces = b.maxPieces;
    this.maxPageElements = b.maxPageElements;
    this.maxKeptErrors = b.maxKeptErrors;
    this.followLinks = b.followLinks;
    this.allFiles = b.allFiles;
    this.learnBoilerplate = b.learnBoilerplate;
    this.ignore = List.copyOf(b.ignore);
  }

  /**
   * The defaults.
   *
   * @return options with every default
   */
  public static Options defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.delimiter = delimiter;
    b.delimiterRegex = delimiterRegex;
    b.autoDelimiters = autoDelimiters;
    b.encoding = encoding;
    b.toneStyle = toneStyle;
    b.include = include;
    b.exclude = exclude;
    b.maxLineBytes = maxLineBytes;
    b.maxArticleChars = maxArticleChars;
    b.maxDecompressedBytes = maxDecompressedBytes;
    b.maxArticleLines = maxArticleLines;
    b.maxBlankLines = maxBlankLines;
    b.maxPieces = maxPieces;
    b.maxPageElements = maxPageElements;
    b.maxKeptErrors = maxKeptErrors;
    b.followLinks = followLinks;
    b.allFiles = allFiles;
    b.learnBoilerplate = learnBoilerplate;
    b.ignore = ignore;
    return b;
  }

  /** @return the literal delimiter line, or null */
  public String delimiter() {
    return delimiter;
  }

  /** @return the delimiter pattern, or null */
  public Pattern delimiterRegex() {
    return delimiterRegex;
  }

  /** @return whether common delimiter lines are recognised */
  public boolean autoDelimiters() {
    return autoDelimiters;
  }

  /** @return the encoding name or {@code auto} */
  public String encoding() {
    return encoding;
  }

  /** @return the tone-mark style */
  public ToneStyle toneStyle() {
    return toneStyle;
  }

  /** @return include globs */
  public List<String> include() {
    return include;
  }

  /** @return exclude globs */
  public List<String> exclude() {
    return exclude;
  }

  /** @return the line-length limit in bytes */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** @return the article-size limit in characters */
  public int maxArticleChars() {
    return maxArticleChars;
  }

  /** @return the gzip expansion limit in bytes */
  public long maxDecompressedBytes() {
    return maxDecompressedBytes;
  }

  /** @return the limit on lines per article (blank lines inside it included) */
  public int maxArticleLines() {
    return maxArticleLines;
  }

  /** @return the limit on blank lines in a row inside an article */
  public int maxBlankLines() {
    return maxBlankLines;
  }

  /** @return the limit on pieces the normaliser cuts out of one article's lines */
  public int maxPieces() {
    return maxPieces;
  }

  /** @return the limit on elements (start tags) of one HTML page */
  public int maxPageElements() {
    return maxPageElements;
  }

  /** @return how many errors {@link Corpus#errors()} keeps */
  public int maxKeptErrors() {
    return maxKeptErrors;
  }

  /** @return whether symbolic links leading out of the directory given are followed */
  public boolean followLinks() {
    return followLinks;
  }

  /**
   * Whether every file of a directory is read, not only article files.
   *
   * @return true to read every file; false (the default) for article files only
   */
  public boolean allFiles() {
    return allFiles;
  }

  /** @return whether what repeats across the documents of an input root is learned and removed */
  public boolean learnBoilerplate() {
    return learnBoilerplate;
  }

  /** @return files never read when met in a directory */
  public List<Path> ignore() {
    return ignore;
  }

  /**
   * The loader's part of these options. <b>Internal, not API:</b> {@code LoaderConfig} belongs to
   * the internal {@code load} package, and this method may change or go in any release (it is
   * public only so that the loader, the Spark adapter and the tests, in other packages, can reach
   * it). Read the options through their own accessors instead.
   *
   * @return the loader configuration
   */
  public LoaderConfig loaderConfig() {
    return new LoaderConfig(
        delimiter, delimiterRegex, autoDelimiters, encoding, toneStyle, maxLineBytes,
        maxArticleChars, maxDecompressedBytes, maxArticleLines, maxBlankLines, maxPageElements);
  }

  /** Builds {@link Options}. Not thread-safe. */
  public static final class Builder {
    private String delimiter;
    private Pattern delimiterRegex;
    private boolean autoDelimiters = true;
    private String encoding = "auto";
    private ToneStyle toneStyle = ToneStyle.KEEP;
    private List<String> include = List.of();
    private List<String> exclude = List.of();
    private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;
    private long maxDecompressedBytes = DEFAULT_MAX_DECOMPRESSED_BYTES;
    private int maxArticleLines = DEFAULT_MAX_ARTICLE_LINES;
    private int maxBlankLines = DEFAULT_MAX_BLANK_LINES;
    private int maxPieces = DEFAULT_MAX_PIECES;
    private int maxPageElements = DEFAULT_MAX_PAGE_ELEMENTS;
    private int maxKeptErrors = DEFAULT_MAX_KEPT_ERRORS;
    private boolean followLinks;
    private boolean allFiles;
    private boolean learnBoilerplate = true;
    private List<Path> ignore = List.of();

    private Builder() {}

    /**
     * A literal delimiter line (compared after trimming white space).
     *
     * @param literal the line, or null for none
     * @return this builder
     */
    public Builder delimiter(String literal) {
      this.delimiter = literal;
      return this;
    }

    /**
     * A regular expression that whole delimiter lines match (after trimming white space).
     *
     * @param regex the pattern, or null for none
     * @return this builder
     * @throws IllegalArgumentException when the pattern does not compile
     */
    public Builder delimiterRegex(String regex) {
      try {
        this.delimiterRegex = regex == null ? null : Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("invalid delimiter regex: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * Whether rows of {@code = - # * ~}, {@code <<<…>>>} lines and form feeds split articles too.
     *
     * @param on true to recognise them (the default)
     * @return this builder
     */
    public Builder autoDelimiters(boolean on) {
      this.autoDelimiters = on;
      return this;
    }

    /**
     * The input encoding, or {@code auto} to detect it per file (and per article where a file
     * mixes encodings).
     *
     * @param name {@code auto}, {@code utf-8}, {@code windows-1258}, {@code tcvn3}, {@code vni},
     *     {@code viscii} or {@code vps} (any case)
     * @return this builder
     * @throws IllegalArgumentException when the name is none of these
     */
    public Builder encoding(String name) {
      Objects.requireNonNull(name, "encoding");
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.equals("auto") && VietnameseCharsets.forName(lower) == null) {
        throw new IllegalArgumentException("unknown encoding '" + name
            + "' (auto, utf-8, windows-1258, tcvn3, vni, viscii or vps)");
      }
      this.encoding = name;
      return this;
    }

    /**
     * The tone-mark style.
     *
     * @param style the style
     * @return this builder
     */
    public Builder toneStyle(ToneStyle style) {
      this.toneStyle = Objects.requireNonNull(style, "toneStyle");
      return this;
    }

    /**
     * Globs a file under a directory must match to be read.
     *
     * @param globs the globs
     * @return this builder
     */
    public Builder include(List<String> globs) {
      this.include = List.copyOf(globs);
      return this;
    }

    /**
     * Globs that leave files under a directory out.
     *
     * @param globs the globs
     * @return this builder
     */
    public Builder exclude(List<String> globs) {
      this.exclude = List.copyOf(globs);
      return this;
    }

    /**
     * The longest line accepted, in bytes.
     *
     * @param bytes the limit (at least 16)
     * @return this builder
     */
    public Builder maxLineBytes(int bytes) {
      this.maxLineBytes = bytes;
      return this;
    }

    /**
     * The largest article accepted, in characters.
     *
     * @param chars the limit (at least 16)
     * @return this builder
     */
    public Builder maxArticleChars(int chars) {
      this.maxArticleChars = chars;
      return this;
    }

    /**
     * The most bytes a gzip input may expand to.
     *
     * @param bytes the limit (at least 16)
     * @return this builder
     */
    public Builder maxDecompressedBytes(long bytes) {
      this.maxDecompressedBytes = bytes;
      return this;
    }

    /**
     * The most lines an article (or an HTML page) may have, blank lines inside it included;
     * blank lines before and after it are not counted. A longer one is rejected ({@code
     * tooManyLines}) and reading goes on at the next delimiter.
     *
     * @param lines the limit (at least 1)
     * @return this builder
     */
    public Builder maxArticleLines(int lines) {
      this.maxArticleLines = lines;
      return this;
    }

    /**
     * The most blank lines in a row inside an article. An article with a longer run is rejected
     * ({@code tooManyBlankLines}); runs before and after an article are skipped whatever their
     * length.
     *
     * @param lines the limit (at least 1)
     * @return this builder
     */
    public Builder maxBlankLines(int lines) {
      this.maxBlankLines = lines;
      return this;
    }

    /**
     * The most pieces the plain-text normaliser may cut out of one article's lines (fused
     * captions, credits, chrome, punctuation). An article that needs more is rejected ({@code
     * tooManyPieces}).
     *
     * @param pieces the limit (at least 1)
     * @return this builder
     */
    public Builder maxPieces(int pieces) {
      this.maxPieces = pieces;
      return this;
    }

    /**
     * The most elements (start tags, counted in the source before parsing) of one HTML page. A
     * page with more is rejected ({@code tooManyElements}) without being parsed.
     *
     * @param elements the limit (at least 1)
     * @return this builder
     */
    public Builder maxPageElements(int elements) {
      this.maxPageElements = elements;
      return this;
    }

    /**
     * How many errors {@link Corpus#errors()} keeps in memory; the count, the listener and the
     * CLI's {@code --errors} file see every error.
     *
     * @param errors the number (0 keeps none)
     * @return this builder
     */
    public Builder maxKeptErrors(int errors) {
      this.maxKeptErrors = errors;
      return this;
    }

    /**
     * Whether to follow symbolic links inside a directory that lead out of it. By default only
     * links whose target lies inside the directory given are followed; the others are reported
     * ({@code outsideRoot}) and skipped, so that a link to {@code /etc/passwd} planted in a
     * corpus is not read.
     *
     * @param on true to follow every link
     * @return this builder
     */
    public Builder followLinks(boolean on) {
      this.followLinks = on;
      return this;
    }

    /**
     * Whether to read every file found in a directory. By default (and when no include glob is
     * given) only article files are read: {@code .txt}, {@code .html}, {@code .htm}, {@code .gz},
     * web archives and files without an extension; the others ({@code README.md}, {@code .json},
     * images) are left out and reported to {@link IngestListener#fileSkipped(String)}. A file
     * named directly is always read.
     *
     * @param on true to read every file
     * @return this builder
     */
    public Builder allFiles(boolean on) {
      this.allFiles = on;
      return this;
    }

    /**
     * Whether to learn what repeats across the documents of each input root (a directory given, or
     * a multi-article file) and remove it as chrome: whole lines that stand in at least half of the
     * root's first plain-text documents (at least 3 of at most 64), and runs of 3 to 30 words a
     * crawler glued before the first or after the last sentence of every article ({@code Lưu bài
     * viết thành công …}, {@code Nguồn: [Link nguồn]}). Those documents are read twice (once for
     * the sample). Standard input and single streams learn nothing. On by default.
     *
     * @param on false to normalise every document on its own
     * @return this builder
     */
    public Builder learnBoilerplate(boolean on) {
      this.learnBoilerplate = on;
      return this;
    }

    /**
     * Files never to read when a directory holds them: the run's own output files, so that an
     * output inside an input directory is not read back on the next run. Matched by identity
     * (device and inode, links followed) when the walk starts; a file that does not exist then
     * is not matched.
     *
     * @param files the files
     * @return this builder
     */
    public Builder ignore(List<Path> files) {
      this.ignore = List.copyOf(files);
      return this;
    }

    /**
     * The options.
     *
     * @return the immutable options
     * @throws IllegalArgumentException when a size limit is below 16 or a count limit below 1
     */
    public Options build() {
      if (maxLineBytes < 16 || maxArticleChars < 16 || maxDecompressedBytes < 16) {
        throw new IllegalArgumentException("limits must be at least 16");
      }
      if (maxArticleLines < 1 || maxBlankLines < 1 || maxPieces < 1 || maxPageElements < 1) {
        throw new IllegalArgumentException("count limits (lines, blank lines, pieces, elements) must be at least 1");
      }
      if (maxKeptErrors < 0) {
        throw new IllegalArgumentException("maxKeptErrors must not be negative");
      }
      return new Options(this);
    }
  }
}
