/**
 * The vnnews API: read a corpus of raw Vietnamese news scrapes into typed {@link
 * io.github.vnnews.Article} records. Start with {@link io.github.vnnews.Corpus#read(java.util.List,
 * io.github.vnnews.Options)} for files and directories, or {@link
 * io.github.vnnews.Normalizer#normalizeText(String)} and {@link
 * io.github.vnnews.Normalizer#normalizeHtml(String, String)} for one text or page you already hold.
 *
 * <p>This package is public API (see {@code VERSIONING.md}): {@link io.github.vnnews.Corpus},
 * {@link io.github.vnnews.Normalizer}, {@link io.github.vnnews.Options}, {@link
 * io.github.vnnews.IngestListener}, the records ({@link io.github.vnnews.Article}, {@link
 * io.github.vnnews.Source}, {@link io.github.vnnews.Caption}, {@link io.github.vnnews.RemovedLine},
 * {@link io.github.vnnews.PublicationTime}, {@link io.github.vnnews.IngestError}) and the enums.
 * Members documented as internal ({@link io.github.vnnews.Options#loaderConfig()}) are not.
 */
package io.github.vnnews;
