package io.github.vnnews.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnnews.Article;
import io.github.vnnews.Corpus;
import io.github.vnnews.IngestError;
import io.github.vnnews.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the facade over inputs and keeps what came out, for the reliability tests. */
final class Ingest {
  /** The two good articles that every bad-input test puts beside its bad file. */
  static final String GOOD_1 = "good-article-1.txt";

  static final String GOOD_2 = "good-article-2.txt";

  private Ingest() {}

  /**
   * The articles and errors of one run.
   *
   * @param articles the articles in order
   * @param errors the errors in order
   */
  record Run(List<Article> articles, List<IngestError> errors) {
    /** The articles read from the file with this name. */
    List<Article> from(String fileName) {
      return articles.stream().filter(a -> a.source().path().endsWith("/" + fileName)
          || a.source().path().equals(fileName)).toList();
    }

    /** The single error of the run. */
    IngestError onlyError() {
      assertThat(errors).hasSize(1);
      return errors.get(0);
    }
  }

  static Run run(Options options, Path... paths) {
    List<Article> articles = new ArrayList<>();
    try (Corpus c = Corpus.read(List.of(paths), options)) {
      c.forEach(articles::add);
      return new Run(articles, List.copyOf(c.errors()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Run run(Path... paths) {
    return run(Options.defaults(), paths);
  }

  static Run runStream(String name, InputStream in, Options options) {
    List<Article> articles = new ArrayList<>();
    try (Corpus c = Corpus.read(name, in, options, io.github.vnnews.IngestListener.NONE)) {
      c.forEach(articles::add);
      return new Run(articles, List.copyOf(c.errors()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource under {@code reliability/}. */
  static Path resource(String name) {
    try {
      return Path.of(Ingest.class.getResource("/reliability/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String resourceName) {
    try {
      return Files.readString(resource(resourceName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the two good articles into a directory. */
  static void addGoodFiles(Path dir) throws IOException {
    Files.copy(resource(GOOD_1), dir.resolve(GOOD_1));
    Files.copy(resource(GOOD_2), dir.resolve(GOOD_2));
  }

  /**
   * Asserts that the good files each came out as one complete article: every word of the file is
   * in the article's text or its removed lines.
   */
  static void assertGoodFilesComplete(Run run) {
    assertComplete(run, GOOD_1, text(GOOD_1));
    assertComplete(run, GOOD_2, text(GOOD_2));
  }

  /** Asserts that the file came out as one article holding every word of {@code text}. */
  static void assertComplete(Run run, String fileName, String text) {
    List<Article> from = run.from(fileName);
    assertThat(from).as("articles from %s", fileName).hasSize(1);
    assertThat(WordConservation.diff(WordConservation.words(text), WordConservation.outputWords(from.get(0))))
        .as("words of %s", fileName)
        .isEmpty();
    assertThat(from.get(0).paragraphs()).as("paragraphs of %s", fileName).isNotEmpty();
  }
}
