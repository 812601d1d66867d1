package io.github.vnnews;

import java.util.Objects;

/**
 * An article left out of the export on request: a duplicate dropped by {@code --dedup drop}, or
 * an article that failed a quality filter. It goes to the rejected report ({@code --errors}) beside
 * the input errors, so nothing is lost silently: the report names the article (path, first line,
 * index, id) and why it was left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source where the article came from
 * @param id the article's id
 * @param kind {@link Kind#DUPLICATE} or {@link Kind#FILTERED}
 * @param message a sentence for people
 * @param duplicate for a duplicate: its cluster (the canonical article kept is {@code
 *     duplicate.cluster()}); null otherwise
 * @param check for a filtered article: the check it failed ({@code minWords}, {@code
 *     top2GramFraction}, {@code language}, …); null otherwise
 * @param value for a filtered article: its value of the signal (NaN when it has none)
 * @param threshold for a filtered article: the threshold (NaN when it has none)
 */
public record Dropped(
    Source source, String id, Kind kind, String message, Duplicate duplicate, String check,
    double value, double threshold) {

  /**
   * Checks the invariants.
   *
   * @param source where the article came from
   * @param id the article's id
   * @param kind {@link Kind#DUPLICATE} or {@link Kind#FILTERED}
   * @param message a sentence for people
   * @param duplicate for a duplicate: its cluster (the canonical article kept is {@code
   *     duplicate.cluster()}); null otherwise
   * @param check for a filtered article: the check it failed ({@code minWords}, {@code
   *     top2GramFraction}, {@code language}, …); null otherwise
   * @param value for a filtered article: its value of the signal (NaN when it has none)
   * @param threshold for a filtered article: the threshold (NaN when it has none)
   */
  public Dropped {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if ((kind == Kind.DUPLICATE) != (duplicate != null) || (kind == Kind.FILTERED) != (check != null)) {
      throw new IllegalArgumentException("a duplicate has a cluster, a filtered article a check: " + kind);
    }
  }

  /**
   * A dropped duplicate.
   *
   * @param a the article
   * @param d its cluster
   * @return the record
   */
  public static Dropped duplicate(Article a, Duplicate d) {
    String msg = String.format(java.util.Locale.ROOT,
        "%s#%d (line %d): duplicate of %s, similarity %s, cluster of %d",
        a.source().path(), a.source().index(), a.source().startLine(), d.cluster(),
        Double.toString(d.similarity()), d.size());
    return new Dropped(a.source(), a.id(), Kind.DUPLICATE, msg, d, null, Double.NaN, Double.NaN);
  }

  /**
   * A filtered article.
   *
   * @param a the article
   * @param check the check it failed
   * @param value its value
   * @param threshold the threshold
   * @param why what the check says
   * @return the record
   */
  public static Dropped filtered(Article a, String check, double value, double threshold, String why) {
    String msg = a.source().path() + "#" + a.source().index() + " (line " + a.source().startLine()
        + "): filtered: " + why;
    return new Dropped(a.source(), a.id(), Kind.FILTERED, msg, null, check, value, threshold);
  }

  /** Why an article was left out. */
  public enum Kind {
    /** Not the canonical article of its duplicate cluster ({@code --dedup drop}). */
    DUPLICATE,
    /** It failed a quality filter ({@code --min-words}, {@code --min-vietnamese}, …). */
    FILTERED;

    /**
     * The JSON name.
     *
     * @return {@code duplicate} or {@code filtered}
     */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
