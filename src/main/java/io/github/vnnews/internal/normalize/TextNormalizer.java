package io.github.vnnews.internal.normalize;

import io.github.vnnews.Caption;
import io.github.vnnews.Decision;
import io.github.vnnews.Extraction;
import io.github.vnnews.RemovedKind;
import io.github.vnnews.RemovedLine;
import io.github.vnnews.SourceLine;
import io.github.vnnews.TooManyPiecesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the lines of a plain-text Vietnamese news article into an {@link Extraction}: headline,
 * publication time (apart from the page clock), author, outlet tag and source, captions with their
 * credits, body paragraphs, and every removed line or piece with its kind and the rule that removed
 * it. Lines that a crawl fused together (a whole article with captions, bylines and related-news
 * teasers on one line) are split.
 *
 * <p>A stamp labelled as an update ({@code Cập nhật: …}) is removed as a dateline but never taken
 * as the publication time; {@link Extraction#modifiedAt()} stays null for plain text.
 *
 * <p>Nothing is lost: every word of the input ends in the title, a paragraph, a caption (text or
 * credit) or {@link Extraction#removed()}.
 *
 * <p>Example: {@code Extraction e = new TextNormalizer().normalize(lines);}
 *
 * <p>The rules are listed by {@link RulePipeline#ruleNames()}. Immutable and thread-safe.
 */
public final class TextNormalizer {
  /** Lines longer than this are split into paragraphs at hard breaks (runs of spaces). */
  static final int FUSED_LINE = 300;

  private final RulePipeline pipeline;

  /** A normaliser with the default rules. */
  public TextNormalizer() {
    this(RulePipeline.defaults());
  }

  /**
   * A normaliser with the given rules.
   *
   * @param pipeline the rules
   */
  public TextNormalizer(RulePipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * The rules this normaliser applies.
   *
   * @return the pipeline
   */
  public RulePipeline pipeline() {
    return pipeline;
  }

  /**
   * Normalises one article.
   *
   * @param lines the article's lines with their 1-based numbers, blank ones included
   * @return what was found
   */
  public Extraction normalize(List<SourceLine> lines) {
    return normalize(lines, Boilerplate.NONE, Integer.MAX_VALUE, null);
  }

  /**
   * Normalises one article, cutting at most {@code maxPieces} pieces out of its lines: the
   * bound on the work and memory an article built to be cut apart can cost.
   *
   * @param lines the article's lines with their 1-based numbers, blank ones included
   * @param maxPieces the most pieces (fused captions, credits, chrome, punctuation) cut out of the
   *     lines in all
   * @return what was found
   * @throws TooManyPiecesException when the article needs more pieces
   */
  public Extraction normalize(List<SourceLine> lines, int maxPieces) {
    return normalize(lines, Boilerplate.NONE, maxPieces, null);
  }

  /**
   * Normalises one article of a corpus, with what repeats across that corpus.
   *
   * @param lines the article's lines with their 1-based numbers, blank ones included
   * @param boilerplate what the corpus's documents share ({@link Boilerplate#NONE} for none)
   * @param maxPieces the most pieces cut out of the lines in all
   * @return what was found
   * @throws TooManyPiecesException when the article needs more pieces
   */
  public Extraction normalize(List<SourceLine> lines, Boilerplate boilerplate, int maxPieces) {
    return normalize(lines, boilerplate, maxPieces, null);
  }

  /**
   * Normalises one article, telling {@code trace} about every candidate a learned rule scores
   * (for fitting the rules' weights to gold annotations).
   *
   * @param lines the article's lines
   * @param boilerplate what the corpus's documents share
   * @param maxPieces the most pieces cut out of the lines in all
   * @param trace the listener, or null
   * @return what was found
   */
  Extraction normalize(List<SourceLine> lines, Boilerplate boilerplate, int maxPieces, ModelTrace trace) {
    Draft draft = new Draft(lines, maxPieces);
    draft.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    draft.trace = trace;
    for (Rule rule : pipeline.rules()) {
      rule.apply(draft);
    }
    List<String> paragraphs = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (DraftLine line : draft.lines) {
      for (Piece p : line.pieces) {
        String text = p.text();
        if (text.isEmpty()) {
          continue;
        }
        boolean inline = p.inline();
        decisions.add(new Decision(line.number, p.label, p.kind, p.rule, text, inline));
        switch (p.label) {
          case BODY -> appendBody(line, p, paragraph, paragraphs);
          case TITLE -> flush(paragraph, paragraphs);
          case CAPTION -> {
            flush(paragraph, paragraphs);
            if (p.creditOfPrevious) {
              continue;
            }
            String ct = p.captionText != null && !p.captionText.isBlank() ? p.captionText : text;
            captions.add(new Caption(ct, p.credit));
            if (p.marker != null && !p.marker.isBlank()) {
              removed.add(
                  new RemovedLine(line.number, RemovedKind.PHOTO_CREDIT, p.marker, p.rule, true));
            }
          }
          default -> {
            flush(paragraph, paragraphs);
            RemovedKind kind = p.kind == null ? RemovedKind.CHROME : p.kind;
            removed.add(new RemovedLine(line.number, kind, text, p.rule, inline));
          }
        }
      }
      flush(paragraph, paragraphs);
    }
    return new Extraction(
        draft.title, draft.publishedAt, null, draft.pageClock, draft.author, paragraphs, captions,
        removed, draft.sourceOutlet, draft.outletTag, null, List.of(), null, null, decisions);
  }

  private static void appendBody(
      DraftLine line, Piece p, StringBuilder paragraph, List<String> paragraphs) {
    if (line.text.length() <= FUSED_LINE) {
      append(paragraph, p.text());
      return;
    }
    int s = p.start;
    int next = line.hardBreaks.nextSetBit(p.start + 1);
    while (next >= 0 && next < p.end) {
      append(paragraph, line.text.substring(s, next));
      flush(paragraph, paragraphs);
      s = next;
      next = line.hardBreaks.nextSetBit(next + 1);
    }
    append(paragraph, line.text.substring(s, p.end));
  }

  private static void append(StringBuilder paragraph, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    if (paragraph.length() > 0) {
      paragraph.append(' ');
    }
    paragraph.append(t);
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
