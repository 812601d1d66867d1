/**
 * Reading inputs: walking directories ({@code InputWalker}), decoding and repairing bytes, gzip
 * members, splitting multi-article files on delimiter lines ({@code DelimiterMatcher}), web-archive
 * records ({@code WarcRecordReader}), with the limits of {@link io.github.vnnews.Options}.
 * <b>Internal:</b> not API, may change in any release. The documents it reads are {@link
 * io.github.vnnews.RawDocument}s of the API package.
 */
package io.github.vnnews.internal.load;
