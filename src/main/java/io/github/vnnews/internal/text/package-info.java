/**
 * Vietnamese text: legacy encodings (TCVN3, VNI, VISCII, VPS, Windows-1258, VIQR), encoding
 * detection, mojibake repair, Unicode normalisation and tone-mark placement. <b>Internal:</b> not
 * API, may change in any release; the tone-mark style it applies is the API's {@link
 * io.github.vnnews.ToneStyle}.
 */
package io.github.vnnews.internal.text;
