package io.github.vnnews.internal;

import io.github.vnnews.Options;
import io.github.vnnews.RawDocument;
import io.github.vnnews.internal.html.HtmlCharsetSniffer;
import io.github.vnnews.internal.load.InputWalker;
import io.github.vnnews.internal.load.RawRecord;
import io.github.vnnews.internal.load.RecordReader;
import io.github.vnnews.internal.load.RecordReaders;
import io.github.vnnews.internal.normalize.Boilerplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Learns what repeats across the documents of one input root (a directory given, or a
 * multi-article file given directly) from its first plain-text documents, before the root is read
 * for good: a look ahead of at most {@link Boilerplate#SAMPLE} documents, {@value #MAX_FILES}
 * files and {@value #MAX_RECORDS} records, read with the corpus's own limits. Reading errors in
 * the sample are not reported here (the real pass meets and reports them in their place); a file
 * that cannot be read is passed over. HTML pages are not sampled (their chrome is told from their
 * markup).
 *
 * <p>Deterministic: the sample is the root's first documents in walk order. Public for the
 * command line's {@code explain}, which must see what {@code ingest} sees; not part of the API.
 */
public final class BoilerplateSample {
  /** Most files opened for one sample. */
  static final int MAX_FILES = 256;
  /** Most records read for one sample, pages and web-archive records included. */
  static final int MAX_RECORDS = 1024;

  private BoilerplateSample() {}

  /**
   * What repeats across the first documents under {@code root}.
   *
   * @param root a directory or file given as input
   * @param options the corpus's options (selection globs, links, limits)
   * @return the boilerplate, {@link Boilerplate#NONE} when the sample is too small
   */
  public static Boilerplate learn(Path root, Options options) {
    Boilerplate.Learner learner = new Boilerplate.Learner();
    // the files the corpus reads (article files only, unless every file is asked for)
    InputWalker walker = new InputWalker(List.of(root), options.include(), options.exclude(),
        options.followLinks(), options.ignore(), e -> {}, options.allFiles(), p -> {});
    int files = 0;
    int records = 0;
    while (learner.wantsMore() && files < MAX_FILES && records < MAX_RECORDS && walker.hasNext()) {
      Path p = walker.next();
      files++;
      try (InputStream in = Files.newInputStream(p);
          RecordReader reader = RecordReaders.open(walker.sourcePath(), InputWalker.display(p), in,
              options.loaderConfig(), HtmlCharsetSniffer::sniff, e -> {}, (offset, reason) -> {})) {
        while (learner.wantsMore() && records < MAX_RECORDS && reader.hasNext()) {
          RawRecord r = reader.nextRecord();
          records++;
          RawDocument d = r.toDocument();
          if (!d.isHtml()) {
            learner.add(d.lines());
          }
        }
      } catch (IOException | RuntimeException e) {
        // passed over: the real pass reports it where it happens
      }
    }
    return learner.build();
  }
}
