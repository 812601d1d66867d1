package io.github.vnnews.text;

/**
 * Where the tone mark goes in the open syllables {@code oa}, {@code oe} and {@code uy} (and their
 * kin), the one place where Vietnamese spelling has two accepted styles.
 *
 * <table>
 *   <caption>Effect of each style</caption>
 *   <tr><th>input</th><th>KEEP</th><th>CLASSIC</th><th>MODERN</th></tr>
 *   <tr><td>hoà / hòa</td><td>as written</td><td>hòa</td><td>hoà</td></tr>
 *   <tr><td>thuỷ / thủy</td><td>as written</td><td>thủy</td><td>thuỷ</td></tr>
 *   <tr><td>khoẻ / khỏe</td><td>as written</td><td>khỏe</td><td>khoẻ</td></tr>
 *   <tr><td>hoàn, thuyền, Huawei</td><td colspan="3">unchanged</td></tr>
 * </table>
 */
public enum ToneStyle {
  /** Leave every syllable as written (the default). */
  KEEP,
  /** The mark on the first vowel of open oa/oe/uy: hòa, thủy, khỏe. */
  CLASSIC,
  /** The mark on the second vowel of open oa/oe/uy: hoà, thuỷ, khoẻ (Unikey's default style). */
  MODERN
}
