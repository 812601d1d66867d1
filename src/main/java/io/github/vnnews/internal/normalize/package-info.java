/**
 * Line and piece classification of plain-text Vietnamese news articles: from the lines of one
 * article to an {@link io.github.vnnews.Extraction} (headline, times, byline, outlet
 * tag and source, captions, body, and every removed line or piece with the rule that removed it).
 *
 * <p><b>Internal:</b> not API, may change in any release: the rules, the pipeline and the models.
 * What they produce ({@link io.github.vnnews.Extraction}, {@link io.github.vnnews.Decision},
 * {@link io.github.vnnews.Label}) belongs to the API package, where {@link
 * io.github.vnnews.Normalizer#explain} hands it out.
 *
 * <p>{@link io.github.vnnews.internal.normalize.TextNormalizer} runs the rules of a {@link
 * io.github.vnnews.internal.normalize.RulePipeline} in order over a mutable draft of the article. A rule
 * labels whole lines or cuts labelled pieces out of a line (a crawl often fuses a whole article,
 * with its captions, bylines and related-news teasers, into one line); whatever no rule takes is
 * body. Every cut keeps its words: the input's words equal those of title, paragraphs, captions
 * (text and credit) and removed pieces.
 *
 * <table>
 *   <caption>The default rules, in order</caption>
 *   <tr><th>rule</th><th>takes</th></tr>
 *   <tr><td>ImageMarkerRule</td><td>{@code ![]()}, image file names; marks the next line</td></tr>
 *   <tr><td>PunctuationRule</td><td>punctuation-only lines, {@code /.} end marks, table bars</td></tr>
 *   <tr><td>PageRegionRule</td><td>in a whole-page copy only ({@code innerText} of a page, told
 *       by its runs of short unpunctuated lines): the article region by learned line and headline
 *       models, its headline, stamp and bylines; marks the rest outside</td></tr>
 *   <tr><td>DuplicateRule</td><td>repeated lines, the sapo printed again atop the body</td></tr>
 *   <tr><td>ScriptTextRule</td><td>JavaScript kept as text (an ad slot's {@code
 *       document.write} statement)</td></tr>
 *   <tr><td>MenuRule … ViewsRule</td><td>whole-line chrome: menus and breadcrumbs, mastheads,
 *       font controls, comment widgets, share labels, login prompts, copyright, tags, footers,
 *       related headings, cross links, image placeholders, ads, view counters</td></tr>
 *   <tr><td>RelatedBlockRule</td><td>short lines under a related-news heading</td></tr>
 *   <tr><td>PageChromeRule</td><td>a page copy's lines outside the article that no pattern rule
 *       took: menu, related, chrome</td></tr>
 *   <tr><td>DateLineRule / PageClockRule</td><td>stamp lines: above all text the page clock,
 *       under the headline the publication (or update) time; stamp + name header lines</td></tr>
 *   <tr><td>TitleRule (SectionLabelRule, HeaderRule)</td><td>the headline; a section label or
 *       stray header line above it</td></tr>
 *   <tr><td>PageClockRule</td><td>a stamp above the headline is the page clock when another
 *       follows the headline, which is then the publication time (SPEC §4.4)</td></tr>
 *   <tr><td>OutletTagRule, LeadTagRule</td><td>{@code (Baonghean) -}, {@code TTXVN -};
 *       {@code Trực tiếp -}, location stamps</td></tr>
 *   <tr><td>RelatedNewsRule, CrossLinkRule, InlineTagsRule, EmbedLabelRule</td><td>related
 *       boxes, {@code >> Xem thêm}, a tag list closing the text, video labels fused into
 *       text</td></tr>
 *   <tr><td>SourceRule, CompiledNoteRule, BylineRule, TrailingChromeRule</td><td>the closing:
 *       {@code Nguồn: X}, {@code (Tổng hợp)}, the author, chrome after the byline</td></tr>
 *   <tr><td>RelatedTeaserRule</td><td>other stories' teasers (headline and sapo, no heading)
 *       glued after the text's last sentence</td></tr>
 *   <tr><td>PhotoCreditRule</td><td>captions with {@code Ảnh: X} credits and illustration
 *       markers</td></tr>
 *   <tr><td>TrailingTitleRule</td><td>a headline printed after the text</td></tr>
 *   <tr><td>UnmarkedCaptionRule</td><td>captions by form and place</td></tr>
 *   <tr><td>PageCaptionRule</td><td>in a page copy's article only: a short line after the blank
 *       lines a picture adds to those between paragraphs</td></tr>
 *   <tr><td>CaptionRunRule</td><td>in a page copy's article only: a caption-shaped line (or two)
 *       between two captions, a gallery's unmarked caption</td></tr>
 *   <tr><td>Body</td><td>everything else</td></tr>
 * </table>
 *
 * <p>To change behaviour for a kind of line, change the one rule that owns it and its vectors in
 * {@code RulesTest}; the gold evaluation ({@code GoldEvaluationTest}) guards the whole.
 */
package io.github.vnnews.internal.normalize;
