/**
 * Vietnamese text: legacy encodings (TCVN3, VNI, VISCII, VPS, Windows-1258, VIQR), encoding
 * detection, mojibake repair, Unicode normalisation and tone-mark placement. <b>Internal:</b> not
 * API, may change in any release, except {@link io.github.vnnews.ToneStyle}, which {@link
 * io.github.vnnews.Options} takes.
 */
package io.github.vnnews.internal.text;
