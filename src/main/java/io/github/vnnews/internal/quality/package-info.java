/**
 * Quality signals of an article body ({@link io.github.vnnews.internal.quality.QualityScorer}, the
 * statistics FineWeb-2's filters use) and the filters over them ({@link
 * io.github.vnnews.internal.quality.QualityFilter}). <b>Internal:</b> not yet API, may change in any
 * release; the {@link io.github.vnnews.Quality} record it fills in is.
 */
package io.github.vnnews.internal.quality;
