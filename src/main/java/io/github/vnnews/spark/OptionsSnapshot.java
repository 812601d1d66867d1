package io.github.vnnews.spark;

import io.github.vnnews.Options;
import io.github.vnnews.ToneStyle;
import java.io.Serializable;
import java.util.List;

/**
 * {@link Options} in a form Spark can ship to executors ({@code Options} itself is not
 * serialisable): every setting as a plain value, rebuilt through {@link Options#builder()} on the
 * other side, so the executors read with exactly the driver's options.
 *
 * @param delimiter the literal delimiter line, or null
 * @param delimiterRegex the delimiter pattern's source, or null
 * @param autoDelimiters whether common delimiter lines split articles
 * @param encoding the encoding name or {@code auto}
 * @param toneStyle the tone-mark style
 * @param include include globs
 * @param exclude exclude globs
 * @param maxLineBytes the line-length limit
 * @param maxArticleChars the article-size limit
 * @param maxDecompressedBytes the gzip expansion limit
 * @param maxArticleLines the limit on lines per article
 * @param maxBlankLines the limit on blank lines in a row
 * @param maxPieces the limit on pieces cut out of an article
 * @param maxPageElements the limit on elements per page
 * @param maxKeptErrors how many errors a corpus keeps
 * @param followLinks whether links out of the directory given are followed
 * @param allFiles whether every file of a directory is read, not only article files
 * @param learnBoilerplate whether what repeats across an input root is learned (not applied on
 *     Spark yet: each file is normalised on its own)
 * @param ignore files never read, as path text
 */
record OptionsSnapshot(
    String delimiter,
    String delimiterRegex,
    boolean autoDelimiters,
    String encoding,
    ToneStyle toneStyle,
    List<String> include,
    List<String> exclude,
    int maxLineBytes,
    int maxArticleChars,
    long maxDecompressedBytes,
    int maxArticleLines,
    int maxBlankLines,
    int maxPieces,
    int maxPageElements,
    int maxKeptErrors,
    boolean followLinks,
    boolean allFiles,
    boolean learnBoilerplate,
    List<String> ignore)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Copies the lists into serialisable immutable lists. */
  OptionsSnapshot {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    ignore = List.copyOf(ignore);
  }

  /**
   * Captures options.
   *
   * @param o the options
   * @return the snapshot
   */
  static OptionsSnapshot of(Options o) {
    return new OptionsSnapshot(
        o.delimiter(),
        o.delimiterRegex() == null ? null : o.delimiterRegex().pattern(),
        o.autoDelimiters(),
        o.encoding(),
        o.toneStyle(),
        o.include(),
        o.exclude(),
        o.maxLineBytes(),
        o.maxArticleChars(),
        o.maxDecompressedBytes(),
        o.maxArticleLines(),
        o.maxBlankLines(),
        o.maxPieces(),
        o.maxPageElements(),
        o.maxKeptErrors(),
        o.followLinks(),
        o.allFiles(),
        o.learnBoilerplate(),
        o.ignore().stream().map(java.nio.file.Path::toString).toList());
  }

  /**
   * The options again.
   *
   * @return options equal in every setting to the captured ones
   */
  Options toOptions() {
    return Options.builder()
        .delimiter(delimiter)
        .delimiterRegex(delimiterRegex)
        .autoDelimiters(autoDelimiters)
        .encoding(encoding)
        .toneStyle(toneStyle)
        .include(include)
        .exclude(exclude)
        .maxLineBytes(maxLineBytes)
        .maxArticleChars(maxArticleChars)
        .maxDecompressedBytes(maxDecompressedBytes)
        .maxArticleLines(maxArticleLines)
        .maxBlankLines(maxBlankLines)
        .maxPieces(maxPieces)
        .maxPageElements(maxPageElements)
        .maxKeptErrors(maxKeptErrors)
        .followLinks(followLinks)
        .allFiles(allFiles)
        .learnBoilerplate(learnBoilerplate)
        .ignore(ignore.stream().map(java.nio.file.Path::of).toList())
        .build();
  }
}
