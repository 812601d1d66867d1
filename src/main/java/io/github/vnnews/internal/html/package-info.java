/**
 * HTML pages: charset sniffing, the article region of a page (content scoring over the DOM, site
 * chrome left out), metadata from {@code <meta>}, JSON-LD and visible dates. <b>Internal:</b> not
 * API, may change in any release; use {@link io.github.vnnews.Normalizer#normalizeHtml(String,
 * String)}. The {@link io.github.vnnews.PageTooLargeException} it throws is an API type.
 */
package io.github.vnnews.internal.html;
