/**
 * Corpus reports: {@link io.github.vnnews.internal.report.CorpusReport} counts what a set of articles holds
 * (removed text by kind, coverage, duplicate clusters, quality signals and FineWeb-2 flags);
 * {@link io.github.vnnews.internal.report.ReportText} prints it, {@link io.github.vnnews.internal.report.ReportHtml}
 * writes a static page with SVG charts. {@code vnnews report} is their command. <b>Internal:</b>
 * not yet API, may change in any release; the command is what is supported.
 */
package io.github.vnnews.internal.report;
