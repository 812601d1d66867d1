/**
 * Exact and near-duplicate detection in bounded memory: MinHash signatures ({@link
 * io.github.vnnews.internal.dedup.Signer}), locality-sensitive buckets and on-disk sorted runs, giving each
 * article its {@link io.github.vnnews.Duplicate} cluster ({@link
 * io.github.vnnews.internal.dedup.Deduplicator}); the CLI's {@code --dedup} runs it. <b>Internal:</b> not
 * yet API, may change in any release; the {@code Duplicate} record it fills in is.
 */
package io.github.vnnews.internal.dedup;
