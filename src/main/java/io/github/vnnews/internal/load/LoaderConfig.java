package io.github.vnnews.internal.load;

import io.github.vnnews.ToneStyle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The loader's part of the options: how to split files into articles, how to decode them, and the
 * input limits. Built by {@link io.github.vnnews.Options}; library users set these there.
 *
 * @param delimiter a literal delimiter line (compared after trimming), or null
 * @param delimiterRegex a regular expression a whole delimiter line matches (after trimming), or
 *     null
 * @param autoDelimiters whether common delimiter lines are recognised as well
 * @param encoding {@code auto} or an encoding name ({@code utf-8}, {@code windows-1258}, {@code
 *     tcvn3}, {@code vni}, {@code viscii}, {@code vps})
 * @param toneStyle the tone-mark style applied by text repair
 * @param maxLineBytes the longest line accepted, in bytes
 * @param maxArticleChars the largest article accepted, in characters
 * @param maxDecompressedBytes the most bytes one gzip input may expand to
 * @param maxArticleLines the most lines of an article or page (blank ones inside it included)
 * @param maxBlankLines the most blank lines in a row inside an article or page
 * @param maxPageElements the most elements (start tags) of an HTML page
 */
public record LoaderConfig(
    String delimiter,
    Pattern delimiterRegex,
    boolean autoDelimiters,
    String encoding,
    ToneStyle toneStyle,
    int maxLineBytes,
    int maxArticleChars,
    long maxDecompressedBytes,
    int maxArticleLines,
    int maxBlankLines,
    int maxPageElements) {

  /**
   * Checks the invariants.
   *
   * @param delimiter a literal delimiter line (compared after trimming), or null
   * @param delimiterRegex a regular expression a whole delimiter line matches (after trimming), or
   *     null
   * @param autoDelimiters whether common delimiter lines are recognised as well
   * @param encoding {@code auto} or an encoding name ({@code utf-8}, {@code windows-1258}, {@code
   *     tcvn3}, {@code vni}, {@code viscii}, {@code vps})
   * @param toneStyle the tone-mark style applied by text repair
   * @param maxLineBytes the longest line accepted, in bytes
   * @param maxArticleChars the largest article accepted, in characters
   * @param maxDecompressedBytes the most bytes one gzip input may expand to
   * @param maxArticleLines the most lines of an article or page (blank ones inside it included)
   * @param maxBlankLines the most blank lines in a row inside an article or page
   * @param maxPageElements the most elements (start tags) of an HTML page
   */
  public LoaderConfig {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(toneStyle, "toneStyle");
    if (maxLineBytes < 16 || maxArticleChars < 16 || maxDecompressedBytes < 16) {
      throw new IllegalArgumentException("limits must be at least 16");
    }
    if (maxArticleLines < 1 || maxBlankLines < 1 || maxPageElements < 1) {
      throw new IllegalArgumentException("count limits must be at least 1");
    }
  }
}
