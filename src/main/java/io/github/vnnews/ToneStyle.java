package io.github.vnnews;

/**
 * Where the tone mark goes in the open syllables {@code oa}, {@code oe} and {@code uy}, the one
 * place where Vietnamese spelling has two accepted styles.
 *
 * <p>Toolkits disagree on what "old" and "new" style mean (Vietnamese Wikipedia calls {@code hòa}
 * the old style; some briefs call {@code hoà} old), so the names here say what they do:
 *
 * <ul>
 *   <li>{@link #CLASSIC}: the mark on the first vowel of an open oa/oe/uy ({@code hòa, khỏe, thủy,
 *       ủy}). Launchpad's Vietnamese guideline, Unikey's default, underthesea's target, the form
 *       of many laws ("Luật Thủy sản").
 *   <li>{@link #MODERN}: the mark on the main (second) vowel ({@code hoà, khoẻ, thuỷ, uỷ}). The
 *       Ministry of Education's 2018 rule (QĐ 1989/QĐ-BGDĐT), Unikey's "modern style" option,
 *       VnCoreNLP's target, the hunspell-vi dictionary.
 *   <li>{@link #KEEP}: as written, the default. Articles often mix both ("Tỉnh uỷ" next to
 *       "Thành ủy"); KEEP leaves each as it is.
 * </ul>
 *
 * <p>What changes, per syllable (a run of letters parsed as {@code onset? nucleus coda?} with the
 * nuclei and codas of the spec's §2.2; {@code qu} and {@code gi} are onsets, so {@code quý, già}
 * are not oa/uy syllables):
 *
 * <table>
 *   <caption>Effect of each style</caption>
 *   <tr><th>input</th><th>KEEP</th><th>CLASSIC</th><th>MODERN</th></tr>
 *   <tr><td>hoà / hòa, HOÀ / HÒA</td><td>as written</td><td>hòa, HÒA</td><td>hoà, HOÀ</td></tr>
 *   <tr><td>thuỷ / thủy, Uỷ / Ủy</td><td>as written</td><td>thủy, Ủy</td><td>thuỷ, Uỷ</td></tr>
 *   <tr><td>khoẻ / khỏe</td><td>as written</td><td>khỏe</td><td>khoẻ</td></tr>
 *   <tr><td>hoàn, khoét, huỳnh, oài, khuỷu, quý, thuở</td>
 *       <td colspan="3">unchanged (one correct place)</td></tr>
 *   <tr><td>hòan, baỏ, qúy (tone on the wrong vowel)</td><td>as written</td>
 *       <td colspan="2">hoàn, bảo, quý</td></tr>
 *   <tr><td>tạị, ngòài (tone written twice)</td><td colspan="3">tại, ngoài</td></tr>
 *   <tr><td>đuợc, truờng (missing horn before a coda)</td><td colspan="3">được, trường</td></tr>
 *   <tr><td>Huawei, guitar, café, Zürich, tìến, words in URLs and e-mail addresses</td>
 *       <td colspan="3">unchanged</td></tr>
 * </table>
 *
 * <p>Case is kept letter by letter ({@code HÒA -> HOÀ}, {@code Ủy -> Uỷ}).
 */
public enum ToneStyle {
  /** As written (the default); only repairs no style allows: a doubled tone, a missing horn. */
  KEEP,
  /** The mark on the first vowel of open oa/oe/uy: hòa, thủy, khỏe. */
  CLASSIC,
  /** The mark on the main vowel of open oa/oe/uy: hoà, thuỷ, khoẻ (the 2018 school rule). */
  MODERN
}
