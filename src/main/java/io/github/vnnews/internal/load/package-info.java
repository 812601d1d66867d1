/**
 * Reading inputs: walking directories ({@code InputWalker}), decoding and repairing bytes, gzip
 * members, splitting multi-article files on delimiter lines ({@code DelimiterMatcher}), web-archive
 * records ({@code WarcRecordReader}), with the limits of {@link io.github.vnnews.Options}.
 * <b>Internal:</b> not API, may change in any release. {@link io.github.vnnews.RawDocument}
 * is reachable from the API ({@link io.github.vnnews.Corpus#documents()}, {@link
 * io.github.vnnews.Normalizer#normalize(io.github.vnnews.RawDocument)}): its accessors are
 * supported, its constructors are not.
 */
package io.github.vnnews.internal.load;
