package io.github.vnnews;

import io.github.vnnews.load.LoaderConfig;
import io.github.vnnews.text.ToneStyle;
import java.util.List;
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
 * </table>
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

  /**
   * The loader's part of these options.
   *
   * @return the loader configuration
   */
  public LoaderConfig loaderConfig() {
    return new LoaderConfig(
        delimiter, delimiterRegex, autoDelimiters, encoding, toneStyle, maxLineBytes,
        maxArticleChars, maxDecompressedBytes);
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
     * The input encoding, or {@code auto} to detect it per file.
     *
     * @param name {@code auto}, {@code utf-8}, {@code windows-1258}, {@code tcvn3}, {@code vni},
     *     {@code viscii} or {@code vps}
     * @return this builder
     */
    public Builder encoding(String name) {
      this.encoding = Objects.requireNonNull(name, "encoding");
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
     * The options.
     *
     * @return the immutable options
     * @throws IllegalArgumentException when a limit is below 16
     */
    public Options build() {
      if (maxLineBytes < 16 || maxArticleChars < 16 || maxDecompressedBytes < 16) {
        throw new IllegalArgumentException("limits must be at least 16");
      }
      return new Options(this);
    }
  }
}
