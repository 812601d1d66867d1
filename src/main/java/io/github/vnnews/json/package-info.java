/**
 * JSON export and import of articles: {@link io.github.vnnews.json.ArticleJsonWriter} writes JSON
 * Lines or one array in the documented schema ({@code schema/article.schema.json}, whose {@code
 * schemaVersion} every line carries), {@link io.github.vnnews.json.ArticleJsonReader} reads it
 * back into {@link io.github.vnnews.Article}s. Public API (see {@code VERSIONING.md}).
 */
package io.github.vnnews.json;
