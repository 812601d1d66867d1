package io.github.vnnews.internal.cli;

import io.github.vnnews.Options;
import io.github.vnnews.ToneStyle;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The input options shared by {@code ingest}, {@code explain} and the Spark job: delimiters,
 * encoding, tone style, globs, symbolic links and limits. A picocli mixin; {@link #toOptions()} turns them into
 * {@link Options}.
 */
public final class CommonOptions {
  @Option(names = "--delimiter", paramLabel = "LINE",
      description = "A literal line that separates articles in a file, e.g. '#####' (compared after trimming).")
  String delimiter;

  @Option(names = "--delimiter-regex", paramLabel = "REGEX",
      description = "A regular expression matching whole delimiter lines, e.g. '<<<DOC \\d+>>>'.")
  String delimiterRegex;

  @Option(names = "--no-auto-delimiters", negatable = false,
      description = "Do not split on the common delimiter lines (rows of = - # * ~ of 5+, <<<...>>>, form feed).")
  boolean noAutoDelimiters;

  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
      description = "Input encoding: auto (default), utf-8, windows-1258, tcvn3, vni, viscii, vps.")
  String encoding;

  @Option(names = "--tone", paramLabel = "STYLE", defaultValue = "keep",
      description = "Tone-mark placement in oa/oe/uy: keep (default, as written), classic (hòa, thủy), modern (hoà, thuỷ).")
  ToneStyle tone;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Read only files under a directory whose relative path matches (repeatable).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Leave out files under a directory whose relative path matches (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--max-line-length", paramLabel = "BYTES", defaultValue = "" + Options.DEFAULT_MAX_LINE_BYTES,
      description = "Reject an article holding a line longer than this (default: ${DEFAULT-VALUE}).")
  int maxLineBytes;

  @Option(names = "--max-article-size", paramLabel = "CHARS", defaultValue = "" + Options.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Reject an article longer than this many characters (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--max-decompressed-size", paramLabel = "BYTES", defaultValue = "" + Options.DEFAULT_MAX_DECOMPRESSED_BYTES,
      description = "Stop reading a gzip file that expands beyond this many bytes (default: ${DEFAULT-VALUE}).")
  long maxDecompressedBytes;

  @Option(names = "--max-lines", paramLabel = "LINES", defaultValue = "" + Options.DEFAULT_MAX_ARTICLE_LINES,
      description = "Reject an article or page with more lines than this (default: ${DEFAULT-VALUE}).")
  int maxArticleLines;

  @Option(names = "--max-blank-lines", paramLabel = "LINES", defaultValue = "" + Options.DEFAULT_MAX_BLANK_LINES,
      description = "Reject an article with more blank lines in a row inside it (default: ${DEFAULT-VALUE}).")
  int maxBlankLines;

  @Option(names = "--max-pieces", paramLabel = "N", defaultValue = "" + Options.DEFAULT_MAX_PIECES,
      description = "Reject an article from which more pieces (captions, credits, chrome) would be cut (default: ${DEFAULT-VALUE}).")
  int maxPieces;

  @Option(names = "--max-elements", paramLabel = "N", defaultValue = "" + Options.DEFAULT_MAX_PAGE_ELEMENTS,
      description = "Reject an HTML page with more elements than this, before parsing it (default: ${DEFAULT-VALUE}).")
  int maxPageElements;

  @Option(names = "--all-files", negatable = false,
      description = {"Read every file found in a directory. By default (without --include) only article files are read:",
          ".txt, .html, .htm, .gz, web archives (.warc, .warc.gz, .arc) and names without an extension;",
          "the others (README.md, .json, images) are counted as skipped (--verbose lists them)."})
  boolean allFiles;

  @Option(names = "--follow-links", negatable = false,
      description = "Follow symbolic links that lead out of the directories given (by default they are reported and skipped).")
  boolean followLinks;

  @Option(names = "--no-learn-boilerplate", negatable = false,
      description = {"Normalise every document on its own: do not learn what repeats across the first documents",
          "of each input (lines, words glued before or after every article) to remove it as chrome."})
  boolean noLearnBoilerplate;

  /**
   * The library options these flags stand for.
   *
   * @return the options
   * @throws IllegalArgumentException when a value is invalid (a bad regex, a limit below 16)
   */
  public Options toOptions() {
    return Options.builder()
        .delimiter(delimiter)
        .delimiterRegex(delimiterRegex)
        .autoDelimiters(!noAutoDelimiters)
        .encoding(encoding)
        .toneStyle(tone)
        .include(include)
        .exclude(exclude)
        .maxLineBytes(maxLineBytes)
        .maxArticleChars(maxArticleChars)
        .maxDecompressedBytes(maxDecompressedBytes)
        .maxArticleLines(maxArticleLines)
        .maxBlankLines(maxBlankLines)
        .maxPieces(maxPieces)
        .maxPageElements(maxPageElements)
        .followLinks(followLinks)
        .allFiles(allFiles)
        .learnBoilerplate(!noLearnBoilerplate)
        .build();
  }
}
